"""Reading vouchers for the screens and the command line: history pages, one voucher, events.
Everything read leaves as a frozen view (services/views.py), never as a stored row."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from desktop.domain.events import EventKind
from desktop.domain.money import Money
from desktop.services.errors import VoucherNotFound, service
from desktop.services.views import EventView, HistoryRow, VoucherDetail, VoucherPage, VoucherView
from desktop.store.history import (
    history_page,
    history_rows,
    history_totals,
    history_vouchers,
    newest_voucher_id,
)
from desktop.store.history_query import (
    CurrencyTotal,
    HistoryQuery,
    HistoryTotals,
    filters_of,
    voucher_ref,
)
from desktop.store.seal import ChainLink, head_of
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import events_of, find_by_cip, find_by_transaction_code

__all__ = [
    "CurrencyTotal",
    "EventView",
    "HistoryQuery",
    "HistoryRow",
    "HistoryRows",
    "HistoryTotals",
    "PaidMark",
    "PaidNote",
    "VoucherDetail",
    "VoucherLookup",
    "VoucherNotFound",
    "VoucherPage",
    "VoucherView",
    "filters_of",
]


@dataclass(frozen=True)
class PaidNote:
    """A move to paid as the "paid" notification shows it (plain values, no ORM row);
    ``seq``: its link in the profile's sealed chain (where a watcher stands after it)."""

    event_id: int
    voucher_id: int
    cip: int | None
    money: Money
    first_name: str | None
    last_name: str | None
    source: str
    seq: int = 0


@dataclass(frozen=True)
class PaidMark:
    """Where a watcher of payments stands: events up to ``event_id`` were written before it
    started (never news, even when an upgrade seals them later), and the sealed chain's links
    up to ``seq`` were read. Links are numbered in the order their transactions commit (the
    chain head is locked to the commit), so a payment committed later always comes after
    ``seq``, however long its transaction ran and whatever id its event got."""

    event_id: int
    seq: int


@dataclass(frozen=True)
class HistoryRows:
    """One page of the history as the screen lists it; ``more``: vouchers follow it."""

    rows: list[HistoryRow]
    more: bool


@service
class VoucherLookup:
    """Read-only queries of one profile, each in its own short session."""

    def __init__(self, engine: Engine, profile: str) -> None:
        self._engine = engine
        self.profile = profile

    def history(self, query: HistoryQuery) -> VoucherPage:
        """A page of whole vouchers with the count and totals of every match."""
        with Session(self._engine, expire_on_commit=False) as session:
            page = history_page(session, self._own(query))
            views = [VoucherView.of(v) for v in page.rows]
            return VoucherPage(views, page.total, page.totals, page.collected, page.pending)

    def rows(self, query: HistoryQuery) -> HistoryRows:
        """A page of the history screen: its rows only (the totals are ``totals``'s)."""
        asked = replace(self._own(query), limit=max(0, query.limit) + 1)  # one more: any left?
        with Session(self._engine) as session:
            found = history_rows(session, asked)
        rows = [HistoryRow.of(row) for row in found[: max(0, query.limit)]]
        return HistoryRows(rows, len(found) > len(rows))

    def vouchers(self, query: HistoryQuery) -> list[VoucherView]:
        """A page of whole vouchers, without totals (an export reads page after page)."""
        with Session(self._engine, expire_on_commit=False) as session:
            return [VoucherView.of(v) for v in history_vouchers(session, self._own(query))]

    def totals(self, query: HistoryQuery) -> HistoryTotals:
        """How many vouchers match ``query``'s filters, and their totals: they read every
        match, so the screen asks once per change of filters, not per page or sort."""
        with Session(self._engine) as session:
            return history_totals(session, self._own(query))

    def _own(self, query: HistoryQuery) -> HistoryQuery:
        if query.profile != self.profile:
            raise ValueError("a lookup only reads its own profile")
        return query

    def newest_id(self) -> int:
        """The newest voucher id of the profile: vouchers recorded later have higher ids."""
        with Session(self._engine) as session:
            return newest_voucher_id(session, self.profile)

    def find(self, ref: str) -> VoucherView:
        """By CIP (digits), transaction code (``PD-...``) or local id (``#12``)."""
        return VoucherView.of(self._find(ref))

    def _find(self, ref: str) -> Voucher:
        by, value = voucher_ref(ref)
        with Session(self._engine, expire_on_commit=False) as session:
            found: Voucher | None
            if by == "id":
                found = session.get(Voucher, value)
                found = found if found is not None and found.profile == self.profile else None
            elif by == "cip":
                found = find_by_cip(session, self.profile, int(value))
            else:
                found = find_by_transaction_code(session, self.profile, str(value))
        if found is None:
            raise VoucherNotFound(ref.strip())
        return found

    def detail(self, ref: str) -> VoucherDetail:
        voucher = self.find(ref)
        with Session(self._engine, expire_on_commit=False) as session:
            events = tuple(EventView.of(e) for e in events_of(session, voucher.id))
        return VoucherDetail(voucher, events)

    def paid_mark(self) -> PaidMark:
        """Where a watcher of this profile's payments starts: now."""
        with Session(self._engine) as session:
            newest = session.exec(select(func.max(VoucherEvent.id))).one()
            head = head_of(session.connection(), self.profile)
        return PaidMark(int(newest or 0), head[0] if head else 0)

    def paid_since(self, mark: PaidMark, limit: int = 200) -> list[PaidNote]:
        """Moves to paid of this profile committed after ``mark``, in commit order: whoever
        wrote them (a sync here, the webhook receiver, another station)."""
        statement = (
            select(ChainLink.seq, VoucherEvent, Voucher)
            .join(VoucherEvent, col(VoucherEvent.id) == col(ChainLink.event_id))
            .join(Voucher, col(Voucher.id) == col(VoucherEvent.voucher_id))
            .where(
                ChainLink.profile == self.profile,
                col(ChainLink.seq) > mark.seq,
                col(VoucherEvent.id) > mark.event_id,
                VoucherEvent.kind == EventKind.MOVE,
                VoucherEvent.to_status == "paid",
                Voucher.profile == self.profile,
            )
            .order_by(col(ChainLink.seq))
            .limit(limit)
        )
        with Session(self._engine) as session:
            return [
                PaidNote(
                    event.id or 0,
                    voucher.id or 0,
                    voucher.cip,
                    voucher.money,
                    voucher.first_name,
                    voucher.last_name,
                    event.source,
                    int(seq),
                )
                for seq, event, voucher in session.exec(statement)
            ]
