"""The global error handler: log, then a copyable Spanish message instead of a crash."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

_log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """What went wrong, in words, with the technical detail ready to copy for support."""

    def __init__(self, summary: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ocurrió un error"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.detail = QPlainTextEdit(detail, self)
        self.detail.setReadOnly(True)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copiar detalle"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.summary.text()}\n\n{self.detail.toPlainText()}")


def install_excepthook(parent: QWidget | None = None) -> None:
    """Uncaught exceptions in slots are logged and shown; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        detail = "".join(traceback.format_exception(kind, error, tb))
        _log.error("uncaught error:\n%s", detail)
        dialog = ErrorDialog(
            QCoreApplication.translate(
                "ErrorDialog",
                "Algo salió mal. Sus datos están a salvo; puede seguir trabajando. "
                "Si se repite, copie el detalle y envíelo a soporte.",
            ),
            detail,
            parent,
        )
        dialog.exec()

    sys.excepthook = hook
