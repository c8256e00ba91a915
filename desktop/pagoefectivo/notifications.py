"""Payment notifications: one read of a signed body into a payment or another event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from desktop.domain.limatime import parse_api_datetime
from desktop.domain.money import Currency, Money

from .wire import field, loads, read_amount, read_cip

PAID_EVENT = "cip.paid"
"""The only documented event type, and the only one applied."""
MAX_CIP = 10**14 - 1  # 1 to 14 digits
MAX_OPERATION = 20


@dataclass(frozen=True)
class PaymentNotification:
    """A ``cip.paid`` notification: a payment to apply."""

    event_type: ClassVar[str] = PAID_EVENT
    operation_number: str  # "" when the body has none
    cip: int
    currency: Currency
    amount: Decimal
    payment_date: datetime | None
    transaction_code: str | None

    @property
    def money(self) -> Money | None:
        """The amount notified (None if it is not whole cents)."""
        return Money.exact(self.amount, self.currency)


@dataclass(frozen=True)
class OtherEvent:
    """A signed event type we record but do not apply, with its readable parts."""

    event_type: str
    cip: int | None
    operation_number: str | None


Notification = PaymentNotification | OtherEvent


def parse_notification(raw_body: bytes) -> Notification:
    """Read a notification body once (call only after ``verify_signature``).

    Tolerates ``cip`` as string or number and the optional ``paymentDate`` and
    ``transactionCode``; an event other than ``cip.paid`` needs only its ``eventType``.
    Raises ``ValueError`` for any body that is not a readable notification.
    """
    try:
        return _parse(raw_body)
    except (ArithmeticError, RecursionError) as exc:  # a huge amount, deeply nested JSON
        raise ValueError(str(exc)) from exc


def _parse(raw_body: bytes) -> Notification:
    payload: Any = loads(raw_body)
    if not isinstance(payload, dict):
        raise ValueError("notification body is not a JSON object")
    event_type = field(payload, "eventType")
    if not isinstance(event_type, str) or not event_type.strip():
        raise ValueError("notification has no eventType")
    data = field(payload, "data")
    if event_type != PAID_EVENT:
        cip = _optional_cip(field(data, "cip") if isinstance(data, dict) else None)
        return OtherEvent(event_type, cip, _operation(field(payload, "operationNumber")))
    if not isinstance(data, dict):
        raise ValueError("notification has no data object")
    transaction = field(data, "transactionCode")
    return PaymentNotification(
        cip=_cip(field(data, "cip")),
        currency=Currency(str(field(data, "currency"))),
        amount=read_amount(field(data, "amount")),
        payment_date=_payment_date(field(data, "paymentDate")),
        transaction_code=None if transaction is None else str(transaction),
        operation_number=_operation(field(payload, "operationNumber")) or "",
    )


def _operation(value: object) -> str | None:
    if value is None:
        return None
    text = str(value)
    if len(text) > MAX_OPERATION or not text.isprintable():
        raise ValueError("operationNumber is too long or not printable")
    return text


def _cip(value: object) -> int:
    cip = read_cip(value)
    if not 0 < cip <= MAX_CIP:
        raise ValueError(f"cip out of range: {cip}")
    return cip


def _optional_cip(value: object) -> int | None:
    if value is None:
        return None
    try:
        return _cip(value)
    except ValueError:
        return None


def _payment_date(value: object) -> datetime | None:
    if value is not None and not isinstance(value, str):
        raise ValueError(f"paymentDate is not a timestamp: {value!r}")
    return parse_api_datetime(value)
