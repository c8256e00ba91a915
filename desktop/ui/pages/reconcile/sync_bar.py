"""The page's "Sincronizar ahora" with progress and "Cancelar", driven only by the app-wide
sync signals: the one scheduler does the work (and its own automatic rounds show here too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from desktop.ui.context import UiEvents
from desktop.ui.pages.reconcile.wording import sync_summary

ANSWER_WAIT_MS = 20_000
"""With no word from the scheduler for this long after a request, the bar gives up waiting."""


class SyncBar(QWidget):
    """Idle: the button. Running: a progress bar and "Cancelar". ``finished(text, ok)`` for
    a round that failed or was cancelled; ``completed(report)`` for one that ran through (the
    page words it once it has read the queues again)."""

    finished = Signal(str, bool)
    completed = Signal(object)  # the round's SyncReport

    def __init__(self, events: UiEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.sync_button = QPushButton(self.tr("Sincronizar ahora"), self)
        self.sync_button.setToolTip(
            self.tr("Consultar ya a PagoEfectivo el estado de los cobros pendientes")
        )
        for button in (self.cancel_button, self.sync_button):
            button.setMinimumHeight(30)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.sync_button)
        self._waiting = QTimer(self)
        self._waiting.setSingleShot(True)
        self._waiting.setInterval(ANSWER_WAIT_MS)
        self._waiting.timeout.connect(self._on_waiting_timeout)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        events.sync_progress.connect(self._on_events_sync_progress)
        events.sync_finished.connect(self._on_events_sync_finished)
        self._set_running(False)

    def is_running(self) -> bool:
        return not self.progress.isHidden()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.sync_button.setEnabled(not running)
        if running:
            self.cancel_button.setText(self.tr("Cancelar"))

    # -- slots ---------------------------------------------------------------------------

    def _on_sync_button_clicked(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first report of progress
        self._set_running(True)
        self._waiting.start()
        self._events.sync_requested.emit()

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelando…"))
        self._events.sync_cancel_requested.emit()

    def _on_events_sync_progress(self, done: int, total: int) -> None:
        self._waiting.stop()
        if self.progress.isHidden():
            self._set_running(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(self.tr("{done} de {total}").format(done=done, total=total))

    def _on_events_sync_finished(self, report: Any) -> None:
        self._waiting.stop()
        self._set_running(False)
        summary = sync_summary(report)
        if summary is None:
            self.completed.emit(report)
        else:
            self.finished.emit(*summary)

    def _on_waiting_timeout(self) -> None:
        self._set_running(False)
        self.finished.emit(
            self.tr("La sincronización no empezó. Intente de nuevo en un momento."), False
        )
