"""Payment notifications: the ``PE-Signature`` check and the ``cip.paid`` body."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop.domain.limatime import parse_api_datetime
from desktop.domain.money import Currency, Money

from .wire import field, loads, read_amount, read_cip


def sign_body(raw_body: bytes, secret_key: str) -> str:
    """Lower-hex HMAC-SHA256 of the raw body, keyed with the merchant's secret key."""
    return hmac.new(secret_key.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()


def verify_signature(raw_body: bytes, header: str | None, secret_key: str) -> bool:
    """True when ``header`` is the body's signature. Constant-time; never parses the body."""
    if not header:
        return False
    expected = sign_body(raw_body, secret_key)
    return hmac.compare_digest(expected.encode("ascii"), header.strip().lower().encode("utf-8"))


@dataclass(frozen=True)
class PaymentNotification:
    """A parsed notification. Only ``cip.paid`` is documented; others are unconfirmed."""

    event_type: str
    operation_number: str
    cip: int
    currency: Currency
    amount: Decimal
    payment_date: datetime | None
    transaction_code: str | None

    @property
    def money(self) -> Money | None:
        """The amount notified (None if it is not whole cents)."""
        return Money.exact(self.amount, self.currency)

    @property
    def is_payment(self) -> bool:
        return self.event_type == "cip.paid"


def parse_notification(raw_body: bytes) -> PaymentNotification:
    """Read a notification body (call only after ``verify_signature``).

    Tolerates ``cip`` as string or number and the optional ``paymentDate`` and
    ``transactionCode``. Raises ``ValueError`` when a required part is missing.
    """
    try:
        payload: Any = loads(raw_body)
    except ValueError as exc:
        raise ValueError("notification body is not JSON") from exc
    if not isinstance(payload, dict):
        raise ValueError("notification body is not a JSON object")
    data = field(payload, "data")
    if not isinstance(data, dict):
        raise ValueError("notification has no data object")
    event_type = field(payload, "eventType")
    if not isinstance(event_type, str) or not event_type:
        raise ValueError("notification has no eventType")
    operation = field(payload, "operationNumber")
    transaction = field(data, "transactionCode")
    return PaymentNotification(
        event_type=event_type,
        operation_number="" if operation is None else str(operation),
        cip=read_cip(field(data, "cip")),
        currency=Currency(str(field(data, "currency"))),
        amount=read_amount(field(data, "amount")),
        payment_date=parse_api_datetime(field(data, "paymentDate")),
        transaction_code=None if transaction is None else str(transaction),
    )
