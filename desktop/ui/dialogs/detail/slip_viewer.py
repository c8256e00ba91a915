"""«Ver constancia»: the payment slip of a manual payment inside the app (a photo, or a PDF's
pages), with «Guardar copia…»; no outside viewer, no path of ours in any message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.share import save_file
from desktop.services.slip_view import SlipPicture
from desktop.ui.file_dialogs import OpenFolderButton, ask_save_path
from desktop.ui.message_style import Severity, show_message
from desktop.ui.page_view import PageView
from desktop.ui.tasks import Lane, TaskRunner
from desktop.ui.ui_state import remember_place


class SlipViewer(QDialog):
    """Non-modal: the cashier may keep it beside the detail while checking the amount."""

    def __init__(self, slip: SlipPicture, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slip = slip
        self._tasks = tasks
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Constancia de pago — {name}").format(name=slip.name))
        remember_place(self, "slip", 640, 720)
        layout = QVBoxLayout(self)
        self.view = PageView(self)
        layout.addWidget(self.view, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        footer = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Guardar copia…"), self)
        self.save_button.setToolTip(self.tr("Guardar la constancia en un archivo"))
        self.open_folder_button = OpenFolderButton(self)
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.setDefault(True)
        footer.addWidget(self.save_button)
        footer.addWidget(self.open_folder_button)
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        layout.addLayout(footer)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.close)
        if not self.view.show_images(list(slip.pages)):
            self.view.show_message(
                self.tr("Esta constancia no se puede mostrar: no es una imagen legible."),
                Severity.ERROR,
            )

    def _on_save_clicked(self) -> None:
        suffix = Path(self.slip.name).suffix.lower() or (".pdf" if self.slip.is_pdf else ".jpg")
        target = ask_save_path(
            self,
            self.tr("Guardar copia de la constancia"),
            self.slip.name,
            self.tr("Constancia (*{suffix})").format(suffix=suffix),
            (suffix,),
        )
        if target is None:
            return
        content = self.slip.content
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda: save_file(target, content),
            self._on_saved,
            self._on_save_failed,
            lane=Lane.STORAGE,
            owner=self,
        )

    def _on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        text = self.tr("Copia guardada: {name}").format(name=path.name)
        show_message(self.status, text, Severity.SUCCESS)
        self.open_folder_button.offer(path)

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.open_folder_button.withdraw()
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        text = self.tr("No se pudo guardar la copia: {reason}").format(reason=reason)
        show_message(self.status, text, Severity.ERROR)
