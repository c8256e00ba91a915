"""The tables: vouchers, their append-only events, and the API exchange log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.domain.money import Money
from desktop.store.identity import StoreMeta  # noqa: F401  (registers it)
from desktop.store.notifications import WebhookNotification  # noqa: F401  (registers it)
from desktop.store.seal import ChainHead, ChainLink  # noqa: F401  (registers them)
from desktop.store.staff import StaffEvent, StaffUser  # noqa: F401  (registers them)
from desktop.store.types import UTCDateTime


def _when(*, nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class Voucher(SQLModel, table=True):
    """One payment request: what we sent, what PagoEfectivo answered, where it stands."""

    __tablename__ = "vouchers"
    __table_args__ = (
        UniqueConstraint("profile", "transaction_code", name="uq_vouchers_profile_transaction"),
        Index("ix_vouchers_profile_created", "profile", "created_at", "id"),
        Index("ix_vouchers_profile_status_created", "profile", "status", "created_at"),
        Index("ix_vouchers_profile_expires", "profile", "expires_at"),
        # The history's sorts (store/history.py; PostgreSQL has one more per nullable column).
        Index("ix_vouchers_profile_amount", "profile", "amount_cents", "id"),
        Index("ix_vouchers_profile_concept", "profile", "concept"),
        Index("ix_vouchers_profile_cip", "profile", "cip"),
        Index("ix_vouchers_profile_checked", "profile", "last_checked_at"),
        Index("ix_vouchers_profile_customer", "profile", "customer_sort", "id"),
        # The Resumen's payments of a day or 30 days (services/day_figures.py).
        Index("ix_vouchers_profile_status_paid", "profile", "status", "paid_at"),
        # Covers the history's totals per status and currency (store/history.py).
        Index(
            "ix_vouchers_profile_status_currency_amount",
            "profile",
            "status",
            "currency",
            "amount_cents",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    profile: str = Field(max_length=40)
    transaction_code: str = Field(max_length=36)
    cip: int | None = Field(default=None, sa_type=BigInteger)
    cip_url: str | None = Field(default=None, max_length=255)
    status: str = Field(max_length=12)
    amount_cents: int = Field(sa_type=BigInteger)
    currency: str = Field(max_length=3)
    concept: str | None = Field(default=None, max_length=50)
    first_name: str | None = Field(default=None, max_length=30)
    last_name: str | None = Field(default=None, max_length=30)
    email: str = Field(max_length=100)
    doc_type: str | None = Field(default=None, max_length=3)
    doc_number: str | None = Field(default=None, max_length=14)
    phone: str | None = Field(default=None, max_length=15)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime | None = _when()
    paid_at: datetime | None = _when()
    annulled_at: datetime | None = _when()
    last_checked_at: datetime | None = _when()
    operation_number: str | None = Field(default=None, max_length=20)
    failure_code: str | None = Field(default=None, max_length=20)
    failure_detail: str | None = Field(default=None, sa_type=Text)
    retry_of: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("vouchers.id"), nullable=True)
    )
    created_by: str | None = Field(default=None, max_length=60)
    customer_sort: str = Field(default="", max_length=61)
    search_text: str = Field(default="", sa_type=Text)
    version: int = Field(default=1)

    @property
    def money(self) -> Money:
        """The amount and currency as one value."""
        return Money.from_cents(self.amount_cents, self.currency)


class VoucherEvent(SQLModel, table=True):
    """An append-only record of a move (or a refused one). Each event hashes the previous."""

    __tablename__ = "voucher_events"
    __table_args__ = (
        UniqueConstraint("voucher_id", "sequence", name="uq_voucher_events_sequence"),
        Index("ix_voucher_events_kind", "kind", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    voucher_id: int = Field(sa_column=Column(Integer, ForeignKey("vouchers.id"), nullable=False))
    sequence: int
    kind: str = Field(max_length=12)  # move | discrepancy | note
    from_status: str | None = Field(default=None, max_length=12)
    to_status: str | None = Field(default=None, max_length=12)
    source: str = Field(max_length=10)
    actor: str = Field(max_length=60)  # the person's name at the time, or a system user
    actor_id: int | None = None  # the staff user's id (None: a system user, or before 0013)
    reason: str | None = Field(default=None, sa_type=Text)
    evidence: str | None = Field(default=None, sa_type=Text)
    details: str | None = Field(default=None, sa_type=Text)  # JSON of the fields it set
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class ApiExchange(SQLModel, table=True):
    """One redacted request/answer with PagoEfectivo, kept 180 days."""

    __tablename__ = "api_exchanges"
    __table_args__ = (Index("ix_api_exchanges_started", "started_at"),)

    id: int | None = Field(default=None, primary_key=True)
    profile: str = Field(max_length=40)
    started_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    method: str = Field(max_length=8)
    path: str = Field(max_length=200)
    status: int | None = None
    duration_ms: float = 0.0
    request_body: str = Field(default="", sa_type=Text)
    response_body: str = Field(default="", sa_type=Text)
    error: str | None = Field(default=None, max_length=200)
