"""The receiver applies notifications on its event loop; while another process holds the
SQLite database they wait on a worker thread instead, and the receiver keeps answering."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy import Engine

from desktop.services.receiver.server import WebhookServer
from desktop.services.webhook_intake import Outcome, WebhookIntake, WriterBusy
from tests.webhook.helpers import (
    PROFILE,
    SECRET,
    VECTOR_BODY,
    VECTOR_SIGNATURE,
    clock,
    notifications,
    seed_voucher,
    voucher_and_events,
)


@contextmanager
def another_writer(engine: Engine) -> Iterator[None]:
    """Another process's write transaction on the same file, open until the block ends."""
    other = sqlite3.connect(str(engine.url.database), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_locked_database_delays_the_notification_not_the_receiver(
    receiver: WebhookServer, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="desktop.services.receiver.app")
    voucher_id = seed_voucher(engine)
    answers: list[httpx.Response] = []

    def deliver() -> None:
        headers = {"PE-Signature": VECTOR_SIGNATURE}
        answers.append(httpx.post(receiver.notification_url, content=VECTOR_BODY, headers=headers))

    sender = threading.Thread(target=deliver)
    with another_writer(engine):
        sender.start()
        deadline = time.monotonic() + 10
        while "waits on a worker" not in caplog.text:  # the receiver has it, and waits...
            assert time.monotonic() < deadline, "the notification never reached the receiver"
            time.sleep(0.01)
        assert sender.is_alive() and not answers  # ...for the database
        health = httpx.get(receiver.health_url, timeout=2)  # ...on a worker: the loop answers
        assert health.status_code == 200
        assert voucher_and_events(engine, voucher_id)[0].status == "pending"
    sender.join(20)
    assert [a.json()["outcome"] for a in answers] == ["applied"]
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and [e.to_status for e in events].count("paid") == 1
    assert [row.outcome for row in notifications(engine)] == ["applied"]


@pytest.mark.parametrize(
    "signature, outcome",
    [(VECTOR_SIGNATURE, Outcome.APPLIED), ("0" * 64, Outcome.BAD_SIGNATURE)],
)
def test_an_intake_that_must_not_wait_gives_up_untouched(
    engine: Engine, signature: str, outcome: Outcome
) -> None:
    voucher_id = seed_voucher(engine)
    intake = WebhookIntake(engine, PROFILE, SECRET, clock=clock)
    assert intake.serial
    with another_writer(engine), pytest.raises(WriterBusy):
        intake.receive(VECTOR_BODY, signature, None, wait=False)
    assert notifications(engine) == []
    assert voucher_and_events(engine, voucher_id)[0].status == "pending"
    assert intake.receive(VECTOR_BODY, signature, None, wait=False).outcome is outcome
    assert [row.outcome for row in notifications(engine)] == [outcome.value]
