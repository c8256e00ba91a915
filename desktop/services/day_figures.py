"""The store SQL behind the figures of Lima days, shared by the Cierre del día
(services/closing.py) and the Resumen page (services/summary.py), so they never disagree.

A payment belongs to the Lima day of the voucher's ``paid_at`` (the payment's own date, not
the moment PagoDesk learned it), and counts only while the voucher is still paid (a reversed
one no longer does). Amounts stay integer cents per currency, never summed across currencies.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlmodel import Session, col

from desktop.domain.limatime import LIMA, Clock, to_lima, utc_now
from desktop.domain.status import VoucherStatus
from desktop.receipts.closing_model import Tally
from desktop.store.tables import Voucher

__all__ = [
    "PaidKey",
    "Tally",
    "day_bounds",
    "lima_today",
    "paid_statement",
    "paid_tallies",
    "status_statement",
    "totals_by_currency",
    "totals_statement",
]


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Lima midnight to the next Lima midnight (05:00 to 05:00 UTC: Peru has no DST)."""
    start = datetime.combine(day, time(0, 0), tzinfo=LIMA)
    return start, start + timedelta(days=1)


def lima_today(clock: Clock = utc_now) -> date:
    return clock().astimezone(LIMA).date()


@dataclass(frozen=True)
class PaidKey:
    """What a payment is counted under: its Lima day, the cashier who issued the voucher
    (``created_by`` as stored, None when unknown) and the currency."""

    day: date
    cashier: str | None
    currency: str


def paid_statement(
    profile: str, start: datetime, end: datetime
) -> Select[datetime | None, str | None, str, int]:
    """Payments of ``profile`` from ``start`` (included) to ``end`` (excluded), of vouchers
    still paid now: a short range of the (profile, status, paid_at) index."""
    return (
        select(
            col(Voucher.paid_at),
            col(Voucher.created_by),
            col(Voucher.currency),
            col(Voucher.amount_cents),
        )
        .where(col(Voucher.profile) == profile)
        .where(col(Voucher.status) == VoucherStatus.PAID.value)
        .where(col(Voucher.paid_at) >= start, col(Voucher.paid_at) < end)
    )


def paid_tallies(
    session: Session, profile: str, start: datetime, end: datetime
) -> dict[PaidKey, Tally]:
    """The payments of ``paid_statement`` tallied per Lima day, cashier and currency."""
    counts: dict[PaidKey, int] = defaultdict(int)
    cents: dict[PaidKey, int] = defaultdict(int)
    for paid_at, cashier, currency, amount in session.execute(paid_statement(profile, start, end)):
        key = PaidKey(to_lima(paid_at).date(), cashier, currency)
        counts[key] += 1
        cents[key] += int(amount)
    return {key: Tally(count, cents[key]) for key, count in counts.items()}


def status_statement(profile: str, status: VoucherStatus) -> Select[Any]:
    """Every voucher of ``profile`` in ``status`` (the history filtered by that status)."""
    return select(Voucher).where(
        col(Voucher.profile) == profile, col(Voucher.status) == status.value
    )


def totals_statement(statement: Select[Any]) -> Select[Any]:
    """Count and sum of the amounts, per currency, of the vouchers ``statement`` returns."""
    inner = statement.order_by(None).subquery()
    return select(
        inner.c.currency, func.count(), func.coalesce(func.sum(inner.c.amount_cents), 0)
    ).group_by(inner.c.currency)


def totals_by_currency(session: Session, statement: Select[Any]) -> dict[str, Tally]:
    """How many rows ``statement`` (a query over vouchers, like a reconciliation queue's)
    returns and the sum of their amounts, per currency: the same rows the list shows."""
    return {
        str(currency): Tally(int(count), int(cents))
        for currency, count, cents in session.execute(totals_statement(statement))
    }
