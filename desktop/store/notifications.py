"""The log of payment notifications received by the webhook, one row per attempt."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    Row,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    delete,
    insert,
)
from sqlmodel import Field, Session, SQLModel, col, select

from desktop.store.retention import retention_cutoff
from desktop.store.types import UTCDateTime

BODY_EXCERPT_CHARS = 2000
"""How much of a received body is kept in the log (the whole of a real notification)."""


class WebhookNotification(SQLModel, table=True):
    """One POST to the receiver: who sent it, whether it was signed, what it led to.

    ``dedupe_key`` is set only on the first handled notification of an (event, CIP,
    operation) triple; the unique constraint makes a repeat (or a racing twin) lose, so it is
    recorded as ``duplicate`` and changes nothing. Neither the secret nor the signature is kept.
    """

    __tablename__ = "webhook_notifications"
    __table_args__ = (
        UniqueConstraint("profile", "dedupe_key", name="uq_webhook_notifications_key"),
        Index("ix_webhook_notifications_received", "received_at"),
        Index("ix_webhook_notifications_profile_cip", "profile", "cip"),
    )

    id: int | None = Field(default=None, primary_key=True)
    profile: str = Field(max_length=40)
    received_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    remote_address: str | None = Field(default=None, max_length=64)
    signature_ok: bool = False
    body_sha256: str = Field(max_length=64)
    body_size: int = 0
    body_excerpt: str = Field(default="", sa_type=Text)
    event_type: str | None = Field(default=None, max_length=40)
    cip: int | None = Field(default=None, sa_type=BigInteger)
    operation_number: str | None = Field(default=None, max_length=20)
    outcome: str = Field(max_length=16)
    detail: str | None = Field(default=None, sa_type=Text)
    voucher_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("vouchers.id"), nullable=True)
    )
    http_status: int
    dedupe_key: str | None = Field(default=None, max_length=100)


_TABLE: Table = WebhookNotification.__table__  # type: ignore[attr-defined]
_HANDLED = select(_TABLE.c.id, _TABLE.c.voucher_id).where(
    _TABLE.c.profile == bindparam("profile"), _TABLE.c.dedupe_key == bindparam("key")
)
_INSERT = insert(_TABLE)


def notification_values(
    profile: str,
    received_at: datetime,
    remote_address: str | None,
    raw_body: bytes,
    *,
    body_size: int,
    signature_ok: bool,
    event_type: str | None = None,
    cip: int | None = None,
    operation_number: str | None = None,
) -> dict[str, Any]:
    """A log row for a received body: its hash, size and beginning; outcome still to be set."""
    return {
        "profile": profile,
        "received_at": received_at,
        "remote_address": clean_text(remote_address)[:64] if remote_address else None,
        "signature_ok": signature_ok,
        "body_sha256": hashlib.sha256(raw_body).hexdigest(),
        "body_size": body_size,
        "body_excerpt": clean_text(body_text(raw_body))[:BODY_EXCERPT_CHARS],
        "event_type": clean_text(event_type)[:40] if event_type else None,
        "cip": cip,
        "operation_number": operation_number,
        "outcome": "",
        "detail": None,
        "voucher_id": None,
        "http_status": 0,
        "dedupe_key": None,
    }


def body_text(raw_body: bytes) -> str:
    """The body as text (undecodable bytes shown as U+FFFD)."""
    return raw_body.decode("utf-8", errors="replace")


def clean_text(text: str) -> str:
    """PostgreSQL text cannot hold NUL characters."""
    return text.replace("\x00", "\ufffd")


def dedupe_key(event_type: str, cip: int, operation_number: str) -> str:
    """``cip.paid|2523136|778899``: what makes two notifications the same one."""
    return f"{clean_text(event_type)[:40]}|{cip}|{operation_number}"


def find_handled(session: Session, profile: str, key: str) -> Row[tuple[int, int | None]] | None:
    """``(id, voucher_id)`` of the notification that first claimed ``key`` in this profile."""
    found = session.connection().execute(_HANDLED, {"profile": profile, "key": key})
    return found.first()


def insert_notification(session: Session, values: Mapping[str, Any]) -> int:
    """Insert one row (a duplicate ``dedupe_key`` fails here, not at commit); its id."""
    session.flush()
    inserted = session.connection().execute(_INSERT, dict(values))
    return int(inserted.inserted_primary_key[0])  # type: ignore[index]


def purge_notifications(
    session: Session,
    now: datetime,
    retention: timedelta,
    *,
    refused: Sequence[str] = (),
    refused_retention: timedelta | None = None,
) -> int:
    """Delete notifications received more than ``retention`` before ``now`` (every profile's,
    like the exchange log), and those with an outcome in ``refused`` after the shorter
    ``refused_retention``; returns how many went."""
    received = col(WebhookNotification.received_at)
    cutoff = retention_cutoff(session, received, now, retention)
    result = session.execute(delete(WebhookNotification).where(received < cutoff))
    gone = int(result.rowcount)  # type: ignore[attr-defined]
    if refused and refused_retention is not None:
        early = retention_cutoff(session, received, now, refused_retention)
        result = session.execute(
            delete(WebhookNotification).where(
                received < early, col(WebhookNotification.outcome).in_(refused)
            )
        )
        gone += int(result.rowcount)  # type: ignore[attr-defined]
    return gone
