"""The history screen's query: search, filters, any-column sort, pages, totals by currency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from desktop.domain.money import Money
from desktop.domain.status import VoucherStatus
from desktop.store.search import match_clause
from desktop.store.tables import Voucher

PAID, PENDING = VoucherStatus.PAID.value, VoucherStatus.PENDING.value
SORT_COLUMNS: dict[str, Any] = {
    "created": Voucher.created_at,
    "cip": Voucher.cip,
    "customer": Voucher.customer_sort,
    "concept": Voucher.concept,
    "amount": Voucher.amount_cents,
    "status": Voucher.status,
    "expires": Voucher.expires_at,
    "checked": Voucher.last_checked_at,
    "transaction": Voucher.transaction_code,
}


DATE_COLUMNS: dict[str, Any] = {"created": Voucher.created_at, "paid": Voucher.paid_at}
"""What ``since``/``until`` filter on: when the voucher was issued, or when it was paid."""


@dataclass(frozen=True)
class HistoryQuery:
    """What the history screen (or ``pagodesk list``) asks for."""

    profile: str
    search: str = ""
    statuses: Sequence[VoucherStatus] = ()
    since: datetime | None = None  # created (or paid, see ``dated``) at or after
    until: datetime | None = None  # created (or paid) before
    dated: str = "created"  # a key of DATE_COLUMNS
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
class HistoryPage:
    """One page of vouchers plus the count and totals of everything that matches: ``totals``
    per currency over every status; ``collected`` (paid) and ``pending`` (payable now) per
    currency, the sums that mean money (annulled, expired, unconfirmed and failed ones are
    in neither)."""

    rows: list[Voucher]
    total: int
    totals: dict[str, CurrencyTotal] = field(default_factory=dict)
    collected: dict[str, CurrencyTotal] = field(default_factory=dict)
    pending: dict[str, CurrencyTotal] = field(default_factory=dict)


def _add(into: dict[str, CurrencyTotal], currency: str, count: int, cents: int) -> None:
    before = into.get(currency)
    if before is not None:
        count, cents = count + before.count, cents + before.money.cents
    into[currency] = CurrencyTotal(count, Money.from_cents(cents, currency))


def _conditions(session: Session, query: HistoryQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [col(Voucher.profile) == query.profile]
    if query.statuses:
        conditions.append(col(Voucher.status).in_([s.value for s in query.statuses]))
    dated = DATE_COLUMNS[query.dated]
    if query.since is not None:
        conditions.append(col(dated) >= query.since)
    if query.until is not None:
        conditions.append(col(dated) < query.until)
    if query.through_id is not None:
        conditions.append(col(Voucher.id) <= query.through_id)
    matched = match_clause(query.search, session.get_bind().dialect)
    if matched is not None:
        conditions.append(matched)
    return conditions


def history_page(session: Session, query: HistoryQuery) -> HistoryPage:
    """Rows for one page, sorted in SQL (NULLs last on every engine), with totals."""
    if query.sort not in SORT_COLUMNS:
        raise ValueError(f"unknown sort column: {query.sort}")
    if query.dated not in DATE_COLUMNS:
        raise ValueError(f"unknown date column: {query.dated}")
    conditions = _conditions(session, query)
    column = SORT_COLUMNS[query.sort]
    ordering = col(column).desc() if query.descending else col(column).asc()
    tiebreak = col(Voucher.id).desc() if query.descending else col(Voucher.id).asc()
    statement = (
        select(Voucher)
        .where(*conditions)
        .order_by(ordering.nulls_last(), tiebreak)
        .offset(max(0, query.offset))
        .limit(max(0, query.limit))
    )
    rows = list(session.exec(statement))
    # One grouped query (status x currency: a dozen rows at most) gives every total.
    totals_statement = (
        select(
            Voucher.status,
            Voucher.currency,
            func.count(),
            func.coalesce(func.sum(Voucher.amount_cents), 0),
        )
        .where(*conditions)
        .group_by(Voucher.status, Voucher.currency)
    )
    totals: dict[str, CurrencyTotal] = {}
    by_status: dict[str, dict[str, CurrencyTotal]] = {PAID: {}, PENDING: {}}
    for status, currency, count, cents in session.exec(totals_statement):
        _add(totals, currency, int(count), int(cents))
        if status in by_status:
            _add(by_status[status], currency, int(count), int(cents))
    total = sum(t.count for t in totals.values())
    return HistoryPage(rows, total, totals, by_status[PAID], by_status[PENDING])


def newest_voucher_id(session: Session, profile: str) -> int:
    """The highest voucher id of ``profile`` (0 when it has none): a snapshot boundary."""
    statement = select(func.max(Voucher.id)).where(col(Voucher.profile) == profile)
    return int(session.exec(statement).one() or 0)
