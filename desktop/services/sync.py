"""Status sync: re-check open vouchers with PagoEfectivo, oldest check first, with back-off."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import NamedTuple

from sqlalchemy import Engine, Table, bindparam, update
from sqlmodel import Session, and_, col, or_, select

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import SYNC_ACTOR, Actor
from desktop.domain.status import VoucherStatus
from desktop.pagoefectivo import CipInfo, PagoEfectivoClient, PagoEfectivoError
from desktop.services.errors import service
from desktop.services.retry import retry_on_conflict
from desktop.services.sync_check import (
    Change,
    Verdict,
    VoucherCheck,
    leaves_unchanged,
)
from desktop.services.sync_lease import SyncLease
from desktop.services.sync_pacing import Pacer
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher
from desktop.store.vouchers import ConcurrentChange, update_fields

__all__ = [
    "Change",
    "SyncDiscrepancy",
    "SyncReport",
    "SyncService",
]

Progress = Callable[[int, int], None]


class SyncDiscrepancy(NamedTuple):
    voucher_id: int
    cip: int
    problem: str  # remote_differs | amount_differs | unknown_status | a refused move's code


@dataclass
class SyncReport:
    """One round: how many were asked about, what moved, what disagrees, what failed."""

    total: int = 0
    checked: int = 0
    changed: list[Change] = field(default_factory=list)
    discrepancies: list[SyncDiscrepancy] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)  # CIPs PagoEfectivo did not return
    cips: dict[int, int] = field(default_factory=dict)  # voucher id -> CIP, for messages
    finished: bool = False
    cancelled: bool = False
    elsewhere: bool = False  # an automatic round another station runs (sync_lease.py)

    @property
    def reached(self) -> bool:
        """PagoEfectivo answered every request of the round."""
        return not self.errors


@service
class SyncService:
    """Asks ``/v1/cips/search`` about open vouchers and applies what it says (source POLL).

    A round takes at most ``max_per_round`` vouchers, oldest ``last_checked_at`` first, in
    batches of ``batch_size``, one right after the other unless PagoEfectivo asks to slow down
    (services/sync_pacing.py; ``pause`` is a floor, 0 in the app). An error stops the round;
    each failed round in a row doubles ``next_delay`` (from ``min_interval`` up to
    ``max_delay``); a clean round resets it.
    """

    def __init__(
        self,
        engine: Engine,
        client: PagoEfectivoClient,
        profile: str,
        *,
        actor: Actor = SYNC_ACTOR,
        clock: Clock = utc_now,
        grace: timedelta = timedelta(hours=2),
        batch_size: int = 10,
        max_per_round: int = 500,
        pause: float = 0.0,
        min_interval: timedelta = timedelta(minutes=5),
        max_delay: timedelta = timedelta(hours=1),
        recent: timedelta = timedelta(days=7),
        sleep: Callable[[float], None] = time.sleep,
        pacing: Callable[[], Pacer] | None = None,
        lease: SyncLease | None = None,
    ) -> None:
        if batch_size < 1 or max_per_round < 1:
            raise ValueError("batch_size and max_per_round must be at least 1")
        self._engine = engine
        self._client = client
        self._profile = profile
        self._actor = actor
        self._clock = clock
        self._grace = grace
        self._batch = batch_size
        self._max = max_per_round
        self._pause = pause
        self._min_interval = min_interval
        self._max_delay = max(max_delay, min_interval)
        self._recent = recent
        self._sleep = sleep
        self._pacing = pacing
        self._lease = lease or SyncLease(engine, profile)
        self._failures = 0
        self.last_round_at: datetime | None = None

    @property
    def failures(self) -> int:
        """Rounds in a row that ended with an error."""
        return self._failures

    @property
    def next_delay(self) -> timedelta:
        """How long to wait before the next round: longer after each failed round, capped."""
        if self._failures == 0:
            return self._min_interval
        factor = 1 << min(self._failures, 30)
        return min(self._min_interval * factor, self._max_delay)

    def due(self) -> list[tuple[int, int]]:
        """(voucher id, CIP) of the vouchers the next round asks about, in order."""
        now = self._clock()
        recent = now - self._recent
        statuses = VoucherStatus
        still_open = or_(
            col(Voucher.status).in_([statuses.PENDING.value, statuses.ISSUING.value]),
            and_(col(Voucher.status) == statuses.EXPIRED.value, col(Voucher.expires_at) >= recent),
            and_(col(Voucher.status) == statuses.PAID.value, col(Voucher.paid_at) >= recent),
        )
        statement = (
            select(Voucher.id, Voucher.cip)
            .where(Voucher.profile == self._profile, col(Voucher.cip).is_not(None), still_open)
            .order_by(col(Voucher.last_checked_at).asc().nulls_first(), col(Voucher.id))
            .limit(self._max)
        )
        with Session(self._engine) as session:
            return [(int(i), int(c)) for i, c in session.exec(statement) if i and c]

    def run(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        automatic: bool = False,
    ) -> SyncReport:
        """One round. ``progress(done, total)`` after each batch; ``cancelled()`` before each.
        An ``automatic`` round runs only on the station holding the profile's lease; the
        others get a report that says ``elsewhere`` and ask nothing."""
        if automatic and not self._lease.acquire():
            return SyncReport(elsewhere=True)
        due = self.due()
        report = SyncReport(total=len(due), cips=dict(due))
        pacer = self._pacing() if self._pacing else Pacer(sleep=self._sleep)
        if progress:
            progress(0, report.total)
        for start in range(0, len(due), self._batch):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if start:
                pacer.wait()
                if self._pause > 0:
                    self._sleep(self._pause)
            batch = due[start : start + self._batch]
            try:
                answers = pacer.ask(partial(self._client.search_cips, [c for _, c in batch]))
            except PagoEfectivoError as exc:
                report.errors.append(f"{type(exc).__name__}: {exc}")
                break
            self._apply(batch, answers, report)
            if progress:
                progress(min(start + len(batch), report.total), report.total)
        else:
            report.finished = True
        self._failures = self._failures + 1 if report.errors else 0
        self.last_round_at = self._clock()
        return report

    def close(self) -> None:
        """Hand the automatic rounds over to another station (its next try takes them)."""
        self._lease.release()

    def recheck(self, voucher_id: int) -> SyncReport:
        """ "Volver a consultar": ask about one voucher now, whatever its state. A voucher
        without a CIP has nothing to ask (``total`` 0). Errors of the client propagate."""
        with Session(self._engine) as session:
            voucher = session.get(Voucher, voucher_id)
            mine = voucher is not None and voucher.profile == self._profile
            cip = voucher.cip if voucher is not None and mine else None
        if cip is None:
            return SyncReport(finished=True)
        report = SyncReport(total=1, cips={voucher_id: cip})
        self._apply([(voucher_id, cip)], self._client.search_cips([cip]), report)
        report.finished = True
        return report

    def _apply(
        self, batch: list[tuple[int, int]], answers: list[CipInfo], report: SyncReport
    ) -> None:
        by_cip = {info.cip: info for info in answers}
        answered = []
        for voucher_id, cip in batch:
            info = by_cip.get(cip)
            if info is None:
                report.missing.append(cip)
            else:
                answered.append((voucher_id, cip, info))
        stamped = self._stamp_unchanged(answered)
        for voucher_id, cip, info in answered:
            if voucher_id in stamped:
                report.checked += 1
                continue
            try:
                verdict = self._check(voucher_id, cip, info)
            except ConcurrentChange:  # busy elsewhere all along: next round asks again
                continue
            report.checked += 1
            report.changed.extend(verdict.changes)
            report.discrepancies.extend(
                SyncDiscrepancy(voucher_id, cip, p) for p in verdict.problems
            )

    def _stamp_unchanged(self, answered: list[tuple[int, int, CipInfo]]) -> set[int]:
        """Stamp the check of the vouchers whose answer changes nothing, all in one UPDATE
        (most of a round: one short transaction each made a round of 10,000 take 14 s).
        Returns their ids; the others, and any changed since read, go through ``_check``."""
        if not answered:
            return set()
        now = self._clock()
        with session_scope(self._engine) as session:
            ids = [voucher_id for voucher_id, _, _ in answered]
            read = session.exec(select(Voucher).where(col(Voucher.id).in_(ids)))
            vouchers = {voucher.id: voucher for voucher in read}
            quiet = [
                {"b_id": voucher_id, "b_version": voucher.version}
                for voucher_id, _, info in answered
                if (voucher := vouchers.get(voucher_id)) is not None
                and leaves_unchanged(voucher, info, now, self._grace)
            ]
            if not quiet:
                return set()
            table: Table = Voucher.__table__  # type: ignore[attr-defined]
            statement = (
                update(table)
                .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
                .values(last_checked_at=now, version=table.c.version + 1)
            )
            result = session.connection().execute(statement, quiet)
            chosen = [row["b_id"] for row in quiet]
            if result.rowcount == len(quiet):
                return set(chosen)
            done = select(Voucher.id).where(
                col(Voucher.id).in_(chosen), col(Voucher.last_checked_at) == now
            )
            return {voucher_id for voucher_id in session.exec(done) if voucher_id is not None}

    def _check(self, voucher_id: int, cip: int, info: CipInfo) -> Verdict:
        """One voucher in one short transaction: apply the answer, then stamp the check."""

        def attempt() -> Verdict:
            with session_scope(self._engine) as session:
                voucher = session.get(Voucher, voucher_id, populate_existing=True)
                if voucher is None or voucher.cip != cip:
                    return Verdict()
                check = VoucherCheck(session, voucher, info, self._actor, self._clock())
                check.decide(self._grace)
                update_fields(session, voucher, last_checked_at=self._clock())
                return check.verdict

        return retry_on_conflict(attempt)
