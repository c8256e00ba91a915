"""Voucher repository: creation, optimistic moves, discrepancies, the chained event log."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from desktop.domain.events import EventKind, Reason
from desktop.domain.staff import Actor
from desktop.domain.status import EventSource, ForbiddenMove, Move, VoucherStatus, check_move
from desktop.store.chain import ChainBreak, verify_events
from desktop.store.seal import CANONICAL
from desktop.store.search import fold, voucher_search_text
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.voucher_writes import append_event, update_if_unchanged

_SEARCHED = {"cip", "first_name", "last_name", "doc_number", "email", "concept"}
TRACKED = (
    "status",
    "transaction_code",
    "cip",
    "cip_url",
    "amount_cents",
    "currency",
    "operation_number",
    "expires_at",
    "paid_at",
    "annulled_at",
    # What the voucher says of its customer and its making (a receipt, a report, an export
    # shows them): recorded when it is created, and never changed.
    "profile",
    "concept",
    "first_name",
    "last_name",
    "email",
    "doc_type",
    "doc_number",
    "phone",
    "created_at",
    "created_by",
    "retry_of",
)
"""Every field a voucher, a receipt or a report shows. They only change through an event,
whose details record (and hash) the new values, so ``audit verify`` sees any other edit."""


def tracked_details(values: Mapping[str, Any]) -> str:
    """JSON of the tracked fields among ``values`` (times in UTC), for an event's details."""
    chosen = {key: values[key] for key in TRACKED if key in values}
    for key, value in chosen.items():
        if isinstance(value, datetime):
            chosen[key] = value.astimezone(UTC).isoformat()
    return CANONICAL.encode(chosen)


class ConcurrentChange(Exception):
    """Someone else changed the voucher since it was read; reload and decide again."""

    def __init__(self, voucher_id: int) -> None:
        self.voucher_id = voucher_id
        super().__init__(f"voucher {voucher_id} was changed by someone else; reload it")


class UnknownVoucher(LookupError):
    """No such voucher in this profile."""


@dataclass(frozen=True)
class MoveResult:
    """What happened to a requested move: applied, or refused and recorded as a discrepancy."""

    applied: bool
    voucher: Voucher
    event: VoucherEvent
    refusal: str | None = None
    late: bool = False


def refresh_derived(voucher: Voucher) -> None:
    """Recompute the search words and the customer sort key from the voucher's fields."""
    voucher.search_text = voucher_search_text(voucher)
    voucher.customer_sort = fold(f"{voucher.last_name or ''} {voucher.first_name or ''}")[:61]


def add_voucher(session: Session, voucher: Voucher, *, actor: Actor, at: datetime) -> Voucher:
    """Insert a new voucher (normally ``issuing``) and its creation event."""
    refresh_derived(voucher)
    voucher.version = 1
    session.add(voucher)
    session.flush()
    assert voucher.id is not None
    append_event(
        session,
        voucher.id,
        profile=voucher.profile,
        locked=True,
        kind=EventKind.CREATED,
        from_status=None,
        to_status=voucher.status,
        source=EventSource.MANUAL,
        actor=actor,
        at=at,
        details=tracked_details(voucher.model_dump()),
    )
    return voucher


def get_voucher(session: Session, voucher_id: int) -> Voucher:
    voucher = session.get(Voucher, voucher_id)
    if voucher is None:
        raise UnknownVoucher(voucher_id)
    return voucher


_BY_CIP = (
    select(Voucher)
    .where(Voucher.profile == bindparam("profile"), Voucher.cip == bindparam("cip"))
    .order_by(col(Voucher.id).desc())
    .limit(1)
)


def find_by_cip(session: Session, profile: str, cip: int) -> Voucher | None:
    """The newest voucher of ``profile`` with that CIP (a built statement: the webhook's path)."""
    return session.exec(_BY_CIP, params={"profile": profile, "cip": cip}).first()


def find_by_transaction_code(session: Session, profile: str, code: str) -> Voucher | None:
    statement = select(Voucher).where(Voucher.profile == profile, Voucher.transaction_code == code)
    return session.exec(statement).first()


def apply_move(
    session: Session,
    voucher: Voucher,
    target: VoucherStatus,
    *,
    source: EventSource,
    actor: Actor,
    at: datetime,
    reason: str | None = None,
    evidence: str | None = None,
    reversal: bool = False,
    changes: Mapping[str, Any] | None = None,
) -> MoveResult:
    """Move ``voucher`` (as it was read: id, status, version) to ``target``.

    Allowed: the row is updated only if nobody changed it since (else ``ConcurrentChange``),
    and a chained event is appended. Forbidden: nothing changes but a discrepancy event.
    """
    assert voucher.id is not None
    current = VoucherStatus(voucher.status)
    values = dict(changes or {})
    try:
        move = check_move(
            current,
            target,
            reversal=reversal,
            paid_at=values.get("paid_at", voucher.paid_at),
            expires_at=values.get("expires_at", voucher.expires_at),
        )
    except ForbiddenMove as refused:
        event = record_discrepancy(
            session,
            voucher,
            target,
            source=source,
            actor=actor,
            at=at,
            reason=_join(refused.reason, reason),
            evidence=evidence,
        )
        return MoveResult(False, voucher, event, refusal=refused.reason)
    values.update(status=target.value)
    details = tracked_details(values)
    if _SEARCHED & values.keys():
        probe = Voucher.model_validate({**voucher.model_dump(), **values})
        refresh_derived(probe)
        values.update(search_text=probe.search_text, customer_sort=probe.customer_sort)
    _update_if_unchanged(session, voucher, values)
    event = append_event(
        session,
        voucher.id,
        profile=voucher.profile,
        locked=True,
        kind=EventKind.MOVE,
        from_status=current.value,
        to_status=target.value,
        source=source,
        actor=actor,
        at=at,
        reason=move_reason(move, reason),
        evidence=evidence,
        details=details,
    )
    return MoveResult(True, voucher, event, late=move.late)


def update_fields(session: Session, voucher: Voucher, **changes: Any) -> Voucher:
    """Change untracked fields (e.g. ``last_checked_at``) with the same optimistic check.
    Tracked fields (status, CIP, amount...) only change through ``apply_move``."""
    if changes.keys() & set(TRACKED):
        raise ValueError(f"tracked fields change only with an event: {sorted(changes)}")
    _update_if_unchanged(session, voucher, changes)
    return voucher


def record_change(
    session: Session,
    voucher: Voucher,
    changes: Mapping[str, Any],
    *,
    source: EventSource,
    actor: Actor,
    at: datetime,
    reason: str,
) -> VoucherEvent:
    """Change tracked fields without a move (e.g. a pending voucher's new deadline): the row is
    updated only if unchanged since read, and a chained ``note`` event records the values."""
    assert voucher.id is not None
    status = voucher.status
    _update_if_unchanged(session, voucher, changes)
    event = append_event(
        session,
        voucher.id,
        profile=voucher.profile,
        locked=True,
        kind=EventKind.NOTE,
        from_status=status,
        to_status=status,
        source=source,
        actor=actor,
        at=at,
        reason=reason,
        details=tracked_details(changes),
    )
    return event


def record_note(
    session: Session,
    voucher: Voucher,
    *,
    source: EventSource,
    actor: Actor,
    at: datetime,
    reason: str,
) -> VoucherEvent:
    """Append a chained ``note`` that changes nothing (e.g. "a person reviewed this")."""
    assert voucher.id is not None
    return append_event(
        session,
        voucher.id,
        profile=voucher.profile,
        locked=False,
        kind=EventKind.NOTE,
        from_status=voucher.status,
        to_status=voucher.status,
        source=source,
        actor=actor,
        at=at,
        reason=reason,
    )


def record_discrepancy(
    session: Session,
    voucher: Voucher,
    target: VoucherStatus | None,
    *,
    source: EventSource,
    actor: Actor,
    at: datetime,
    reason: str | None = None,
    evidence: str | None = None,
) -> VoucherEvent:
    """Record that someone (or PagoEfectivo) says something the rules refuse to apply."""
    assert voucher.id is not None
    return append_event(
        session,
        voucher.id,
        profile=voucher.profile,
        locked=False,
        kind=EventKind.DISCREPANCY,
        from_status=voucher.status,
        to_status=target.value if target else None,
        source=source,
        actor=actor,
        at=at,
        reason=reason,
        evidence=evidence,
    )


def events_of(session: Session, voucher_id: int) -> list[VoucherEvent]:
    """A voucher's events as stored now (never from the session's cache: audits need disk)."""
    statement = (
        select(VoucherEvent)
        .where(VoucherEvent.voucher_id == voucher_id)
        .order_by(col(VoucherEvent.sequence))
        .execution_options(populate_existing=True)
    )
    return list(session.exec(statement))


def verify_chain(session: Session, voucher: Voucher) -> ChainBreak | None:
    """The first broken event of this voucher, or None when its history is intact."""
    assert voucher.id is not None
    voucher_id = voucher.id
    stored = session.get(Voucher, voucher_id, populate_existing=True)  # disk, not cache
    if stored is None:
        raise UnknownVoucher(voucher_id)
    return check_history(stored, events_of(session, voucher_id))


def check_history(voucher: Voucher, events: list[VoucherEvent]) -> ChainBreak | None:
    """The first break in a voucher's loaded history: the chain itself, the last move matching
    the status, and every tracked field matching the value its events recorded."""
    assert voucher.id is not None
    broken = verify_events(events)
    if broken is not None:
        return broken
    after_last = events[-1].sequence + 1 if events else 1
    moves = [e for e in events if EventKind(e.kind).sets_status]
    if not moves or moves[-1].to_status != voucher.status:
        return ChainBreak(voucher.id, None, after_last, "missing_event")
    recorded: dict[str, Any] = {}
    for event in events:
        if event.details:
            recorded.update(json.loads(event.details))
    current = json.loads(tracked_details(voucher.model_dump()))
    for name, value in recorded.items():
        if current.get(name) != value:
            return ChainBreak(voucher.id, None, after_last, f"row_edited:{name}")
    return None


def _update_if_unchanged(session: Session, voucher: Voucher, values: Mapping[str, Any]) -> None:
    """Write ``values`` (and the next version) only if nobody changed the row since read."""
    assert voucher.id is not None
    if not update_if_unchanged(session, voucher, values):
        raise ConcurrentChange(voucher.id)


def _join(*parts: str | None) -> str | None:
    text = ": ".join(p for p in parts if p)
    return text or None


def move_label(move: Move) -> Reason | None:
    """What an applied move's reason starts with: ``late`` or ``reversal`` (or nothing)."""
    if move.late:
        return Reason.LATE
    return Reason.REVERSAL if move.reversal else None


def move_reason(move: Move, reason: str | None) -> str | None:
    """An applied move's recorded reason: its label, then the caller's words."""
    return _join(move_label(move), reason)
