"""Acerca de: version, data folder and a diagnostics text to copy for a support call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import __version__
from desktop.resources import resource_path
from desktop.services.diagnostics import Diagnostics, data_folder
from desktop.ui.context import UiContext
from desktop.ui.tasks import TaskRunner

FolderOpener = Callable[[Path], object]


def _open_in_file_manager(folder: Path) -> object:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """Shows what is known at once; the diagnostics (they probe the keyring) arrive later."""

    def __init__(
        self,
        tasks: TaskRunner,
        gather: Callable[[], Diagnostics],
        data_folder: Path,
        *,
        open_folder: FolderOpener = _open_in_file_manager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Acerca de PagoDesk"))
        self.resize(620, 520)
        self.diagnostics: Diagnostics | None = None
        self._data_folder = data_folder
        self._open_folder = open_folder
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_folder_row())
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("diagnostics")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlainText(self.tr("Reuniendo el diagnóstico…"))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("Copiar diagnóstico"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        tasks.run(gather, self._on_gathered, self._on_gather_failed, owner=self)

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel(self)
        try:
            pixmap = QPixmap(str(resource_path("icons/pagodesk.png")))
        except FileNotFoundError:
            pixmap = QPixmap()
        if not pixmap.isNull():
            icon.setPixmap(
                pixmap.scaled(
                    72,
                    72,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        row.addWidget(icon)
        self.title = QLabel(self.tr("PagoDesk {version}").format(version=__version__), self)
        self.title.setObjectName("aboutTitle")
        self.title.setStyleSheet("font-size:20px;font-weight:700;")
        subtitle = QLabel(self.tr("Cobros en efectivo con PagoEfectivo"), self)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(subtitle)
        row.addLayout(text, 1)
        return row

    def _build_folder_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Carpeta de datos:"), self))
        self.folder = QLabel(str(self._data_folder), self)
        self.folder.setObjectName("dataFolder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.folder, 1)
        self.open_button = QPushButton(self.tr("Abrir carpeta"), self)
        self.open_button.clicked.connect(self._on_open_clicked)
        row.addWidget(self.open_button)
        return row

    def _on_gathered(self, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics
        self.details.setPlainText(diagnostics.as_text())
        self.copy_button.setEnabled(True)

    def _on_gather_failed(self, error: BaseException) -> None:
        self.details.setPlainText(
            self.tr("No se pudo reunir el diagnóstico: {error}").format(
                error=f"{type(error).__name__}: {error}"
            )
        )

    def _on_copy_clicked(self) -> None:
        if self.diagnostics is not None:
            QGuiApplication.clipboard().setText(self.diagnostics.as_text())
            self.copy_button.setText(self.tr("Copiado"))

    def _on_open_clicked(self) -> None:
        self._open_folder(self._data_folder)


def gatherer(ctx: UiContext) -> Callable[[], Diagnostics]:
    """Collects for the open profile; the clock skew is read when it runs, not before."""
    runtime = ctx.runtime
    toolkit = {"Qt": qVersion()}
    return lambda: runtime.diagnostics(toolkit)


def open_about(ctx: UiContext, parent: QWidget | None = None) -> AboutDialog:
    """Show the dialog (one at a time: an open one is raised)."""
    if parent is not None:
        for dialog in parent.findChildren(AboutDialog):
            if isValid(dialog) and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
    dialog = AboutDialog(ctx.tasks, gatherer(ctx), data_folder(), parent=parent)
    dialog.show()
    return dialog
