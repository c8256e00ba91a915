"""The one short question the queue actions ask: a note, or the approver's name.

The dialog stays open while the action runs, so a refusal (e.g. "debe aprobar otra
persona") shows beside the field and the person can correct it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.queues import NOTE_MAX
from desktop.ui.message_style import Severity, style_message


class AskDialog(QDialog):
    """A title, what the action does, one line of text; ``submitted(text)`` on Aceptar."""

    submitted = Signal(str)

    def __init__(
        self,
        title: str,
        explanation: str,
        label: str,
        *,
        required: bool,
        accept_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._required = required
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        caption = QLabel(label, self)
        layout.addWidget(caption)
        self.field = QLineEdit(self)
        self.field.setMaxLength(NOTE_MAX)
        caption.setBuddy(self.field)
        layout.addWidget(self.field)
        self.problem = QLabel(self)
        self.problem.setObjectName("askProblem")
        style_message(self.problem, Severity.ERROR)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(accept_text, self)
        self.accept_button.setDefault(True)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancelar"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self._on_field_text_changed)
        self._on_field_text_changed(self.field.text())
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def text(self) -> str:
        return self.field.text().strip()

    def show_problem(self, text: str) -> None:
        """The action was refused: say why beside the field, let the person fix it."""
        self.set_busy(False)
        self.problem.setText(text)
        self.problem.show()
        self.field.setFocus()
        self.field.selectAll()

    def set_busy(self, busy: bool) -> None:
        self.field.setEnabled(not busy)
        self.accept_button.setEnabled(not busy and self._acceptable())

    def _acceptable(self) -> bool:
        return bool(self.text()) or not self._required

    def _on_field_text_changed(self, _text: str) -> None:
        self.accept_button.setEnabled(self._acceptable())

    def _on_buttons_accepted(self) -> None:
        if not self._acceptable():
            return
        self.problem.hide()
        self.set_busy(True)
        self.submitted.emit(self.text())
