"""The "Resumen" page, the first a supervisor opens: how much came in today, what is still to
come, what needs a person, and the last 30 days of collections. Every card opens its list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import Clock, to_lima, utc_now
from desktop.domain.status import VoucherStatus
from desktop.services.summary import Figure, Summary, SummaryService
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.pages.history.filters import HistoryFilter
from desktop.ui.pages.summary.cards import FigureCard
from desktop.ui.pages.summary.chart import PaidChart
from desktop.ui.reloader import Reloader
from desktop.ui.tasks import TaskRunner

TICK_MS = 60_000
CARDS = ("paid_today", "pending", "expiring", "late_payments", "discrepancies")
QUEUES = ("expiring", "late_payments", "discrepancies")  # cards opening their Conciliación tab


class SummaryPage(QWidget):
    """Cards for today's figures and the chart of the last 30 days, read off the GUI thread."""

    history_requested = Signal(object)  # a HistoryFilter: show the history so filtered
    queue_requested = Signal(str)  # the Conciliación queue to show (its tab key)
    health_requested = Signal()  # «Salud de la conexión»: the status bar light's panel

    def __init__(
        self,
        summary: SummaryService,
        tasks: TaskRunner,
        events: UiEvents,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.figures: Summary | None = None
        self._build()
        self.reloader = Reloader(tasks, summary.read, self._on_read, self._on_read_failed, self)
        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self._on_tick_timer_timeout)
        self._tick_timer.start(TICK_MS)
        # payments written here, by the webhook receiver or by another station
        events.vouchers_changed.connect(self.reloader.soon)
        events.sync_finished.connect(self.reloader.soon)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Resumen"), self)
        title.setStyleSheet("font-size:20px;font-weight:600;")
        heading.addWidget(title)
        heading.addSpacing(12)
        self.today_label = QLabel(self)
        self.today_label.setStyleSheet("color:#5f6b73;font-size:13px;")
        heading.addWidget(self.today_label, 1)
        self.health_button = QPushButton(self.tr("Salud de la conexión…"), self)
        self.health_button.setToolTip(
            self.tr("Cómo viene respondiendo PagoEfectivo y si llegan las notificaciones")
        )
        self.health_button.clicked.connect(self.health_requested)
        heading.addWidget(self.health_button)
        layout.addLayout(heading)
        titles = {
            "paid_today": (self.tr("Cobrado hoy"), "#1b7a36"),
            "pending": (self.tr("Pendiente"), "#0b5c7a"),
            # a no-break space keeps "24 h" on one line
            "expiring": (self.tr("Por vencer en 24 h"), "#b26a00"),
            "late_payments": (self.tr("Pagos tardíos"), "#6a4c93"),
            "discrepancies": (self.tr("Discrepancias"), "#a33a3a"),
        }
        hints = {
            "paid_today": self.tr(
                "Pagos con fecha de hoy (hora de Lima). Clic: verlos en Historial"
            ),
            "pending": self.tr("Todo lo que aún se puede cobrar. Clic: verlos en Historial"),
            "expiring": self.tr(
                "Pendientes que vencen en las próximas 24 horas. Clic: Conciliación"
            ),
            "late_payments": self.tr(
                "Pagados después del vencimiento (últimos 30 días), sin revisar. Clic: Conciliación"
            ),
            "discrepancies": self.tr(
                "PagoEfectivo y este registro no coinciden, sin revisar. Clic: Conciliación"
            ),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[str, FigureCard] = {}
        for column, key in enumerate(CARDS):
            text, accent = titles[key]
            card = FigureCard(text, accent, self)
            card.setToolTip(hints[key])
            card.clicked.connect(self._opener(key))
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
            self.cards[key] = card
        layout.addLayout(grid)
        layout.addSpacing(6)
        chart_title = QLabel(self.tr("Cobrado por día, últimos 30 días (hora de Lima)"), self)
        chart_title.setStyleSheet("font-size:14px;font-weight:600;")
        layout.addWidget(chart_title)
        self.chart = PaidChart(self)
        self.chart.day_clicked.connect(self._on_chart_day_clicked)
        layout.addWidget(self.chart, 1)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color:#a33a3a;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

    def _opener(self, key: str) -> Callable[[], None]:
        return lambda: self.open_card(key)

    # -- what the main window calls ------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again (F5, on showing the page, when something changed)."""
        self.reloader.now()

    def open_card(self, key: str) -> None:
        """What a click on card ``key`` shows: its list in Historial or Conciliación."""
        if key in QUEUES:
            self.queue_requested.emit(key)
            return
        today = self.figures.today if self.figures else to_lima(self._clock()).date()
        if key == "paid_today":
            self._open_paid(today)
        else:
            self.history_requested.emit(HistoryFilter((VoucherStatus.PENDING,)))

    # -- showing -------------------------------------------------------------------------

    def _on_read(self, summary: Summary) -> None:
        self.figures = summary
        self.problem_label.hide()
        moment = to_lima(summary.taken_at)
        day = QDate(summary.today.year, summary.today.month, summary.today.day)
        words = QLocale().toString(day, self.tr("dddd d 'de' MMMM 'de' yyyy"))
        self.today_label.setText(
            self.tr("{day} · datos de las {time}").format(
                day=words[:1].upper() + words[1:], time=f"{moment:%H:%M}"
            )
        )
        self._show(summary)
        self.chart.show_days(summary.daily_paid, summary.chart_currencies)

    def _show(self, summary: Summary) -> None:
        counts: dict[str, Callable[[int], str]] = {
            "paid_today": lambda n: self.tr("%n pago(s)", "", n),
            "pending": lambda n: self.tr("%n cobro(s)", "", n),
            "expiring": lambda n: self.tr("%n cobro(s)", "", n),
            "late_payments": lambda n: self.tr("%n pago(s)", "", n),
            "discrepancies": lambda n: self.tr("%n cobro(s)", "", n),
        }
        for key, card in self.cards.items():
            figure: Figure = getattr(summary, key)
            card.show_figure(figure, counts[key](figure.count))

    def _on_read_failed(self, error: BaseException) -> None:
        self.problem_label.setText(
            self.tr("No se pudo leer el resumen: {error}").format(error=error)
        )
        self.problem_label.show()

    def _open_paid(self, day: date) -> None:
        paid = (VoucherStatus.PAID,)
        self.history_requested.emit(HistoryFilter(paid, day, day, dated="paid"))

    # -- slots ---------------------------------------------------------------------------

    def _on_chart_day_clicked(self, day: date) -> None:
        self._open_paid(day)

    def _on_tick_timer_timeout(self) -> None:
        if self.isVisible():  # the 24 h window moves, and at midnight "today" changes
            self.refresh()


def create(ctx: UiContext) -> SummaryPage:
    runtime = ctx.runtime
    summary = SummaryService(runtime.engine, runtime.profile.name, clock=runtime.clock)
    return SummaryPage(summary, ctx.tasks, ctx.events, ctx.clock)
