"""Reading a signed notification's body: a payment to apply, or another event to record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.events import Reason, with_detail
from desktop.domain.money import format_money
from desktop.pagoefectivo import PaymentNotification, parse_notification
from desktop.pagoefectivo.wire import field, loads, read_cip
from desktop.store.tables import Voucher

PAID_EVENT = "cip.paid"
MAX_OPERATION = 20
MAX_CIP = 10**14 - 1  # 1 to 14 digits


@dataclass(frozen=True)
class OtherEvent:
    """A signed event type we record but do not apply (only ``cip.paid`` is applied)."""

    event_type: str
    cip: int | None
    operation_number: str | None


def read_notice(raw: bytes) -> PaymentNotification | OtherEvent:
    """The notification, or the readable parts of an event type we do not apply."""
    payload: Any = loads(raw)
    if not isinstance(payload, dict):
        raise ValueError("notification body is not a JSON object")
    event_type = field(payload, "eventType")
    if not isinstance(event_type, str) or not event_type.strip():
        raise ValueError("notification has no eventType")
    if event_type != PAID_EVENT:
        data = field(payload, "data")
        cip = _optional_cip(field(data, "cip") if isinstance(data, dict) else None)
        operation = _operation(field(payload, "operationNumber"))
        return OtherEvent(event_type, cip, operation)
    notice = parse_notification(raw)
    if not 0 < notice.cip <= MAX_CIP:
        raise ValueError(f"cip out of range: {notice.cip}")
    _operation(notice.operation_number)
    return notice


def _operation(value: object) -> str | None:
    if value is None:
        return None
    text = str(value)
    if len(text) > MAX_OPERATION or not text.isprintable():
        raise ValueError("operationNumber is too long or not printable")
    return text


def _optional_cip(value: object) -> int | None:
    if value is None:
        return None
    try:
        cip = read_cip(value)
    except ValueError:
        return None
    return cip if 0 < cip <= MAX_CIP else None


def mismatch(voucher: Voucher, notice: PaymentNotification) -> str | None:
    """Why the notified payment is not this voucher's, or None when it matches."""
    differs = voucher.money.difference(notice.money)
    if differs is not None:
        notified = format_money(notice.amount, notice.currency)
        return with_detail(differs, f"notified {notified}, voucher {voucher.money}")
    code = notice.transaction_code
    if code is not None and code != voucher.transaction_code:
        detail = f"notified {code}, voucher {voucher.transaction_code}"
        return with_detail(Reason.TRANSACTION_CODE_DIFFERS, detail)
    return None
