"""The notification receiver on loopback under signed ``cip.paid`` load from several threads."""

from __future__ import annotations

import multiprocessing
import statistics
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import httpx
from sqlalchemy import Engine, func, insert, select

from desktop.domain.limatime import utc_now
from desktop.sandbox import paid_body, sign
from desktop.services.receiver.app import NOTIFICATION_PATH
from desktop.services.receiver.server import WebhookServer
from desktop.store.engine import open_store, sqlite_url
from desktop.store.tables import Voucher
from tests.bench.harness import report

PROFILE = "demo"
SECRET = "BenchSecretKey/0123456789+abcdefghijklmno"
NOTIFICATIONS = 3_000
THREADS = 8
FIRST_CIP = 2_600_001
TARGET_RATE = 500.0  # requests per second
TARGET_P99_MS = 50.0


def seed(engine: Engine, count: int, profile: str = PROFILE) -> None:
    """``count`` pending vouchers with CIPs, inserted with Core in one transaction."""
    now = utc_now()
    with engine.begin() as connection:
        connection.execute(
            insert(Voucher.__table__),  # type: ignore[attr-defined]
            [
                {
                    "profile": profile,
                    "transaction_code": f"PD-BENCH-{n:06d}",
                    "cip": FIRST_CIP + n,
                    "status": "pending",
                    "amount_cents": 2_550,
                    "currency": "PEN",
                    "email": "cliente@example.pe",
                    "created_at": now - timedelta(hours=1),
                    "expires_at": now + timedelta(hours=47),
                    "version": 2,
                }
                for n in range(count)
            ],
        )


def notifications(count: int, secret: str = SECRET) -> list[tuple[bytes, str]]:
    """Signed bodies, one per voucher (distinct CIPs: every one is applied)."""
    when = utc_now()
    signed = []
    for n in range(count):
        body = paid_body(
            cip=FIRST_CIP + n,
            currency="PEN",
            amount=Decimal("25.50"),
            payment_date=when,
            transaction_code=f"PD-BENCH-{n:06d}",
            operation_number=f"{n:08d}",
        )
        signed.append((body, sign(body, secret)))
    return signed


def load(
    url: str | list[str], count: int, threads: int, secret: str = SECRET
) -> tuple[float, list[float], list[int]]:
    """Post ``count`` notifications from ``threads`` keep-alive clients (spread over the
    ``url`` list as a balancer would); wall seconds, latencies and statuses. Runs in a
    process of its own, as PagoEfectivo is not in ours."""
    urls = [url] if isinstance(url, str) else url
    work = notifications(count, secret)
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    shares = [work[index::threads] for index in range(threads)]

    def client(share: list[tuple[bytes, str]], url: str) -> None:
        mine, codes = [], []
        with httpx.Client(timeout=30, trust_env=False) as http:
            for body, signature in share:
                start = time.perf_counter()
                answer = http.post(url, content=body, headers={"PE-Signature": signature})
                mine.append((time.perf_counter() - start) * 1000)
                codes.append(answer.status_code)
        with lock:
            latencies.extend(mine)
            statuses.extend(codes)

    workers = [
        threading.Thread(target=client, args=(share, urls[index % len(urls)]))
        for index, share in enumerate(shares)
    ]
    start = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - start, latencies, statuses


def measure(folder: Path) -> tuple[float, list[float], int]:
    engine = open_store(sqlite_url(folder / "store.sqlite3"))
    try:
        seed(engine, NOTIFICATIONS)
        spawn = multiprocessing.get_context("spawn")
        with (
            ProcessPoolExecutor(1, mp_context=spawn) as clients,
            WebhookServer(engine, PROFILE, SECRET) as server,
        ):
            clients.submit(int, 0).result()  # the client process is up before the clock starts
            url = server.base_url + NOTIFICATION_PATH
            running = clients.submit(load, url, NOTIFICATIONS, THREADS)
            seconds, latencies, statuses = running.result()
        with engine.connect() as connection:
            paid = connection.execute(
                select(func.count()).where(Voucher.status == "paid")  # type: ignore[arg-type]
            ).scalar_one()
    finally:
        engine.dispose()
    if set(statuses) != {200} or paid != NOTIFICATIONS:
        raise RuntimeError(f"not every notification was applied: {paid} paid, {set(statuses)}")
    return seconds, latencies, int(paid)


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        seconds, latencies, paid = measure(Path(folder))
    rate = len(latencies) / seconds
    cuts = statistics.quantiles(latencies, n=100)
    p50, p99 = cuts[49], cuts[98]
    ok_rate = "OK" if rate >= TARGET_RATE else "under"
    ok_p99 = "OK" if p99 <= TARGET_P99_MS else "over"
    report(
        f"Webhook receiver, {NOTIFICATIONS:,} signed cip.paid from {THREADS} client threads "
        "in another process (SQLite)",
        [
            ("requests per second", rate, f"target >= {TARGET_RATE:g}/s: {ok_rate}"),
            ("p50 latency (ms)", p50, "POST to 200, each applied and committed"),
            ("service time (ms)", 1000 / rate, "per notification, one at a time on SQLite"),
            ("p99 latency (ms)", p99, f"target <= {TARGET_P99_MS:g} ms: {ok_p99}"),
            ("vouchers paid", float(paid), "all of them, one event each"),
        ],
    )


if __name__ == "__main__":
    run()
