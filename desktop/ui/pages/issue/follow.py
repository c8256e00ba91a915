"""The voucher on the "Cobro emitido" panel, followed: when it is paid (a notification, a sync,
another station), annulled or expired, the panel hears it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.lookup import VoucherLookup, VoucherView
from desktop.ui.context import UiEvents
from desktop.ui.tasks import Lane, TaskRunner

CHANGES_DELAY_MS = 300  # a burst of changes becomes one read


class VoucherFollower(QObject):
    """Reads the followed voucher again whenever the store changes; ``updated`` carries the
    fresh ``VoucherView`` when its status moved. ``voucher_paid`` for it is taken at once."""

    updated = Signal(object)  # VoucherView

    def __init__(
        self,
        lookup: VoucherLookup | None,
        tasks: TaskRunner,
        events: UiEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._tasks = tasks
        self.voucher_id: int | None = None
        self.status: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHANGES_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        events.vouchers_changed.connect(self._on_events_vouchers_changed)
        events.voucher_paid.connect(self._on_events_voucher_paid)

    def follow(self, voucher_id: int | None, status: str | None = None) -> None:
        """Follow this voucher from now on (None: none)."""
        self.voucher_id, self.status = voucher_id, status
        self._timer.stop()

    def _on_events_vouchers_changed(self) -> None:
        if self.voucher_id is not None and self._lookup is not None:
            self._timer.start()

    def _on_events_voucher_paid(self, voucher_id: int, _text: str) -> None:
        if voucher_id == self.voucher_id:
            self._timer.start(0)

    def _on_timer_timeout(self) -> None:
        lookup, wanted = self._lookup, self.voucher_id
        if lookup is None or wanted is None:
            return
        self._tasks.run(
            lambda: lookup.find(f"#{wanted}"),
            lambda view: self._on_read(wanted, view),
            _ignore,
            lane=Lane.NETWORK,
            owner=self,
        )

    def _on_read(self, voucher_id: int, view: VoucherView) -> None:
        if voucher_id != self.voucher_id or view.status.value == self.status:
            return  # another voucher is shown by now, or nothing moved
        self.status = view.status.value
        self.updated.emit(view)


def _ignore(_error: BaseException) -> None:
    """The next change reads it again (the failure is logged by the task runner)."""
