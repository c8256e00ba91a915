"""The history query: accent-free search, filters, sort by any column, pages, totals."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session

from desktop.domain.status import VoucherStatus
from desktop.store import search_words as search_module
from desktop.store.exchanges import purge_exchanges, record_exchange
from desktop.store.history import (
    PAGE_COLUMNS,
    SORT_COLUMNS,
    HistoryQuery,
    history_page,
    history_rows,
    history_totals,
    rows_statement,
)
from desktop.store.tables import ApiExchange
from tests.store.conftest import T0, new_voucher

S = VoucherStatus


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    with Session(engine) as session:
        new_voucher(session, 1, first_name="José", last_name="Núñez", concept="Torta de maracuyá")
        new_voucher(session, 2, first_name="María", last_name="Ñahui", status=S.PAID)
        new_voucher(session, 3, currency="USD", amount_cents=5000, status=S.EXPIRED)
        new_voucher(session, 4, doc_type="DNI", doc_number="44556677", email="ventas@tienda.pe")
        new_voucher(session, 5, cip=None, status=S.ISSUING, last_name=None, first_name=None)
        new_voucher(session, 6, profile="production", first_name="José", last_name="Núñez")
        session.commit()
    return engine


def codes(engine: Engine, **query: object) -> list[str]:
    with Session(engine) as session:
        page = history_page(session, HistoryQuery(profile="demo", **query))  # type: ignore[arg-type]
        return [v.transaction_code for v in page.rows]


@pytest.mark.parametrize(
    "search, expected",
    [
        ("nunez", ["PD-000001"]),
        ("NÚÑEZ jose", ["PD-000001"]),
        ("maracuya", ["PD-000001"]),
        ("ñahui", ["PD-000002"]),
        ("2600003", ["PD-000003"]),
        ("260000", ["PD-000005", "PD-000004", "PD-000003", "PD-000002", "PD-000001"][1:]),
        ("4455", ["PD-000004"]),
        ("ventas@tienda.pe", ["PD-000004"]),
        ("pd-000002", ["PD-000002"]),
        ("nunez maria", []),
        ("   ", ["PD-000005", "PD-000004", "PD-000003", "PD-000002", "PD-000001"]),
    ],
)
@pytest.mark.parametrize("few", [search_module.FEW, 1], ids=["few-matches", "many-matches"])
def test_search_ignores_case_and_accents(
    seeded: Engine, search: str, expected: list[str], few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page finds the same whether its words match few vouchers (fetched through the
    search index) or many (the sort's index walked, each voucher's words read)."""
    monkeypatch.setattr(search_module, "FEW", few)
    assert codes(seeded, search=search) == expected
    with Session(seeded) as session:
        found = history_totals(session, HistoryQuery(profile="demo", search=search))
        assert found.total == len(expected)


def test_filters_by_status_and_dates(seeded: Engine) -> None:
    assert codes(seeded, statuses=[S.PAID, S.EXPIRED]) == ["PD-000003", "PD-000002"]
    assert codes(seeded, since=T0 + timedelta(minutes=2), until=T0 + timedelta(minutes=4)) == [
        "PD-000003",
        "PD-000002",
    ]


@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_every_column_sorts_both_ways_with_nulls_last(seeded: Engine, sort: str) -> None:
    ascending = codes(seeded, sort=sort, descending=False)
    descending = codes(seeded, sort=sort, descending=True)
    assert sorted(ascending) == sorted(descending) and len(ascending) == 5
    if sort == "cip":
        assert ascending[-1] == descending[-1] == "PD-000005"  # no CIP: last both ways
    if sort == "amount":
        assert ascending == ["PD-000001", "PD-000002", "PD-000004", "PD-000005", "PD-000003"]
    if sort == "customer":
        assert ascending[:3] == ["PD-000005", "PD-000002", "PD-000001"]  # "", nahui, nunez


def test_pages_and_totals_by_currency(seeded: Engine) -> None:
    with Session(seeded) as session:
        page = history_page(session, HistoryQuery(profile="demo", offset=1, limit=2))
        assert [v.transaction_code for v in page.rows] == ["PD-000004", "PD-000003"]
        assert page.total == 5
        assert page.totals["PEN"].count == 4 and page.totals["USD"].money.cents == 5000
        assert page.totals["PEN"].money.cents == 1001 + 1002 + 1004 + 1005
        # What means money: paid and still payable; expired and unconfirmed are in neither.
        assert {c: (t.count, t.money.cents) for c, t in page.collected.items()} == {
            "PEN": (1, 1002)
        }
        assert {c: (t.count, t.money.cents) for c, t in page.pending.items()} == {
            "PEN": (2, 1001 + 1004)
        }
        found = history_page(session, HistoryQuery(profile="demo", search="nunez"))
        assert found.collected == {} and found.pending["PEN"].money.cents == 1001
        with pytest.raises(ValueError):
            history_page(session, HistoryQuery(profile="demo", sort="password"))


def test_rows_are_the_page_alone_and_totals_are_apart(seeded: Engine) -> None:
    """A page of rows runs one SELECT and no aggregate; the totals are their own query and
    ignore the sort and the page (the screen asks them once per change of filters)."""
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(seeded, "before_cursor_execute", seen)
    try:
        with Session(seeded) as session:
            query = HistoryQuery(profile="demo", sort="amount", offset=1, limit=2)
            rows = history_rows(session, query)  # 5000 (USD), 1005, 1004, 1002, 1001
            assert [r.transaction_code for r in rows] == ["PD-000005", "PD-000004"]
            assert list(rows[0]._fields) == [c.key for c in PAGE_COLUMNS]
            assert not [s for s in statements if "count(" in s.lower()]
            totals = history_totals(session, query)
            assert totals == history_totals(session, HistoryQuery(profile="demo"))
            assert totals.total == 5 and totals.collected["PEN"].money.cents == 1002
    finally:
        event.remove(seeded, "before_cursor_execute", seen)


def _plan(engine: Engine, query: HistoryQuery) -> str:
    with Session(engine) as session:
        statement, params = rows_statement(session, query)
        bound = statement.params(params)
        sql = str(bound.compile(engine, compile_kwargs={"literal_binds": True}))
        connection = session.connection()
        if engine.dialect.name == "sqlite":
            found = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
            return "\n".join(str(row[-1]) for row in found)
        # A tiny table: without these PostgreSQL would rather read and sort it all. A sort
        # no index can spare stays in the plan (only dearer); runs of equal values may still
        # be sorted by id as they come ("Incremental Sort").
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        connection.exec_driver_sql("SET LOCAL enable_sort = off")
        return "\n".join(str(r[0]) for r in connection.exec_driver_sql(f"EXPLAIN {sql}"))


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_every_sort_walks_an_index(seeded: Engine, sort: str, descending: bool) -> None:
    """No sort reads and sorts every voucher (at a million that took seconds): SQLite walks
    an index in the order asked; PostgreSQL at most sorts runs of equal values by id."""
    plan = _plan(seeded, HistoryQuery(profile="demo", sort=sort, descending=descending))
    if seeded.dialect.name == "sqlite":
        assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, plan
    else:
        assert "Index Scan" in plan, plan
        assert not re.search(r"^\s*(->\s+)?Sort\s+\(cost", plan, re.MULTILINE), plan


def test_exchange_log_is_purged_after_180_days(engine: Engine) -> None:
    with Session(engine) as session:
        for age in (0, 179, 181, 400):
            record_exchange(
                session,
                ApiExchange(
                    profile="demo",
                    started_at=T0 - timedelta(days=age),
                    method="POST",
                    path="/v1/cips",
                    status=201,
                    duration_ms=3.5,
                ),
            )
        session.commit()
        assert purge_exchanges(session, T0) == 2
        session.commit()
        assert len(list(session.exec(__import__("sqlmodel").select(ApiExchange)))) == 2
