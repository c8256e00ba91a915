"""The Resumen page's data on 100,000 vouchers (bench_store's seeding) with their events: the
whole read the page makes, and each of its queries (median ms), on SQLite (and PostgreSQL
when PAGODESK_TEST_PG_URL is set)."""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlmodel import Session, col

from desktop.domain.events import EventKind, Reason
from desktop.domain.status import VoucherStatus
from desktop.services.day_figures import paid_tallies, status_statement, totals_by_currency
from desktop.services.queue_sql import queue_statements
from desktop.services.summary import CHART_DAYS, SummaryService
from desktop.store.engine import open_store, refresh_statistics, sqlite_url
from desktop.store.tables import Voucher, VoucherEvent
from tests.bench.bench_store import NOW, PROFILE, ROWS, seed
from tests.bench.harness import median_ms, report
from tests.store.conftest import PG_URL, fresh_database_url

TARGET_MS = 100.0
DISCREPANCY_EVERY = 97  # about 1% of the vouchers carry a discrepancy, most reviewed since
LATE_EVERY = 20  # about 5% of the payments came after the deadline
CHUNK = 10_000


def event_rows(engine: Engine) -> Iterator[dict[str, Any]]:
    """Each voucher's creation, its move to where it stands (paid ones: late now and then),
    and a few discrepancies, most of them reviewed. Hashes are not checked here."""
    rng = random.Random(20251127)
    with Session(engine) as session:
        rows = session.execute(
            select(Voucher.id, Voucher.status, Voucher.created_at, Voucher.paid_at).order_by(
                col(Voucher.id)
            )
        ).all()
    for voucher_id, status, created, paid_at in rows:
        events = [(EventKind.CREATED, None, VoucherStatus.PENDING.value, created, None)]
        if status != VoucherStatus.PENDING.value:
            late = status == VoucherStatus.PAID.value and rng.random() < 1 / LATE_EVERY
            reason = Reason.LATE.value if late else None
            moved = paid_at or created + timedelta(hours=1)
            events.append((EventKind.MOVE, VoucherStatus.PENDING.value, status, moved, reason))
        if voucher_id % DISCREPANCY_EVERY == 0:
            seen = events[-1][3] + timedelta(minutes=5)
            events.append((EventKind.DISCREPANCY, status, "paid", seen, "remote_differs"))
            if rng.random() < 0.8:
                events.append((EventKind.NOTE, None, None, seen, Reason.REVIEWED.value))
        for sequence, (kind, before, after, at, reason) in enumerate(events, 1):
            yield {
                "voucher_id": voucher_id,
                "sequence": sequence,
                "kind": kind,
                "from_status": before,
                "to_status": after,
                "source": "poll",
                "actor": "bench",
                "reason": reason,
                "created_at": at,
                "prev_hash": "0" * 64,
                "hash": "0" * 64,
            }


def seed_events(engine: Engine) -> int:
    table = VoucherEvent.__table__  # type: ignore[attr-defined]
    rows = list(event_rows(engine))
    with engine.begin() as connection:
        for start in range(0, len(rows), CHUNK):
            connection.execute(insert(table), rows[start : start + CHUNK])
    return len(rows)


def parts(engine: Engine) -> dict[str, Callable[[], object]]:
    """Each query of ``SummaryService.read``, alone, in its own session."""
    statements = queue_statements(PROFILE, NOW)
    pending = status_statement(PROFILE, VoucherStatus.PENDING)
    start = NOW - timedelta(days=CHART_DAYS)

    def in_session(work: Callable[[Session], object]) -> Callable[[], object]:
        def action() -> object:
            with Session(engine) as session:
                return work(session)

        return action

    found: dict[str, Callable[[], object]] = {
        f"paid, {CHART_DAYS} days (chart + today)": in_session(
            lambda s: paid_tallies(s, PROFILE, start, NOW)
        ),
        "pending": in_session(lambda s: totals_by_currency(s, pending)),
    }
    for name in ("expiring", "late_payments", "discrepancies"):
        statement = statements[name]
        found[name] = in_session(lambda s, st=statement: totals_by_currency(s, st))
    return found


def measure(engine: Engine, label: str) -> tuple[list[tuple[str, float, str]], str]:
    """The report rows of one engine, and a line with the figures read (for scale)."""
    service = SummaryService(engine, PROFILE, clock=lambda: NOW)
    summary = service.read()
    whole = median_ms(service.read, repeat=20)
    ok = "OK" if whole <= TARGET_MS else "over"
    note = f"target <= {TARGET_MS:g} ms: {ok}; ratio {whole / TARGET_MS:.2f} of the target"
    rows = [(f"{label}: SummaryService.read", whole, note)]
    for name, action in parts(engine).items():
        rows.append((f"  {name}", median_ms(action, repeat=20), "alone, own session"))
    figures = (
        f"  {label} figures: pending {summary.pending.count:,}, paid today "
        f"{summary.paid_today.count}, paid in {CHART_DAYS} days "
        f"{sum(d.paid.count for d in summary.daily_paid):,}, due in 24 h "
        f"{summary.expiring.count}, late {summary.late_payments.count}, discrepancies "
        f"{summary.discrepancies.count}"
    )
    return rows, figures


def seeded(engine: Engine) -> tuple[float, int]:
    started = time.perf_counter()
    seed(engine)
    events = seed_events(engine)
    refresh_statistics(engine)  # SQLite's; PostgreSQL's autovacuum would do this in a while:
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE vouchers")
            connection.exec_driver_sql("VACUUM ANALYZE voucher_events")
    return time.perf_counter() - started, events


def run_on(url: str, label: str) -> tuple[list[tuple[str, float, str]], str, float, int]:
    engine = open_store(url)
    try:
        seconds, events = seeded(engine)
        rows, figures = measure(engine, label)
    finally:
        engine.dispose()
    return rows, figures, seconds, events


def run() -> None:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        results.append(("SQLite", run_on(sqlite_url(Path(folder) / "summary.sqlite3"), "SQLite")))
    if PG_URL:  # a throwaway database beside the tests' own, dropped afterwards
        for url in fresh_database_url("postgresql", Path(".")):
            results.append(("PostgreSQL", run_on(url, "PostgreSQL")))
    seeding = [
        (f"{label}: {ROWS:,} vouchers, {events:,} events", seconds, "")
        for label, (_, _, seconds, events) in results
    ]
    report("Resumen: seeding (seconds, once)", seeding)
    rows = [row for _, (found, _, _, _) in results for row in found]
    report(f"Resumen on {ROWS:,} vouchers at {NOW:%Y-%m-%d %H:%M} UTC (median ms)", rows)
    print("\n".join(figures for _, (_, figures, _, _) in results))


if __name__ == "__main__":
    run()
