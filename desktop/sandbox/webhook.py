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
from desktop.sandbox.state import SandboxState, StateConflict, UnknownCip
from desktop.sandbox.storage import PAID, CipRecord

SIGNATURE_HEADER = "PE-Signature"
ATTEMPTS = 2
"""The first delivery plus one retry, as the doc says PagoEfectivo does."""
DROPPED = "dropped on purpose by the sandbox (/_sandbox/webhook/drop)"


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


def notify_paid(
    record: CipRecord, url: str, config: SandboxConfig, *, dropped: bool = False
) -> Delivery:
    """Send the ``cip.paid`` notification for a paid CIP (the same bytes every time);
    ``dropped``: lose it on purpose, as a network between PagoEfectivo and the merchant can."""
    assert record.paid_at is not None and record.operation_number is not None
    body = paid_body(
        cip=record.cip,
        currency=record.currency,
        amount=record.amount,
        payment_date=record.paid_at,
        transaction_code=record.transaction_code,
        operation_number=record.operation_number,
    )
    if dropped:
        return Delivery(url, 0, None, DROPPED, sign(body, config.secret_key))
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
    return Payment(record, _notify(state, config, record))


def notify_again(state: SandboxState, config: SandboxConfig, cip: int) -> Payment:
    """Send a paid CIP's ``cip.paid`` once more, byte for byte (PagoEfectivo repeats a
    notification when it thinks it was not taken). ``UnknownCip``/``StateConflict``."""
    record = state.get(cip)
    if record is None:
        raise UnknownCip(f"CIP {cip} does not exist in this sandbox")
    status = state.view(record).status
    if status != PAID:
        raise StateConflict(f"cannot notify CIP {cip} again: its status is {status}, not paid")
    return Payment(record, _notify(state, config, record))


def _notify(state: SandboxState, config: SandboxConfig, record: CipRecord) -> Delivery | None:
    url = state.webhook_url
    if not url:
        return None
    return notify_paid(record, url, config, dropped=state.take_notification_drop())


def probe(url: str, timeout: float) -> dict[str, Any]:
    """GET ``url`` as the sandbox sees it: the HTTP status and time, or why nothing answered."""
    started = time.perf_counter()
    status: int | None = None
    error: str | None = None
    try:
        with httpx.Client(timeout=timeout, trust_env=False) as client:
            status = client.get(url).status_code
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}"
    ms = round((time.perf_counter() - started) * 1000)
    return {"url": url, "status": status, "error": error, "ms": ms}
