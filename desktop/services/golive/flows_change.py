"""Go-live flows about a voucher's life and the connection: it expires, is annulled or
extended; an answer comes too late or is cut off; the PC's clock is off."""

from __future__ import annotations

import contextlib
import time
from datetime import timedelta

from desktop.domain.display import lima_short
from desktop.domain.status import EventSource, VoucherStatus
from desktop.pagoefectivo import AuthenticationFailed, CipStatus
from desktop.pagoefectivo.client import MAX_CLOCK_SKEW
from desktop.pagoefectivo.errors import format_skew
from desktop.services.changes import ChangeUnconfirmed
from desktop.services.golive.bench import LATE_ANSWER_MS, SHORT_TIMEOUT, Bench
from desktop.services.golive.model import Recorder
from desktop.services.issuing import IssueService, Outcome

REASON = "Prueba de salida a producción"
CLOCK_SHIFT = timedelta(minutes=10)
"""How far the simulator's clock is moved: past the 5 minutes PagoEfectivo tolerates."""


def expired(bench: Bench, rec: Recorder) -> None:
    """Unpaid at its deadline: PagoEfectivo expires it, the sync shows it expired."""
    voucher = bench.issue(rec, 200)
    assert voucher.cip is not None
    bench.simulator.expire(voucher.cip)
    rec.ok("expired_remote", cip=voucher.cip)
    bench.sync.recheck(voucher.id)
    bench.expect_status(rec, voucher.id, VoucherStatus.EXPIRED)
    rec.ok("shown_expired")


def annulled(bench: Bench, rec: Recorder) -> None:
    """Annulled here: PagoEfectivo deletes the CIP."""
    voucher = bench.issue(rec, 300)
    assert voucher.cip is not None
    bench.changes.annul(voucher.id, REASON)
    bench.expect_status(rec, voucher.id, VoucherStatus.ANNULLED)
    rec.ok("annulled")
    remote_status(bench, rec, voucher.cip, CipStatus.DELETED)
    rec.ok("remote_deleted")


def extended(bench: Bench, rec: Recorder) -> None:
    """A new deadline: PagoEfectivo keeps the same one."""
    voucher = bench.issue(rec, 400)
    assert voucher.cip is not None
    deadline = (bench.clock() + timedelta(hours=72)).replace(microsecond=0)
    bench.changes.extend(voucher.id, deadline)
    rec.ok("extended", deadline=lima_short(deadline))
    (info,) = bench.client.search_cips([voucher.cip]) or (None,)
    there = info.date_expiry if info is not None else None
    if there is None or abs(there - deadline) >= timedelta(seconds=1):
        rec.fail("remote_deadline_differs", deadline=lima_short(there))
    rec.ok("remote_deadline_same")


def unconfirmed(bench: Bench, rec: Recorder) -> None:
    """PagoEfectivo creates the CIP but answers too late: "sin confirmar", no CIP shown,
    then a retry issues a new one."""
    bench.simulator.fault("delay-after", "POST", "/v1/cips", ms=LATE_ANSWER_MS)
    bench.held_until = time.perf_counter() + LATE_ANSWER_MS / 1000 + 0.2
    late = bench.new_client(SHORT_TIMEOUT)
    try:
        issuer = IssueService(
            bench.engine, late, bench.profile, actor=bench.actor, clock=bench.clock
        )
        first = bench.issue_only(800, issuer)
    finally:
        late.close()
        if bench.simulator.faults_left("/v1/cips"):
            bench.simulator.clear_faults()
    if first.outcome is not Outcome.UNCONFIRMED:
        rec.fail("not_unconfirmed", outcome=first.outcome.value)
    shown = bench.voucher(first.voucher.id)
    if shown.status is not VoucherStatus.ISSUING or shown.cip is not None:
        rec.fail("wrong_status", shown=shown.status.value, wanted=VoucherStatus.ISSUING.value)
    rec.ok("unconfirmed", seconds=SHORT_TIMEOUT)
    retried = bench.issuer.retry(shown.id)
    bench.issued.append((retried.voucher.id, retried.voucher.cip))
    if retried.outcome is not Outcome.PENDING:
        rec.fail("not_issued", error=retried.outcome.value)
    bench.expect_status(rec, shown.id, VoucherStatus.FAILED)
    rec.ok("retried", cip=retried.voucher.cip)


def connection_cut(bench: Bench, rec: Recorder) -> None:
    """The connection is cut while annulling: not taken as done; the sync confirms it."""
    voucher = bench.issue(rec, 900)
    assert voucher.cip is not None
    path = f"/v1/cips/{voucher.cip}"
    bench.simulator.fault("drop", "DELETE", path)
    try:
        bench.changes.annul(voucher.id, REASON)
    except ChangeUnconfirmed:
        pass
    else:
        rec.fail("cut_not_noticed")
    finally:
        if bench.simulator.faults_left(path):
            bench.simulator.clear_faults()
    bench.expect_status(rec, voucher.id, VoucherStatus.PENDING)
    rec.ok("annul_cut")
    bench.sync.recheck(voucher.id)
    bench.expect_status(rec, voucher.id, VoucherStatus.ANNULLED)
    if bench.events(voucher.id)[-1].source is not EventSource.POLL:
        rec.fail("not_by_sync")
    rec.ok("shown_annulled_poll")


def clock_skew(bench: Bench, rec: Recorder) -> None:
    """How far this PC's clock is from PagoEfectivo's; with the simulator, a clock moved 10
    minutes on purpose is noticed and named."""
    client = bench.new_client()
    try:
        base = client.check_connection().clock_skew
        if bench.admin is None:
            if base is not None and abs(base) > MAX_CLOCK_SKEW:
                rec.fail("clock_off", skew=format_skew(base), limit=format_skew(MAX_CLOCK_SKEW))
            rec.ok("clock_base", skew=format_skew(base) if base is not None else "—")
            return
        rec.ok("clock_base", skew=format_skew(base) if base is not None else "—")
        previous = bench.simulator.clock_offset()
        bench.simulator.set_clock_offset(previous + CLOCK_SHIFT.total_seconds())
        try:
            # Refused for its stale time, most likely: the skew is measured all the same.
            with contextlib.suppress(AuthenticationFailed):
                client.check_connection()
        finally:
            bench.simulator.set_clock_offset(previous)
        measured, shift = client.clock_skew, format_skew(CLOCK_SHIFT)
        if measured is None or base is None:
            rec.fail("clock_not_detected", offset=shift, skew="—")
        moved = measured - base
        if abs(moved - CLOCK_SHIFT) > timedelta(minutes=1) or not client.clock_skew_exceeded:
            rec.fail("clock_not_detected", offset=shift, skew=format_skew(measured))
        rec.ok("clock_detected", offset=shift, skew=format_skew(measured))
        client.check_connection()
        rec.ok("clock_restored")
    finally:
        client.close()


def remote_status(bench: Bench, rec: Recorder, cip: int, expected: CipStatus) -> None:
    found = bench.client.search_cips([cip])
    status = found[0].status if found else None
    if status != expected.value:
        rec.fail(
            "remote_differs", remote=status if status is not None else "—", expected=expected.value
        )
