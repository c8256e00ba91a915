"""The Resumen chart: what was paid on each of the last 30 Lima days, a bar per day and
currency (QtCharts). Hovering a bar tells its day and figures; a click opens that day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.domain.money import Currency, Money
from desktop.services.summary import DayPaid

COLORS = {Currency.PEN: "#1b7a36", Currency.USD: "#0b5c7a"}


def plotted(money: Money) -> float:
    """QtCharts draws qreal values; every figure shown as text stays Money (cents)."""
    return money.cents / 100


class PaidChart(QChartView):
    """Bars of paid amounts per day; PEN always, USD beside it when the days have some."""

    day_clicked = Signal(object)  # the date of the bar clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paidChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.days: list[DayPaid] = []
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)
        # Built once and refilled: series, sets and axes removed and made again on every
        # refresh crashed Qt now and then (removeAllSeries on a chart hidden meanwhile).
        self.series = QBarSeries()
        self.series.setBarWidth(0.8)
        self.all_sets: dict[Currency, QBarSet] = {}
        for currency in Currency:
            bars = QBarSet(self.currency_name(currency))
            bars.setColor(QColor(COLORS[currency]))
            bars.setBorderColor(QColor(COLORS[currency]))
            bars.hovered.connect(self._on_bars_hovered)
            bars.clicked.connect(self._on_bars_clicked)
            self.all_sets[currency] = bars
        self.bar_sets: dict[Currency, QBarSet] = {}  # the ones shown, PEN first
        chart.addSeries(self.series)
        self.x_axis = QBarCategoryAxis()
        self.x_axis.setGridLineVisible(False)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        small = QFont(self.x_axis.labelsFont())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(small)
            axis.setTitleFont(small)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)

    def show_days(self, days: Sequence[DayPaid], currencies: Sequence[Currency]) -> None:
        """Draw ``days`` (oldest first) for ``currencies`` (PEN first)."""
        self.days = list(days)
        for currency, bars in self.all_sets.items():
            if currency in self.bar_sets and currency not in currencies:
                self.series.take(bars)
            if bars.count():
                bars.remove(0, bars.count())
            bars.append([plotted(d.paid.amount(currency)) for d in self.days])
            if currency in currencies and currency not in self.bar_sets:
                self.series.append(bars)
        self.bar_sets = {c: self.all_sets[c] for c in currencies}
        self.x_axis.setCategories([str(d.day.day) for d in self.days])  # months: in the title
        span = ""
        if self.days:
            first, last = (self.days[i].day for i in (0, -1))
            span = self.tr("Días del {first} al {last}").format(
                first=self._date(first, self.tr("dd/MM")),
                last=self._date(last, self.tr("dd/MM/yyyy")),
            )
        self.x_axis.setTitleText(span)
        values = [b.at(i) for b in self.bar_sets.values() for i in range(b.count())]
        self.y_axis.setRange(0, max([10.0, *values]))  # whole-number ticks, even when empty
        self.y_axis.applyNiceNumbers()
        chart = self.chart()
        chart.legend().setVisible(len(currencies) > 1)
        self.y_axis.setTitleText(self.currency_name(currencies[0]) if len(currencies) == 1 else "")
        empty = not any(d.paid.count for d in self.days)
        chart.setTitle(self.tr("Sin cobros en estos 30 días") if empty else "")

    def currency_name(self, currency: Currency) -> str:
        if currency is Currency.PEN:
            return self.tr("Soles (S/)")
        return self.tr("Dólares (US$)")

    @staticmethod
    def _date(day: date, pattern: str) -> str:
        """``day`` as the language writes it (``pattern`` is translated: 26/11 or 11/26)."""
        return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

    def bar_text(self, index: int) -> str:
        """ "jueves 26/11: S/ 1,690.15 · 4 pagos" for the bar at ``index``."""
        bar = self.days[index]
        when = self._date(bar.day, self.tr("dddd dd/MM"))
        amounts = [str(bar.paid.amount(c)) for c in self.bar_sets]
        count = self.tr("%n pago(s)", "", bar.paid.count)
        return f"{when}: {' · '.join([*amounts, count])}"

    def _on_bars_hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.days):
            hint = self.tr("Clic: los pagos de ese día en Historial")
            QToolTip.showText(QCursor.pos(), f"{self.bar_text(index)}\n{hint}", self)
        else:
            QToolTip.hideText()

    def _on_bars_clicked(self, index: int) -> None:
        if 0 <= index < len(self.days):
            self.day_clicked.emit(self.days[index].day)
