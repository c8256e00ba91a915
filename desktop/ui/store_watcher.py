"""The screens follow the store: a change written by anyone else (the command line, the
webhook receiver, another station) reaches every page as ``vouchers_changed`` within a second.

A timer asks the services' ``StoreWatch`` every 0.4 s (on PostgreSQL a look at the notices
already received, on SQLite one tiny query; off the GUI thread), so a change is on screen well
within the second even when it lands just after a look;
when the store moved, ``changed`` is emitted and, wired by the composition root, the app-wide
``vouchers_changed``. What this process announces itself (an issue, an action) is not said
twice: on hearing ``vouchers_changed`` from someone else here, the watch takes the store as
seen before the pages read it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from desktop.services.store_watch import StoreWatch
from desktop.ui.context import UiEvents
from desktop.ui.tasks import Lane, TaskRunner

INTERVAL_MS = 400
BACKOFF_MS = 30_000
"""After a failed look (database unreachable), the next one waits this long."""


class StoreWatcher(QObject):
    """Runs ``watch.look`` every ``interval_ms`` while started, never two at once."""

    changed = Signal()  # the store moved and this process did not say so

    def __init__(
        self,
        watch: StoreWatch,
        tasks: TaskRunner,
        events: UiEvents,
        *,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.watch = watch
        self._tasks = tasks
        self._events = events
        self._interval_ms = interval_ms
        self._started = False
        self._looking = False
        self._saying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        events.vouchers_changed.connect(self._on_events_vouchers_changed)

    @property
    def started(self) -> bool:
        return self._started

    @property
    def looking(self) -> bool:
        """A look is under way on a worker."""
        return self._looking

    def start(self) -> None:
        """The first look takes the bearings; changes from then on are reported."""
        self._started = True
        self._timer.start(0)

    def stop(self) -> None:
        """No more looks until ``start`` (which reports what changed meanwhile)."""
        self._started = False
        self._timer.stop()

    def stop_when_closed(self, window: QObject) -> None:
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self.stop()
            self.watch.close()  # after a look under way
        return False

    # -- slots ---------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        if self._looking or not self._started:
            return
        self._looking = True
        self._tasks.run(
            self.watch.look,
            self._on_looked,
            self._on_look_failed,
            lane=Lane.NETWORK,
            owner=self,
            quiet=True,
        )

    def _on_looked(self, moved: bool) -> None:
        self._looking = False
        if not self._started:
            return
        self._timer.start(self._interval_ms)
        if moved:
            self._saying = True
            try:
                self.changed.emit()
            finally:
                self._saying = False

    def _on_look_failed(self, _error: BaseException) -> None:
        self._looking = False  # logged by the task runner
        if self._started:
            self._timer.start(max(BACKOFF_MS, self._interval_ms))

    def _on_events_vouchers_changed(self) -> None:
        if self._saying or not self._started:
            return  # our own news, passed on
        self._tasks.run(self.watch.seen, None, _ignore, lane=Lane.NETWORK, owner=self, quiet=True)


def _ignore(_error: BaseException) -> None:
    """A failed ``seen`` costs at most one extra refresh (logged by the task runner)."""
