"""Many moves or discrepancies in one go (a settlement import of thousands of lines).

The same rules, rows and chained events as ``apply_move`` / ``record_discrepancy``, written
with a few statements per chunk of vouchers instead of five per voucher.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, tuple_, update
from sqlalchemy import select as sa_select
from sqlalchemy.orm.attributes import instance_state
from sqlmodel import Session, col, select

from desktop.domain.events import EventKind
from desktop.domain.staff import Actor
from desktop.domain.status import EventSource, Move, VoucherStatus, check_move
from desktop.store.bulk import execute_rows, insert_rows
from desktop.store.chain import GENESIS, values_hash
from desktop.store.seal import EVENT, seal_at_commit
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.voucher_writes import as_loaded, plain_text
from desktop.store.vouchers import ConcurrentChange, move_reason, tracked_details

CHUNK = 500
_EVENTS: Table = VoucherEvent.__table__  # type: ignore[attr-defined]
_VOUCHERS: Table = Voucher.__table__  # type: ignore[attr-defined]
_MOVABLE = frozenset(
    {"cip_url", "amount_cents", "currency", "operation_number", "expires_at", "paid_at"}
    | {"annulled_at"}
)


@dataclass(frozen=True)
class PlannedMove:
    """One voucher (as read in this transaction: id, status, version) and where it goes."""

    voucher: Voucher
    target: VoucherStatus
    reason: str | None = None
    evidence: str | None = None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedDiscrepancy:
    """Something the rules refuse to apply to one voucher, to be recorded for a person."""

    voucher: Voucher
    target: VoucherStatus | None
    reason: str | None = None
    evidence: str | None = None


def apply_moves(
    session: Session,
    planned: Sequence[PlannedMove],
    *,
    source: EventSource,
    actor: Actor,
    at: datetime,
) -> list[Move]:
    """Apply allowed moves (``check_move`` for each first: a forbidden one raises
    ``ForbiddenMove`` before anything is written; callers classify beforehand).

    Each row is updated only if its version is still the one read (else ``ConcurrentChange``
    and the caller rolls the whole transaction back), then gets a chained ``move`` event like
    ``apply_move`` writes. Changes may only set ``paid_at``-like tracked fields, not the CIP.
    """
    moves = [
        check_move(
            VoucherStatus(p.voucher.status),
            p.target,
            paid_at=p.changes.get("paid_at", p.voucher.paid_at),
            expires_at=p.changes.get("expires_at", p.voucher.expires_at),
        )
        for p in planned
    ]
    _distinct(p.voucher for p in planned)
    for item in planned:
        if not item.changes.keys() <= _MOVABLE:
            raise ValueError(f"a batch move cannot set {sorted(item.changes)}")
    for start in range(0, len(planned), CHUNK):
        chunk = planned[start : start + CHUNK]
        rows = [
            _event_row(
                item.voucher,
                EventKind.MOVE,
                item.target,
                move_reason(move, item.reason),
                item.evidence,
                tracked_details({**item.changes, "status": item.target.value}),
            )
            for item, move in zip(chunk, moves[start : start + CHUNK], strict=True)
        ]
        _update_versions(session, chunk)
        profile = _one_profile(p.voucher for p in chunk)
        _append_events(session, rows, profile=profile, source=source, actor=actor, at=at)
        for item in chunk:  # what the session holds is stale now (``locked_by_cip``'s are not)
            if instance_state(item.voucher).session_id is not None:
                session.expire(item.voucher)
    return moves


def locked_by_cip(session: Session, profile: str, cips: Sequence[int]) -> dict[int, Voucher]:
    """CIP -> ``profile``'s voucher with it (the newest, as ``find_by_cip`` picks), every
    column read afresh and the rows locked until the transaction ends. The instances are
    built as the ORM loads a row but kept out of the session: thousands of them cost a
    fraction, and nothing here changes them (``apply_moves`` writes with Core)."""
    if not cips:
        return {}
    statement = (
        _VOUCHERS.select()
        .where(_VOUCHERS.c.profile == profile, _VOUCHERS.c.cip.in_(cips))
        .order_by(_VOUCHERS.c.id)
        .with_for_update()
    )
    session.flush()  # read after what the session holds (the ORM's select would autoflush)
    rows = session.connection().execute(statement).mappings()
    return {row["cip"]: as_loaded(Voucher, row) for row in rows}


def record_discrepancies(
    session: Session,
    planned: Sequence[PlannedDiscrepancy],
    *,
    source: EventSource,
    actor: Actor,
    at: datetime,
) -> int:
    """Append a ``discrepancy`` event to each voucher (its row untouched but locked, as
    ``record_discrepancy`` does); how many were recorded."""
    _distinct(p.voucher for p in planned)
    for start in range(0, len(planned), CHUNK):
        chunk = planned[start : start + CHUNK]
        ids = [p.voucher.id for p in chunk]
        session.execute(
            update(Voucher)
            .where(col(Voucher.id).in_(ids))
            .values(version=Voucher.version)
            .execution_options(synchronize_session=False)
        )
        rows = [
            _event_row(p.voucher, EventKind.DISCREPANCY, p.target, p.reason, p.evidence, None)
            for p in chunk
        ]
        profile = _one_profile(p.voucher for p in chunk)
        _append_events(session, rows, profile=profile, source=source, actor=actor, at=at)
    return len(planned)


def _one_profile(vouchers: Iterator[Voucher]) -> str:
    """The profile every voucher of a batch belongs to (one chain is appended to)."""
    profiles = {voucher.profile for voucher in vouchers}
    if len(profiles) != 1:
        raise ValueError(f"a batch covers one profile, not {sorted(profiles)}")
    return profiles.pop()


def _distinct(vouchers: Iterator[Voucher]) -> None:
    seen: set[int | None] = set()
    for voucher in vouchers:
        if voucher.id is None or voucher.id in seen:
            raise ValueError(f"voucher {voucher.id} is planned twice (or not stored)")
        seen.add(voucher.id)


def _update_versions(session: Session, chunk: Sequence[PlannedMove]) -> None:
    """One executemany UPDATE ... WHERE id = ? AND version = <as read>; all rows or none."""
    table = Voucher.__table__  # type: ignore[attr-defined]
    names = sorted({name for item in chunk for name in item.changes})
    params = [
        {
            "b_id": item.voucher.id,
            "b_version": item.voucher.version,
            "status": item.target.value,
            "version": item.voucher.version + 1,
            **{name: item.changes.get(name, getattr(item.voucher, name)) for name in names},
        }
        for item in chunk
    ]
    statement = update(table).where(
        table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version")
    )
    if execute_rows(session.connection(), statement, params) != len(chunk):
        # Which one is unknown (a sum over the batch); the caller retries the transaction.
        raise ConcurrentChange(chunk[0].voucher.id or 0)


def _event_row(
    voucher: Voucher,
    kind: EventKind,
    target: VoucherStatus | None,
    reason: str | None,
    evidence: str | None,
    details: str | None,
) -> dict[str, Any]:
    """What one event says, taken before the row changes (``from_status`` as read)."""
    assert voucher.id is not None
    return {
        "voucher_id": voucher.id,
        "kind": kind.value,
        "from_status": voucher.status,
        "to_status": target.value if target else None,
        "reason": plain_text(reason),
        "evidence": evidence,
        "details": details,
    }


def _append_events(
    session: Session,
    rows: list[dict[str, Any]],
    *,
    profile: str,
    source: EventSource,
    actor: Actor,
    at: datetime,
) -> None:
    """Chain one event per voucher after its last one, hashed as ``append_event`` hashes, and
    link them into the profile's sealed chain in that order."""
    ids = [row["voucher_id"] for row in rows]
    newest = (
        select(VoucherEvent.voucher_id, func.max(VoucherEvent.sequence))
        .where(col(VoucherEvent.voucher_id).in_(ids))
        .group_by(col(VoucherEvent.voucher_id))
    )
    found = session.exec(
        select(VoucherEvent.voucher_id, VoucherEvent.sequence, VoucherEvent.hash).where(
            tuple_(col(VoucherEvent.voucher_id), col(VoucherEvent.sequence)).in_(newest)
        )
    )
    last = {voucher_id: (sequence, digest) for voucher_id, sequence, digest in found}
    common = {
        "source": source.value,
        "actor": actor.name[:60],
        "actor_id": actor.user_id,
        "created_at": at,
    }
    events = []
    for row in rows:
        sequence, prev_hash = last.get(row["voucher_id"], (0, GENESIS))
        event = {**row, **common, "sequence": sequence + 1, "prev_hash": prev_hash}
        event["hash"] = values_hash(event, prev_hash)
        events.append(event)
    connection = session.connection()
    insert_rows(connection, _EVENTS, events)
    # Their ids by the unique (voucher, sequence): RETURNING in the rows' order costs SQLite
    # one statement per row.
    keys = [(event["voucher_id"], event["sequence"]) for event in events]
    inserted = connection.execute(
        sa_select(_EVENTS.c.voucher_id, _EVENTS.c.id).where(
            tuple_(_EVENTS.c.voucher_id, _EVENTS.c.sequence).in_(keys)
        )
    )
    new = {int(voucher_id): int(event_id) for voucher_id, event_id in inserted}
    entries = [(EVENT, new[e["voucher_id"]], e["voucher_id"], e["hash"], None) for e in events]
    seal_at_commit(session, profile, entries, at)
