"""Status sync of 10,000 open vouchers against the in-process sandbox (vouchers per second),
with the service as the app and ``pagodesk sync`` make it: default batch, round size and
pacing, rounds one after the other until every voucher was asked about once."""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from desktop.domain.limatime import utc_now
from desktop.pagoefectivo import Credentials, PagoEfectivoClient
from desktop.sandbox import DEMO_CONFIG, SandboxServer
from desktop.sandbox.state import SandboxState
from desktop.sandbox.storage import GENERATED, CipRecord, insert_cip
from desktop.services.exchange_log import StoreLogSink
from desktop.services.sync import SyncService
from desktop.store.engine import open_store, sqlite_url
from desktop.store.search import search_text
from desktop.store.tables import Voucher
from tests.bench.harness import report

PROFILE = "demo"
VOUCHERS = 10_000
PAID_EVERY = 10  # about 10% get paid at the sandbox before the round
BATCH = 10  # SyncService's and the client's default: what the app asks per request
TARGET = 1_000.0  # vouchers per second


def seed_sandbox(state: SandboxState, count: int) -> list[int]:
    """``count`` generated CIPs written straight into the sandbox's storage (one transaction)."""
    now = state.now().replace(microsecond=0)
    first = 2_600_001
    with state.storage.write() as conn:
        for n in range(count):
            insert_cip(
                conn,
                CipRecord(
                    cip=first + n,
                    service_id=DEMO_CONFIG.service_id,
                    guid=str(uuid.uuid4()).upper(),
                    currency="PEN",
                    amount_cents=1_000 + n,
                    transaction_code=f"PD-BENCH-{n:06d}",
                    user_email="cliente@example.pe",
                    status=GENERATED,
                    created_at=now,
                    expires_at=now + timedelta(hours=48),
                    paid_at=None,
                    removed_at=None,
                    operation_number=None,
                ),
            )
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('next_cip', ?)", (first + count,)
        )
    return list(range(first, first + count))


def seed_store(engine: Engine, cips: list[int], expires: Any) -> None:
    """The matching pending vouchers, inserted with Core in one transaction."""
    now = utc_now()
    rows = [
        {
            "profile": PROFILE,
            "transaction_code": f"PD-BENCH-{n:06d}",
            "cip": cip,
            "status": "pending",
            "amount_cents": 1_000 + n,
            "currency": "PEN",
            "email": "cliente@example.pe",
            "created_at": now - timedelta(minutes=n % 600),
            "expires_at": expires,
            "created_by": "bench",
            "search_text": search_text([cip, "cliente@example.pe", f"PD-BENCH-{n:06d}"]),
            "version": 2,
        }
        for n, cip in enumerate(cips)
    ]
    with engine.begin() as connection:
        connection.execute(insert(Voucher.__table__), rows)  # type: ignore[attr-defined]


def measure(folder: Path) -> tuple[float, int, int, int]:
    """Seconds of the rounds over every voucher, what they checked and moved, how many."""
    engine = open_store(sqlite_url(folder / "store.sqlite3"))
    try:
        with SandboxServer(DEMO_CONFIG, folder / "sandbox.sqlite3") as sandbox:
            cips = seed_sandbox(sandbox.state, VOUCHERS)
            record = sandbox.state.get(cips[0])
            assert record is not None
            seed_store(engine, cips, record.expires_at)
            for cip in cips[::PAID_EVERY]:
                sandbox.state.pay(cip)
            credentials = Credentials(
                DEMO_CONFIG.service_id, DEMO_CONFIG.access_key, DEMO_CONFIG.secret_key
            )
            sink = StoreLogSink(engine, PROFILE)
            with PagoEfectivoClient(sandbox.base_url, credentials, log_sink=sink) as client:
                client.authorize()
                service = SyncService(engine, client, PROFILE)  # the shipped defaults
                checked = changed = rounds = 0
                start = time.perf_counter()
                while checked < VOUCHERS:
                    result = service.run()
                    if not result.finished or result.errors:
                        raise RuntimeError(f"a sync round did not finish: {result.errors}")
                    checked += result.checked
                    changed += len(result.changed)
                    rounds += 1
                seconds = time.perf_counter() - start
    finally:
        engine.dispose()
    return seconds, checked, changed, rounds


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        seconds, checked, changed, rounds = measure(Path(folder))
    rate = checked / seconds
    verdict = f"target >= {TARGET:,.0f}/s: {'OK' if rate >= TARGET else 'under'}"
    report(
        f"Sync of {VOUCHERS:,} open vouchers vs in-process sandbox (shipped defaults)",
        [
            ("vouchers per second", rate, verdict),
            ("seconds", seconds, f"{checked:,} checked, {changed:,} paid, {rounds} rounds"),
            ("vouchers per search request", float(BATCH), "the app's default batch size"),
        ],
    )


if __name__ == "__main__":
    run()
