"""'Usar archivo cifrado…': a PC with no system keyring may keep the keys in an encrypted file,
only after reading what that costs and ticking that it understood; the password twice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import secrets
from desktop.services.keyfile import MIN_PASSWORD, KeyFileError
from desktop.ui.tasks import Lane, TaskRunner


class KeyFileDialog(QDialog):
    """Creates this PC's key file (on the storage lane: deriving the key takes a moment)."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(self.tr("Guardar las claves en un archivo cifrado"))
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "Este equipo no tiene un llavero del sistema. PagoDesk puede guardar las claves "
                "de PagoEfectivo en un archivo cifrado de este equipo, protegido por una "
                "contraseña que no se guarda en ningún lado.\n\n"
                "Es menos seguro que el llavero: quien copie el archivo puede intentar adivinar "
                "la contraseña sin límite. Use una frase larga y no la anote en el equipo. "
                "PagoDesk la pedirá cada vez que se abra; si la olvida, deberá escribir las "
                "claves de nuevo."
            ),
            self,
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.understood = QCheckBox(
            self.tr("Entiendo que es menos seguro que el llavero del sistema"), self
        )
        layout.addWidget(self.understood)
        form = QFormLayout()
        self.password_edit = QLineEdit(self)
        self.confirm_edit = QLineEdit(self)
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        form.addRow(self.tr("Contraseña"), self.password_edit)
        form.addRow(self.tr("Repítala"), self.confirm_edit)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b3261e;")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Usar archivo cifrado"))
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.understood.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        password, confirm = self.password_edit.text(), self.confirm_edit.text()
        problem = ""
        if password and len(password) < MIN_PASSWORD:
            problem = self.tr("Al menos {n} caracteres.").format(n=MIN_PASSWORD)
        elif confirm and confirm != password:
            problem = self.tr("Las dos contraseñas no coinciden.")
        self.problem.setText(problem)
        self.ok_button.setEnabled(
            self.understood.isChecked() and bool(password) and password == confirm and not problem
        )

    def _on_accepted(self) -> None:
        if not self.ok_button.isEnabled():
            return
        password = self.password_edit.text()
        self.ok_button.setEnabled(False)
        self._tasks.run(
            lambda: secrets.create_key_file(password),
            lambda _none: self.accept(),
            self._on_failed,
            lane=Lane.STORAGE,
            owner=self,
        )

    def _on_failed(self, error: BaseException) -> None:
        words = {
            "password_too_short": self.tr("Al menos {n} caracteres.").format(n=MIN_PASSWORD),
            "password_too_long": self.tr("La contraseña es demasiado larga."),
            "exists": self.tr("Este equipo ya guarda las claves en un archivo cifrado."),
        }
        code = error.code if isinstance(error, KeyFileError) else ""
        self._update()
        self.problem.setText(words.get(code, self.tr("No se pudo crear el archivo de claves.")))
