"""Issue through the real client, pay at the sandbox, and the signed webhook marks it paid."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.staff import SYNC_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.domain.validation import IssueInput, validate_issue
from desktop.sandbox import SandboxServer
from desktop.services.issuing import IssueService, Outcome
from desktop.services.receiver.server import WebhookServer
from desktop.store.engine import session_scope
from desktop.store.vouchers import apply_move, get_voucher, verify_chain
from tests.webhook.helpers import notifications, voucher_and_events


def issue(issuer: IssueService) -> tuple[int, int]:
    data = IssueInput(amount="150.00", email="cliente@example.pe", last_name="Núñez")
    result = issuer.issue(validate_issue(data, datetime.now(UTC)))
    assert result.outcome is Outcome.PENDING and result.voucher.cip is not None
    assert result.voucher.id is not None
    return result.voucher.id, result.voucher.cip


def test_a_payment_at_the_sandbox_reaches_the_receiver_and_pays_the_voucher(
    sandbox: SandboxServer, live_receiver: WebhookServer, issuer: IssueService, engine: Engine
) -> None:
    sandbox.state.set_webhook_url(live_receiver.notification_url)
    voucher_id, cip = issue(issuer)

    payment = sandbox.pay(cip, "778899")

    assert payment.delivery is not None
    assert (payment.delivery.status, payment.delivery.attempts) == (200, 1)
    assert payment.delivery.delivered
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and voucher.operation_number == "778899"
    assert voucher.paid_at == payment.record.paid_at
    assert [(e.kind, e.to_status, e.source) for e in events] == [
        ("created", "issuing", "manual"),
        ("move", "pending", "api"),
        ("move", "paid", "webhook"),
    ]
    assert events[-1].actor == "PagoEfectivo" and '"operationNumber":"778899"' in (
        events[-1].evidence or ""
    )
    with Session(engine) as session:
        assert verify_chain(session, voucher) is None
    (row,) = notifications(engine)
    assert (row.outcome, row.cip, row.operation_number) == ("applied", cip, "778899")


def test_a_payment_in_time_after_an_early_local_expiry_is_applied_and_not_late(
    sandbox: SandboxServer, live_receiver: WebhookServer, issuer: IssueService, engine: Engine
) -> None:
    sandbox.state.set_webhook_url(live_receiver.notification_url)
    voucher_id, cip = issue(issuer)
    with session_scope(engine) as session:  # the shop gave up on it; the customer paid anyway
        voucher = get_voucher(session, voucher_id)
        apply_move(
            session,
            voucher,
            VoucherStatus.EXPIRED,
            source=EventSource.POLL,
            actor=SYNC_ACTOR,
            at=datetime.now(UTC),
        )

    payment = sandbox.pay(cip, "1234")

    assert payment.delivery is not None and payment.delivery.status == 200
    voucher, events = voucher_and_events(engine, voucher_id)
    # Expired here, but paid before its deadline: applied, and no late payment (late is paid
    # after the deadline, domain.status.is_late_payment).
    assert voucher.status == "paid" and events[-1].from_status == "expired"
    assert not (events[-1].reason or "").startswith("late")
    assert notifications(engine)[-1].outcome == "applied"
    with Session(engine) as session:
        assert verify_chain(session, voucher) is None


def test_a_receiver_with_the_wrong_secret_refuses_and_the_sandbox_retries_once(
    sandbox: SandboxServer, engine: Engine, issuer: IssueService
) -> None:
    with WebhookServer(engine, "demo", "not-the-merchant-secret") as receiver:
        sandbox.state.set_webhook_url(receiver.notification_url)
        voucher_id, cip = issue(issuer)
        payment = sandbox.pay(cip, "42")
    assert payment.delivery is not None
    assert (payment.delivery.status, payment.delivery.attempts) == (401, 2)
    assert voucher_and_events(engine, voucher_id)[0].status == "pending"
    assert [r.outcome for r in notifications(engine)] == ["bad_signature", "bad_signature"]
