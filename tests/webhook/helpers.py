"""Shared parts of the webhook tests: the doc's test vector, signed bodies, seeded vouchers."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from desktop.domain.status import EventSource, VoucherStatus
from desktop.store.engine import session_scope
from desktop.store.notifications import WebhookNotification
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import add_voucher, apply_move, events_of
from tests.staffing import person

SECRET = "TestSecretKey/0123456789+abcdefghijklmno"
VECTOR_BODY = (
    b'{"eventType":"cip.paid","operationNumber":"123456","data":{"cip":"2523136",'
    b'"currency":"PEN","amount":150.00,"paymentDate":"2024-05-10T10:15:20-05:00",'
    b'"transactionCode":"ORD-1001"}}'
)
VECTOR_SIGNATURE = "266f68e128b1c2eba60c8f576f3cba65a0e172022c28ed45ba5e14d4a6da384e"
VECTOR_CIP = 2523136
VECTOR_PAID_AT = datetime(2024, 5, 10, 15, 15, 20, tzinfo=UTC)
NOW = datetime(2024, 5, 10, 15, 16, 0, tzinfo=UTC)
PROFILE = "demo"


def clock() -> datetime:
    return NOW


def sign(body: bytes, secret: str = SECRET) -> str:
    """Written here independently of the code under test (hex HMAC-SHA256 of the raw body)."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def paid_body(
    cip: int | str = VECTOR_CIP,
    operation: str = "123456",
    amount: str = "150.00",
    currency: str = "PEN",
    code: str = "ORD-1001",
    event: str = "cip.paid",
) -> bytes:
    return (
        f'{{"eventType":"{event}","operationNumber":"{operation}","data":{{"cip":"{cip}",'
        f'"currency":"{currency}","amount":{amount},"paymentDate":"2024-05-10T10:15:20-05:00",'
        f'"transactionCode":"{code}"}}}}'
    ).encode()


def seed_voucher(
    engine: Engine,
    *,
    cip: int = VECTOR_CIP,
    amount_cents: int = 15000,
    currency: str = "PEN",
    code: str = "ORD-1001",
    status: VoucherStatus = VoucherStatus.PENDING,
    operation: str | None = None,
) -> int:
    """A voucher issued the normal way (issuing -> pending), then moved to ``status``. An
    expired one had a 1 h deadline (passed 4 h before NOW); the others have 48 h."""
    created = NOW - timedelta(hours=5)
    lasts = timedelta(hours=1 if status is VoucherStatus.EXPIRED else 48)
    with session_scope(engine) as session:
        voucher = add_voucher(
            session,
            Voucher(
                profile=PROFILE,
                transaction_code=code,
                status=VoucherStatus.ISSUING.value,
                amount_cents=amount_cents,
                currency=currency,
                email="cliente@example.pe",
                first_name="José",
                last_name="Núñez",
                created_at=created,
                expires_at=created + lasts,
            ),
            actor=person("tests"),
            at=created,
        )
        apply_move(
            session,
            voucher,
            VoucherStatus.PENDING,
            source=EventSource.API,
            actor=person("tests"),
            at=created,
            changes={"cip": cip},
        )
        if status is VoucherStatus.PAID:
            changes = {"paid_at": created, "operation_number": operation}
            apply_move(
                session,
                voucher,
                status,
                source=EventSource.POLL,
                actor=person("t"),
                at=created,
                changes=changes,
            )
        elif status is not VoucherStatus.PENDING:
            at = created + lasts if status is VoucherStatus.EXPIRED else created
            apply_move(
                session, voucher, status, source=EventSource.MANUAL, actor=person("t"), at=at
            )
        assert voucher.id is not None
        return voucher.id


def voucher_and_events(engine: Engine, voucher_id: int) -> tuple[Voucher, list[VoucherEvent]]:
    with Session(engine) as session:
        voucher = session.get(Voucher, voucher_id)
        assert voucher is not None
        return voucher, events_of(session, voucher_id)


def notifications(engine: Engine) -> list[WebhookNotification]:
    with Session(engine) as session:
        return list(session.exec(select(WebhookNotification).order_by(col(WebhookNotification.id))))


def every_stored_text(engine: Engine) -> str:
    """All text of the notification log and the event log, to look for secrets in."""
    with engine.connect() as connection:
        parts = [
            repr(tuple(row))
            for table in ("webhook_notifications", "voucher_events", "vouchers")
            for row in connection.execute(text(f"SELECT * FROM {table}"))
        ]
    return "\n".join(parts)
