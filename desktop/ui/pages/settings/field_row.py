"""A form field with its error line right below it (field errors sit beside the field)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from desktop.ui.message_style import Severity, style_message


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
        self.error.setWordWrap(True)
        style_message(self.error, Severity.ERROR, extra="font-size:12px;")
        self.error.hide()
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._reserve_error_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._reserve_error_height()

    def _reserve_error_height(self) -> None:
        # Form layouts ask a wrapping label for its height at the wrong width; a minimum
        # height for the row's real width keeps the editor whole.
        needed = self.error.heightForWidth(self.width()) if self.error.text() else 0
        if needed != self.error.minimumHeight():
            self.error.setMinimumHeight(max(needed, 0))

    def clear_error(self) -> None:
        self.set_error("")

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""
