"""The main window: the profile badge in the status bar; the screens arrive in later issues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget


class MainWindow(QMainWindow):
    """Top-level window of PagoDesk."""

    def __init__(self, profile_name: str, sandbox_url: str | None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("PagoDesk"))
        self.resize(960, 640)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        title = QLabel(self.tr("PagoDesk"), central)
        title.setStyleSheet("font-size: 28px; font-weight: 600;")
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        if sandbox_url:
            note = QLabel(
                self.tr(
                    "Modo demostración: el simulador de PagoEfectivo está activo en {url}.\n"
                    "Puede usarlo desde la línea de comandos con «pagodesk sandbox»."
                ).format(url=sandbox_url),
                central,
            )
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.badge = QLabel(profile_name.upper(), self)
        self.badge.setObjectName("profileBadge")
        self.badge.setStyleSheet(
            "background: #c62828; color: white; font-weight: 700; padding: 2px 10px;"
            " border-radius: 3px;"
        )
        self.statusBar().addPermanentWidget(self.badge)
        self.statusBar().showMessage(self.tr("Perfil activo: {name}").format(name=profile_name))
