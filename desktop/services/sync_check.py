"""What one answer of PagoEfectivo means for one local voucher (the rules of a status sync)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlmodel import Session, col, select

from desktop.domain.events import EventKind, Reason
from desktop.domain.staff import Actor
from desktop.domain.status import EventSource, VoucherStatus
from desktop.pagoefectivo import CipInfo, CipStatus
from desktop.services.changes import amend_expiry
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import apply_move, record_discrepancy

_SECOND = timedelta(seconds=1)
_REMOTE_TARGET = {
    CipStatus.GENERATED: VoucherStatus.PENDING,
    CipStatus.PAID: VoucherStatus.PAID,
    CipStatus.EXPIRED: VoucherStatus.EXPIRED,
    CipStatus.DELETED: VoucherStatus.ANNULLED,
}


class Change(NamedTuple):
    voucher_id: int
    from_status: str
    to_status: str


@dataclass
class Verdict:
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class VoucherCheck:
    """What one answer of PagoEfectivo means for one local voucher (source POLL)."""

    def __init__(
        self, session: Session, voucher: Voucher, info: CipInfo, actor: Actor, now: datetime
    ) -> None:
        self.session, self.voucher, self.info = session, voucher, info
        self.actor, self.now = actor, now
        self.verdict = Verdict()

    def decide(self, grace: timedelta) -> None:
        info, voucher, now = self.info, self.voucher, self.now
        remote = info.known_status
        if remote is None:
            self.disagree(None, f"{Reason.UNKNOWN_STATUS}:{info.status}")
            return
        differs = voucher.money.difference(info.money)
        if differs is not None:
            self.disagree(None, differs)
            return
        status = VoucherStatus(voucher.status)
        if status is VoucherStatus.ISSUING:
            deadline = info.date_expiry or voucher.expires_at
            if not self.move(VoucherStatus.PENDING, Reason.CONFIRMED, expires_at=deadline):
                return
            status = VoucherStatus.PENDING
        if status is VoucherStatus.PENDING:
            self.pending(remote, grace)
        elif status is VoucherStatus.EXPIRED:
            if remote is CipStatus.GENERATED and _extended(info, voucher, now):
                self.move(
                    VoucherStatus.PENDING, Reason.REMOTE_EXTENDED, expires_at=info.date_expiry
                )
            elif remote is CipStatus.PAID:
                self.move(VoucherStatus.PAID, None, paid_at=info.date_payment or now)
            elif remote is CipStatus.DELETED:
                self.disagree(VoucherStatus.ANNULLED, Reason.REMOTE_DIFFERS)
        elif status is VoucherStatus.PAID and remote is not CipStatus.PAID:
            # Paid by hand here (or reversed there): never overwritten; a person decides.
            self.disagree(_REMOTE_TARGET[remote], Reason.REMOTE_DIFFERS)

    def pending(self, remote: CipStatus, grace: timedelta) -> None:
        info, voucher, now = self.info, self.voucher, self.now
        if remote is CipStatus.PAID:
            self.move(VoucherStatus.PAID, None, paid_at=info.date_payment or now)
        elif remote is CipStatus.EXPIRED:
            deadline = info.date_expiry or voucher.expires_at
            self.move(VoucherStatus.EXPIRED, None, expires_at=deadline)
        elif remote is CipStatus.DELETED:
            self.move(VoucherStatus.ANNULLED, None, annulled_at=info.date_removal or now)
        else:
            if info.date_expiry is not None and _deadline_differs(info, voucher):
                amend_expiry(
                    self.session,
                    voucher,
                    info.date_expiry,
                    source=EventSource.POLL,
                    actor=self.actor,
                    at=now,
                    reason=Reason.REMOTE_DEADLINE,
                )
            # Still payable there: expired here only once the grace period is over too.
            if _past_grace(voucher, now, grace):
                self.move(VoucherStatus.EXPIRED, Reason.GRACE_EXPIRED)

    def move(self, target: VoucherStatus, reason: str | None, **changes: object) -> bool:
        before = self.voucher.status
        moved = apply_move(
            self.session,
            self.voucher,
            target,
            source=EventSource.POLL,
            actor=self.actor,
            at=self.now,
            reason=reason,
            changes=changes,
        )
        assert self.voucher.id is not None
        if moved.applied:
            self.verdict.changes.append(Change(self.voucher.id, before, target.value))
        else:
            self.verdict.problems.append(moved.refusal or "refused")
        return moved.applied

    def disagree(self, target: VoucherStatus | None, problem: str) -> None:
        """Record that PagoEfectivo disagrees, once: the same open disagreement is reported
        every round but not recorded again."""
        self.verdict.problems.append(problem)
        last = self.session.exec(
            select(VoucherEvent)
            .where(VoucherEvent.voucher_id == self.voucher.id)
            .order_by(col(VoucherEvent.sequence).desc())
            .limit(1)
        ).first()
        to_status = target.value if target else None
        if last is not None and (last.kind, last.reason, last.to_status) == (
            EventKind.DISCREPANCY,
            problem,
            to_status,
        ):
            return
        record_discrepancy(
            self.session,
            self.voucher,
            target,
            source=EventSource.POLL,
            actor=self.actor,
            at=self.now,
            reason=problem,
            evidence=_remote_evidence(self.info),
        )


def leaves_unchanged(voucher: Voucher, info: CipInfo, now: datetime, grace: timedelta) -> bool:
    """True when ``VoucherCheck.decide`` would neither move, amend nor record anything for
    this answer, so only the check needs stamping. Never True where it would act; a few
    quiet cases it leaves to ``decide`` (those without a CIP, annulled ones, amount checks)."""
    remote = info.known_status
    if remote is None or voucher.cip != info.cip or voucher.money.difference(info.money):
        return False
    status = VoucherStatus(voucher.status)
    if status is VoucherStatus.PENDING:
        if remote is not CipStatus.GENERATED:
            return False
        moved_there = info.date_expiry is not None and _deadline_differs(info, voucher)
        return not moved_there and not _past_grace(voucher, now, grace)
    if status is VoucherStatus.EXPIRED:
        extended = remote is CipStatus.GENERATED and _extended(info, voucher, now)
        return remote is CipStatus.EXPIRED or (remote is CipStatus.GENERATED and not extended)
    return status is VoucherStatus.PAID and remote is CipStatus.PAID


def _deadline_differs(info: CipInfo, voucher: Voucher) -> bool:
    """PagoEfectivo's deadline is not ours (to the second)."""
    if info.date_expiry is None or voucher.expires_at is None:
        return info.date_expiry != voucher.expires_at
    return abs(info.date_expiry - voucher.expires_at) >= _SECOND


def _past_grace(voucher: Voucher, now: datetime, grace: timedelta) -> bool:
    return voucher.expires_at is not None and now >= voucher.expires_at + grace


def _extended(info: CipInfo, voucher: Voucher, now: datetime) -> bool:
    """PagoEfectivo's deadline is later than ours and still ahead: the CIP was extended."""
    if info.date_expiry is None or info.date_expiry <= now:
        return False
    return voucher.expires_at is None or info.date_expiry - voucher.expires_at >= _SECOND


def _remote_evidence(info: CipInfo) -> str:
    """What PagoEfectivo said, as JSON, for the discrepancy event."""
    data: dict[str, object] = {"cip": info.cip, "status": info.status, "amount": str(info.amount)}
    data["currency"] = info.currency.value
    for name in ("date_expiry", "date_payment", "date_removal"):
        moment: datetime | None = getattr(info, name)
        data[name] = moment.isoformat() if moment else None
    return json.dumps(data, sort_keys=True)
