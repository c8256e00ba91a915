"""What the client sends and receives: plain, typed, money as Decimal, times aware."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import IntEnum

from desktop.domain.money import Currency, Money


class CipStatus(IntEnum):
    """PagoEfectivo's numeric CIP states. 23 is what PagoEfectivo calls "Cancelado": paid."""

    EXPIRED = 21
    GENERATED = 22
    PAID = 23
    DELETED = 25


@dataclass(frozen=True)
class CipRequest:
    """The body of ``POST /v1/cips``. Optional fields left ``None`` are not sent."""

    currency: Currency
    amount: Decimal
    transaction_code: str
    user_email: str
    date_expiry: datetime | None = None
    payment_concept: str | None = None
    additional_data: str | None = None
    admin_email: str | None = None
    user_id: str | None = None
    user_name: str | None = None
    user_last_name: str | None = None
    user_ubigeo: str | None = None
    user_country: str | None = None
    user_document_type: str | None = None
    user_document_number: str | None = None
    user_phone: str | None = None
    user_code_country: str | None = None


@dataclass(frozen=True)
class CipCreated:
    """A CIP PagoEfectivo generated."""

    cip: int
    currency: Currency
    amount: Decimal
    transaction_code: str
    date_expiry: datetime | None
    cip_url: str

    @property
    def money(self) -> Money | None:
        """The amount PagoEfectivo recorded (None if it is not whole cents)."""
        return Money.exact(self.amount, self.currency)


@dataclass(frozen=True)
class CipInfo:
    """One row of ``/v1/cips/search``. Sentinel dates (1900-01-01) are ``None``."""

    cip: int
    transaction_code: str
    amount: Decimal
    currency: Currency
    status: int
    status_name: str
    date_creation: datetime | None
    date_expiry: datetime | None
    date_payment: datetime | None
    date_removal: datetime | None
    token: str | None

    @property
    def money(self) -> Money | None:
        """The amount PagoEfectivo reports (None if it is not whole cents)."""
        return Money.exact(self.amount, self.currency)

    @property
    def known_status(self) -> CipStatus | None:
        """The status as a known state, or ``None`` for an id we have never seen."""
        try:
            return CipStatus(self.status)
        except ValueError:
            return None


@dataclass(frozen=True)
class Token:
    """A bearer token and when PagoEfectivo says it stops working."""

    value: str
    code_service: str
    expires_at: datetime

    def __repr__(self) -> str:  # never print the token itself
        return f"Token(code_service={self.code_service!r}, expires_at={self.expires_at!r})"
