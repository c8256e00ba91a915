"""Extending and annulling a voucher at PagoEfectivo, then here; refusals change nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.events import Reason
from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import CASHIER_EXTENSION, Action, Actor, require
from desktop.domain.status import EventSource, VoucherStatus
from desktop.domain.validation import (
    FieldProblem,
    InvalidInput,
    IssueLimits,
    expiry_problem,
    unsafe_characters,
)
from desktop.pagoefectivo import (
    ApiRefused,
    OutcomeUnknown,
    PagoEfectivoClient,
    ServerError,
)
from desktop.services.errors import service
from desktop.services.retry import retry_on_conflict
from desktop.services.views import VoucherView
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import (
    apply_move,
    get_voucher,
    record_change,
)

REASON_MAX = 500


class ChangeError(Exception):
    """Base of the extend/annul errors; ``code`` is stable, the UI and CLI own the words."""

    code = "change_error"


class NotChangeable(ChangeError):
    """The voucher is not in a state that allows this change (nothing was sent)."""

    code = "wrong_status"

    def __init__(self, voucher_id: int, status: str, action: str) -> None:
        self.voucher_id = voucher_id
        self.status = status
        self.action = action
        super().__init__(f"voucher {voucher_id} is {status}: it cannot be {action}")


class ChangeRefused(ChangeError):
    """PagoEfectivo refused the change; nothing changed here or there."""

    code = "refused"

    def __init__(self, voucher_id: int, api_code: str, message: str) -> None:
        self.voucher_id = voucher_id
        self.api_code = api_code
        self.message = message
        super().__init__(f"PagoEfectivo refused the change ({api_code}: {message})")


class ChangeUnconfirmed(ChangeError):
    """The request went out and no usable answer came back. Nothing changed here; the next
    sync shows whether PagoEfectivo applied it."""

    code = "unconfirmed"

    def __init__(self, voucher_id: int, detail: str) -> None:
        self.voucher_id = voucher_id
        self.detail = detail
        super().__init__(
            f"PagoEfectivo did not confirm the change ({detail}); nothing changed here, "
            "a sync will show the outcome"
        )


@dataclass(frozen=True)
class ChangeResult:
    """The voucher after the change; ``applied`` False when it moved meanwhile (then a
    discrepancy was recorded for reconciliation)."""

    voucher: VoucherView
    applied: bool
    refusal: str | None = None


def check_reason(reason: str | None) -> str:
    """A trimmed, required reason of at most 500 characters (``InvalidInput`` otherwise)."""
    text = (reason or "").strip()
    if not text:
        raise InvalidInput([FieldProblem("reason", "required")])
    if len(text) > REASON_MAX:
        raise InvalidInput([FieldProblem("reason", "too_long", str(REASON_MAX))])
    if unsafe_characters(text, allowed="\n"):
        raise InvalidInput([FieldProblem("reason", "invalid_characters")])
    return text


def check_deadline(deadline: datetime, now: datetime, limits: IssueLimits) -> datetime:
    """The domain's expiry window (``expiry_problem``: not past, at least 1 h ahead, at most
    the configured maximum). Returned at whole seconds, as the API keeps it."""
    problem = expiry_problem(deadline, now, limits)
    if problem is not None:
        raise InvalidInput([problem])
    return deadline.replace(microsecond=0)


def amend_expiry(
    session: Session,
    voucher: Voucher,
    expires_at: datetime,
    *,
    source: EventSource,
    actor: Actor,
    at: datetime,
    reason: str,
) -> VoucherEvent:
    """Change the deadline of a voucher without moving it (pending stays pending): a chained
    ``note`` event records the new value, so the audit sees a recorded change, not an edit."""
    return record_change(
        session,
        voucher,
        {"expires_at": expires_at},
        source=source,
        actor=actor,
        at=at,
        reason=reason,
    )


@service
class VoucherChanges:
    """Extend (PATCH) and annul (DELETE) a voucher's CIP, then record it here."""

    def __init__(
        self,
        engine: Engine,
        client: PagoEfectivoClient,
        profile: str,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        limits: IssueLimits | None = None,
    ) -> None:
        self._engine = engine
        self._client = client
        self._profile = profile
        self.actor = actor  # the signed-in person; the app sets the next one on a switch
        self._clock = clock
        self._limits = limits or IssueLimits()

    def extend(self, voucher_id: int, new_deadline: datetime) -> ChangeResult:
        """A new deadline for a pending or expired voucher (an expired one is payable again).
        A cashier pushes it out by up to 72 hours; further takes a supervisor."""
        actor = self.actor
        require(actor, Action.EXTEND)
        now = self._clock()
        deadline = check_deadline(new_deadline, now, self._limits)
        voucher = self._open(voucher_id, (VoucherStatus.PENDING, VoucherStatus.EXPIRED), "extended")
        start = max(voucher.expires_at or now, now)
        if deadline - start > CASHIER_EXTENSION:
            require(actor, Action.EXTEND_LONG)
        assert voucher.cip is not None
        self._call(voucher_id, lambda: self._client.update_expiry(voucher.cip or 0, deadline))

        def record() -> ChangeResult:
            with session_scope(self._engine) as session:
                fresh = get_voucher(session, voucher_id)
                now = self._clock()
                if fresh.status == VoucherStatus.PENDING.value:
                    amend_expiry(
                        session,
                        fresh,
                        deadline,
                        source=EventSource.API,
                        actor=actor,
                        at=now,
                        reason=Reason.EXTENDED,
                    )
                    return ChangeResult(VoucherView.of(fresh), True)
                moved = apply_move(
                    session,
                    fresh,
                    VoucherStatus.PENDING,
                    source=EventSource.API,
                    actor=actor,
                    at=now,
                    reason=Reason.EXTENDED,
                    changes={"expires_at": deadline},
                )
                return ChangeResult(VoucherView.of(moved.voucher), moved.applied, moved.refusal)

        return retry_on_conflict(record)

    def annul(self, voucher_id: int, reason: str) -> ChangeResult:
        """Delete a pending voucher's CIP at PagoEfectivo; it becomes annulled here."""
        actor = self.actor
        require(actor, Action.ANNUL)
        text = check_reason(reason)
        voucher = self._open(voucher_id, (VoucherStatus.PENDING,), "annulled")
        assert voucher.cip is not None
        self._call(voucher_id, lambda: self._client.delete_cip(voucher.cip or 0))

        def record() -> ChangeResult:
            with session_scope(self._engine) as session:
                fresh = get_voucher(session, voucher_id)
                now = self._clock()
                moved = apply_move(
                    session,
                    fresh,
                    VoucherStatus.ANNULLED,
                    source=EventSource.API,
                    actor=actor,
                    at=now,
                    reason=text,
                    changes={"annulled_at": now},
                )
                return ChangeResult(VoucherView.of(moved.voucher), moved.applied, moved.refusal)

        return retry_on_conflict(record)

    def _open(self, voucher_id: int, allowed: tuple[VoucherStatus, ...], action: str) -> Voucher:
        with Session(self._engine, expire_on_commit=False) as session:
            voucher = get_voucher(session, voucher_id)
        if voucher.profile != self._profile:
            raise NotChangeable(voucher_id, "of another profile", action)
        if voucher.status not in {s.value for s in allowed} or voucher.cip is None:
            raise NotChangeable(voucher_id, voucher.status, action)
        return voucher

    @staticmethod
    def _call(voucher_id: int, request: Callable[[], None]) -> None:
        try:
            request()
        except ApiRefused as exc:
            raise ChangeRefused(voucher_id, exc.code, exc.message) from None
        except (OutcomeUnknown, ServerError) as exc:
            raise ChangeUnconfirmed(voucher_id, str(exc)) from None
