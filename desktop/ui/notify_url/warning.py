"""The status bar's warning when the notification URL registered in PagoEfectivo's portal is
not the receiver's (or none is registered): hidden otherwise, the steps in its tooltip, and a
click opens the change procedure. Read once a minute (another station or the command line may
change it) and at once after a change here."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.domain.limatime import Clock, utc_now
from desktop.services.notify_url import NotifyUrls, NotifyUrlStatus
from desktop.ui.notify_url import words
from desktop.ui.notify_url.dialog import NotifyUrlDialog, open_procedure
from desktop.ui.tasks import Lane, TaskRunner

EVERY_MS = 60_000


class NotifyUrlWarning(QPushButton):
    read = Signal(object)  # the NotifyUrlStatus just shown
    changed = Signal(object)  # a change saved in the procedure opened from here

    def __init__(
        self,
        tasks: TaskRunner,
        urls: NotifyUrls,
        *,
        clock: Clock = utc_now,
        every_ms: int = EVERY_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._urls = urls
        self._clock = clock
        self.status: NotifyUrlStatus | None = None
        self.dialog: NotifyUrlDialog | None = None
        self.setObjectName("notifyUrlWarning")
        self.setFlat(True)
        self.setText(self.tr("⚠ URL de notificación"))
        self.setStyleSheet("QPushButton#notifyUrlWarning{color:#b26a00;font-weight:600;}")
        self.hide()
        self.clicked.connect(self.open_procedure)
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        self._tasks.run(
            self._urls.status, self._on_read, None, Lane.STORAGE, owner=self, quiet=True
        )

    def _on_read(self, status: NotifyUrlStatus) -> None:
        self.status = status
        self.setVisible(status.warns)
        tip = [words.state_text(status.state), "", words.steps_text(), ""]
        tip.append(self.tr("Clic: cambiar la URL de notificación"))
        self.setToolTip("\n".join(tip))
        self.read.emit(status)

    def open_procedure(self) -> NotifyUrlDialog:
        self.dialog = open_procedure(
            self._tasks, self._urls, self._clock, self.window(), self._on_changed
        )
        return self.dialog

    def _on_changed(self, status: object) -> None:
        if isinstance(status, NotifyUrlStatus):
            self._on_read(status)
        self.changed.emit(status)
