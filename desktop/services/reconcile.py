"""Manual reconciliation: staff mark a voucher paid (with proof) or, once its deadline has
passed, expired, with a reason."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from desktop.domain.events import EventKind, Reason, with_detail
from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import Action, Actor, require
from desktop.domain.status import EventSource, VoucherStatus, may_mark_expired
from desktop.domain.validation import unsafe_characters
from desktop.services.approval_requests import ApprovalRequest as ApprovalRequest
from desktop.services.approval_requests import check_open, is_request, request_of, settled_after
from desktop.services.errors import service
from desktop.services.retry import retry_on_conflict
from desktop.services.slips import EVIDENCE_MAX_BYTES as EVIDENCE_MAX_BYTES
from desktop.services.slips import ReconcileError as ReconcileError
from desktop.services.slips import ReconcileProblems as ReconcileProblems
from desktop.services.slips import local_copy, raise_problems, read_slip, slip_named
from desktop.services.views import VoucherView
from desktop.store.engine import session_scope
from desktop.store.evidence import find_slip, keep_slip
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import (
    apply_move,
    events_of,
    get_voucher,
    record_discrepancy,
    record_note,
)

A = TypeVar("A")
R = TypeVar("R")
REASON_MAX = 500
_OPERATION = re.compile(r"^[A-Za-z0-9-]{1,14}$")
_CLOCK_MARGIN = timedelta(minutes=5)
_PAYABLE = (VoucherStatus.PENDING.value, VoucherStatus.EXPIRED.value)
_EXPIRABLE = (VoucherStatus.PENDING.value,)


@dataclass(frozen=True)
class ReconcileResult:
    voucher: VoucherView
    applied: bool
    request: ApprovalRequest | None = None
    late: bool = False


@service
class ManualReconciliation:
    """Staff's "mark paid" / "mark expired" (source MANUAL), recorded with who they are.

    With ``require_second_approval`` a cashier's mark is a request that a supervisor (another
    person, by identity) approves or rejects; a supervisor marks directly.

    A payment slip is kept in the database with its event and shown from there (nothing is
    written to open it). ``evidence_dir`` is this PC's folder where events recorded before
    slips lived in the database kept their copy.
    """

    def __init__(
        self,
        engine: Engine,
        profile: str,
        *,
        clock: Clock = utc_now,
        evidence_dir: Path,
        require_second_approval: bool = False,
    ) -> None:
        self._engine = engine
        self._profile = profile
        self._clock = clock
        self.evidence_dir = Path(evidence_dir)
        self.require_second_approval = require_second_approval

    def mark_paid(
        self,
        voucher_id: int,
        *,
        actor: Actor,
        reason: str,
        operation_number: str | None = None,
        evidence_file: str | Path | None = None,
        paid_at: datetime | None = None,
    ) -> ReconcileResult:
        """Paid at an agent or bank, as the slip shows: needs a reason and the operation number
        or the slip itself. From pending, or from expired (a late payment)."""
        direct = self._may_mark_directly(actor)
        problems: list[ReconcileError] = []  # every field staff can fix, said at once
        why = _checked(problems, _reason, reason)
        operation = (operation_number or "").strip() or None
        if operation is None and evidence_file is None:
            problems.append(ReconcileError("proof_required", "operation_number"))
        if operation is not None and not _OPERATION.match(operation):
            problems.append(ReconcileError("operation_invalid", "operation_number"))
        now = self._clock()
        if paid_at is not None and (paid_at.tzinfo is None or paid_at > now + _CLOCK_MARGIN):
            problems.append(ReconcileError("paid_at_invalid", "paid_at"))
        slip = None
        if evidence_file is not None:
            slip = _checked(problems, read_slip, Path(evidence_file))
        raise_problems(problems)
        assert why is not None
        self._voucher(voucher_id, _PAYABLE)
        proof: dict[str, object] = {"operation_number": operation}
        if paid_at is not None:
            proof["paid_at"] = paid_at.isoformat()
        if slip is not None:
            proof.update(slip.proof())
        evidence = json.dumps(proof, sort_keys=True, ensure_ascii=False)

        def attempt() -> ReconcileResult:
            with session_scope(self._engine) as session:
                voucher = self._voucher(voucher_id, _PAYABLE, session)
                # The slip is kept once the voucher is known payable, in the event's own
                # transaction: a refused mark, or a station that lost the race, keeps nothing.
                if slip is not None:
                    keep_slip(
                        session,
                        profile=self._profile,
                        voucher_id=voucher_id,
                        name=slip.name,
                        media_type=slip.media_type,
                        content=slip.content,
                        at=self._clock(),
                        actor=actor,
                    )
                if direct:
                    return self._pay(session, voucher, actor, why, evidence)
                return self._ask(session, voucher, VoucherStatus.PAID, actor, why, evidence)

        return retry_on_conflict(attempt)

    def approve(self, request: ApprovalRequest | int, approver: Actor) -> ReconcileResult:
        """A supervisor other than the requester (by identity) applies a requested mark. The
        move records the approver; its evidence, the requester's id and name."""
        require(approver, Action.APPROVE)
        event_id = request if isinstance(request, int) else request.event_id

        def attempt() -> ReconcileResult:
            with session_scope(self._engine) as session:
                event, asked = self._open_request(session, event_id, approver)
                allowed = _PAYABLE if asked.to_status == VoucherStatus.PAID else _EXPIRABLE
                voucher = self._voucher(event.voucher_id, allowed, session)
                check_open(session, event)
                proof = json.loads(asked.proof)
                proof.update(
                    requested_by=asked.requested_by,
                    requested_by_id=asked.requested_by_id,
                    request_sequence=event.sequence,
                )
                evidence = json.dumps(proof, sort_keys=True, ensure_ascii=False)
                why = f"{asked.reason} (pedido por {asked.requested_by})"
                if asked.to_status == VoucherStatus.EXPIRED:
                    return self._expire(session, voucher, approver, why, evidence)
                return self._pay(session, voucher, approver, why, evidence)

        return retry_on_conflict(attempt)

    def reject(self, request: ApprovalRequest | int, approver: Actor, reason: str) -> int:
        """A supervisor other than the requester turns a request down, with a reason (a
        chained note); the voucher is unchanged. Returns the note's id."""
        require(approver, Action.APPROVE)
        why = _reason(reason)
        event_id = request if isinstance(request, int) else request.event_id

        def attempt() -> int:
            with session_scope(self._engine) as session:
                event, _asked = self._open_request(session, event_id, approver)
                voucher = self._voucher(event.voucher_id, _PAYABLE, session)
                check_open(session, event)
                note = record_note(
                    session,
                    voucher,
                    source=EventSource.MANUAL,
                    actor=approver,
                    at=self._clock(),
                    reason=with_detail(Reason.APPROVAL_REJECTED, why),
                )
                assert note.id is not None
                return note.id

        return retry_on_conflict(attempt)

    def _open_request(
        self, session: Session, event_id: int, approver: Actor
    ) -> tuple[VoucherEvent, ApprovalRequest]:
        event = session.get(VoucherEvent, event_id)
        if event is None or not is_request(event):
            raise ReconcileError("not_a_request", "request")
        asked = request_of(event)
        if asked.requested_by_id is not None:
            same = asked.requested_by_id == approver.user_id
        else:  # asked before staff accounts: only the name is known
            same = asked.requested_by.casefold() == approver.name.casefold()
        if same:
            raise ReconcileError("same_person", "actor")
        return event, asked

    def _may_mark_directly(self, actor: Actor) -> bool:
        """Whether ``actor`` marks at once (True) or asks a supervisor (False); refuses a
        role that may do neither, and anyone not signed in."""
        if not self.require_second_approval:
            require(actor, Action.MARK)
            return True
        if actor.may(Action.MARK_DIRECT):
            return True
        require(actor, Action.REQUEST_MARK)
        return False

    def _ask(
        self,
        session: Session,
        voucher: Voucher,
        target: VoucherStatus,
        actor: Actor,
        why: str,
        evidence: str | None,
    ) -> ReconcileResult:
        event = record_discrepancy(
            session,
            voucher,
            target,
            source=EventSource.MANUAL,
            actor=actor,
            at=self._clock(),
            reason=with_detail(Reason.APPROVAL_REQUESTED, why),
            evidence=evidence,
        )
        return ReconcileResult(VoucherView.of(voucher), False, request_of(event))

    def open_requests(self) -> list[ApprovalRequest]:
        """Requests of vouchers still pending or expired with no move since they were made."""
        statement = (
            select(VoucherEvent)
            .join(Voucher, col(Voucher.id) == col(VoucherEvent.voucher_id))
            .where(
                Voucher.profile == self._profile,
                col(Voucher.status).in_(_PAYABLE),
                VoucherEvent.kind == EventKind.DISCREPANCY,
                col(VoucherEvent.reason).startswith(f"{Reason.APPROVAL_REQUESTED}:"),
            )
            .order_by(col(VoucherEvent.created_at), col(VoucherEvent.id))
        )
        with Session(self._engine) as session:
            events = list(session.exec(statement))
            return [request_of(e) for e in events if settled_after(session, e) == 0]

    def mark_expired(self, voucher_id: int, *, actor: Actor, reason: str) -> ReconcileResult:
        """A pending voucher whose deadline has passed and that PagoEfectivo has not reported
        expired yet. Before the deadline it is refused (``before_deadline``, the deadline in
        ``detail``): PagoEfectivo takes the payment until then; annulling stops it at once."""
        direct = self._may_mark_directly(actor)
        why = _reason(reason)

        def attempt() -> ReconcileResult:
            with session_scope(self._engine) as session:
                voucher = self._voucher(voucher_id, _EXPIRABLE, session)
                if direct:
                    return self._expire(session, voucher, actor, why, None)
                self._check_deadline(voucher)
                return self._ask(session, voucher, VoucherStatus.EXPIRED, actor, why, None)

        return retry_on_conflict(attempt)

    def _check_deadline(self, voucher: Voucher) -> None:
        if not may_mark_expired(voucher.expires_at, self._clock()):
            assert voucher.expires_at is not None
            deadline = voucher.expires_at.isoformat()
            raise ReconcileError("before_deadline", "voucher", deadline)

    def _expire(
        self, session: Session, voucher: Voucher, actor: Actor, why: str, evidence: str | None
    ) -> ReconcileResult:
        self._check_deadline(voucher)
        moved = apply_move(
            session,
            voucher,
            VoucherStatus.EXPIRED,
            source=EventSource.MANUAL,
            actor=actor,
            at=self._clock(),
            reason=why,
            evidence=evidence,
        )
        return ReconcileResult(VoucherView.of(moved.voucher), moved.applied)

    def evidence(self, voucher_id: int, sha256: str) -> tuple[str, bytes]:
        """(original name, bytes) of a slip one of this voucher's events recorded: from the
        database, or an older event's copy on this PC. Refuses another profile's voucher, a
        slip the voucher never recorded, one kept only on another PC, and altered bytes."""
        with Session(self._engine) as session:
            voucher = get_voucher(session, voucher_id)
            if voucher.profile != self._profile:
                raise ReconcileError("wrong_profile", "voucher")
            names: dict[str, str] = {}
            for event in events_of(session, voucher_id):
                named = slip_named(event.evidence)
                if named is not None:
                    names[named.sha256] = named.name
            if sha256 not in names:
                raise ReconcileError("evidence_unknown", "evidence")
            kept = find_slip(session, self._profile, sha256)
            content = kept.content if kept is not None else None
        if content is None:
            old = local_copy(self.evidence_dir / str(voucher_id), sha256)
            if old is None:
                raise ReconcileError("evidence_elsewhere", "evidence")
            content = old.read_bytes()
        if hashlib.sha256(content).hexdigest() != sha256:
            raise ReconcileError("evidence_altered", "evidence")
        return names[sha256], content

    def _pay(
        self, session: Session, voucher: Voucher, actor: Actor, reason: str, evidence: str
    ) -> ReconcileResult:
        proof = json.loads(evidence)
        paid_at = datetime.fromisoformat(proof["paid_at"]) if proof.get("paid_at") else None
        moved = apply_move(
            session,
            voucher,
            VoucherStatus.PAID,
            source=EventSource.MANUAL,
            actor=actor,
            at=self._clock(),
            reason=reason,
            evidence=evidence,
            changes={
                "paid_at": paid_at or self._clock(),
                "operation_number": proof.get("operation_number"),
            },
        )
        return ReconcileResult(VoucherView.of(moved.voucher), moved.applied, late=moved.late)

    def _voucher(
        self, voucher_id: int, allowed: tuple[str, ...], session: Session | None = None
    ) -> Voucher:
        if session is None:
            with Session(self._engine, expire_on_commit=False) as reading:
                return self._voucher(voucher_id, allowed, reading)
        voucher = get_voucher(session, voucher_id)
        if voucher.profile != self._profile:
            raise ReconcileError("wrong_profile", "voucher")
        if voucher.status not in allowed or voucher.cip is None:
            raise ReconcileError("wrong_status", "voucher", voucher.status)
        return voucher


def _checked(problems: list[ReconcileError], check: Callable[[A], R], value: A) -> R | None:
    """``check(value)``, or None with its refusal added to ``problems``."""
    try:
        return check(value)
    except ReconcileError as problem:
        problems.append(problem)
        return None


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ReconcileError("reason_required", "reason")
    if len(text) > REASON_MAX:
        raise ReconcileError("reason_too_long", "reason", str(REASON_MAX))
    if unsafe_characters(text, allowed="\n"):
        raise ReconcileError("invalid_characters", "reason")
    return text
