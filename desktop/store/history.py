"""The history screen's queries: search, filters, any-column sort and pages of rows; and,
apart, the count and totals by currency of what matches (asked once per change of filters,
not per page or per sort: at a million vouchers they read every match).

Each sort is served by an index (migration 0011 adds the missing ones): the order is the
sort column, then ``id`` (``status``: then ``created_at``, then ``id``), all in the same
direction, with the column's NULLs last both ways. SQLite walks one index for that (NULLs
last included); PostgreSQL's indexes keep NULLs last ascending, and one more index per
nullable column keeps them last descending."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, Row, UnaryExpression, bindparam, func, select
from sqlmodel import Session, col

from desktop.store.history_query import (
    DATE_FIELDS,
    SORT_FIELDS,
    SORT_THEN_FIELDS,
    CurrencyTotal,
    HistoryQuery,
    HistoryTotals,
    checked,
    filters_of,
    totals_of,
)
from desktop.store.search import Matching, match_clauses, matching, page_matching
from desktop.store.tables import Voucher

SORT_COLUMNS: dict[str, Any] = {sort: getattr(Voucher, name) for sort, name in SORT_FIELDS.items()}
SORT_THEN: dict[str, Any] = {key: getattr(Voucher, name) for key, name in SORT_THEN_FIELDS.items()}
"""Within one value of these sort columns, before ``id``: a status sorts its vouchers by date."""

PAGE_COLUMNS: tuple[Any, ...] = (
    Voucher.id,
    Voucher.transaction_code,
    Voucher.cip,
    Voucher.amount_cents,
    Voucher.currency,
    Voucher.concept,
    Voucher.first_name,
    Voucher.last_name,
    Voucher.email,
    Voucher.doc_type,
    Voucher.doc_number,
    Voucher.created_at,
    Voucher.expires_at,
    Voucher.last_checked_at,
    Voucher.status,
)
"""What the history screen shows of a voucher (``history_rows``), in this order."""


DATE_COLUMNS: dict[str, Any] = {key: getattr(Voucher, name) for key, name in DATE_FIELDS.items()}
"""What ``since``/``until`` filter on: when the voucher was issued, or when it was paid."""


@dataclass(frozen=True)
class HistoryPage:
    """One page of vouchers plus the count and totals of everything that matches (see
    ``HistoryTotals``)."""

    rows: list[Voucher]
    total: int
    totals: dict[str, CurrencyTotal] = field(default_factory=dict)
    collected: dict[str, CurrencyTotal] = field(default_factory=dict)
    pending: dict[str, CurrencyTotal] = field(default_factory=dict)


@dataclass(frozen=True)
class _Shape:
    """What a query's SQL depends on; its values go in as parameters. Each shape is built
    once (``_statement``): building a SELECT, and SQLAlchemy matching its result columns to
    the cached ones of an equal but new statement, cost more than reading a page."""

    reads: str  # "rows" (PAGE_COLUMNS), "vouchers" (whole) or "totals" (grouped)
    sort: str
    descending: bool
    dated: str
    statuses: bool
    since: bool
    until: bool
    through: bool
    matching: tuple[bool, int]  # words looked up in the search index (any), words scanned


def _shape(query: HistoryQuery, matching: Matching, reads: str) -> _Shape:
    checked(query)
    return _Shape(
        reads,
        query.sort,
        query.descending,
        query.dated,
        bool(query.statuses),
        query.since is not None,
        query.until is not None,
        query.through_id is not None,
        matching.shape,
    )


def _params(query: HistoryQuery, matching: Matching) -> dict[str, Any]:
    values: dict[str, Any] = {
        "profile": query.profile,
        "statuses": [s.value for s in query.statuses],
        "since": query.since,
        "until": query.until,
        "through": query.through_id,
        "offset": max(0, query.offset),
        "limit": max(0, query.limit),
    }
    values.update(matching.params())
    return values


def ordering(sort: str, descending: bool) -> list[UnaryExpression[Any]]:
    """The ORDER BY of a sort: its column (NULLs last), then ``id``, one direction.
    ``NULLS LAST`` is said only of a column that can be NULL: on PostgreSQL it would keep a
    descending order from walking its index backwards."""
    column = SORT_COLUMNS[sort]
    keys = [column, *([SORT_THEN[sort]] if sort in SORT_THEN else []), Voucher.id]
    ordered = [col(key).desc() if descending else col(key).asc() for key in keys]
    if column.expression.nullable:
        ordered[0] = ordered[0].nulls_last()
    return ordered


@lru_cache(maxsize=256)
def _statement(shape: _Shape) -> Any:
    dated = col(DATE_COLUMNS[shape.dated])
    where: list[ColumnElement[bool]] = [col(Voucher.profile) == bindparam("profile")]
    if shape.statuses:
        where.append(col(Voucher.status).in_(bindparam("statuses", expanding=True)))
    if shape.since:
        where.append(dated >= bindparam("since"))
    if shape.until:
        where.append(dated < bindparam("until"))
    if shape.through:
        where.append(col(Voucher.id) <= bindparam("through"))
    where.extend(match_clauses(shape.matching))
    if shape.reads == "totals":
        status, currency, cents = col(Voucher.status), col(Voucher.currency), Voucher.amount_cents
        grouped = select(status, currency, func.count(), func.coalesce(func.sum(cents), 0))
        return grouped.where(*where).group_by(status, currency)
    columns = PAGE_COLUMNS if shape.reads == "rows" else (Voucher,)
    return (
        select(*columns)
        .where(*where)
        .order_by(*ordering(shape.sort, shape.descending))
        .offset(bindparam("offset", type_=Integer()))
        .limit(bindparam("limit", type_=Integer()))
    )


def rows_statement(
    session: Session, query: HistoryQuery, reads: str = "rows"
) -> tuple[Any, dict[str, Any]]:
    """The SELECT of one page of ``query``, sorted in SQL, and its parameters: each
    voucher's ``PAGE_COLUMNS`` ("rows") or the whole stored voucher ("vouchers")."""
    matched = page_matching(query.search, session.connection())
    return _statement(_shape(query, matched, reads)), _params(query, matched)


def history_rows(session: Session, query: HistoryQuery) -> list[Row[Any]]:
    """One page of ``query``, sorted in SQL: the ``PAGE_COLUMNS`` of each voucher as plain
    values (no stored objects: a page of the screen is as cheap as the query itself)."""
    statement, params = rows_statement(session, query)
    return list(session.connection().execute(statement, params).all())


def history_vouchers(session: Session, query: HistoryQuery) -> list[Voucher]:
    """One page of ``query``, sorted in SQL, as whole stored vouchers."""
    statement, params = rows_statement(session, query, "vouchers")
    return list(session.execute(statement, params).scalars().all())


def history_totals(session: Session, query: HistoryQuery) -> HistoryTotals:
    """How many vouchers match ``query`` and their totals (its sort and page do not count).
    One grouped query (status x currency: a dozen rows at most) gives every total."""
    matched = matching(query.search, session.get_bind().dialect)
    statement = _statement(_shape(filters_of(query), matched, "totals"))
    return totals_of(session.connection().execute(statement, _params(query, matched)).all())


def history_page(session: Session, query: HistoryQuery) -> HistoryPage:
    """A page of whole vouchers with the count and totals (``pagodesk list``)."""
    rows = history_vouchers(session, query)
    found = history_totals(session, query)
    return HistoryPage(rows, found.total, found.totals, found.collected, found.pending)


def newest_voucher_id(session: Session, profile: str) -> int:
    """The highest voucher id of ``profile`` (0 when it has none): a snapshot boundary."""
    statement = select(func.max(Voucher.id)).where(col(Voucher.profile) == profile)
    return int(session.execute(statement).scalar_one() or 0)
