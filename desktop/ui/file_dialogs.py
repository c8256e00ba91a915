"""The file dialogs of the app: they start in the last folder used (the user's Documents at
first) and remember where a file went; after a file is written, «Abrir carpeta» shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop.ui.ui_state import last_folder, remember_folder


def ask_save_path(
    parent: QWidget, title: str, file_name: str, file_filter: str, suffixes: tuple[str, ...]
) -> Path | None:
    """Where to save ``file_name`` (None if cancelled). A name without one of ``suffixes``
    gets the one of the chosen filter (``*.csv``), else the first."""
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(last_folder() / file_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in suffixes:
        wanted = [s for s in suffixes if f"*{s}" in (selected or "").lower()] or [suffixes[0]]
        path = path.with_name(path.name + wanted[0])
    remember_folder(path.parent)
    return path


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> Path | None:
    """A file to read (None if cancelled), looked for where the last one was."""
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(last_folder()), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path.parent)
    return path


class OpenFolderButton(QPushButton):
    """«Abrir carpeta»: hidden until a file was written, then opens its folder in the
    system's file manager."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Abrir carpeta"))
        self.folder: Path | None = None
        self.clicked.connect(self._on_clicked)
        self.hide()

    def offer(self, written: Path) -> None:
        self.folder = written.parent
        self.setToolTip(self.tr("Mostrar «{name}» en su carpeta").format(name=written.name))
        self.show()

    def withdraw(self) -> None:
        self.folder = None
        self.hide()

    def _on_clicked(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
