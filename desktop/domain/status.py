"""Voucher states and the moves between them (architecture.md, "Voucher states")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class VoucherStatus(StrEnum):
    """Where a voucher stands. Never call paid "cancelado": staff read that as voided."""

    ISSUING = "issuing"
    FAILED = "failed"
    PENDING = "pending"
    PAID = "paid"
    EXPIRED = "expired"
    ANNULLED = "annulled"

    @property
    def is_open(self) -> bool:
        """Still worth asking PagoEfectivo about."""
        return self in (VoucherStatus.ISSUING, VoucherStatus.PENDING, VoucherStatus.EXPIRED)

    @property
    def is_payable(self) -> bool:
        return self is VoucherStatus.PENDING


class EventSource(StrEnum):
    """Who or what caused a move."""

    API = "api"
    POLL = "poll"
    WEBHOOK = "webhook"
    MANUAL = "manual"
    IMPORT = "import"


_ALLOWED: dict[VoucherStatus, frozenset[VoucherStatus]] = {
    VoucherStatus.ISSUING: frozenset({VoucherStatus.PENDING, VoucherStatus.FAILED}),
    VoucherStatus.PENDING: frozenset(
        {VoucherStatus.PAID, VoucherStatus.EXPIRED, VoucherStatus.ANNULLED}
    ),
    VoucherStatus.EXPIRED: frozenset({VoucherStatus.PENDING, VoucherStatus.PAID}),
    VoucherStatus.PAID: frozenset({VoucherStatus.PENDING}),
    VoucherStatus.FAILED: frozenset(),
    VoucherStatus.ANNULLED: frozenset(),
}


@dataclass(frozen=True)
class Move:
    """An accepted move. ``late`` marks a payment confirmed after expiry."""

    source: VoucherStatus
    target: VoucherStatus
    late: bool = False
    reversal: bool = False


class ForbiddenMove(Exception):
    """The rules refuse this move; callers record it as a discrepancy instead."""

    def __init__(self, source: VoucherStatus, target: VoucherStatus, reason: str) -> None:
        self.source = source
        self.target = target
        self.reason = reason
        super().__init__(f"{source.value} -> {target.value}: {reason}")


def check_move(source: VoucherStatus, target: VoucherStatus, *, reversal: bool = False) -> Move:
    """Accept or refuse a move. paid -> pending needs an explicit reversal (extorno)."""
    if target not in _ALLOWED[source]:
        raise ForbiddenMove(source, target, "not_allowed")
    if source is VoucherStatus.PAID and not reversal:
        raise ForbiddenMove(source, target, "reversal_required")
    if reversal and not (source is VoucherStatus.PAID and target is VoucherStatus.PENDING):
        raise ForbiddenMove(source, target, "not_a_reversal")
    late = source is VoucherStatus.EXPIRED and target is VoucherStatus.PAID
    return Move(source, target, late=late, reversal=reversal)


def allowed_targets(source: VoucherStatus) -> frozenset[VoucherStatus]:
    """Every state ``source`` may move to (the reversal included for paid)."""
    return _ALLOWED[source]
