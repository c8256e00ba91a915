"""«Salud de la conexión»: how PagoEfectivo has been answering and whether notifications come
(services/api_health.py), with the last 24 hours as a chart and the last problems."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import to_lima
from desktop.services.api_health import ApiHealth, HealthReport, WindowHealth
from desktop.ui.format import lima_datetime
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.message_style import Severity, show_message
from desktop.ui.tasks import Lane, TaskRunner

_CONTEXT = "Health"
LEVEL_WORDS = {
    "ok": QT_TRANSLATE_NOOP("Health", "PagoEfectivo responde bien"),
    "warning": QT_TRANSLATE_NOOP("Health", "PagoEfectivo: atención"),
    "bad": QT_TRANSLATE_NOOP("Health", "PagoEfectivo: mal"),
}
REASON_WORDS = {
    "success_low": QT_TRANSLATE_NOOP(
        "Health", "La tasa de éxito de la última hora está bajo el umbral."
    ),
    "webhook_silent": QT_TRANSLATE_NOOP(
        "Health",
        "No llegan notificaciones de pago: hubo pagos que solo se vieron al consultar. "
        "Revise el receptor y la URL registrada en PagoEfectivo.",
    ),
}
SEVERITY = {"ok": Severity.SUCCESS, "warning": Severity.WARNING, "bad": Severity.ERROR}
KIND_COLORS = {"ok": "#1b7a36", "refused": "#8a8a8a", "failed": "#a33a3a"}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def level_text(report: HealthReport) -> str:
    return tr(LEVEL_WORDS[report.level])


def reasons_text(report: HealthReport) -> str:
    return "\n".join(tr(REASON_WORDS[r]) for r in report.reasons if r in REASON_WORDS)


class HealthDialog(QDialog):
    """Read off the GUI thread on open and on «Actualizar»."""

    def __init__(self, tasks: TaskRunner, health: ApiHealth, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._health = health
        self.report: HealthReport | None = None
        self.setWindowTitle(self.tr("Salud de la conexión con PagoEfectivo"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        self.level = QLabel(self.tr("Leyendo…"), self)
        self.level.setWordWrap(True)
        layout.addWidget(self.level)
        self.windows = QTableWidget(0, 7, self)
        self.windows.setHorizontalHeaderLabels(
            [
                self.tr("Ventana"),
                self.tr("Pedidos"),
                self.tr("Éxito"),
                self.tr("Fallas"),
                self.tr("Rechazos"),
                self.tr("p50"),
                self.tr("p95"),
            ]
        )
        self.windows.verticalHeader().hide()
        self.windows.setMaximumHeight(120)
        layout.addWidget(self.windows)
        self.chart = QChartView(self)
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(200)
        layout.addWidget(self.chart, 1)
        self._build_chart()
        self.webhook = QLabel(self)
        self.webhook.setWordWrap(True)
        layout.addWidget(self.webhook)
        layout.addWidget(QLabel(self.tr("Últimos problemas"), self))
        self.problems = QTableWidget(0, 4, self)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Hora"), self.tr("Pedido"), self.tr("Código"), self.tr("Mensaje")]
        )
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.problems, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Actualizar"), self)
        self.refresh_button.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Cerrar"), self)
        close.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self._tasks.run(
            self._health.report, self._on_read, self._on_failed, Lane.STORAGE, owner=self
        )

    def _on_read(self, report: HealthReport) -> None:
        self.report = report
        self.refresh_button.setEnabled(True)
        text = "\n".join(t for t in (level_text(report), reasons_text(report)) if t)
        show_message(self.level, text, SEVERITY[report.level], boxed=True)
        self._fill_windows(report.windows)
        self._fill_chart(report)
        hooks = report.webhook
        last = lima_datetime(hooks.last_received_at) if hooks.last_received_at else self.tr("nunca")
        refused = ", ".join(f"{why} ×{n}" for why, n in hooks.refused.items()) or "—"
        self.webhook.setText(
            self.tr(
                "Notificaciones en 24 h: {received} recibidas, {handled} tomadas; "
                "rechazadas: {refused}. La última: {last}."
            ).format(received=hooks.received, handled=hooks.handled, refused=refused, last=last)
        )
        self.problems.setRowCount(len(report.last_problems))
        for row, problem in enumerate(report.last_problems):
            cells = (
                lima_datetime(problem.at),
                f"{problem.method} {problem.path}",
                problem.code,
                problem.message,
            )
            for column, value in enumerate(cells):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        text = self.tr("No se pudo leer el registro: {error}").format(error=error)
        show_message(self.level, text, Severity.ERROR, boxed=True)

    def _fill_windows(self, windows: tuple[WindowHealth, ...]) -> None:
        self.windows.setRowCount(len(windows))
        for row, w in enumerate(windows):
            rate = w.success_percent
            cells = (
                w.label,
                str(w.requests),
                "—" if rate is None else f"{rate:.1f} %",
                str(w.failed),
                str(w.refused),
                "—" if w.p50_ms is None else f"{w.p50_ms:.0f} ms",
                "—" if w.p95_ms is None else f"{w.p95_ms:.0f} ms",
            )
            for column, value in enumerate(cells):
                self.windows.setItem(row, column, QTableWidgetItem(value))

    def _build_chart(self) -> None:
        """Made once and refilled (QtCharts series made again on each read crash now and then)."""
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(self.tr("Pedidos por hora, últimas 24 h (hora de Lima)"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.series = QStackedBarSeries()
        names = {
            "ok": self.tr("bien"),
            "refused": self.tr("rechazados"),
            "failed": self.tr("fallas"),
        }
        self.sets: dict[str, QBarSet] = {}
        for kind, name in names.items():
            bars = QBarSet(name)
            bars.setColor(QColor(KIND_COLORS[kind]))
            self.series.append(bars)
            self.sets[kind] = bars
        chart.addSeries(self.series)
        self.hours_axis = QBarCategoryAxis()
        self.counts_axis = QValueAxis()
        self.counts_axis.setLabelFormat("%d")
        chart.addAxis(self.hours_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.counts_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.hours_axis)
        self.series.attachAxis(self.counts_axis)
        self.chart.setChart(chart)

    def _fill_chart(self, report: HealthReport) -> None:
        for kind, bars in self.sets.items():
            bars.remove(0, bars.count())
            bars.append([float(getattr(hour, kind)) for hour in report.hours])
        self.hours_axis.clear()
        self.hours_axis.append([f"{to_lima(h.start):%H}" for h in report.hours])
        top = max((h.ok + h.refused + h.failed for h in report.hours), default=0)
        self.counts_axis.setRange(0, max(4, top))
