"""Staff accounts and their audit trail (logins, wrong PINs, lockouts, role and PIN changes),
in the profile's database so every station on one PostgreSQL shares them.

A staff event hashes the previous one of its profile (SHA-256 over every field), so an edit
or a deletion breaks the chain ``verify_staff_chain`` walks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import Column, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, col, func, select

from desktop.domain.staff import name_key
from desktop.store.types import UTCDateTime

GENESIS = "0" * 64


class StaffUser(SQLModel, table=True):
    """One person who works the counter: their role and the argon2id hash of their PIN."""

    __tablename__ = "staff_users"
    __table_args__ = (UniqueConstraint("profile", "name_key", name="uq_staff_users_name"),)

    id: int | None = Field(default=None, primary_key=True)
    profile: str = Field(max_length=40)
    name: str = Field(max_length=40)
    name_key: str = Field(max_length=40)  # the name casefolded: "Ana" and "ana" are one
    role: str = Field(max_length=16)
    secret_hash: str = Field(max_length=200)
    active: bool = True
    failed_pins: int = 0
    locked_until: datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), nullable=True)
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    created_by: str = Field(max_length=60)
    changed_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    changed_by: str = Field(max_length=60)
    version: int = 1


class StaffEvent(SQLModel, table=True):
    """An append-only record of a staff step, chained to the profile's previous one."""

    __tablename__ = "staff_events"
    __table_args__ = (
        UniqueConstraint("profile", "sequence", name="uq_staff_events_sequence"),
        Index("ix_staff_events_created", "profile", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    profile: str = Field(max_length=40)
    sequence: int
    kind: str = Field(max_length=20)
    user_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    user_name: str = Field(max_length=60)
    subject_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    subject_name: str | None = Field(default=None, max_length=60)
    details: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


def staff_event_hash(event: StaffEvent, prev_hash: str) -> str:
    payload = {
        "prev": prev_hash,
        "profile": event.profile,
        "sequence": event.sequence,
        "kind": event.kind,
        "user": [event.user_id, event.user_name],
        "subject": [event.subject_id, event.subject_name],
        "details": event.details,
        "at": event.created_at.astimezone(UTC).isoformat(),
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append_staff_event(
    session: Session,
    profile: str,
    kind: str,
    *,
    user: tuple[int | None, str],
    at: datetime,
    subject: tuple[int | None, str | None] = (None, None),
    details: Mapping[str, object] | None = None,
) -> StaffEvent:
    """Add one event after the profile's last (a twin writer makes the commit fail on the
    sequence, and the caller's transaction is retried)."""
    last = session.exec(
        select(StaffEvent)
        .where(StaffEvent.profile == profile)
        .order_by(col(StaffEvent.sequence).desc())
        .limit(1)
    ).first()
    event = StaffEvent(
        profile=profile,
        sequence=(last.sequence + 1) if last else 1,
        kind=kind,
        user_id=user[0],
        user_name=user[1][:60],
        subject_id=subject[0],
        subject_name=subject[1][:60] if subject[1] else None,
        details=json.dumps(details, sort_keys=True, ensure_ascii=False) if details else None,
        created_at=at,
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    event.hash = staff_event_hash(event, event.prev_hash)
    session.add(event)
    session.flush()
    return event


def staff_events(session: Session, profile: str, limit: int | None = None) -> list[StaffEvent]:
    """The profile's staff events, oldest first (the last ``limit`` when given)."""
    statement = select(StaffEvent).where(StaffEvent.profile == profile)
    if limit is None:
        return list(session.exec(statement.order_by(col(StaffEvent.sequence))))
    newest = list(session.exec(statement.order_by(col(StaffEvent.sequence).desc()).limit(limit)))
    return newest[::-1]


def verify_staff_chain(session: Session, profile: str) -> int | None:
    """The sequence of the first staff event whose link or hash does not hold, or None."""
    prev = GENESIS
    for expected, event in enumerate(staff_events(session, profile), start=1):
        if event.sequence != expected or event.prev_hash != prev:
            return expected
        if staff_event_hash(event, prev) != event.hash:
            return event.sequence
        prev = event.hash
    return None


def users_of(session: Session, profile: str) -> list[StaffUser]:
    statement = select(StaffUser).where(StaffUser.profile == profile)
    return list(session.exec(statement.order_by(col(StaffUser.name_key))))


def user_named(session: Session, profile: str, name: str) -> StaffUser | None:
    statement = select(StaffUser).where(
        StaffUser.profile == profile, StaffUser.name_key == name_key(name)
    )
    return session.exec(statement).first()


def count_users(session: Session, profile: str, *, role: str | None = None) -> int:
    statement = select(func.count()).where(StaffUser.profile == profile)
    if role is not None:
        statement = statement.where(StaffUser.role == role, col(StaffUser.active))
    return int(session.exec(statement).one())
