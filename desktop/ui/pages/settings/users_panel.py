"""Ajustes → Usuarios (administrators): the profile's staff, adding one, changing a role,
disabling or enabling, resetting a PIN. Refusals sit beside their field; when another station
changed the user first, the list is read again and the panel says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import LIMA
from desktop.domain.staff import NAME_MAX, Actor, Role, StaffError
from desktop.services.staff import StaffService, StaffView
from desktop.ui.lock.first_run import secret_field
from desktop.ui.message_style import Severity, show_message
from desktop.ui.pages.settings.field_row import FieldRow, add_field
from desktop.ui.staff_words import role_label, staff_problem


def role_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for role in (Role.CASHIER, Role.SUPERVISOR, Role.ADMIN):
        box.addItem(role_label(role), role.value)
    return box


class UsersPanel(QWidget):
    """The users table and the two forms (the selected user; a new one)."""

    status_changed = Signal(str)  # a line for the status bar

    def __init__(
        self, staff: StaffService, actor: Callable[[], Actor], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._actor = actor
        self.users: list[StaffView] = []
        self.rows: dict[str, FieldRow] = {}
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nombre"), self.tr("Rol"), self.tr("Estado"), self.tr("Bloqueado hasta")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        forms = QHBoxLayout()
        forms.addWidget(self._build_selected(), 1)
        forms.addWidget(self._build_new(), 1)
        layout.addLayout(forms)

    def _build_selected(self) -> QGroupBox:
        box = QGroupBox(self.tr("Usuario elegido"), self)
        form = QFormLayout(box)
        self.role_box = role_box(box)
        self.role_button = QPushButton(self.tr("Cambiar rol"), box)
        self.role_button.clicked.connect(self.change_role)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role_box, 1)
        role_row.addWidget(self.role_button)
        add_field(self.rows, form, "role", self.tr("Rol"), role_row, box, 90)
        self.active_button = QPushButton(self.tr("Desactivar"), box)
        self.active_button.clicked.connect(self.toggle_active)
        add_field(self.rows, form, "active", self.tr("Acceso"), self.active_button, box, 90)
        self.reset_edit = secret_field(box, self.tr("nuevo PIN"))
        self.reset_again = secret_field(box, self.tr("otra vez"))
        self.reset_button = QPushButton(self.tr("Restablecer PIN"), box)
        self.reset_button.clicked.connect(self.reset_pin)
        add_field(self.rows, form, "pin", self.tr("Nuevo PIN"), self.reset_edit, box, 90)
        add_field(self.rows, form, "again", self.tr("Repita"), self.reset_again, box, 90)
        form.addRow("", self.reset_button)
        self.selected_box = box
        return box

    def _build_new(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nuevo usuario"), self)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(box)
        self.name_edit.setMaxLength(NAME_MAX)
        self.new_role_box = role_box(box)
        self.new_pin_edit = secret_field(box, self.tr("PIN o contraseña"))
        self.new_again_edit = secret_field(box, self.tr("otra vez"))
        add_field(self.rows, form, "name", self.tr("Nombre"), self.name_edit, box, 90)
        add_field(self.rows, form, "new_role", self.tr("Rol"), self.new_role_box, box, 90)
        add_field(self.rows, form, "new_pin", self.tr("PIN"), self.new_pin_edit, box, 90)
        add_field(self.rows, form, "new_again", self.tr("Repita"), self.new_again_edit, box, 90)
        self.add_button = QPushButton(self.tr("Agregar usuario"), box)
        self.add_button.clicked.connect(self.add_user)
        form.addRow("", self.add_button)
        return box

    # -- reading -----------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        """The users as the database has them now (``keep``: the id to select again)."""
        self.users = self._staff.users()
        self.table.setRowCount(len(self.users))
        for number, user in enumerate(self.users):
            locked = (
                f"{user.locked_until.astimezone(LIMA):%d/%m %H:%M}" if user.locked_until else ""
            )
            state = self.tr("Activo") if user.active else self.tr("Desactivado")
            cells = (user.name, role_label(user.role), state, locked)
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        ids = [user.id for user in self.users]
        self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._on_table_item_selection_changed()

    def forget(self) -> None:
        """No list shown (someone who may not manage users is signed in)."""
        self.users = []
        self.table.setRowCount(0)
        self._on_table_item_selection_changed()

    def selected(self) -> StaffView | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _on_table_item_selection_changed(self) -> None:
        user = self.selected()
        self.selected_box.setEnabled(user is not None)
        if user is None:
            return
        self.selected_box.setTitle(self.tr("Usuario elegido: {name}").format(name=user.name))
        self.role_box.setCurrentIndex(self.role_box.findData(user.role.value))
        self.active_button.setText(self.tr("Desactivar") if user.active else self.tr("Activar"))
        for key in ("role", "active", "pin", "again"):
            self.rows[key].clear_error()

    # -- changes -----------------------------------------------------------------------

    def change_role(self) -> None:
        user = self.selected()
        if user is not None:
            role = str(self.role_box.currentData())
            self._change(
                user, lambda: self._staff.set_role(self._actor(), user.id, role, user.version)
            )

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            active = not user.active
            self._change(
                user,
                lambda: self._staff.set_active(self._actor(), user.id, active, user.version),
                field="active",
            )

    def reset_pin(self) -> None:
        user = self.selected()
        if user is None:
            return
        secret = self.reset_edit.text()
        if secret != self.reset_again.text():
            self.rows["again"].set_error(staff_problem(StaffError("pin_mismatch", "pin"))[1])
            return
        done = self._change(
            user, lambda: self._staff.reset_pin(self._actor(), user.id, secret, user.version)
        )
        if done:
            self.reset_edit.clear()
            self.reset_again.clear()

    def _change(
        self, user: StaffView, work: Callable[[], StaffView], *, field: str = "role"
    ) -> bool:
        for key in ("role", "active", "pin", "again"):
            self.rows[key].clear_error()
        try:
            changed = work()
        except StaffError as exc:
            where, text = staff_problem(exc)
            if exc.code == "changed_elsewhere":
                self.reload(user.id)
                self._say(text, ok=False)
            else:
                self.rows["pin" if where == "pin" else field].set_error(text)  # by the button
            return False
        self.reload(changed.id)
        self._say(self.tr("Usuario {name} actualizado.").format(name=changed.name), ok=True)
        return True

    def add_user(self) -> None:
        for key in ("name", "new_role", "new_pin", "new_again"):
            self.rows[key].clear_error()
        secret = self.new_pin_edit.text()
        if secret != self.new_again_edit.text():
            self.rows["new_again"].set_error(staff_problem(StaffError("pin_mismatch", "pin"))[1])
            return
        role = str(self.new_role_box.currentData())
        try:
            added = self._staff.add_user(self._actor(), self.name_edit.text(), role, secret)
        except StaffError as exc:
            where, text = staff_problem(exc)
            self.rows[{"pin": "new_pin", "role": "new_role"}.get(where or "", "name")].set_error(
                text
            )
            return
        for edit in (self.name_edit, self.new_pin_edit, self.new_again_edit):
            edit.clear()
        self.reload(added.id)
        self._say(
            self.tr("Usuario {name} agregado como {role}.").format(
                name=added.name, role=role_label(added.role).lower()
            ),
            ok=True,
        )

    def _say(self, text: str, *, ok: bool) -> None:
        show_message(self.message, text, Severity.SUCCESS if ok else Severity.WARNING)
        self.message.show()
        self.status_changed.emit(text)
