"""The expiry choice: 24 h / 48 h / 72 h presets or a date and time of the cashier's choosing."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import LIMA, Clock, to_lima, utc_now

PRESET_HOURS = (24, 48, 72)
CUSTOM = 0
REFRESH_MS = 30_000  # the greyed deadline of a preset moves on with the clock


class ExpiryPicker(QWidget):
    """Presets compute the deadline when issuing; "Otra fecha" takes the edit's Lima time,
    as typed: a moment that has passed is refused by the domain's rule, never moved."""

    changed = Signal()

    def __init__(
        self, default_hours: int, clock: Clock = utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._default_hours = default_hours
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        layout = QHBoxLayout()
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QPushButton] = {}
        for hours in (*PRESET_HOURS, CUSTOM):
            text = self.tr("{n} h").format(n=hours) if hours else self.tr("Otra fecha")
            button = QPushButton(text, self)
            button.setObjectName("expiryPreset")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(28)
            self.group.addButton(button, hours)
            self.buttons[hours] = button
            layout.addWidget(button)
        layout.addStretch(1)
        column.addLayout(layout)
        when = QHBoxLayout()
        when.setSpacing(8)
        self.custom = QDateTimeEdit(self)
        self.custom.setCalendarPopup(True)
        self.custom.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.custom.setToolTip(self.tr("Fecha y hora de vencimiento (hora de Lima)"))
        self.custom.setMinimumWidth(150)
        self.custom.setMinimumHeight(28)
        zone = QLabel(self.tr("hora de Lima"), self)
        zone.setStyleSheet("color:#6b6b6b;")
        when.addWidget(self.custom)
        when.addWidget(zone)
        when.addStretch(1)
        column.addLayout(when)
        self.group.idToggled.connect(self._on_group_toggled)
        self.custom.dateTimeChanged.connect(self.changed)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self.reset()

    # -- state -----------------------------------------------------------------------

    def set_default_hours(self, hours: int) -> None:
        """A new default from Ajustes: shown now unless staff already chose another expiry
        for the voucher at hand; every cleared form starts from it."""
        untouched = self.selected_hours() == self._default_hours
        self._default_hours = hours
        if untouched:
            self.reset()

    def reset(self) -> None:
        """Back to the default of the settings (a preset if it is one, else a date)."""
        hours = self._default_hours if self._default_hours in PRESET_HOURS else CUSTOM
        self._show_deadline(self._clock() + timedelta(hours=self._default_hours))
        self.buttons[hours].setChecked(True)
        self._sync_edit()

    def refresh(self) -> None:
        """A preset's deadline shown again from the clock's now (the form may stay open for
        hours); a date the cashier chose is left as it is."""
        hours = self.selected_hours()
        if hours != CUSTOM:
            self._show_deadline(self._clock() + timedelta(hours=hours))

    def selected_hours(self) -> int:
        """24, 48 or 72; 0 for a custom date."""
        return self.group.checkedId()

    def choose(self, hours: int) -> None:
        self.buttons[hours].setChecked(True)

    def set_custom(self, moment: datetime) -> None:
        self.buttons[CUSTOM].setChecked(True)
        self._show_deadline(moment)

    def selection(self) -> tuple[timedelta | None, datetime | None]:
        """``(expires_in, expires_at)`` for ``IssueInput``: exactly one of them is set."""
        hours = self.selected_hours()
        if hours != CUSTOM:
            return timedelta(hours=hours), None
        value = self.custom.dateTime()
        if not value.isValid():
            return None, None
        naive = value.toPython()
        assert isinstance(naive, datetime)
        return None, naive.replace(second=0, microsecond=0, tzinfo=LIMA)

    def focus(self) -> None:
        target = self.custom if self.selected_hours() == CUSTOM else self.group.checkedButton()
        (target or self.custom).setFocus()

    # -- slots -------------------------------------------------------------------------

    def _on_group_toggled(self, hours: int, checked: bool) -> None:
        if not checked:
            return
        if hours != CUSTOM:
            self._show_deadline(self._clock() + timedelta(hours=hours))
        self._sync_edit()
        if hours == CUSTOM:
            self.custom.setFocus()
        self.changed.emit()

    def _sync_edit(self) -> None:
        # The edit always shows the deadline; it is editable only for "Otra fecha".
        self.custom.setEnabled(self.selected_hours() == CUSTOM)

    def _show_deadline(self, moment: datetime) -> None:
        lima = to_lima(moment)
        self.custom.setDateTime(
            QDateTime(QDate(lima.year, lima.month, lima.day), QTime(lima.hour, lima.minute))
        )
