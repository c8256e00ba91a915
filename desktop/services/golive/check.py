"""Runs the go-live flows on one test profile, through its real services, and says how each
went. Against PagoDesk's simulator every flow runs; against PagoEfectivo's pre-production
those that need a payment, an expiry or a fault on demand are "no aplicable"."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from desktop.domain.limatime import Clock
from desktop.domain.staff import Actor
from desktop.domain.status import VoucherStatus
from desktop.domain.validation import IssueLimits
from desktop.pagoefectivo import Credentials
from desktop.services.audit_chain import chain_head
from desktop.services.exchange_log import StoreLogSink
from desktop.services.golive import flows_change, flows_notify
from desktop.services.golive.bench import Bench, describe
from desktop.services.golive.model import (
    FLOWS,
    NEEDS_SIMULATOR,
    CheckResult,
    FlowFailed,
    FlowResult,
    FlowStatus,
    Progress,
    Recorder,
    Step,
    Target,
)
from desktop.services.golive.simulator import simulator_at
from desktop.services.profiles import Environment, Profile
from desktop.services.receiver.demo import DemoReceiver

FlowFunction = Callable[[Bench, Recorder], None]
FUNCTIONS: dict[str, FlowFunction] = {
    "notify_url": flows_notify.notify_url,
    "paid_notified": flows_notify.paid_notified,
    "expired": flows_change.expired,
    "annulled": flows_change.annulled,
    "extended": flows_change.extended,
    "duplicate": flows_notify.duplicate,
    "bad_signature": flows_notify.bad_signature,
    "lost_notification": flows_notify.lost_notification,
    "unconfirmed": flows_change.unconfirmed,
    "connection_cut": flows_change.connection_cut,
    "clock_skew": flows_change.clock_skew,
}
CLEANUP_REASON = "Prueba de salida a producción: limpieza"
_log = logging.getLogger(__name__)


class NotATestProfile(Exception):
    """The go-live check runs against a test profile (demo or sandbox), never production."""

    def __init__(self, profile: str) -> None:
        self.profile = profile
        super().__init__(f"profile {profile!r} is a production profile")


@dataclass(frozen=True)
class CheckSetup:
    """One profile as the check needs it: its database, account and who runs the check."""

    engine: Engine
    profile: Profile
    base_url: str
    credentials: Credentials
    actor: Actor
    clock: Clock
    limits: IssueLimits = IssueLimits()


def run_check(setup: CheckSetup, progress: Progress | None = None) -> CheckResult:
    """Every flow in order (``progress`` told as each starts and ends), then the open
    vouchers the check issued are annulled. A receiver of the profile takes the
    notifications meanwhile; the simulator's URL is handed back afterwards."""
    profile = setup.profile
    if profile.environment is Environment.PRODUCTION:
        raise NotATestProfile(profile.name)
    admin = simulator_at(setup.base_url)
    started = setup.clock()
    receiver = DemoReceiver(
        setup.engine,
        profile.name,
        setup.credentials.secret_key,
        admin.base_url if admin else None,
        clock=setup.clock,
    ).start()
    try:
        bench = Bench(
            engine=setup.engine,
            profile=profile.name,
            actor=setup.actor,
            clock=setup.clock,
            limits=setup.limits,
            base_url=setup.base_url,
            credentials=setup.credentials,
            log_sink=StoreLogSink(setup.engine, profile.name),
            receiver_url=receiver.notification_url,
            admin=admin,
            public_url=profile.receiver_public_url,
            registered=profile.notify_registered,
        )
        try:
            flows = tuple(run_flow(bench, code, progress) for code in FLOWS)
            cleanup = clean_up(bench)
        finally:
            bench.close()
    finally:
        receiver.stop()
    head = chain_head(setup.engine, profile.name)
    return CheckResult(
        profile=profile.name,
        environment=profile.environment.value,
        target=Target.SIMULATOR if admin else Target.PAGOEFECTIVO,
        base_url=setup.base_url,
        service_id=setup.credentials.service_id,
        started_at=started,
        finished_at=setup.clock(),
        flows=flows,
        chain_head=str(head) if head is not None else None,
        cleanup=cleanup,
    )


def run_flow(bench: Bench, code: str, progress: Progress | None = None) -> FlowResult:
    """One flow, timed; a check that fails or anything unexpected ends it as failed."""
    if progress:
        progress(code, None)
    if code in NEEDS_SIMULATOR and bench.admin is None:
        result = FlowResult(code, FlowStatus.NOT_APPLICABLE)
    else:
        start, first = time.perf_counter(), len(bench.issued)
        rec = bench.recorder()
        status = FlowStatus.PASSED
        try:
            FUNCTIONS[code](bench, rec)
        except FlowFailed:
            status = FlowStatus.FAILED
        except Exception as exc:  # the flow found a failure nobody foresaw: say which
            _log.warning("go-live flow %s failed unexpectedly", code, exc_info=True)
            rec.steps.append(Step("unexpected", {"error": describe(exc)}, False, 0.0))
            status = FlowStatus.FAILED
        ms = round((time.perf_counter() - start) * 1000, 1)
        used = tuple(bench.issued[first:])
        result = FlowResult(code, status, tuple(rec.steps), ms, used)
    if progress:
        progress(code, result)
    return result


def clean_up(bench: Bench) -> tuple[Step, ...]:
    """Annul what the check left payable (here and at PagoEfectivo), so no test voucher
    stays in the open lists. A failure here is said, never fatal."""
    rec = bench.recorder()
    left = [vid for vid, cip in bench.issued if cip is not None]
    annulled = 0
    for voucher_id in left:
        try:
            if bench.voucher(voucher_id).status is VoucherStatus.PENDING:
                bench.changes.annul(voucher_id, CLEANUP_REASON)
                annulled += 1
        except Exception as exc:  # the check's verdict stands; the voucher stays open
            _log.warning("go-live clean-up of voucher %s: %s", voucher_id, describe(exc))
    rec.ok("cleaned_up", count=annulled)
    return tuple(rec.steps)
