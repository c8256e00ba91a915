"""Whether a notified payment is the voucher's: amount, currency and transaction code."""

from __future__ import annotations

from desktop.domain.events import Reason, with_detail
from desktop.domain.money import format_money
from desktop.pagoefectivo import PaymentNotification
from desktop.store.tables import Voucher


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
