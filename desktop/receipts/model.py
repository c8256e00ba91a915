"""What a voucher document is made of: plain data in, so rendering stays a pure function."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.domain.money import Money


class PaperFormat(StrEnum):
    """A4 sheet, or thermal tickets whose height follows their content."""

    A4 = "a4"
    TICKET_80 = "80mm"
    TICKET_58 = "58mm"


class DocumentState(StrEnum):
    """How the document must read: payable, or clearly marked as no longer payable."""

    PENDING = "pending"  # a live payment order
    PAID = "paid"  # printed as a payment confirmation
    EXPIRED = "expired"  # marked EXPIRADO
    ANNULLED = "annulled"  # marked ANULADO


@dataclass(frozen=True)
class Merchant:
    """Who is collecting: shown at the top of every voucher."""

    name: str
    ruc: str | None = None
    address: str | None = None
    logo: bytes | None = None  # PNG or JPEG bytes, optional


@dataclass(frozen=True)
class VoucherDocument:
    """One voucher as the customer sees it. Times are timezone-aware; shown in Lima time.

    ``environment`` is the profile's (demo | sandbox | production): every document of a test
    profile carries the "DEMO — sin valor" band (band.py). ``printed_at`` is now, as the
    caller's clock says: an expired voucher whose deadline is still ahead (marked expired by
    hand before it) is worded in the future tense; without it the deadline counts as passed.
    """

    cip: int
    money: Money
    expires_at: datetime
    transaction_code: str
    environment: str
    state: DocumentState = DocumentState.PENDING
    cip_url: str | None = None  # the QR encodes it; without it the QR encodes the CIP
    concept: str | None = None
    customer_name: str | None = None
    created_at: datetime | None = None
    paid_at: datetime | None = None
    operation_number: str | None = None
    printed_at: datetime | None = None
