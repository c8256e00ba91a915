"""What the screens and the command line are given of a voucher: plain frozen values, built
here from the stored rows, safe to hand from a worker thread to the GUI (no ORM object ever
crosses the services' boundary)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Self, TypeVar

from desktop.domain.display import document_label, full_name
from desktop.domain.events import EventKind
from desktop.domain.money import Money
from desktop.domain.status import EventSource, VoucherStatus
from desktop.store.history_query import CurrencyTotal

if TYPE_CHECKING:  # the quick read-only path builds views without loading SQLModel
    from desktop.store.tables import Voucher, VoucherEvent

V = TypeVar("V", "VoucherView", "EventView")


class _Stored:
    """A view built from a stored row: an ORM object (``of``), or its columns by name as the
    store reads them (``from_mapping``: the quick read-only path, services/quick_read.py).
    One conversion either way (``_read``, given how to read a column)."""

    @classmethod
    def of(cls, row: Voucher | VoucherEvent) -> Self:
        return cls._read(row.__getattribute__)

    @classmethod
    def from_mapping(cls, row: Mapping[str, Any]) -> Self:
        return cls._read(row.__getitem__)

    @classmethod
    def _read(cls, value: Callable[[str], Any]) -> Self:
        raise NotImplementedError


@dataclass(frozen=True)
class VoucherView(_Stored):
    """One voucher as stored now."""

    id: int
    profile: str
    transaction_code: str
    status: VoucherStatus
    money: Money
    email: str
    created_at: datetime
    cip: int | None = None
    cip_url: str | None = None
    concept: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    doc_type: str | None = None
    doc_number: str | None = None
    phone: str | None = None
    expires_at: datetime | None = None
    paid_at: datetime | None = None
    annulled_at: datetime | None = None
    last_checked_at: datetime | None = None
    operation_number: str | None = None
    failure_code: str | None = None
    failure_detail: str | None = None
    retry_of: int | None = None
    created_by: str | None = None
    version: int = 1

    @property
    def customer(self) -> str:
        """``José Núñez``; empty when no name was given."""
        return full_name(self.first_name, self.last_name)

    @property
    def document(self) -> str:
        """``DNI 12345678``; empty without a document number."""
        return document_label(self.doc_type, self.doc_number)

    @classmethod
    def _read(cls, value: Callable[[str], Any]) -> VoucherView:
        money = Money.from_cents(value("amount_cents"), value("currency"))
        return _copy(cls, value, status=VoucherStatus(value("status")), money=money)


class HistoryRow(NamedTuple):
    """One voucher as the history lists it: the columns of ``store.history.PAGE_COLUMNS``, in
    their order, as a plain tuple (a page of them costs little more than its query). Its
    customer and document read as ``VoucherView``'s (``domain.display``)."""

    id: int
    transaction_code: str
    cip: int | None
    amount_cents: int
    currency: str
    concept: str | None
    first_name: str | None
    last_name: str | None
    email: str
    doc_type: str | None
    doc_number: str | None
    created_at: datetime
    expires_at: datetime | None
    last_checked_at: datetime | None
    status: VoucherStatus

    @property
    def money(self) -> Money:
        return Money.from_cents(self.amount_cents, self.currency)

    @classmethod
    def of(cls, row: Sequence[Any]) -> HistoryRow:
        """From a row of ``PAGE_COLUMNS`` (the status, last, becomes a ``VoucherStatus``)."""
        return cls._make((*row[:-1], _STATUSES[row[-1]]))


_STATUSES = {status.value: status for status in VoucherStatus}


@dataclass(frozen=True)
class EventView(_Stored):
    """One event of a voucher's chained history."""

    id: int
    voucher_id: int
    sequence: int
    kind: EventKind
    from_status: str | None
    to_status: str | None
    source: EventSource
    actor: str
    reason: str | None
    evidence: str | None
    details: str | None
    created_at: datetime
    actor_id: int | None = None  # the staff user (None: a system user, or before accounts)

    @classmethod
    def _read(cls, value: Callable[[str], Any]) -> EventView:
        kind, source = EventKind(value("kind")), EventSource(value("source"))
        return _copy(cls, value, kind=kind, source=source)


@dataclass(frozen=True)
class VoucherDetail:
    """A voucher and its events, oldest first."""

    voucher: VoucherView
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class VoucherPage:
    """One page of vouchers, with the count and the totals per currency of every match:
    ``totals`` over every status, ``collected`` (paid) and ``pending`` (payable)."""

    rows: list[VoucherView]
    total: int
    totals: dict[str, CurrencyTotal] = field(default_factory=dict)
    collected: dict[str, CurrencyTotal] = field(default_factory=dict)
    pending: dict[str, CurrencyTotal] = field(default_factory=dict)


def _copy(view: type[V], value: Callable[[str], Any], **typed: Any) -> V:
    """A view of a stored row (``value`` of a column name): its same-named columns as
    stored, ``typed`` ones as given."""
    assert value("id") is not None
    plain = {f.name: value(f.name) for f in fields(view) if f.name not in typed}
    return view(**plain, **typed)
