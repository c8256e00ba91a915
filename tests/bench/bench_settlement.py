"""Settlement import of a 10,000-line CSV against 10,000 vouchers in a SQLite file."""

from __future__ import annotations

import csv
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert
from sqlmodel import Session, col, func, select

from desktop.domain.limatime import to_lima
from desktop.domain.status import VoucherStatus
from desktop.services.audit import audit
from desktop.services.settlement import ApplyResult, SettlementImport, SettlementPreview
from desktop.services.settlement_file import guess_mapping, read_settlement
from desktop.store.chain import GENESIS, event_hash
from desktop.store.engine import open_store, sqlite_url
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import tracked_details
from tests.bench.harness import report
from tests.staffing import person

PROFILE = "demo"
VOUCHERS = 10_000
TARGET_SECONDS = 3.0
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
FIRST_CIP = 2_600_000
# What the file says about each voucher (a realistic mix: most lines pay a pending voucher).
MIX = (
    ("pending, paid in the file", VoucherStatus.PENDING, 7_000),
    ("expired, paid late", VoucherStatus.EXPIRED, 400),
    ("pending, another amount", VoucherStatus.PENDING, 150),
    ("already paid (webhook)", VoucherStatus.PAID, 1_900),
    ("annulled, paid in the file", VoucherStatus.ANNULLED, 20),
    ("pending, not in the file", VoucherStatus.PENDING, 530),
)
UNKNOWN, BROKEN, REPEATED = 330, 100, 100


def voucher_rows() -> Iterator[dict[str, Any]]:
    """Vouchers as ``add_voucher`` would store them (derived columns left simple)."""
    number = 0
    for _, status, count in MIX:
        for _ in range(count):
            created = NOW - timedelta(days=20, minutes=number)
            paid = status is VoucherStatus.PAID
            yield {
                "profile": PROFILE,
                "transaction_code": f"PD-{number:08d}",
                "cip": FIRST_CIP + number,
                "status": status.value,
                "amount_cents": 1_000 + number % 5_000,
                "currency": "PEN",
                "email": f"cliente{number}@example.pe",
                "created_at": created,
                "expires_at": created + timedelta(hours=48),
                "paid_at": created + timedelta(hours=3) if paid else None,
                "operation_number": f"OP{number}" if paid else None,
                "version": 1,
                "customer_sort": "",
                "search_text": f" {FIRST_CIP + number} ",
            }
            number += 1


def seed(engine: Engine) -> None:
    """Every voucher with its chained creation event, inserted with Core in one transaction."""
    rows = list(voucher_rows())
    with engine.begin() as connection:
        connection.execute(insert(Voucher.__table__), rows)  # type: ignore[attr-defined]
        ids = {cip: int(i) for cip, i in connection.execute(select(Voucher.cip, Voucher.id))}
        connection.execute(insert(VoucherEvent.__table__), created_events(rows, ids))  # type: ignore[attr-defined]


def created_events(rows: list[dict[str, Any]], ids: dict[int, int]) -> list[dict[str, Any]]:
    """The first, chained event of each voucher, as ``add_voucher`` writes it."""
    events = []
    for row in rows:
        event = VoucherEvent(
            voucher_id=ids[row["cip"]],
            sequence=1,
            kind="created",
            to_status=row["status"],
            source="manual",
            actor="bench",
            details=tracked_details(row),
            created_at=row["created_at"],
            prev_hash=GENESIS,
            hash="",
        )
        event.hash = event_hash(event, GENESIS)
        events.append(event.model_dump(exclude={"id"}))
    return events


def file_lines(rng: random.Random) -> list[list[str]]:
    """The settlement lines: the mix above, unknown CIPs, unreadable and repeated lines."""
    lines: list[list[str]] = []
    number = 0
    for name, _, count in MIX:
        for _ in range(count):
            cents = 1_000 + number % 5_000 + (700 if "another amount" in name else 0)
            paid_at = f"{to_lima(NOW - timedelta(days=1, minutes=number)):%d/%m/%Y %H:%M:%S}"
            same = "already" in name and number % 40  # every 40th paid one: another operation
            operation = f"OP{number}" if same else f"{rng.randrange(10**9):09d}"
            if "not in the file" not in name:
                lines.append([str(FIRST_CIP + number), _amount(cents), "PEN", paid_at, operation])
            number += 1
    for index in range(UNKNOWN):
        lines.append([str(9_000_000 + index), "15.00", "PEN", "30/11/2026 10:00", "1"])
    for index in range(BROKEN):
        lines.append([str(8_000_000 + index), "quince", "PEN", "30/11/2026", "1"])
    lines.extend(list(lines[index]) for index in range(REPEATED))
    rng.shuffle(lines)
    return lines


def _amount(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


def write_csv(path: Path) -> int:
    lines = file_lines(random.Random(20261201))
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["CIP", "Monto", "Moneda", "Fecha de pago", "Nro. operación"])
        writer.writerows(lines)
    return len(lines)


def timed(engine: Engine, path: Path) -> tuple[float, float, float, SettlementPreview, ApplyResult]:
    """Seconds to read, to preview and to apply the file (a fresh read each time)."""
    service = SettlementImport(engine, PROFILE, actor=person("bench"), clock=lambda: NOW)
    start = time.perf_counter()
    table = read_settlement(path)
    read = time.perf_counter()
    preview = service.preview(table, guess_mapping(table.headers))
    shown = time.perf_counter()
    result = service.apply(preview)
    done = time.perf_counter()
    return read - start, shown - read, done - shown, preview, result


def event_count(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.exec(select(func.count(col(VoucherEvent.id)))).one())


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = open_store(sqlite_url(Path(folder) / "settlement.sqlite3"))
        try:
            seed(engine)
            path = Path(folder) / "liquidacion.csv"
            lines = write_csv(path)
            first = timed(engine, path)
            events = event_count(engine)
            again = timed(engine, path)
            assert event_count(engine) == events, "a second import changed something"
            assert audit(engine, PROFILE).intact, "an event chain is broken"
        finally:
            engine.dispose()
    rows = []
    for name, (read, shown, applied, preview, result) in (("first", first), ("again", again)):
        total = read + shown + applied
        counts = ", ".join(f"{k.value} {v:,}" for k, v in preview.counts().items() if v)
        ok = "OK" if total <= TARGET_SECONDS else "over"
        rows += [
            (f"{name}: read CSV", read, f"{lines:,} lines"),
            (f"{name}: preview", shown, f"{counts}; {len(preview.missing):,} missing"),
            (f"{name}: apply", applied, f"paid {result.paid:,} (late {result.late:,}), "
             f"discrepancies {result.discrepancies:,}, unchanged {result.unchanged:,}"),
            (f"{name}: total", total, f"target <= {TARGET_SECONDS:g} s: {ok}"),
        ]  # fmt: skip
    report(
        f"Settlement import, {lines:,}-line CSV vs {VOUCHERS:,} vouchers, SQLite (seconds)", rows
    )
