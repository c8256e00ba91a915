"""The status bar's light for PagoEfectivo: green, amber or red on its own (read once a
minute, off the GUI thread), why in its tooltip, and a click opens «Salud de la conexión»."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.services.api_health import ApiHealth, HealthReport
from desktop.ui.health.panel import HealthDialog, level_text, reasons_text
from desktop.ui.tasks import Lane, TaskRunner

COLORS = {"ok": "#1b7a36", "warning": "#b26a00", "bad": "#a33a3a"}
EVERY_MS = 60_000


class HealthIndicator(QPushButton):
    read = Signal(object)  # the HealthReport just shown

    def __init__(
        self,
        tasks: TaskRunner,
        health: ApiHealth,
        *,
        every_ms: int = EVERY_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._health = health
        self._reading = False
        self.report: HealthReport | None = None
        self.setObjectName("healthIndicator")
        self.setFlat(True)
        self.setText(self.tr("● PagoEfectivo"))
        self.setToolTip(self.tr("Salud de la conexión con PagoEfectivo: leyendo…"))
        self.clicked.connect(self.open_panel)
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self._reading:
            return
        self._reading = True
        health = self._health

        def read() -> HealthReport:  # the light needs the last hour only, each minute
            return health.report(["1h"], last=0, hours=False)

        self._tasks.run(
            read,
            self._on_read,
            self._on_failed,
            Lane.STORAGE,
            owner=self,
            quiet=True,
        )

    def _on_read(self, report: HealthReport) -> None:
        self._reading = False
        self.report = report
        color = COLORS[report.level]
        self.setStyleSheet(f"QPushButton#healthIndicator{{color:{color};font-weight:600;}}")
        tip = "\n".join(t for t in (level_text(report), reasons_text(report)) if t)
        self.setToolTip(tip + "\n" + self.tr("Clic: ver el detalle"))
        self.read.emit(report)

    def _on_failed(self, _error: BaseException) -> None:
        self._reading = False

    def open_panel(self) -> HealthDialog:
        dialog = HealthDialog(self._tasks, self._health, self.window())
        dialog.show()
        return dialog
