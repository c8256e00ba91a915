"""What the detail's actions need: the services they call, and which actions each voucher
state allows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.staff import Actor
from desktop.domain.validation import IssueLimits
from desktop.services.changes import VoucherChanges
from desktop.services.communication import VoucherCommunication
from desktop.services.dispute import DisputeExport
from desktop.services.reconcile import ManualReconciliation
from desktop.services.staff import StaffService
from desktop.services.sync import SyncService

ACTIONS = ("recheck", "extend", "annul", "mark_paid", "mark_expired", "approve", "evidence")
BY_STATUS = {
    "pending": {"recheck", "extend", "annul", "mark_paid", "mark_expired"},
    "expired": {"recheck", "extend", "mark_paid"},  # paid late: flagged as such
    "paid": {"recheck"},
    "annulled": {"recheck"},
    "issuing": {"recheck"},  # only with a CIP: PagoEfectivo may know it after all
}


@dataclass(frozen=True)
class DetailServices:
    """What the detail's actions call (the composition root passes the runtime's)."""

    sync: SyncService
    changes: VoucherChanges
    reconciliation: ManualReconciliation
    limits: IssueLimits
    actor: Actor
    communication: VoucherCommunication
    dispute: DisputeExport
    staff: StaffService

    @classmethod
    def of(cls, runtime: Any) -> DetailServices:
        return cls(
            runtime.sync,
            runtime.changes,
            runtime.reconciliation,
            runtime.limits,
            runtime.actor,
            VoucherCommunication(runtime.engine, runtime.profile.name),
            DisputeExport.for_runtime(runtime),
            runtime.staff,
        )


def allowed_actions(status: str, has_cip: bool, request_open: bool) -> set[str]:
    """The actions a voucher in ``status`` admits (none without a CIP)."""
    if not has_cip:
        return set()
    allowed = set(BY_STATUS.get(status, ()))
    if request_open:
        allowed.discard("mark_paid")  # one request at a time: approve it (or not) first
        allowed.add("approve")
    return allowed
