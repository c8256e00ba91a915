"""insert_rows writes exactly what SQLAlchemy's executemany writes, raw text included."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from sqlalchemy import Engine, bindparam, insert, select, update

from desktop.store import bulk
from desktop.store.bulk import execute_rows, insert_rows
from desktop.store.seal import ChainLink
from tests.store.conftest import T0

LINKS = ChainLink.__table__  # type: ignore[attr-defined]
LIMA = timezone(timedelta(hours=-5))


def links(profile: str) -> list[dict[str, object]]:
    """Links with every kind of value: text with accents, None, big numbers, times in two
    zones (one with microseconds)."""
    return [
        {
            "profile": profile,
            "seq": 10**12 + number,
            "kind": "event" if number % 2 else "seal",
            "event_id": number if number % 2 else None,
            "voucher_id": number * 7,
            "event_hash": f"{number:064x}",
            "note": None if number % 3 else f"sellado nº {number}: «ñandú»",
            "created_at": (T0 + timedelta(microseconds=number % 3 * 1234)).astimezone(
                LIMA if number % 2 else T0.tzinfo
            ),
            "prev_hash": "0" * 64,
            "hash": f"{number * 3:064x}",
        }
        for number in range(1, 8)
    ]


@pytest.fixture(autouse=True)
def driver_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """These few rows take the driver's way on SQLite, as a settlement's thousands do."""
    monkeypatch.setattr(bulk, "DRIVER_FROM", 1)


def stored(engine: Engine, profile: str) -> list[tuple[object, ...]]:
    columns = [c for c in LINKS.c if c.name not in ("id", "profile")]
    with engine.connect() as connection:
        typed = connection.execute(
            select(*columns).where(LINKS.c.profile == profile).order_by(LINKS.c.seq)
        ).all()
        raw = connection.exec_driver_sql(
            "SELECT CAST(created_at AS TEXT) FROM chain_links WHERE profile = '"
            + profile
            + "' ORDER BY seq"
        ).all()
    return [(*row, *text) for row, text in zip(typed, raw, strict=True)]


def test_inserted_rows_read_back_as_sqlalchemys_own(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(insert(LINKS), links("theirs"))
        insert_rows(connection, LINKS, links("ours"))
        insert_rows(connection, LINKS, [])
    ours, theirs = stored(engine, "ours"), stored(engine, "theirs")
    assert len(ours) == 7
    assert ours == theirs
    assert ours[0][6] == T0 + timedelta(microseconds=1234)  # aware UTC, the moment kept
    assert ours[2][6] == T0


def test_an_update_per_row_counts_the_rows_it_matched(engine: Engine) -> None:
    with engine.begin() as connection:
        insert_rows(connection, LINKS, links("ours"))
        connection.execute(insert(LINKS), links("theirs"))
        statement = update(LINKS).where(
            LINKS.c.profile == bindparam("b_profile"), LINKS.c.seq == bindparam("b_seq")
        )
        later = T0.astimezone(LIMA) + timedelta(days=1)
        changes = [
            {"b_profile": "ours", "b_seq": 10**12 + n, "created_at": later, "note": "ü"}
            for n in (1, 2, 99)  # no link 99
        ]
        assert execute_rows(connection, statement, changes) == 2
        connection.execute(statement, [{**c, "b_profile": "theirs"} for c in changes])
    assert stored(engine, "ours") == stored(engine, "theirs")
    assert stored(engine, "ours")[1][6] == T0 + timedelta(days=1)
