"""Issue 18 on PostgreSQL (PAGODESK_TEST_PG_URL): two ``pagodesk webhook`` processes behind
a spreading client, and how soon a desk hears a payment one of them accepted.

Throughput: signed ``cip.paid`` for distinct vouchers from client threads in another process,
half the connections to each receiver. Notify-to-desk: one notification at a time; from its
POST to the desk's ChangeListener draining the notice (the LISTEN connection), and to the
desk's StoreWatch look saying "changed" when looked at every second as the app does.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
from sqlalchemy import func, select

from desktop.services.store_watch import StoreWatch
from desktop.store.engine import open_store
from desktop.store.notices import ChangeListener
from desktop.store.tables import Voucher
from desktop.ui.store_watcher import INTERVAL_MS
from tests.bench.bench_webhook import load, notifications, seed
from tests.bench.harness import report
from tests.integration.conftest import TEST_CREDENTIALS

PROFILE = "pruebas"
NOTIFICATIONS = 3_000
LATENCY_SAMPLES = 200
SCREEN_SAMPLES = 30
THREADS = 16
TARGET_RATE = 1_000.0
TARGET_P99_MS = 50.0
TARGET_DESK_MS = 1_000.0
LOOK_EVERY_S = INTERVAL_MS / 1000  # the app's timer, as it ships


@contextmanager
def pg_database() -> Iterator[str | None]:
    url = os.environ.get("PAGODESK_TEST_PG_URL", "")
    if not url:
        yield None
        return
    from tests.store.conftest import fresh_database_url

    database = fresh_database_url("postgresql", Path(tempfile.gettempdir()))
    try:
        yield next(database)
    finally:
        next(database, None)


@contextmanager
def two_receivers(url: str, home: Path) -> Iterator[list[str]]:
    """The profile (keys in the encrypted file), then ``pagodesk webhook`` twice."""
    from tests.webhook.test_two_receivers import PASSWORD, receiver

    saved = dict(os.environ)
    os.environ.update(
        PAGODESK_HOME=str(home),
        PAGODESK_KEY_FILE_PASSWORD=PASSWORD,
        PAGODESK_ACCESS_KEY=TEST_CREDENTIALS.access_key,
        PAGODESK_SECRET_KEY=TEST_CREDENTIALS.secret_key,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    try:
        _cli("profile", "key-file", "--yes")
        _cli(
            "profile", "add", PROFILE, "--environment", "sandbox",
            "--service-id", str(TEST_CREDENTIALS.service_id),
            "--base-url", "http://127.0.0.1:9", "--database-url", url,
        )  # fmt: skip
        with ExitStack() as stack:
            yield [stack.enter_context(receiver(home)) for _ in range(2)]
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _cli(*words: str) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "desktop", *words], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"pagodesk {' '.join(words)}: {done.stderr.strip()}")


def desk_latencies(url: str, targets: list[str]) -> tuple[list[float], list[float]]:
    """ms from POST to the desk's listener hearing it; and to the app's timed look."""
    desk = open_store(url)
    listener, watch = ChangeListener(desk), StoreWatch(desk)
    signed = notifications(
        NOTIFICATIONS + LATENCY_SAMPLES + SCREEN_SAMPLES, TEST_CREDENTIALS.secret_key
    )
    heard: list[float] = []
    screen: list[float] = []
    try:
        listener.notices()  # listening from now on
        watch.look()
        with httpx.Client(timeout=30, trust_env=False) as http:
            for n in range(LATENCY_SAMPLES):
                body, signature = signed[NOTIFICATIONS + n]
                start = time.perf_counter()
                http.post(targets[n % 2], content=body, headers={"PE-Signature": signature})
                while not listener.notices():
                    time.sleep(0.001)
                heard.append((time.perf_counter() - start) * 1000)
            screen = _screen(http, watch, targets, signed[NOTIFICATIONS + LATENCY_SAMPLES :])
    finally:
        listener.close()
        watch.close()
        desk.dispose()
    return heard, screen


def _screen(
    http: httpx.Client, watch: StoreWatch, targets: list[str], signed: list[tuple[bytes, str]]
) -> list[float]:
    """The app's timer: a look every INTERVAL_MS; each notification posted at another moment
    of that interval, timed until the first look that says the store changed."""
    ticks = threading.Event()
    seen: list[float] = []
    stop = threading.Event()

    def timer() -> None:
        while not stop.wait(LOOK_EVERY_S):
            if watch.look():
                seen.append(time.perf_counter())
                ticks.set()

    thread = threading.Thread(target=timer, daemon=True)
    thread.start()
    times = []
    try:
        for n, (body, signature) in enumerate(signed):
            time.sleep(0.37 * (n % 3))  # spread over the look's phase
            ticks.clear()
            start = time.perf_counter()
            http.post(targets[n % 2], content=body, headers={"PE-Signature": signature})
            if ticks.wait(5):
                times.append((seen[-1] - start) * 1000)
    finally:
        stop.set()
        thread.join()
    return times


def measure(url: str, home: Path) -> tuple[float, list[float], int, list[float], list[float]]:
    engine = open_store(url)
    try:
        seed(engine, NOTIFICATIONS + LATENCY_SAMPLES + SCREEN_SAMPLES, PROFILE)
    finally:
        engine.dispose()
    with two_receivers(url, home) as targets:
        seconds, latencies, statuses = load_from_another_process(targets)
        heard, screen = desk_latencies(url, targets)
    engine = open_store(url)
    try:
        with engine.connect() as connection:
            paid = connection.execute(
                select(func.count()).where(Voucher.status == "paid")  # type: ignore[arg-type]
            ).scalar_one()
    finally:
        engine.dispose()
    if set(statuses) != {200}:
        raise RuntimeError(f"not every notification was accepted: {set(statuses)}")
    return seconds, latencies, int(paid), heard, screen


def run() -> None:
    with pg_database() as url, tempfile.TemporaryDirectory() as folder:
        if url is None:
            print("\n== Receivers on PostgreSQL: skipped (set PAGODESK_TEST_PG_URL)")
            return
        bare_rate, bare_latencies = ceiling()
        seconds, latencies, paid, heard, screen = measure(url, Path(folder))
    rate = len(latencies) / seconds
    p50, p99 = _cut(latencies, 50), _cut(latencies, 99)
    heard99, screen99 = _cut(heard, 99), _cut(screen, 99)
    report(
        f"Two pagodesk webhook processes on PostgreSQL, {NOTIFICATIONS:,} signed cip.paid from "
        f"{THREADS} client threads in another process",
        [
            ("requests per second", rate, _verdict(rate >= TARGET_RATE, f">= {TARGET_RATE:g}/s")),
            ("p50 latency (ms)", p50, "POST to 200, each applied and committed"),
            ("p99 latency (ms)", p99, _verdict(p99 <= TARGET_P99_MS, f"<= {TARGET_P99_MS:g} ms")),
            ("vouchers paid", float(paid), f"of {NOTIFICATIONS + len(heard) + len(screen):,}"),
            (
                "ceiling: bare servers (req/s)",
                bare_rate,
                f"same load, two servers that only answer (p99 {_cut(bare_latencies, 99):.0f} ms)",
            ),
            ("share of the ceiling", rate / bare_rate, "what checking and recording leave"),
        ],
    )
    report(
        "Notify-to-desk on PostgreSQL: a notification one receiver accepted, heard by a desk",
        [
            ("listener p50 (ms)", _cut(heard, 50), f"POST to the LISTEN notice, {len(heard)} runs"),
            ("listener p99 (ms)", heard99, _verdict(heard99 <= TARGET_DESK_MS, "<= 1000 ms")),
            (
                "screen p50 (ms)",
                _cut(screen, 50),
                f"to the app's look (every {INTERVAL_MS} ms), {len(screen)} runs",
            ),
            ("screen p99 (ms)", screen99, _verdict(screen99 <= TARGET_DESK_MS, "<= 1000 ms")),
        ],
    )


@contextmanager
def bare_servers() -> Iterator[list[str]]:
    """Two bare HTTP servers (bare_receiver.py): the ceiling the receivers share the machine
    under, with the client and PostgreSQL on the same cores."""
    import subprocess
    import sys

    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.bench.bare_receiver"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        urls = []
        for child in children:
            assert child.stdout is not None
            urls.append(child.stdout.readline().split("URL: ", 1)[1].strip())
        yield urls
    finally:
        for child in children:
            child.terminate()
            child.wait(timeout=30)


def ceiling() -> tuple[float, list[float]]:
    """Requests per second and latencies of the same load on two bare servers."""
    with bare_servers() as targets:
        seconds, latencies, _ = load_from_another_process(targets)
    return len(latencies) / seconds, latencies


def load_from_another_process(targets: list[str]) -> tuple[float, list[float], list[int]]:
    """bench_webhook's ``load`` on ``targets`` from a process of its own (started before the
    clock runs), as PagoEfectivo is not in ours."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as clients:
        clients.submit(int, 0).result()
        return clients.submit(
            load, targets, NOTIFICATIONS, THREADS, TEST_CREDENTIALS.secret_key
        ).result()


def _cut(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100)[percent - 1] if len(values) > 1 else float("nan")


def _verdict(ok: bool, target: str) -> str:
    return f"target {target}: {'OK' if ok else 'NOT MET'}"


if __name__ == "__main__":
    run()
