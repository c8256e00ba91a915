"""Payment slips kept in the database (photo or PDF of a manual payment), one row per file.

A slip lives with the data, not on the PC that recorded it: every station on a shared
database can open it, and the audit can check it against the hash its event recorded.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Field, Session, SQLModel

from desktop.domain.staff import Actor
from desktop.store.types import UTCDateTime


class EvidenceSlip(SQLModel, table=True):
    """The bytes of one slip, keyed by (profile, sha256): keeping the same file again is a
    no-op. ``voucher_id`` is the voucher it was first kept for."""

    __tablename__ = "evidence_slips"
    __table_args__ = (Index("ix_evidence_slips_voucher", "voucher_id"),)

    profile: str = Field(primary_key=True, max_length=40)
    sha256: str = Field(primary_key=True, max_length=64)
    voucher_id: int = Field(sa_column=Column(Integer, ForeignKey("vouchers.id"), nullable=False))
    name: str = Field(max_length=255)
    media_type: str = Field(max_length=40)
    size: int
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    created_by: str = Field(max_length=60)


_TABLE: Table = EvidenceSlip.__table__  # type: ignore[attr-defined]
# Keeping the same bytes again does nothing (on SQLite and PostgreSQL; see keep_slip).
_INSERTS = {
    "sqlite": sqlite.insert(_TABLE).on_conflict_do_nothing(),
    "postgresql": postgresql.insert(_TABLE).on_conflict_do_nothing(),
}


def keep_slip(
    session: Session,
    *,
    profile: str,
    voucher_id: int,
    name: str,
    media_type: str,
    content: bytes,
    at: datetime,
    actor: Actor,
) -> str:
    """Store ``content`` in the session's transaction unless this profile already keeps the
    same bytes (a twin writer waits, then does nothing); returns its sha256."""
    sha = hashlib.sha256(content).hexdigest()
    values = {
        "profile": profile,
        "sha256": sha,
        "voucher_id": voucher_id,
        "name": name[:255],
        "media_type": media_type,
        "size": len(content),
        "content": content,
        "created_at": at,
        "created_by": actor.name[:60],
    }
    connection = session.connection()
    insert = _INSERTS.get(connection.dialect.name)
    if insert is not None:
        connection.execute(insert, values)
    elif find_slip(session, profile, sha) is None:  # another engine: a racing twin fails here
        connection.execute(_TABLE.insert(), values)
    return sha


def find_slip(session: Session, profile: str, sha256: str) -> EvidenceSlip | None:
    """The kept slip with these bytes in ``profile`` (content included), or None."""
    return session.get(EvidenceSlip, (profile, sha256))


def slip_digest(session: Session, profile: str, sha256: str) -> str | None:
    """The sha256 of what the row keyed ``sha256`` holds now (None when there is no row); it
    differs from the key only when the bytes were altered."""
    statement = select(_TABLE.c.content).where(
        _TABLE.c.profile == profile, _TABLE.c.sha256 == sha256
    )
    content = session.connection().execute(statement).scalar_one_or_none()
    return None if content is None else hashlib.sha256(content).hexdigest()
