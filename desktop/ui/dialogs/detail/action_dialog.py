"""The small dialog every detail action uses: a form, errors beside each field, and the work
run in the task runner while the dialog shows it is busy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import LIMA, to_lima
from desktop.ui.message_style import Severity, show_message, style_message
from desktop.ui.pages.settings.field_row import FieldRow
from desktop.ui.tasks import Lane, TaskRunner

DANGER_STYLE = "QPushButton{background:#b3261e;color:white;font-weight:600;padding:4px 14px;}"

Work = Callable[[], Any]


class ActionDialog(QDialog):
    """Subclasses build their rows, then ``prepare()`` returns the work (or None when a field
    was refused before anything ran) and ``place_error()`` puts a refusal beside its field."""

    succeeded = Signal(object)  # the work's result, once it succeeded (the dialog then closes)

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        lane: Lane,
        danger: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._lane = lane
        self.busy = False
        self.result_value: Any = None
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = self._layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        style_message(self.note, Severity.WARNING, boxed=True)
        self.note.hide()
        layout.addWidget(self.note)
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addWidget(self.body)
        self.rows: dict[str, FieldRow] = {}
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        if danger:
            self.ok_button.setStyleSheet(DANGER_STYLE)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- building ----------------------------------------------------------------------

    def set_texts(self, title: str, intro: str, ok_text: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.ok_button.setText(ok_text)

    def add_row(self, key: str, caption: str, content: QWidget | QLayout) -> FieldRow:
        row = FieldRow(content, self.body)
        self.rows[key] = row
        self.form.addRow(QLabel(caption, self.body), row)
        return row

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def line_edit(self, max_length: int, placeholder: str = "", text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        return edit

    # -- to override -------------------------------------------------------------------

    def prepare(self) -> Work | None:
        raise NotImplementedError

    def place_error(self, error: BaseException) -> bool:
        """Show ``error`` beside its field or in the status line; False: not recognised."""
        return False

    # -- running -----------------------------------------------------------------------

    def error_at(self, key: str | None, text: str) -> None:
        """A refusal beside field ``key`` (or in the status line when None)."""
        row = self.rows.get(key or "")
        if row is None:
            self.set_status(text, error=True)
        else:
            row.set_error(text)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to what the rows need at this width (wrapped error lines included): a
        window does not grow by itself for text that wraps, and the form would squeeze the
        fields under their errors instead."""
        layout = self._layout
        layout.activate()
        needed = max(layout.totalMinimumSize().height(), layout.totalHeightForWidth(self.width()))
        if self.height() < needed:
            self.resize(self.width(), needed)

    def set_status(self, text: str, *, error: bool = False) -> None:
        show_message(self.status, text, Severity.ERROR if error else Severity.INFO)

    def accept(self) -> None:
        if self.busy:
            return
        for row in self.rows.values():
            row.clear_error()
        self.set_status("")
        work = self.prepare()
        if work is None:
            return
        self._set_busy(True)
        self._tasks.run(work, self._on_work_done, self._on_work_failed, lane=self._lane, owner=self)

    def reject(self) -> None:
        if not self.busy:  # the work's outcome must reach the detail: wait for it
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.body.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        # "Guardando…" only while the work runs: a refusal or a failure replaces it.
        self.set_status(self.working_text() if busy else "")

    def working_text(self) -> str:
        if self._lane is Lane.NETWORK:
            return self.tr("Enviando a PagoEfectivo…")
        return self.tr("Guardando…")

    def _on_work_done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.succeeded.emit(result)
        super().accept()

    def _on_work_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not self.place_error(error):
            self.set_status(
                self.tr("No se pudo completar: {error}").format(error=error), error=True
            )


# -- Lima date-time edits ------------------------------------------------------------------


def lima_qdatetime(moment: datetime) -> QDateTime:
    """The Lima wall-clock time of ``moment`` for a QDateTimeEdit (minutes)."""
    lima = to_lima(moment)
    return QDateTime(QDate(lima.year, lima.month, lima.day), QTime(lima.hour, lima.minute))


def edit_moment(edit: QDateTimeEdit) -> datetime | None:
    """The edit's value read as Lima time (aware); None when it is not a valid date."""
    value = edit.dateTime()
    if not value.isValid():
        return None
    naive = value.toPython()
    assert isinstance(naive, datetime)
    return naive.replace(second=0, microsecond=0, tzinfo=LIMA)


def lima_edit(parent: QWidget, moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setDateTime(lima_qdatetime(moment))
    return edit


@dataclass(frozen=True)
class Outcome:
    """What an action's service call returned, as plain values for the GUI thread (the
    services return ORM rows, which never cross threads)."""

    applied: bool
    late: bool = False
    request: Any = None  # an ApprovalRequest when the "paid" waits for a second person
    rejected: bool = False  # a supervisor turned a request down (nothing moved)


def plain(result: Any) -> Outcome:
    """A ChangeResult or ReconcileResult reduced to an Outcome (inside the worker)."""
    return Outcome(
        bool(result.applied), bool(getattr(result, "late", False)), getattr(result, "request", None)
    )
