"""The end-of-day report ("cierre del día"): one Lima calendar day of a profile, per cashier.

Which day a fact belongs to:

- issued, failed, unconfirmed: the voucher's ``created_at``.
- paid: the voucher's ``paid_at`` (services/day_figures.py, shared with the Resumen page),
  the payment's own date as PagoEfectivo (or the slip of a manual reconciliation) gives it,
  not the moment PagoDesk learned it. A payment made at the bank at 23:50 and learned by sync
  at 00:10 belongs to the day it was paid: that is the day the cash came in and the day
  PagoEfectivo's settlement lists it. So a report re-run later can grow; to keep a closed day
  from missing it, the next day's report shows such payments (moved to paid that day,
  ``paid_at`` earlier) on their own line, outside its totals. A payment reversed since
  (extorno: no longer paid) is not counted.
- expired, annulled: no money moves, so the recorded move counts: vouchers that moved to that
  state during the day (a ``voucher_events`` move) and were still in it at the day's end.
- manual reconciliation: the manual "paid"/"expired" moves and settlement imports of the day.

Vouchers count for the cashier who issued them (``created_by``); a reconciliation counts for
the person who made it. Amounts are summed per currency, never across currencies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from desktop.domain.display import status_label
from desktop.domain.events import EventKind, Reason, has_code, reason_detail
from desktop.domain.limatime import Clock, utc_now
from desktop.domain.settings import GeneralSettings
from desktop.domain.status import EventSource, VoucherStatus
from desktop.receipts.closing_model import (
    UNKNOWN_CASHIER,
    CashierDay,
    DayReport,
    Line,
    ManualEntry,
    Tally,
)
from desktop.receipts.model import Merchant
from desktop.services.audit_chain import chain_head
from desktop.services.closing_file import UnsupportedFormat, write_day_report
from desktop.services.day_figures import day_bounds, lima_today, paid_tallies
from desktop.services.lateness import paid_late
from desktop.services.profiles import Profile
from desktop.services.receipts import merchant_from_settings
from desktop.store.tables import Voucher, VoucherEvent

__all__ = [
    "CashierDay",
    "DayReport",
    "UnsupportedFormat",
    "build_day_report",
    "day_bounds",
    "lima_today",
    "write_day_report",
]

S = VoucherStatus
_RECONCILED = (EventSource.MANUAL.value, EventSource.IMPORT.value)
_SETTLED = (S.EXPIRED.value, S.ANNULLED.value)
_MOVES = (EventKind.CREATED, EventKind.MOVE)


@dataclass
class _Builder:
    """Figures gathered per person before they become frozen ``CashierDay`` sections."""

    lines: dict[str, dict[Line, dict[str, Tally]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(dict))
    )
    failed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unconfirmed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    manual: dict[str, list[ManualEntry]] = field(default_factory=lambda: defaultdict(list))

    def add(self, who: str, line: Line, currency: str, count: int, cents: int) -> None:
        tallies = self.lines[who][line]
        tallies[currency] = tallies.get(currency, Tally()) + Tally(count, cents)

    def sections(self, cashier: str | None) -> tuple[CashierDay, ...]:
        names = set(self.lines) | set(self.failed) | set(self.unconfirmed) | set(self.manual)
        if cashier is not None:
            names = {name for name in names if name.casefold() == cashier.strip().casefold()}
        ordered = sorted(names, key=lambda name: (name == UNKNOWN_CASHIER, name.casefold()))
        return tuple(
            CashierDay(
                name,
                {line: dict(t) for line, t in self.lines.get(name, {}).items()},
                self.failed.get(name, 0),
                self.unconfirmed.get(name, 0),
                tuple(self.manual.get(name, ())),
            )
            for name in ordered
        )


def build_day_report(
    engine: Engine,
    profile: Profile,
    day: date,
    cashier: str | None = None,
    clock: Clock = utc_now,
    *,
    merchant: Merchant | None = None,
) -> DayReport:
    """The day's report (see the module's docstring for which day each fact belongs to).

    ``cashier`` (matched ignoring case) keeps that person's section only; ``merchant`` defaults
    to the name a profile without merchant settings prints.
    """
    start, end = day_bounds(day)
    builder = _Builder()
    with Session(engine) as session:
        _issued(session, builder, profile.name, start, end)
        _paid(session, builder, profile.name, start, end)
        _settled(session, builder, profile.name, start, end)
        _reconciled(session, builder, profile.name, start, end)
    sections = builder.sections(cashier)
    total = CashierDay(cashier.strip() if cashier else "")
    for section in sections:
        total = total + section
    return DayReport(
        day=day,
        profile=profile.name,
        environment=profile.environment.value,
        merchant=merchant or merchant_from_settings(GeneralSettings(), demo=profile.is_demo),
        cashier=cashier.strip() if cashier else None,
        generated_at=clock(),
        sections=sections,
        total=total,
        anchor=str(head) if (head := chain_head(engine, profile.name)) else None,
    )


def _who(name: str | None) -> str:
    return (name or "").strip() or UNKNOWN_CASHIER


def _issued(session: Session, builder: _Builder, profile: str, start: Any, end: Any) -> None:
    statement = (
        sa_select(col(Voucher.created_by), col(Voucher.status), col(Voucher.currency))
        .add_columns(func.count(), _cents())
        .where(col(Voucher.profile) == profile, _within(Voucher.created_at, start, end))
        .group_by(Voucher.created_by, Voucher.status, Voucher.currency)
    )
    for created_by, status, currency, count, cents in session.execute(statement):
        who = _who(created_by)
        if status == S.FAILED.value:
            builder.failed[who] += int(count)
        elif status == S.ISSUING.value:
            builder.unconfirmed[who] += int(count)
        else:
            builder.add(who, Line.ISSUED, currency, int(count), int(cents))


def _paid(session: Session, builder: _Builder, profile: str, start: Any, end: Any) -> None:
    for key, tally in paid_tallies(session, profile, start, end).items():
        builder.add(_who(key.cashier), Line.PAID, key.currency, tally.count, tally.cents)
    paid = (Voucher.profile == profile, Voucher.status == S.PAID.value)
    learned = (
        select(Voucher.created_by, Voucher.currency, Voucher.amount_cents)
        .where(*paid, col(Voucher.paid_at) < start)
        .where(col(Voucher.id).in_(_moved_to(profile, (S.PAID.value,), start, end)))
    )
    for created_by, currency, cents in session.exec(learned):
        builder.add(_who(created_by), Line.PAID_EARLIER, currency, 1, int(cents))


def _settled(session: Session, builder: _Builder, profile: str, start: Any, end: Any) -> None:
    """Expired and annulled: moved there during the day and still there at its end."""
    moved = _moved_to(profile, _SETTLED, start, end)
    statement = (
        select(VoucherEvent.voucher_id, VoucherEvent.to_status)
        .where(col(VoucherEvent.voucher_id).in_(moved), col(VoucherEvent.kind).in_(_MOVES))
        .where(col(VoucherEvent.created_at) < end)
        .order_by(col(VoucherEvent.voucher_id), col(VoucherEvent.sequence))
    )
    state_at_end = dict(session.exec(statement).all())  # the last move of each wins
    settled = [v for v, status in state_at_end.items() if status in _SETTLED]
    line = {S.EXPIRED.value: Line.EXPIRED, S.ANNULLED.value: Line.ANNULLED}
    for chunk in _chunks(settled):
        rows = select(Voucher.id, Voucher.created_by, Voucher.currency, Voucher.amount_cents)
        for voucher_id, created_by, currency, cents in session.exec(
            rows.where(col(Voucher.id).in_(chunk))
        ):
            status = state_at_end[voucher_id or 0]
            builder.add(_who(created_by), line[status or ""], currency, 1, int(cents))


def _reconciled(session: Session, builder: _Builder, profile: str, start: Any, end: Any) -> None:
    statement = (
        select(VoucherEvent, Voucher)
        .join(Voucher, col(Voucher.id) == col(VoucherEvent.voucher_id))
        .where(Voucher.profile == profile, VoucherEvent.kind == EventKind.MOVE)
        .where(col(VoucherEvent.source).in_(_RECONCILED))
        .where(col(VoucherEvent.to_status).in_((S.PAID.value, S.EXPIRED.value)))
        .where(_within(VoucherEvent.created_at, start, end))
        .order_by(col(VoucherEvent.created_at), col(VoucherEvent.id))
    )
    for event, voucher in session.exec(statement):
        movement = " → ".join(status_label(s) for s in (event.from_status, event.to_status))
        entry = ManualEntry(
            at=event.created_at,
            voucher_id=event.voucher_id,
            cip=voucher.cip,
            source=event.source,
            movement=movement,
            actor=event.actor,
            reason=_reason(event.reason, late=paid_late(event, voucher)),
            money=voucher.money,
            cashier=_who(voucher.created_by),
        )
        builder.manual[_who(event.actor)].append(entry)


def _reason(reason: str | None, *, late: bool) -> str:
    """The staff's own words; a late payment (the rule, lateness.py) is worded apart, and
    the "late" code ``apply_move`` put in front is never shown as it is."""
    words = reason_detail(reason) if has_code(reason, Reason.LATE) else (reason or "")
    return f"{words} (pago tardío)".strip() if late else words


def _moved_to(profile: str, statuses: Iterable[str], start: Any, end: Any) -> Any:
    """The ids of the profile's vouchers that moved to one of ``statuses`` during the day."""
    return (
        select(VoucherEvent.voucher_id)
        .join(Voucher, col(Voucher.id) == col(VoucherEvent.voucher_id))
        .where(Voucher.profile == profile, VoucherEvent.kind == EventKind.MOVE)
        .where(col(VoucherEvent.to_status).in_(list(statuses)))
        .where(_within(VoucherEvent.created_at, start, end))
    )


def _within(column: Any, start: datetime, end: datetime) -> Any:
    return (col(column) >= start) & (col(column) < end)


def _cents() -> Any:
    return func.coalesce(func.sum(Voucher.amount_cents), 0)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for index in range(0, len(ids), size):
        yield ids[index : index + size]
