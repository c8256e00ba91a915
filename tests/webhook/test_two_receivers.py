"""Two receiver processes on one PostgreSQL behind a balancer, and a desk watching: 2,000
signed notifications, most of them repeats, spread over both. Each voucher is paid exactly
once, every notification is logged, and the desk hears of every payment."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from desktop.domain.validation import IssueInput, validate_issue
from desktop.services.lookup import VoucherLookup
from desktop.services.runtime import open_runtime
from desktop.services.store_watch import StoreWatch
from desktop.store.engine import open_store
from desktop.store.notifications import WebhookNotification
from desktop.store.tables import VoucherEvent
from tests.cli.test_cli import remote_sandbox, run
from tests.conftest import MemoryKeyring
from tests.integration.conftest import TEST_CREDENTIALS
from tests.services.test_store_watch import changed
from tests.staffing import person, signed_in
from tests.store.conftest import PG_URL, fresh_database_url
from tests.webhook.helpers import paid_body, sign

PASSWORD = "frase larga de la tienda"
VOUCHERS = 200
REPEATS = 10  # 2,000 notifications, nine in ten of them repeats

pytestmark = pytest.mark.skipif(not PG_URL, reason="PAGODESK_TEST_PG_URL not set")


@contextmanager
def receiver(home: Path) -> Iterator[str]:
    """``pagodesk --profile pruebas webhook`` in its own process; yields its notification URL."""
    env = {
        **os.environ,
        "PAGODESK_HOME": str(home),
        "PAGODESK_KEY_FILE_PASSWORD": PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    child = subprocess.Popen(
        [sys.executable, "-u", "-m", "desktop", "--profile", "pruebas", "webhook", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    said: list[str] = []
    started = threading.Event()

    def drain() -> None:  # a pipe nobody reads fills up, and a receiver's log line then waits
        assert child.stdout is not None
        for line in child.stdout:
            said.append(line)
            if "URL para registrar" in line:
                started.set()
        started.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        assert started.wait(30), "the receiver did not start"
        found = [line for line in said if "URL para registrar" in line]
        assert found, f"the receiver did not start: {''.join(said)}"
        yield found[0].split(": ", 1)[1].strip()
    finally:
        child.terminate()
        child.wait(timeout=30)
        reader.join(10)
    assert child.returncode == 0


def test_two_receivers_apply_each_payment_once_and_the_desk_hears_them_all(
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    pagodesk_home: Path,
) -> None:
    monkeypatch.setenv("PAGODESK_KEY_FILE_PASSWORD", PASSWORD)
    assert run(capsys, "profile", "key-file", "--yes")[0] == 0
    database = fresh_database_url("postgresql", tmp_path)
    url = next(database)
    try:
        with remote_sandbox(tmp_path) as sandbox:
            code, _, err = run(
                capsys, "profile", "add", "pruebas", "--environment", "sandbox",
                "--service-id", str(TEST_CREDENTIALS.service_id), "--base-url", sandbox.base_url,
                "--database-url", url, "--access-key", TEST_CREDENTIALS.access_key,
                "--secret-key", TEST_CREDENTIALS.secret_key,
            )  # fmt: skip
            assert code == 0, err
            runtime = signed_in(open_runtime("pruebas"), person("Caja 1"))
            try:
                data = IssueInput(
                    amount="10.00", email="c@example.pe", expires_in=timedelta(hours=48)
                )
                issued = [
                    runtime.issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
                    for _ in range(VOUCHERS)
                ]
            finally:
                runtime.close()

        desk = open_store(url)  # another PC's app, watching
        watch = StoreWatch(desk)
        watch.look()
        floor = VoucherLookup(desk, "pruebas").paid_mark()
        bodies = [
            paid_body(
                cip=v.cip or 0, operation=f"OP{n:05d}", amount="10.00", code=v.transaction_code
            )
            for n, v in enumerate(issued)
        ]
        with receiver(pagodesk_home) as first, receiver(pagodesk_home) as second:
            urls = [first, second]
            sends = [(urls[i % 2], bodies[i % VOUCHERS]) for i in range(VOUCHERS * REPEATS)]

            client = httpx.Client(timeout=60)  # one pool of connections, as a balancer keeps

            def send(item: tuple[str, bytes]) -> int:
                target, body = item
                signed = {"PE-Signature": sign(body, TEST_CREDENTIALS.secret_key)}
                return client.post(target, content=body, headers=signed).status_code

            with client, ThreadPoolExecutor(8) as pool:
                statuses = Counter(pool.map(send, sends))
        assert statuses == {200: VOUCHERS * REPEATS}

        with Session(desk) as session:
            paid_moves = session.exec(
                select(VoucherEvent.voucher_id, func.count())
                .where(VoucherEvent.to_status == "paid")
                .group_by(VoucherEvent.voucher_id)
            ).all()
            outcomes = dict(
                session.exec(
                    select(WebhookNotification.outcome, func.count()).group_by(
                        WebhookNotification.outcome
                    )
                ).all()
            )
        assert len(paid_moves) == VOUCHERS and {n for _, n in paid_moves} == {1}
        assert outcomes == {"applied": VOUCHERS, "duplicate": VOUCHERS * (REPEATS - 1)}
        assert changed(watch)  # the desk hears it (PostgreSQL's notices)
        heard = VoucherLookup(desk, "pruebas").paid_since(floor, limit=1000)
        assert len(heard) == VOUCHERS
        watch.close()
        desk.dispose()
    finally:
        next(database, None)
