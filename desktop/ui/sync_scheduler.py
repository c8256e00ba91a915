"""The one sync scheduler of the app: rounds with PagoEfectivo every few minutes (or on
request), and a watch on the store for payments written by someone else."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from desktop.domain.display import full_name
from desktop.domain.limatime import Clock, utc_now
from desktop.services.lookup import PaidMark, PaidNote, VoucherLookup
from desktop.services.sync import SyncReport, SyncService
from desktop.ui.context import UiEvents
from desktop.ui.tasks import Lane, TaskRunner

FIRST_ROUND_MS = 5_000  # the first round, shortly after start
WATCH_MS = 30_000  # how often the store is checked for payments written elsewhere


class SyncScheduler(QObject):
    """Runs ``sync.run`` on the network lane every ``minutes`` (0: only on request), never
    two rounds at once; after a failed round it waits ``sync.next_delay``. Reports through
    the app-wide signals: sync_progress, sync_finished, synced, vouchers_changed, and
    voucher_paid once per payment, whoever recorded it (a round here, the webhook receiver,
    another cashier's PC on the same database)."""

    _progressed = Signal(int, int)  # from the worker thread; delivered on the GUI thread
    payments_checked = Signal(int)  # a look for payments ended: how many were new

    def __init__(
        self,
        sync: SyncService,
        lookup: VoucherLookup,
        tasks: TaskRunner,
        events: UiEvents,
        *,
        minutes: int,
        clock: Clock = utc_now,
        first_round_ms: int = FIRST_ROUND_MS,
        watch_ms: int = WATCH_MS,
        minute_ms: int = 60_000,  # how long a minute is (tests shorten it)
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._lookup = lookup
        self._tasks = tasks
        self._events = events
        self._clock = clock
        self._first_round_ms = first_round_ms
        self._minute_ms = minute_ms
        self.minutes = minutes
        self.running = False
        self._started = False
        self._cancel = threading.Event()
        self._round_timer = QTimer(self)
        self._round_timer.setSingleShot(True)
        self._round_timer.timeout.connect(self._on_round_timer_timeout)
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(watch_ms)
        self._watch_timer.timeout.connect(self.check_payments)
        self._mark: PaidMark | None = None  # where the look for payments stands (lookup.py)
        self._checking = False
        self._progressed.connect(self._on_progressed)
        events.sync_requested.connect(self.request_round)
        events.sync_cancel_requested.connect(self.cancel)

    # -- control -------------------------------------------------------------------------

    def start(self) -> None:
        """Begin: remember where the event log stands, then arm the first round and the watch."""
        if self._started:
            return
        self._started = True
        self._watch_timer.start()
        self._read_mark(first=True)

    def stop(self) -> None:
        """No more rounds or checks; a running round stops after its current batch."""
        self._started = False
        self._cancel.set()
        self._round_timer.stop()
        self._watch_timer.stop()

    def stop_when_closed(self, window: QObject) -> None:
        """Stop as soon as ``window`` closes (the app is quitting)."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def set_minutes(self, minutes: int) -> None:
        """A new interval from Ajustes, applied at once (0: only by hand)."""
        self.minutes = minutes
        if self._started and not self.running:
            self._arm(self._interval_ms())

    @Slot()
    def request_round(self) -> None:
        """ "Sincronizar ahora": a round at once (ignored while one runs)."""
        if not self._started or self.running:
            return
        self._round_timer.stop()
        self._run_round()

    @Slot()
    def cancel(self) -> None:
        if self.running:
            self._cancel.set()

    @property
    def next_round_in_ms(self) -> int | None:
        """Milliseconds until the next scheduled round; None when none is scheduled."""
        return self._round_timer.remainingTime() if self._round_timer.isActive() else None

    # -- rounds --------------------------------------------------------------------------

    def _interval_ms(self) -> int | None:
        return self.minutes * self._minute_ms if self.minutes > 0 else None

    def _arm(self, delay_ms: int | None) -> None:
        self._round_timer.stop()
        if delay_ms is not None and self._started:
            self._round_timer.start(max(0, int(delay_ms)))

    def _on_round_timer_timeout(self) -> None:
        if self._started and not self.running:
            self._run_round(automatic=True)  # another station may hold the profile's rounds

    def _run_round(self, *, automatic: bool = False) -> None:
        self.running = True
        self._cancel.clear()
        sync, cancel, progressed = self._sync, self._cancel, self._progressed

        def work() -> SyncReport:
            return sync.run(progress=progressed.emit, cancelled=cancel.is_set, automatic=automatic)

        self._tasks.run(
            work, self._on_round_done, self._on_round_failed, lane=Lane.NETWORK, owner=self
        )

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        self._events.sync_progress.emit(done, total)

    def _on_round_done(self, report: SyncReport) -> None:
        self.running = False
        self._events.sync_finished.emit(report)
        if report.reached and not report.cancelled and not report.elsewhere:
            self._events.synced.emit(self._clock())
        if report.changed or report.discrepancies:
            self._events.vouchers_changed.emit()
        self.check_payments()
        self._arm(self._interval_ms() if report.reached else self._failed_delay_ms())

    def _on_round_failed(self, error: BaseException) -> None:
        self.running = False
        self._events.sync_finished.emit(SyncReport(errors=[f"{type(error).__name__}: {error}"]))
        self._arm(self._failed_delay_ms())

    def _failed_delay_ms(self) -> int | None:
        if self._interval_ms() is None:
            return None  # only by hand: no automatic retry either
        delay: timedelta = self._sync.next_delay
        return int(delay.total_seconds() / 60 * self._minute_ms)

    # -- payments recorded by anyone ------------------------------------------------------

    def _read_mark(self, *, first: bool = False) -> None:
        lookup = self._lookup

        def done(mark: PaidMark) -> None:
            if self._mark is not None:
                return
            self._mark = mark
            if first:
                self._arm(self._first_round_ms if self.minutes > 0 else None)

        def failed(_error: BaseException) -> None:
            if first:  # the watch tries again; rounds start anyway
                self._arm(self._first_round_ms if self.minutes > 0 else None)

        self._tasks.run(lookup.paid_mark, done, failed, lane=Lane.NETWORK, owner=self)

    @Slot()
    def check_payments(self) -> None:
        """Look for moves to paid recorded since the last look; notify each one once."""
        mark = self._mark
        if mark is None:
            if self._started:
                self._read_mark()
            return
        if self._checking:
            return
        self._checking = True
        lookup = self._lookup
        self._tasks.run(
            lambda: lookup.paid_since(mark),
            self._on_payments_read,
            self._on_payments_failed,
            lane=Lane.NETWORK,
            owner=self,
        )

    def _on_payments_read(self, notes: list[PaidNote]) -> None:
        self._checking = False
        if notes and self._mark is not None:  # each is news once: the mark moves past it
            self._mark = replace(self._mark, seq=max(self._mark.seq, notes[-1].seq))
        if notes:
            self._events.vouchers_changed.emit()
            for note in notes:
                self._events.voucher_paid.emit(note.voucher_id, paid_text(note))
        self.payments_checked.emit(len(notes))

    def _on_payments_failed(self, _error: BaseException) -> None:
        self._checking = False  # logged by the task runner; the next check tries again


def paid_text(note: PaidNote) -> str:
    """ "CIP 2600001 · S/ 25.50 · Rosa Quispe": one line for the "paid" notification."""
    parts = [
        QCoreApplication.translate("SyncScheduler", "CIP {cip}").format(cip=note.cip or "—"),
        str(note.money),
    ]
    name = full_name(note.first_name, note.last_name)
    if name:
        parts.append(name)
    return " · ".join(parts)
