"""What a history query asks and what its totals are, as plain values: no SQL here, so the
quick read-only path (store/quick_read.py) and the SQLAlchemy one (store/history.py) share
one meaning of each filter, sort and total."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from desktop.domain.money import Money
from desktop.domain.status import VoucherStatus

PAID, PENDING = VoucherStatus.PAID.value, VoucherStatus.PENDING.value

SORT_FIELDS: dict[str, str] = {
    "created": "created_at",
    "cip": "cip",
    "customer": "customer_sort",
    "concept": "concept",
    "amount": "amount_cents",
    "status": "status",
    "expires": "expires_at",
    "checked": "last_checked_at",
    "transaction": "transaction_code",
}
"""Each sort of the history and the voucher column it orders by."""
SORT_THEN_FIELDS: dict[str, str] = {"status": "created_at"}
"""Within one value of these sort columns, before ``id``: a status sorts its vouchers by date."""
DATE_FIELDS: dict[str, str] = {"created": "created_at", "paid": "paid_at"}
"""What ``since``/``until`` filter on: when the voucher was issued, or when it was paid."""


@dataclass(frozen=True)
class HistoryQuery:
    """What the history screen (or ``pagodesk list``) asks for."""

    profile: str
    search: str = ""
    statuses: Sequence[VoucherStatus] = ()
    since: datetime | None = None  # created (or paid, see ``dated``) at or after
    until: datetime | None = None  # created (or paid) before
    dated: str = "created"  # a key of DATE_FIELDS
    through_id: int | None = None  # recorded up to this voucher id (an export's snapshot)
    sort: str = "created"
    descending: bool = True
    offset: int = 0
    limit: int = 100


@dataclass(frozen=True)
class CurrencyTotal:
    count: int
    money: Money


@dataclass(frozen=True)
class HistoryTotals:
    """The count and totals of everything a query matches (its sort and page aside):
    ``totals`` per currency over every status; ``collected`` (paid) and ``pending`` (payable
    now) per currency, the sums that mean money (annulled, expired, unconfirmed and failed
    ones are in neither)."""

    total: int = 0
    totals: dict[str, CurrencyTotal] = field(default_factory=dict)
    collected: dict[str, CurrencyTotal] = field(default_factory=dict)
    pending: dict[str, CurrencyTotal] = field(default_factory=dict)


def checked(query: HistoryQuery) -> HistoryQuery:
    """``query``, once its sort and date column are known ones (ValueError otherwise)."""
    if query.sort not in SORT_FIELDS:
        raise ValueError(f"unknown sort column: {query.sort}")
    if query.dated not in DATE_FIELDS:
        raise ValueError(f"unknown date column: {query.dated}")
    return query


def filters_of(query: HistoryQuery) -> HistoryQuery:
    """``query`` without its sort and page: two queries with the same filters match the same
    vouchers, so they share their count and totals."""
    return replace(query, sort="created", descending=True, offset=0, limit=0)


def totals_of(groups: Iterable[Sequence[Any]]) -> HistoryTotals:
    """Every total from the rows (status, currency, count, cents) of a query grouped by
    status x currency (a dozen rows at most)."""
    totals: dict[str, CurrencyTotal] = {}
    by_status: dict[str, dict[str, CurrencyTotal]] = {PAID: {}, PENDING: {}}
    for status, currency, count, cents in groups:
        _add(totals, currency, int(count), int(cents))
        if status in by_status:
            _add(by_status[status], currency, int(count), int(cents))
    total = sum(t.count for t in totals.values())
    return HistoryTotals(total, totals, by_status[PAID], by_status[PENDING])


def _add(into: dict[str, CurrencyTotal], currency: str, count: int, cents: int) -> None:
    before = into.get(currency)
    if before is not None:
        count, cents = count + before.count, cents + before.money.cents
    into[currency] = CurrencyTotal(count, Money.from_cents(cents, currency))


def voucher_ref(ref: str) -> tuple[str, int | str]:
    """How a typed reference names a voucher: ``("id", 12)`` for ``#12``, ``("cip", n)`` for
    digits, else ``("transaction", "PD-...")``."""
    ref = ref.strip()
    if ref.startswith("#") and ref[1:].isdigit():
        return "id", int(ref[1:])
    if ref.isdigit():
        return "cip", int(ref)
    return "transaction", ref
