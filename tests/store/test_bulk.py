"""insert_rows writes exactly what SQLAlchemy's executemany writes, raw text included."""

from __future__ import annotations

from datetime import timedelta, timezone

from sqlalchemy import Engine, insert, select

from desktop.store.bulk import insert_rows
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
            "created_at": (T0 + timedelta(microseconds=number * 1234)).astimezone(
                LIMA if number % 2 else T0.tzinfo
            ),
            "prev_hash": "0" * 64,
            "hash": f"{number * 3:064x}",
        }
        for number in range(1, 8)
    ]


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
