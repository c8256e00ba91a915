"""The event log's vocabulary: the kinds of event and the reasons written into them.

A reason is a code, or a code and a detail: ``amount_differs: notified S/ 9.00, voucher
S/ 10.00``. The codes are stored (and hashed into the chain), so their values never change;
a few are the Spanish phrases earlier versions wrote. Screens word them through ``ui/``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol


class EventMove(Protocol):
    """What wording and rules read of an event (a stored row or an ``EventView``)."""

    @property
    def kind(self) -> str: ...
    @property
    def from_status(self) -> str | None: ...
    @property
    def to_status(self) -> str | None: ...


class EventKind(StrEnum):
    """What an event records."""

    CREATED = "created"  # the voucher was written (its first event)
    MOVE = "move"  # a change of status
    NOTE = "note"  # tracked fields changed without a move, or a person's remark
    DISCREPANCY = "discrepancy"  # something said that the rules refuse to apply

    @property
    def sets_status(self) -> bool:
        """The voucher's status is the one its last such event moved it to."""
        return self in (EventKind.CREATED, EventKind.MOVE)


class Reason(StrEnum):
    """Codes that start an event's reason."""

    # A move the rules refuse (domain.status.check_move), recorded as a discrepancy.
    NOT_ALLOWED = "not_allowed"
    REVERSAL_REQUIRED = "reversal_required"
    NOT_A_REVERSAL = "not_a_reversal"
    # Put in front of an applied move's reason.
    LATE = "late"  # paid after the deadline
    REVERSAL = "reversal"  # an extorno: paid back to pending
    # PagoEfectivo, a notification or a settlement file says something else than we do.
    REMOTE_DIFFERS = "remote_differs"
    AMOUNT_DIFFERS = "amount_differs"
    CURRENCY_DIFFERS = "currency_differs"
    OPERATION_DIFFERS = "operation_differs"
    TRANSACTION_CODE_DIFFERS = "transaction_code_differs"
    UNKNOWN_STATUS = "unknown_status"
    OPERATION_LEARNED = "operation_learned"  # paid by polling, the number came later
    PAID_AFTER_ANNULMENT = "paid_after_annulment"  # a payment notified for an annulled one
    # Issuing whose answer was lost or refused by a server error.
    OUTCOME_UNKNOWN = "outcome_unknown"
    SERVER = "server"
    # A person's steps.
    APPROVAL_REQUESTED = "approval_requested"
    APPROVAL_REJECTED = "approval_rejected"
    REVIEWED = "revisado"
    RETRIED = "reintentado"
    DISCARDED = "descartado"
    EXTENDED = "vencimiento extendido"
    SEALED = "sellado"  # what the history lacked, recorded when the chain got its key
    # The sync's moves.
    CONFIRMED = "confirmado por consulta"
    GRACE_EXPIRED = "vencido (gracia)"
    REMOTE_EXTENDED = "vencimiento extendido en PagoEfectivo"
    REMOTE_DEADLINE = "vencimiento cambiado en PagoEfectivo"


REFUSALS = frozenset({Reason.NOT_ALLOWED, Reason.REVERSAL_REQUIRED, Reason.NOT_A_REVERSAL})
"""Codes of a move the rules refused."""


def with_detail(code: str, detail: str | None) -> str:
    """``code: detail``, or the bare code without a detail."""
    return f"{code}: {detail}" if detail else code


def reason_code(reason: str | None) -> str:
    """The code a reason starts with (``remote_differs: ...`` -> ``remote_differs``)."""
    return (reason or "").split(":", 1)[0].strip()


def reason_detail(reason: str | None) -> str:
    """What follows the code (empty when the reason is a bare code)."""
    parts = (reason or "").split(":", 1)
    return parts[1].strip() if len(parts) == 2 else ""


def has_code(reason: str | None, code: str) -> bool:
    """The reason is ``code`` or ``code: detail``."""
    return reason_code(reason) == code
