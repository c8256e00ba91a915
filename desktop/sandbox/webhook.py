"""The signed ``cip.paid`` notification: exact body bytes, ``PE-Signature``, one retry."""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx

from desktop.domain.limatime import format_api_datetime
from desktop.domain.money import CENT
from desktop.sandbox import jsonio
from desktop.sandbox.config import SandboxConfig
from desktop.sandbox.state import SandboxState
from desktop.sandbox.storage import CipRecord

SIGNATURE_HEADER = "PE-Signature"
ATTEMPTS = 2
"""The first delivery plus one retry, as the doc says PagoEfectivo does."""


def paid_body(
    *,
    cip: int | str,
    currency: str,
    amount: Decimal,
    payment_date: datetime | str,
    transaction_code: str,
    operation_number: str,
) -> bytes:
    """Compact JSON in the documented key order, amount with exactly two decimals."""
    when = payment_date if isinstance(payment_date, str) else format_api_datetime(payment_date)
    payload = {
        "eventType": "cip.paid",
        "operationNumber": operation_number,
        "data": {
            "cip": str(cip),
            "currency": currency,
            "amount": amount.quantize(CENT),
            "paymentDate": when,
            "transactionCode": transaction_code,
        },
    }
    return jsonio.dump_bytes(payload)


def sign(body: bytes, secret_key: str) -> str:
    """Lower-hex HMAC-SHA256 of the raw body bytes, keyed with the merchant's secret key."""
    return hmac.new(secret_key.encode("utf-8"), body, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Delivery:
    """What happened when the sandbox posted a notification."""

    url: str
    attempts: int
    status: int | None
    error: str | None
    signature: str

    @property
    def delivered(self) -> bool:
        return self.status == 200

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "attempts": self.attempts,
            "status": self.status,
            "error": self.error,
            "delivered": self.delivered,
            "signature": self.signature,
        }


def deliver(
    url: str,
    body: bytes,
    secret_key: str,
    *,
    timeout: float = 10.0,
    retry_delay: float = 0.5,
) -> Delivery:
    """POST the body; anything but HTTP 200 (a connection error too) gets one more attempt."""
    signature = sign(body, secret_key)
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: signature}
    status: int | None = None
    error: str | None = None
    attempts = 0
    with httpx.Client(timeout=timeout, trust_env=False) as client:
        for attempt in range(ATTEMPTS):
            if attempt:
                time.sleep(retry_delay)
            attempts += 1
            try:
                response = client.post(url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                status, error = None, f"{type(exc).__name__}: {exc}"
                continue
            status, error = response.status_code, None
            if status == 200:
                break
            error = f"HTTP {status}"
    return Delivery(url, attempts, status, error, signature)


def notify_paid(record: CipRecord, url: str, config: SandboxConfig) -> Delivery:
    """Send the ``cip.paid`` notification for a CIP that was just paid."""
    assert record.paid_at is not None and record.operation_number is not None
    body = paid_body(
        cip=record.cip,
        currency=record.currency,
        amount=record.amount,
        payment_date=record.paid_at,
        transaction_code=record.transaction_code,
        operation_number=record.operation_number,
    )
    return deliver(
        url,
        body,
        config.secret_key,
        timeout=config.webhook_timeout,
        retry_delay=config.webhook_retry_delay,
    )


@dataclass(frozen=True)
class Payment:
    """A CIP just paid, and its notification (None when no webhook URL is configured)."""

    record: CipRecord
    delivery: Delivery | None


def pay_and_notify(
    state: SandboxState, config: SandboxConfig, cip: int, operation_number: str | None = None
) -> Payment:
    """Pay a generated CIP (raises ``UnknownCip``/``StateConflict``), then post ``cip.paid``."""
    record = state.pay(cip, operation_number)
    url = state.webhook_url
    return Payment(record, notify_paid(record, url, config) if url else None)
