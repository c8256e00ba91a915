"""``pagodesk list`` and ``show`` read a SQLite profile at the newest schema the quick way
(services/quick_read.py, the standard library's sqlite3): the same pages, counts, totals,
vouchers, events and refusals as the full path (services/lookup.py on SQLAlchemy)."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from desktop.cli import main
from desktop.config import profile_database_path
from desktop.domain.status import EventSource, VoucherStatus
from desktop.services import quick_read
from desktop.services.lookup import HistoryQuery, VoucherLookup, VoucherNotFound
from desktop.services.quick_read import QuickReader, Unanswered
from desktop.store import search_words
from desktop.store.engine import alembic_config, make_engine, sqlite_url, upgrade
from desktop.store.history_query import DATE_FIELDS, SORT_FIELDS
from desktop.store.quick_read import HEAD_REVISION, quick_store
from desktop.store.vouchers import apply_move
from tests.staffing import person
from tests.store.conftest import new_voucher

S = VoucherStatus
T0 = datetime(2026, 3, 1, 13, 0, tzinfo=UTC)
NAMES = [("José", "Núñez"), ("Ana", "Pérez"), (None, None), ("Ñusta", "Ávila"), ("Zoe", "")]
SEEDED = 300
TWICE = 2_600_002  # the CIP of voucher 2, and of a later one


@pytest.fixture
def engine(pagodesk_home: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Engine]:
    """The demo profile as a first ``list`` makes it, then ``SEEDED`` vouchers of every
    status (and a few of another profile) with moves, written the way the app writes."""
    assert main(["list"]) == 0  # the full path: creates the database, remembers its id
    capsys.readouterr()
    store = make_engine(sqlite_url(profile_database_path("demo")))
    pick = random.Random(14)
    statuses = list(VoucherStatus)
    with Session(store, expire_on_commit=False) as session:
        for n in range(SEEDED):
            status = statuses[n % len(statuses)]
            first, last = NAMES[n % len(NAMES)]
            created = T0 + timedelta(minutes=pick.randrange(0, 60 * 24 * 20))
            unconfirmed = status in (S.ISSUING, S.FAILED)
            new_voucher(
                session,
                n,
                status=status,
                profile="tienda" if n % 29 == 0 else "demo",
                created_at=created,
                currency="USD" if n % 3 == 0 else "PEN",
                amount_cents=pick.choice([500, 1000, 2550, 99_999]),
                cip=None if unconfirmed or n % 11 == 0 else 2_600_000 + n,
                concept=None if n % 7 == 0 else f"Pedido {pick.randrange(50)}",
                first_name=first,
                last_name=last,
                paid_at=created + timedelta(hours=3) if status is S.PAID else None,
                expires_at=None if unconfirmed else created + timedelta(hours=48),
                last_checked_at=created + timedelta(hours=1) if n % 4 == 0 else None,
            )
        session.commit()
        moved = [new_voucher(session, SEEDED + n, created_at=T0) for n in range(3)]
        for voucher, target in zip(moved, (S.PAID, S.ANNULLED, S.EXPIRED), strict=True):
            later = T0 + timedelta(hours=50)
            changes = {"paid_at": T0 + timedelta(hours=1)} if target is S.PAID else None
            apply_move(
                session,
                voucher,
                target,
                source=EventSource.MANUAL,
                actor=person("Cajera Núñez"),
                at=later,
                reason="prueba",
                changes=changes,
            )
        new_voucher(session, SEEDED + 3, cip=TWICE, created_at=T0)  # a CIP given twice
        session.commit()
    yield store
    store.dispose()


def queries() -> Iterator[HistoryQuery]:
    """Every sort both ways, under each of the filters ``list`` and the screen offer."""
    since, until = T0 + timedelta(days=3), T0 + timedelta(days=12, hours=5)
    filters = [
        {},
        {"statuses": (S.PAID,)},
        {"statuses": (S.PENDING, S.EXPIRED, S.ANNULLED)},
        {"statuses": (S.ISSUING, S.FAILED)},
        {"since": since},
        {"until": until, "statuses": (S.PENDING,)},
        {"since": since, "until": until},
        {"since": since, "until": until, "dated": "paid"},
        {"since": T0 - timedelta(days=400), "dated": "paid"},
        {"through_id": 150},
        {"since": until, "until": since},  # nothing
        {"since": T0, "statuses": (S.PENDING, S.PAID)},  # the moved ones were created at T0
        {"until": T0, "dated": "created"},
        {"search": "nunez"},
        {"search": "José  NÚÑEZ", "statuses": (S.PAID, S.PENDING)},
        {"search": "a p"},  # short words: read in each voucher's words
        {"search": "pedido 1", "since": since},
        {"search": "2600", "dated": "paid", "since": T0 - timedelta(days=1)},
        {"search": "ñusta ávila cliente1"},
        {"search": "zzz"},
        {"search": " -- "},  # no words at all
    ]
    pages = [{"limit": 20}, {"limit": 7, "offset": 5}, {"limit": 1000}, {"offset": 290}]
    combos = itertools.product(SORT_FIELDS, (True, False), filters)
    for n, (sort, descending, chosen) in enumerate(combos):
        page = pages[n % len(pages)]
        yield HistoryQuery("demo", sort=sort, descending=descending, **chosen, **page)  # type: ignore[arg-type]


@pytest.mark.parametrize("few", [search_words.FEW, 3], ids=["few-matches", "many-matches"])
def test_every_list_query_reads_the_same_page_count_and_totals(
    engine: Engine, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways search a page through the search index when its words match a few
    vouchers, and walk the sort's index otherwise (``FEW``): both are compared."""
    monkeypatch.setattr(search_words, "FEW", few)
    lookup = VoucherLookup(engine, "demo")
    asked = 0
    with quick_store(profile_database_path("demo")) as store:
        assert store is not None
        quick = QuickReader(store, "demo")
        for query in queries():
            assert quick.history(query) == lookup.history(query), query
            asked += 1
        wide = quick.history(HistoryQuery("demo", limit=1000))
    assert asked == len(SORT_FIELDS) * 2 * 21
    # The store does hold what the comparison is about.
    assert wide.total == len(wide.rows) > 250 and set(wide.totals) == {"PEN", "USD"}
    assert {v.status for v in wide.rows} == set(VoucherStatus)
    assert any(v.cip is None for v in wide.rows) and any(v.paid_at for v in wide.rows)
    assert any(v.concept is None for v in wide.rows) and any(v.last_checked_at for v in wide.rows)
    assert DATE_FIELDS.keys() == {"created", "paid"}


def test_another_profile_is_left_to_the_full_path(engine: Engine) -> None:
    with quick_store(profile_database_path("demo")) as store:
        assert store is not None
        quick = QuickReader(store, "demo")
        assert quick.history(HistoryQuery("demo", search="nunez")).total > 10
        with pytest.raises(Unanswered):
            quick.history(HistoryQuery("tienda"))
        assert quick.history(HistoryQuery("demo", search="  ")).total > 250  # no words


def test_a_voucher_and_its_events_read_the_same_by_cip_reference_and_id(engine: Engine) -> None:
    lookup = VoucherLookup(engine, "demo")
    every = lookup.history(HistoryQuery("demo", limit=1000)).rows
    tienda = VoucherLookup(engine, "tienda").history(HistoryQuery("tienda", limit=1)).rows[0]
    with quick_store(profile_database_path("demo")) as store:
        assert store is not None
        quick = QuickReader(store, "demo")
        moved = [v for v in every if SEEDED < v.id <= SEEDED + 3]  # moved: two events each
        for voucher in every[::17] + moved:
            refs = [f"#{voucher.id}", f" {voucher.transaction_code} "]
            refs += [str(voucher.cip)] if voucher.cip else []
            for ref in refs:
                assert quick.detail(ref) == lookup.detail(ref), ref
        assert quick.detail(str(TWICE)) == lookup.detail(str(TWICE))
        assert quick.detail(str(TWICE)).voucher.id == SEEDED + 4  # type: ignore[union-attr]
        assert all(len(quick.detail(f"#{v.id}").events) == 2 for v in moved)  # type: ignore[union-attr]
        for ref in ("#999999", "12", "PD-nada", f"#{tienda.id}", str(tienda.cip), "#", ""):
            assert quick.detail(ref) is None
            with pytest.raises(VoucherNotFound):
                lookup.detail(ref)


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def both_ways(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str
) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    """The command read the quick way (the full path would fail the test), then the full
    way (the quick one declining)."""
    from desktop.services import runtime

    def no_full_path(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the quick path was not taken")

    def declined(*_args: object, **_kwargs: object) -> None:
        raise Unanswered

    with monkeypatch.context() as patched:
        patched.setattr(runtime, "open_runtime", no_full_path)
        quick = cli(capsys, *argv)
    with monkeypatch.context() as patched:
        patched.setattr(quick_read, "quick_reader", declined)
        full = cli(capsys, *argv)
    return quick, full


def test_the_commands_print_the_same_both_ways(
    engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lookup = VoucherLookup(engine, "demo")
    moved = lookup.detail(f"#{SEEDED + 1}").voucher
    paid = lookup.history(HistoryQuery("demo", statuses=(S.PAID,), limit=1)).rows[0]
    assert paid.cip is not None
    commands = [
        ("list",),
        ("list", "--json", "--limit", "500"),
        ("list", "--status", "pagado,pendiente", "--since", "2026-03-04", "--limit", "9"),
        ("list", "--status", "sin-confirmar", "--until", "2026-03-10", "--json"),
        ("list", "--search", "nunez jose", "--json"),
        ("list", "--search", "a", "--limit", "3"),
        ("show", str(paid.cip)),
        ("show", str(paid.cip), "--json"),
        ("show", moved.transaction_code, "--json"),
        ("show", f"#{moved.id}"),
        ("show", str(TWICE), "--json"),
    ]
    for argv in commands:
        quick, full = both_ways(capsys, monkeypatch, *argv)
        assert quick == full and quick[0] == 0 and quick[1], argv
    shown = json.loads(both_ways(capsys, monkeypatch, "show", f"#{moved.id}", "--json")[0][1])
    assert [e["kind"] for e in shown["events"]] == ["created", "move"]
    tienda = VoucherLookup(engine, "tienda").history(HistoryQuery("tienda", limit=1)).rows[0]
    for missing in ("999999", "#999999", "PD-nada", f"#{tienda.id}", tienda.transaction_code):
        quick, full = both_ways(capsys, monkeypatch, "show", missing)
        assert (
            quick
            == full
            == (1, "", f"pagodesk: no hay ningún voucher «{missing}» en el perfil demo\n")
        )


def test_a_search_or_a_user_takes_the_full_path_and_answers(
    engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli(capsys, "list", "--search", "nunez jose", "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["total"] > 0 and all(
        v["customer"]["last_name"] == "Núñez" for v in found["vouchers"]
    )
    monkeypatch.setenv("PAGODESK_PIN", "0000")
    code, _, err = cli(capsys, "--user", "Nadie", "list")
    assert code != 0 and "--user" in err  # signing in is the full path's: refused there


def test_the_quick_path_writes_nothing_and_declines_a_swapped_database(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    database = profile_database_path("demo")
    engine.dispose()
    before = database.read_bytes()
    assert cli(capsys, "list")[0] == 0 and cli(capsys, "show", f"#{SEEDED}")[0] == 0
    assert database.read_bytes() == before
    # Another database where this PC knew the demo's: refused by the full path, as before.
    known = database.with_name("known.sqlite3")
    database.rename(known)
    other = make_engine(sqlite_url(database))
    upgrade(other)
    other.dispose()
    code, out, err = cli(capsys, "list")
    assert code == 1 and out == "" and "es otra base de datos" in err


def test_the_head_revision_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_a_profile_that_is_not_a_quick_one_is_declined(engine: Engine, pagodesk_home: Path) -> None:
    with quick_read.quick_reader(None) as reader:
        assert reader.profile == "demo"
    (pagodesk_home / "config" / "stores.json").unlink()  # new to this PC: to be remembered
    with pytest.raises(Unanswered), quick_read.quick_reader(None):
        pass
