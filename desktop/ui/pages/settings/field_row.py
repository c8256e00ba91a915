"""A form field with its error line right below it (field errors sit beside the field)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from desktop.services.settings import Problem
from desktop.ui.message_style import Severity, style_message
from desktop.ui.pages.settings.messages import problem_text


class WrappedLines(QObject):
    """Keeps wrapping labels (error lines) whole inside ``row``: each asks for the height of
    all its lines at the row's real width, since form layouts ask at another width and then
    squeeze the editor above instead; and, wrapping, none makes the row wider."""

    def __init__(self, row: QWidget, labels: list[QLabel]) -> None:
        super().__init__(row)
        self._row = row
        self._labels = labels
        for label in labels:
            label.setWordWrap(True)
        row.installEventFilter(self)

    def refresh(self) -> None:
        width = self._row.width()
        for label in self._labels:
            needed = label.heightForWidth(width) if label.text() else 0
            if needed != label.minimumHeight():
                label.setMinimumHeight(max(needed, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.refresh()
        return super().eventFilter(watched, event)


class FieldRow(QWidget):
    """Holds one editor (or a small layout of them) and a hidden error line below it. A long
    error wraps and the row asks for the height of every wrapped line, so the form (and its
    window) grows instead of squeezing the editor under it."""

    def __init__(self, content: QWidget | QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(content, QLayout):
            layout.addLayout(content)
        else:
            layout.addWidget(content)
        self.error = QLabel(self)
        style_message(self.error, Severity.ERROR, extra="font-size:12px;")
        self.error.hide()
        layout.addWidget(self.error)
        self._lines = WrappedLines(self, [self.error])

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._lines.refresh()

    def clear_error(self) -> None:
        self.set_error("")

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


def add_field(
    rows: dict[str, FieldRow],
    form: QFormLayout,
    key: str,
    label: str,
    content: QWidget | QLayout,
    parent: QWidget,
    caption_width: int = 170,
) -> FieldRow:
    """A right-aligned caption and a ``FieldRow`` for ``key``, added to ``form``."""
    rows[key] = FieldRow(content, parent)
    caption = QLabel(label, parent)
    caption.setMinimumWidth(caption_width)
    caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.addRow(caption, rows[key])
    return rows[key]


def show_problems(rows: dict[str, FieldRow], problems: Iterable[Problem]) -> None:
    """Each refused field's sentence beside it (fields without a row are left out)."""
    for problem in problems:
        row = rows.get(problem.field)
        if row is not None:
            row.set_error(problem_text(problem))
