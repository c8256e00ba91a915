"""Manual reconciliation: staff mark a voucher paid (with proof) or expired, with a reason."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.status import EventSource, VoucherStatus
from desktop.services.retry import retry_on_conflict
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import apply_move, get_voucher, record_discrepancy

APPROVAL = "approval_requested"
REASON_MAX = 500
EVIDENCE_MAX_BYTES = 20 * 1024 * 1024
# A photo or a scan of the slip: the extension must match what the file really is.
EVIDENCE_MAGIC = {
    ".jpg": b"\xff\xd8\xff",
    ".jpeg": b"\xff\xd8\xff",
    ".png": b"\x89PNG\r\n\x1a\n",
    ".pdf": b"%PDF-",
}
_OPERATION = re.compile(r"^[A-Za-z0-9-]{1,14}$")
_CLOCK_MARGIN = timedelta(minutes=5)
_PAYABLE = (VoucherStatus.PENDING.value, VoucherStatus.EXPIRED.value)


class ReconcileError(ValueError):
    """Refused input or action; ``code`` is stable and ``field`` names what to fix."""

    def __init__(self, code: str, field: str | None = None, detail: str = "") -> None:
        self.code = code
        self.field = field
        self.detail = detail
        super().__init__(
            f"{field + ': ' if field else ''}{code}{' (' + detail + ')' if detail else ''}"
        )


@dataclass(frozen=True)
class Evidence:
    """A copy of the slip kept beside the data: ``path`` is relative to the evidence folder."""

    path: str
    sha256: str
    name: str
    size: int


@dataclass(frozen=True)
class ApprovalRequest:
    """A manual "paid" waiting for a second person (a recorded event, not a move)."""

    event_id: int
    voucher_id: int
    requested_by: str
    reason: str
    requested_at: datetime
    proof: str  # the JSON the approved move will carry as evidence


@dataclass(frozen=True)
class ReconcileResult:
    voucher: Voucher
    applied: bool
    request: ApprovalRequest | None = None
    late: bool = False


class ManualReconciliation:
    """Staff's "mark paid" / "mark expired" (source MANUAL), recorded with their name."""

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
        actor: str,
        reason: str,
        operation_number: str | None = None,
        evidence_file: str | Path | None = None,
        paid_at: datetime | None = None,
    ) -> ReconcileResult:
        """Paid at an agent or bank, as the slip shows: needs a reason and the operation number
        or the slip itself. From pending, or from expired (a late payment)."""
        who, why = _actor(actor), _reason(reason)
        operation = (operation_number or "").strip() or None
        if operation is None and evidence_file is None:
            raise ReconcileError("proof_required", "operation_number")
        if operation is not None and not _OPERATION.match(operation):
            raise ReconcileError("operation_invalid", "operation_number")
        now = self._clock()
        if paid_at is not None and (paid_at.tzinfo is None or paid_at > now + _CLOCK_MARGIN):
            raise ReconcileError("paid_at_invalid", "paid_at")
        source = _checked_file(Path(evidence_file)) if evidence_file is not None else None
        self._voucher(voucher_id, _PAYABLE)
        proof: dict[str, object] = {"operation_number": operation}
        if paid_at is not None:
            proof["paid_at"] = paid_at.isoformat()
        copied: list[Path] = []  # slips this call put in the evidence folder

        def attempt() -> ReconcileResult:
            with session_scope(self._engine) as session:
                voucher = self._voucher(voucher_id, _PAYABLE, session)
                # The slip is copied once the voucher is known payable inside the write
                # transaction: a station that lost the race leaves no file behind.
                if source is not None:
                    kept = self._keep(voucher_id, source, copied)
                    proof.update(file=kept.path, sha256=kept.sha256, name=kept.name)
                    proof["size"] = kept.size
                evidence = json.dumps(proof, sort_keys=True, ensure_ascii=False)
                if not self.require_second_approval:
                    return self._pay(session, voucher, who, why, evidence)
                event = record_discrepancy(
                    session,
                    voucher,
                    VoucherStatus.PAID,
                    source=EventSource.MANUAL,
                    actor=who,
                    at=self._clock(),
                    reason=f"{APPROVAL}: {why}",
                    evidence=evidence,
                )
                return ReconcileResult(voucher, False, _request(event))

        try:
            return retry_on_conflict(attempt)
        except BaseException:
            for path in copied:
                path.unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    path.parent.rmdir()  # only when empty
            raise

    def approve(self, request: ApprovalRequest | int, approver: str) -> ReconcileResult:
        """A second person applies a requested "paid"; the requester cannot approve it."""
        who = _actor(approver)
        event_id = request if isinstance(request, int) else request.event_id

        def attempt() -> ReconcileResult:
            with session_scope(self._engine) as session:
                event = session.get(VoucherEvent, event_id)
                if event is None or not _is_request(event):
                    raise ReconcileError("not_a_request", "request")
                asked = _request(event)
                if who.casefold() == asked.requested_by.casefold():
                    raise ReconcileError("same_person", "actor")
                voucher = self._voucher(event.voucher_id, _PAYABLE, session)
                if _moves_after(session, event) > 0:
                    raise ReconcileError("stale_request", "request")
                proof = json.loads(asked.proof)
                proof.update(requested_by=asked.requested_by, request_sequence=event.sequence)
                evidence = json.dumps(proof, sort_keys=True, ensure_ascii=False)
                why = f"{asked.reason} (pedido por {asked.requested_by})"
                return self._pay(session, voucher, who, why, evidence)

        return retry_on_conflict(attempt)

    def open_requests(self) -> list[ApprovalRequest]:
        """Requests of vouchers still pending or expired with no move since they were made."""
        statement = (
            select(VoucherEvent)
            .join(Voucher, col(Voucher.id) == col(VoucherEvent.voucher_id))
            .where(
                Voucher.profile == self._profile,
                col(Voucher.status).in_(_PAYABLE),
                VoucherEvent.kind == "discrepancy",
                col(VoucherEvent.reason).startswith(f"{APPROVAL}:"),
            )
            .order_by(col(VoucherEvent.created_at), col(VoucherEvent.id))
        )
        with Session(self._engine) as session:
            events = list(session.exec(statement))
            return [_request(e) for e in events if _moves_after(session, e) == 0]

    def mark_expired(self, voucher_id: int, *, actor: str, reason: str) -> ReconcileResult:
        """A pending voucher staff know will not be paid (e.g. the customer withdrew)."""
        who, why = _actor(actor), _reason(reason)

        def attempt() -> ReconcileResult:
            with session_scope(self._engine) as session:
                voucher = self._voucher(voucher_id, (VoucherStatus.PENDING.value,), session)
                moved = apply_move(
                    session,
                    voucher,
                    VoucherStatus.EXPIRED,
                    source=EventSource.MANUAL,
                    actor=who,
                    at=self._clock(),
                    reason=why,
                )
                return ReconcileResult(moved.voucher, moved.applied)

        return retry_on_conflict(attempt)

    def evidence_path(self, relative: str) -> Path:
        """Where a kept slip lives (``relative`` as stored in the event)."""
        return self.evidence_dir / Path(*relative.split("/"))

    def _pay(
        self, session: Session, voucher: Voucher, actor: str, reason: str, evidence: str
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
        return ReconcileResult(moved.voucher, moved.applied, late=moved.late)

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

    def _keep(self, voucher_id: int, source: Path, copied: list[Path]) -> Evidence:
        """Copy the slip to ``<evidence_dir>/<voucher id>/<sha256>.<ext>`` (idempotent); a
        new file is added to ``copied``."""
        digest = hashlib.sha256()
        with source.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 16), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        suffix = source.suffix.lower()
        folder = self.evidence_dir / str(voucher_id)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{sha}{suffix}"
        if not target.exists():
            fd, temp = tempfile.mkstemp(prefix=".evidence.", dir=folder)
            os.close(fd)
            try:
                shutil.copyfile(source, temp)
                os.replace(temp, target)
                copied.append(target)
            finally:
                if os.path.exists(temp):
                    os.unlink(temp)
        return Evidence(f"{voucher_id}/{sha}{suffix}", sha, source.name, target.stat().st_size)


def _actor(actor: str) -> str:
    name = (actor or "").strip()
    if not name:
        raise ReconcileError("actor_required", "actor")
    return name[:60]


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ReconcileError("reason_required", "reason")
    if len(text) > REASON_MAX:
        raise ReconcileError("reason_too_long", "reason", str(REASON_MAX))
    return text


def _checked_file(path: Path) -> Path:
    """A readable photo or PDF of reasonable size, whose content matches its extension."""
    if not path.is_file():
        raise ReconcileError("evidence_missing", "evidence", str(path))
    magic = EVIDENCE_MAGIC.get(path.suffix.lower())
    if magic is None:
        raise ReconcileError("evidence_type", "evidence", path.suffix or path.name)
    size = path.stat().st_size
    if size == 0:
        raise ReconcileError("evidence_empty", "evidence")
    if size > EVIDENCE_MAX_BYTES:
        raise ReconcileError("evidence_too_large", "evidence", f"{EVIDENCE_MAX_BYTES} bytes")
    with path.open("rb") as handle:
        if not handle.read(len(magic)) == magic:
            raise ReconcileError("evidence_type", "evidence", "content")
    return path


def _is_request(event: VoucherEvent) -> bool:
    reason = event.reason or ""
    return event.kind == "discrepancy" and reason.startswith(f"{APPROVAL}:")


def _request(event: VoucherEvent) -> ApprovalRequest:
    assert event.id is not None
    reason = (event.reason or "").removeprefix(f"{APPROVAL}:").strip()
    return ApprovalRequest(
        event.id, event.voucher_id, event.actor, reason, event.created_at, event.evidence or "{}"
    )


def _moves_after(session: Session, event: VoucherEvent) -> int:
    statement = select(func.count()).where(
        VoucherEvent.voucher_id == event.voucher_id,
        VoucherEvent.kind == "move",
        col(VoucherEvent.sequence) > event.sequence,
    )
    return int(session.exec(statement).one())
