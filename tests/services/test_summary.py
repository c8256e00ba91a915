"""The Resumen figures over the Cierre del día's scenario (two cashiers, two currencies, a
payment learned after midnight, a late one, a manual mark-paid): they equal the day report's
and the Conciliación queues' own figures on the same data, on every engine."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.domain.money import Currency, Money
from desktop.domain.staff import SYNC_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.receipts.closing_model import Line, Tally
from desktop.services.day_figures import (
    day_bounds,
    paid_statement,
    status_statement,
    totals_statement,
)
from desktop.services.lookup import HistoryQuery, VoucherLookup
from desktop.services.queues import QueueItem, ReconciliationQueues
from desktop.services.reconcile import ManualReconciliation
from desktop.services.summary import CHART_DAYS, Figure, SummaryService
from desktop.store.engine import open_store, session_scope, sqlite_url
from desktop.store.vouchers import apply_move, get_voucher
from tests.services.test_closing import DAY, lima, report_for, seed_day

NIGHT = lima(20)  # 20:00 in Lima on the scenario's day


@pytest.fixture
def closing_day(engine: Engine, tmp_path: Path) -> dict[str, int]:
    """The Cierre del día's own scenario."""
    return seed_day(engine, tmp_path)


def summary_at(engine: Engine, moment: datetime) -> SummaryService:
    return SummaryService(engine, "demo", clock=lambda: moment)


def closing_paid(engine: Engine, day: object) -> Figure:
    """The "Pagados" line of the day report's total, as a Figure."""
    total = report_for(engine, day).total  # type: ignore[arg-type]
    return Figure.of({c.value: total.tally(Line.PAID, c.value) for c in Currency})


def queue_figure(items: list[QueueItem]) -> Figure:
    count: dict[str, int] = defaultdict(int)
    cents: dict[str, int] = defaultdict(int)
    for item in items:
        count[item.money.currency.value] += 1
        cents[item.money.currency.value] += item.money.cents
    amounts = tuple(Money(cents[c.value], c) for c in Currency if count[c.value])
    return Figure(len(items), amounts)


def test_cobrado_hoy_and_the_chart_equal_the_day_report(
    engine: Engine, closing_day: dict[str, int]
) -> None:
    summary = summary_at(engine, NIGHT).read()

    assert summary.today == DAY
    # two paid the same day, one paid at 23:50 and learned at 00:10, a manual and a late one
    assert summary.paid_today == Figure(4, (Money(150_015 + 10_000 + 6_000 + 3_000, "PEN"),))
    assert summary.paid_today == closing_paid(engine, DAY)
    assert len(summary.daily_paid) == CHART_DAYS
    assert summary.daily_paid[0].day == DAY - timedelta(days=CHART_DAYS - 1)
    assert summary.daily_paid[-1].day == DAY
    for bar in summary.daily_paid:
        assert bar.paid == closing_paid(engine, bar.day), bar.day
    assert summary.chart_currencies == (Currency.PEN,)


def test_the_next_morning_counts_the_late_learned_payment_once(
    engine: Engine, closing_day: dict[str, int]
) -> None:
    morning = lima(8, days=1)
    summary = summary_at(engine, morning).read()

    assert summary.today == DAY + timedelta(days=1)
    assert summary.paid_today == Figure() == closing_paid(engine, summary.today)
    assert summary.daily_paid[-2].paid.amount("PEN") == Money(169_015, "PEN")  # yesterday


def test_the_queue_cards_equal_the_conciliacion_queues(
    engine: Engine, closing_day: dict[str, int], tmp_path: Path
) -> None:
    with session_scope(engine) as session:  # PagoEfectivo says paid: the annulled one differs
        voucher = get_voucher(session, closing_day["beto_annulled"])
        apply_move(
            session,
            voucher,
            VoucherStatus.PAID,
            source=EventSource.POLL,
            actor=SYNC_ACTOR,
            at=NIGHT,
        )
    noon = lima(12, days=1)  # the next day: Ana's dollars (issued at 10:00) are due in 22 h
    summary = summary_at(engine, noon).read()
    manual = ManualReconciliation(
        engine, "demo", clock=lambda: noon, evidence_dir=tmp_path / "evidence"
    )
    queues = ReconciliationQueues(engine, "demo", manual, clock=lambda: noon).snapshot()

    assert summary.discrepancies == Figure(1, (Money(1_500, "USD"),))
    assert summary.late_payments == Figure(1, (Money(3_000, "PEN"),))
    assert summary.expiring == Figure(1, (Money(4_000, "USD"),))
    for name in ("discrepancies", "late_payments", "expiring"):
        items = getattr(queues, name)
        assert getattr(summary, name) == queue_figure(items), name
        assert getattr(summary, name).count == queues.counts[name], name
    # pending: Ana's dollars and her 23:59 one, the one of midnight, the extended one and the
    # one nobody signed (the history filtered by "Pendiente de pago" lists the same)
    assert summary.pending == Figure(
        5, (Money(2_550 + 777 + 4_400 + 500, "PEN"), Money(4_000, "USD"))
    )


def test_an_empty_profile_has_zero_figures_and_thirty_empty_days(engine: Engine) -> None:
    summary = summary_at(engine, NIGHT).read()

    assert summary.paid_today == summary.pending == summary.discrepancies == Figure()
    assert [bar.paid for bar in summary.daily_paid] == [Figure()] * CHART_DAYS
    assert summary.paid_today.amount(Currency.USD) == Money(0, "USD")


@pytest.mark.parametrize("days", [1, 7])
def test_daily_paid_spans_the_days_asked_for(
    engine: Engine, closing_day: dict[str, int], days: int
) -> None:
    bars = summary_at(engine, NIGHT).daily_paid(DAY, days)

    assert [bar.day for bar in bars] == [DAY - timedelta(days=n) for n in range(days)][::-1]
    assert bars[-1].paid.count == 4


def test_a_card_and_the_history_it_opens_show_the_same_figure(
    engine: Engine, closing_day: dict[str, int]
) -> None:
    summary = summary_at(engine, NIGHT).read()
    lookup = VoucherLookup(engine, "demo")
    start, end = day_bounds(DAY)

    def listed(statuses: list[VoucherStatus], **dates: object) -> Figure:
        page = lookup.history(HistoryQuery("demo", statuses=statuses, **dates))  # type: ignore[arg-type]
        return Figure.of({c: Tally(t.count, t.money.cents) for c, t in page.totals.items()})

    paid = [VoucherStatus.PAID]
    assert listed(paid, since=start, until=end, dated="paid") == summary.paid_today
    assert listed(paid, since=start, until=end) != summary.paid_today  # issued that day
    assert listed([VoucherStatus.PENDING]) == summary.pending


def test_the_new_figures_read_through_their_indexes_on_sqlite(tmp_path: Path) -> None:
    store = open_store(sqlite_url(tmp_path / "plan.sqlite3"))
    start, end = day_bounds(DAY)
    statements = {
        "INDEX ix_vouchers_profile_status_paid": paid_statement("demo", start, end),
        "COVERING INDEX ix_vouchers_profile_status_currency_amount": totals_statement(
            status_statement("demo", VoucherStatus.PENDING)
        ),
    }
    try:
        with store.connect() as connection:
            for index, statement in statements.items():
                sql = statement.compile(store, compile_kwargs={"literal_binds": True})
                plan = [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
                assert not [step for step in plan if step.startswith("SCAN")], plan
                assert any(f"USING {index}" in step for step in plan), plan
    finally:
        store.dispose()
