"""The write path under ``vouchers``: a version-checked row update and a chained event insert.

Plain Core statements on the session's connection: one known row and one new event need none
of the ORM's unit of work, and every notification, poll and click goes through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import Table, Update, bindparam, insert, select, update
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, set_committed_value
from sqlalchemy.orm.instrumentation import manager_of_class
from sqlmodel import Session

from desktop.domain.events import EventKind
from desktop.domain.staff import Actor
from desktop.domain.status import EventSource
from desktop.store.chain import GENESIS, values_hash
from desktop.store.seal import EVENT, seal_at_commit
from desktop.store.tables import Voucher, VoucherEvent

T = TypeVar("T")
_VOUCHERS: Table = Voucher.__table__  # type: ignore[attr-defined]
_EVENTS: Table = VoucherEvent.__table__  # type: ignore[attr-defined]
_LOCK = (
    update(_VOUCHERS)
    .where(_VOUCHERS.c.id == bindparam("voucher_id"))
    .values(version=_VOUCHERS.c.version)
)
_LAST = (
    select(_EVENTS.c.sequence, _EVENTS.c.hash)
    .where(_EVENTS.c.voucher_id == bindparam("voucher_id"))
    .order_by(_EVENTS.c.sequence.desc())
    .limit(1)
)
_INSERT = insert(_EVENTS)


def update_if_unchanged(session: Session, voucher: Voucher, values: Mapping[str, Any]) -> bool:
    """``UPDATE ... SET values, version = version + 1 WHERE id = ? AND version = <as read>``.

    False (and nothing written) when someone changed the row since ``voucher`` was read. On
    success the instance holds the written columns as the database returned them (``RETURNING``),
    as a reload would: the rest of the row is what was read, the version check proves it.
    """
    assert voucher.id is not None
    session.flush()  # what the ORM's autoflush did: the caller's pending changes go first
    statement = _versioned_update(tuple(values))
    params = {**values, "b_id": voucher.id, "b_version": voucher.version}
    row = session.connection().execute(statement, params).first()
    if row is None:
        return False
    for name, value in row._mapping.items():
        set_committed_value(voucher, str(name), value)
    return True


@lru_cache(maxsize=64)
def _versioned_update(names: tuple[str, ...]) -> Update:
    """The UPDATE for one set of column names (the SET values come as parameters), built once."""
    return (
        update(_VOUCHERS)
        .where(_VOUCHERS.c.id == bindparam("b_id"), _VOUCHERS.c.version == bindparam("b_version"))
        .values(version=_VOUCHERS.c.version + 1)
        .returning(*[_VOUCHERS.c[name] for name in names], _VOUCHERS.c.version)
    )


def append_event(
    session: Session,
    voucher_id: int,
    *,
    profile: str,
    locked: bool,
    kind: EventKind,
    from_status: str | None,
    to_status: str | None,
    source: EventSource,
    actor: Actor,
    at: datetime,
    reason: str | None = None,
    evidence: str | None = None,
    details: str | None = None,
) -> VoucherEvent:
    """Chain a new event after the voucher's last one, link it into ``profile``'s sealed chain
    (seal.py), and return it (persistent, with its id).

    ``locked``: the voucher row was already updated in this transaction. Otherwise it is locked
    first (a no-op UPDATE) so concurrent appends to one chain queue up instead of forking it.
    """
    session.flush()
    connection = session.connection()
    if not locked:
        connection.execute(_LOCK, {"voucher_id": voucher_id})
    last = connection.execute(_LAST, {"voucher_id": voucher_id}).first()
    sequence, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    values: dict[str, Any] = {
        "voucher_id": voucher_id,
        "sequence": sequence,
        "kind": kind.value,
        "from_status": from_status,
        "to_status": to_status,
        "source": source.value,
        "actor": actor.name[:60],
        "actor_id": actor.user_id,
        "reason": plain_text(reason),
        "evidence": evidence,
        "details": details,
        "created_at": at,
        "prev_hash": prev_hash,
        "hash": "",
    }
    values["hash"] = values_hash(values, prev_hash)
    inserted = connection.execute(_INSERT, values)
    # Returned as read back: the id given, the time in UTC (a naive one failed the insert).
    values.update(id=inserted.inserted_primary_key[0], created_at=at.astimezone(UTC))  # type: ignore[index]
    seal_at_commit(session, profile, [(EVENT, values["id"], voucher_id, values["hash"], None)], at)
    event = as_loaded(VoucherEvent, values)
    make_transient_to_detached(event)  # persistent in the session, as after an ORM insert
    session.add(event)
    return event


def plain_text(value: str | None) -> str | None:
    """A reason as stored: a ``Reason`` code becomes its plain text, so what the session
    holds is what a read gives back."""
    return None if value is None else str(value)


def as_loaded(model: type[T], values: Mapping[Any, Any]) -> T:
    """An instance built the way the ORM builds one from a fetched row (no per-field
    ``__setattr__``: SQLModel's constructor costs 15 times more and this is the hot path)."""
    instance: T = manager_of_class(model).new_instance()
    instance_state(instance).dict.update(values)
    return instance
