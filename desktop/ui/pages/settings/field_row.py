"""A form field with its error line right below it (field errors sit beside the field)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from desktop.ui.message_style import Severity, style_message


class FieldRow(QWidget):
    """Holds one editor (or a small layout of them) and a hidden red error label."""

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

    def clear_error(self) -> None:
        self.set_error("")

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""
