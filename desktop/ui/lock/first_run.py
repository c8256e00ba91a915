"""First run of a profile with no users: its administrator (name and PIN typed twice) is
created before anything else shows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.staff import NAME_MAX, PASSWORD_MAX, StaffError
from desktop.services.staff import StaffService
from desktop.ui.pages.settings.field_row import FieldRow, add_field
from desktop.ui.staff_words import staff_problem


def secret_field(parent: QWidget, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PASSWORD_MAX)
    edit.setPlaceholderText(placeholder)
    return edit


def show_staff_error(rows: dict[str, FieldRow], error: StaffError, fallback: str) -> str:
    """The refusal beside its field (``fallback`` when it has none here); the sentence."""
    field, text = staff_problem(error)
    row = rows.get(field or "") or rows[fallback]
    row.set_error(text)
    return text


class FirstAdmin(QWidget):
    """Asks the administrator's name and PIN (twice); emits ``created(actor)``."""

    created = Signal(object)  # the Actor, signed in

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Cree el administrador"), self)
        title.setStyleSheet("font-size:20px;font-weight:600;")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Este perfil aún no tiene usuarios. Quien lo administra elige su nombre y un "
                "PIN de 4 a 8 dígitos (o una contraseña de 8 o más caracteres); luego podrá "
                "agregar a los cajeros en Ajustes → Usuarios."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.rows: dict[str, FieldRow] = {}
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX)
        self.pin_edit = secret_field(self, self.tr("PIN o contraseña"))
        self.again_edit = secret_field(self, self.tr("otra vez"))
        add_field(self.rows, form, "name", self.tr("Nombre"), self.name_edit, self, 110)
        add_field(self.rows, form, "pin", self.tr("PIN"), self.pin_edit, self, 110)
        add_field(self.rows, form, "again", self.tr("Repita el PIN"), self.again_edit, self, 110)
        self.create_button = QPushButton(self.tr("Crear administrador y entrar"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        for edit in (self.name_edit, self.pin_edit, self.again_edit):
            edit.returnPressed.connect(self.submit)
        layout.addWidget(self.create_button)

    def submit(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        if self.pin_edit.text() != self.again_edit.text():
            self.rows["again"].set_error(staff_problem(StaffError("pin_mismatch", "pin"))[1])
            self.again_edit.clear()
            self.again_edit.setFocus()
            return
        try:
            actor = self._staff.create_first_admin(self.name_edit.text(), self.pin_edit.text())
        except StaffError as exc:
            show_staff_error(self.rows, exc, "name")
            return
        self.pin_edit.clear()
        self.again_edit.clear()
        self.created.emit(actor)
