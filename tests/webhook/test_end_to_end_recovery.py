"""End to end over real HTTP when notifications go wrong: lost (sync finds the payment),
repeated five times (one move), tampered on the way (401, nothing changes)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import Engine

from desktop.pagoefectivo import PagoEfectivoClient
from desktop.sandbox import SandboxConfig, SandboxServer
from desktop.sandbox.webhook import SIGNATURE_HEADER, notify_paid, paid_body, sign
from desktop.services.issuing import IssueService
from desktop.services.receiver.server import WebhookServer
from desktop.services.sync import SyncService
from tests.integration.conftest import TEST_CREDENTIALS
from tests.webhook.helpers import notifications, voucher_and_events
from tests.webhook.test_end_to_end import issue


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[PagoEfectivoClient]:
    with PagoEfectivoClient(sandbox.base_url, TEST_CREDENTIALS, timeout=5.0) as api:
        yield api


def closed_port_url() -> str:
    """A loopback URL nobody listens on: the notification is lost."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/pagoefectivo/notificacion"


def moves(engine: Engine, voucher_id: int) -> list[tuple[str | None, str]]:
    _, events = voucher_and_events(engine, voucher_id)
    return [(e.to_status, e.source) for e in events if e.kind == "move"]


def test_a_lost_notification_is_caught_by_sync_and_a_late_copy_changes_nothing(
    sandbox: SandboxServer,
    sandbox_config: SandboxConfig,
    live_receiver: WebhookServer,
    issuer: IssueService,
    client: PagoEfectivoClient,
    engine: Engine,
) -> None:
    sandbox.state.set_webhook_url(closed_port_url())
    voucher_id, cip = issue(issuer)

    payment = sandbox.pay(cip, "5566")

    assert payment.delivery is not None and not payment.delivery.delivered
    assert voucher_and_events(engine, voucher_id)[0].status == "pending"
    report = SyncService(engine, client, "demo").run()
    assert report.changed == [(voucher_id, "pending", "paid")]
    voucher, _ = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and voucher.paid_at == payment.record.paid_at
    # PagoEfectivo's retry arrives at last, when the voucher is already paid by the poll.
    late = notify_paid(payment.record, live_receiver.notification_url, sandbox_config)
    assert late.status == 200
    voucher, _ = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and voucher.operation_number == "5566"  # learned from it
    assert moves(engine, voucher_id) == [("pending", "api"), ("paid", "poll")]


def test_the_same_notification_five_times_is_one_move_and_one_event(
    sandbox: SandboxServer,
    sandbox_config: SandboxConfig,
    live_receiver: WebhookServer,
    issuer: IssueService,
    engine: Engine,
) -> None:
    voucher_id, cip = issue(issuer)
    record = sandbox.pay(cip, "909").record  # no webhook URL yet: delivered below, 5 times

    answers = [
        notify_paid(record, live_receiver.notification_url, sandbox_config) for _ in range(5)
    ]

    assert [a.status for a in answers] == [200] * 5
    assert moves(engine, voucher_id) == [("pending", "api"), ("paid", "webhook")]
    assert [r.outcome for r in notifications(engine)] == ["applied"] + ["duplicate"] * 4


def test_a_notification_tampered_on_the_way_is_401_and_changes_nothing(
    sandbox: SandboxServer,
    live_receiver: WebhookServer,
    issuer: IssueService,
    engine: Engine,
) -> None:
    voucher_id, cip = issue(issuer)
    record = sandbox.pay(cip, "31337").record
    assert record.paid_at is not None

    def body(amount: Decimal) -> bytes:
        return paid_body(
            cip=record.cip,
            currency=record.currency,
            amount=amount,
            payment_date=record.paid_at or record.created_at,
            transaction_code=record.transaction_code,
            operation_number="31337",
        )

    signature = sign(body(record.amount), TEST_CREDENTIALS.secret_key)
    forged = body(record.amount / 100)  # someone lowers the amount on the way

    with httpx.Client(trust_env=False) as http:
        tampered = http.post(
            live_receiver.notification_url,
            content=forged,
            headers={SIGNATURE_HEADER: signature, "Content-Type": "application/json"},
        )
        unsigned = http.post(live_receiver.notification_url, content=body(record.amount))

    assert (tampered.status_code, unsigned.status_code) == (401, 401)
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "pending" and len(events) == 2
    assert [r.outcome for r in notifications(engine)] == ["bad_signature", "bad_signature"]
