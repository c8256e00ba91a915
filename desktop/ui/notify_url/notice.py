"""The notification URL in Ajustes → Perfiles: how it stands for the selected profile, and
«Cambiar la URL de notificación…» (the open profile only: its changes are recorded with the
user signed in to it; another profile's is changed with ``pagodesk profile notify-url``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.notify_url import status_of
from desktop.services.profiles import Profile
from desktop.ui.notify_url import words


class NotifyUrlNotice(QFrame):
    """Shown under the profile's form; ``open_procedure`` opens the change procedure."""

    def __init__(
        self,
        running_profile: str,
        open_procedure: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._running = running_profile
        self.setObjectName("notifyUrlNotice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Cambiar la URL de notificación…"), self)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.change_button.clicked.connect(lambda: open_procedure())

    def show_profile(self, profile: Profile) -> None:
        self.show()
        status = status_of(profile)
        lines = [words.state_text(status.state)]
        if not profile.is_demo:
            registered = status.registered
            lines.append(
                self.tr("Registrada en el portal: {url}").format(
                    url=f"{registered.url} ({registered.on:%d/%m/%Y})" if registered else "—"
                )
            )
            lines.append(self.tr("URL del receptor: {url}").format(url=status.receiver_url or "—"))
        self.text.setText("\n".join(lines))
        color = "#b26a00" if status.warns else "#1b7a36"
        self.setStyleSheet(
            f"QFrame#notifyUrlNotice{{border-left:4px solid {color};background:#f7f7f7;}}"
        )
        running = profile.name == self._running
        self.change_button.setVisible(not profile.is_demo)
        self.change_button.setEnabled(running)
        self.change_button.setToolTip(
            ""
            if running
            else self.tr(
                "Abra este perfil para cambiarla aquí, o use «pagodesk profile notify-url»."
            )
        )
