"""The history page's filter widgets: a multi-choice status button, optional dates and what
the dates apply to; and a filter other pages ask the history to show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QMenu, QPushButton, QWidget

from desktop.domain.limatime import LIMA
from desktop.domain.status import VoucherStatus
from desktop.ui.format import status_label

STATUS_ORDER = (
    VoucherStatus.PENDING,
    VoucherStatus.PAID,
    VoucherStatus.EXPIRED,
    VoucherStatus.ANNULLED,
    VoucherStatus.ISSUING,
    VoucherStatus.FAILED,
)
_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


@dataclass(frozen=True)
class HistoryFilter:
    """What the history should show, as another page asks for it (the Resumen's cards):
    statuses (none: all), whole Lima days, and whether the days are of issue or of payment."""

    statuses: tuple[VoucherStatus, ...] = ()
    since: date | None = None
    until: date | None = None
    dated: str = "created"  # created | paid (store.history.DATE_COLUMNS)


class StatusFilterButton(QPushButton):
    """ "Estado: Todos" with a menu of checkable statuses; none checked means all."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        menu = QMenu(self)
        self.all_action = menu.addAction(self.tr("Todos"))
        self.all_action.setCheckable(True)
        self.all_action.setChecked(True)
        self.all_action.triggered.connect(self._on_all_triggered)
        menu.addSeparator()
        self.actions_by_status = {}
        for status in STATUS_ORDER:
            action = menu.addAction(status_label(status.value))
            action.setCheckable(True)
            action.toggled.connect(self._on_status_toggled)
            self.actions_by_status[status] = action
        self.setMenu(menu)
        self._update_text()

    def selected(self) -> list[VoucherStatus]:
        return [s for s, action in self.actions_by_status.items() if action.isChecked()]

    def set_selected(self, statuses: list[VoucherStatus]) -> None:
        for status, action in self.actions_by_status.items():
            action.blockSignals(True)
            action.setChecked(status in statuses)
            action.blockSignals(False)
        self._on_status_toggled()

    def _on_all_triggered(self) -> None:
        self.set_selected([])

    def _on_status_toggled(self, _checked: bool = False) -> None:
        self.all_action.setChecked(not self.selected())
        self._update_text()
        self.selection_changed.emit()

    def _update_text(self) -> None:
        chosen = self.selected()
        if not chosen:
            text = self.tr("Estado: Todos")
        elif len(chosen) == 1:
            text = self.tr("Estado: {name}").format(name=status_label(chosen[0].value))
        else:
            text = self.tr("Estados: {n}").format(n=len(chosen))
        self.setText(text)
        self.setToolTip(", ".join(status_label(s.value) for s in chosen) or self.tr("Todos"))


def _as_date(value: QDate) -> date:
    day = value.toPython()
    assert isinstance(day, date)  # PySide6 types toPython() as returning object
    return day


class OptionalDateEdit(QDateEdit):
    """A day or nothing: the minimum date stands for "any" and shows ``empty_text``."""

    _EMPTY = QDate(2000, 1, 1)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(self._EMPTY)
        self.setSpecialValueText(empty_text)
        self.setDate(self._EMPTY)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == self._EMPTY else _as_date(chosen)

    def set_value(self, day: date | None) -> None:
        self.setDate(self._EMPTY if day is None else QDate(day.year, day.month, day.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Stepping an empty field starts from today, not from January 2000.
        if self.value() is None and event.key() in _STEP_KEYS:
            self.set_value(_as_date(QDate.currentDate()))
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty field would open the calendar in January 2000: open it on today instead.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


def lima_day_bounds(
    since: date | None, until: date | None
) -> tuple[datetime | None, datetime | None]:
    """Whole Lima days: from the start of ``since`` to the end of ``until`` (as parse_day)."""
    start = None if since is None else datetime.combine(since, time(0, 0), tzinfo=LIMA)
    end = None if until is None else datetime.combine(until, time(0, 0), tzinfo=LIMA)
    return start, None if end is None else end + timedelta(days=1)


class DateBasisCombo(QComboBox):
    """Whether «Desde» and «Hasta» are days of issue or days of payment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Fechas de emisión"), "created")
        self.addItem(self.tr("Fechas de pago"), "paid")
        self.setToolTip(self.tr("A qué fecha se aplican «Desde» y «Hasta»"))

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, dated: str) -> None:
        self.setCurrentIndex(max(0, self.findData(dated)))
