"""The lock screen: pick who you are, type the PIN (on screen or on the numeric keypad), Enter.
It covers the whole window, so no customer data shows while nobody is signed in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.staff import DEMO_USERS, PASSWORD_MAX, StaffError
from desktop.services.staff import StaffService, StaffView
from desktop.ui.message_style import Severity, style_message
from desktop.ui.staff_words import role_label, staff_problem

CARD_STYLE = (
    "QWidget#lockCard{background:white;border-radius:8px;}"
    "QPushButton#padKey{font-size:18px;min-height:44px;min-width:64px;}"
    "QPushButton#userButton{padding:8px 10px;text-align:left;}"
    "QPushButton#userButton:checked{background:#1f5a73;color:white;}"
)


class PinPad(QWidget):
    """The users to pick, the PIN field with its refusal under it, and the keys. Emits
    ``signed_in(actor)`` once the staff service accepted the PIN."""

    signed_in = Signal(object)  # the Actor

    def __init__(self, staff: StaffService, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("¿Quién atiende?"), self)
        self.title.setStyleSheet("font-size:20px;font-weight:600;")
        layout.addWidget(self.title)
        self.users_row = QGridLayout()
        layout.addLayout(self.users_row)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonClicked.connect(self._on_group_button_clicked)
        self.user_buttons: dict[str, QPushButton] = {}
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(PASSWORD_MAX)
        self.pin_edit.setPlaceholderText(self.tr("PIN o contraseña"))
        self.pin_edit.setStyleSheet("font-size:20px;padding:6px;")
        self.pin_edit.returnPressed.connect(self.submit)
        self.pin_edit.textEdited.connect(lambda _text: self.show_error(""))
        layout.addWidget(self.pin_edit)
        self.error = QLabel(self)
        self.error.setObjectName("pinError")
        self.error.setWordWrap(True)
        style_message(self.error, Severity.ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addLayout(self._keys())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#5f6b73;font-size:12px;")
        if demo:  # training only: the demo's PINs are public (README)
            people = " · ".join(f"{name} {pin}" for name, _role, pin in DEMO_USERS)
            self.hint.setText(
                self.tr("Perfil de demostración (solo para práctica): {people}").format(
                    people=people
                )
            )
        self.hint.setVisible(demo)
        layout.addWidget(self.hint)

    def _keys(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(6)
        self.digit_keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("1234567890"):
            key = self._key(digit, lambda _checked=False, d=digit: self._type(d))
            self.digit_keys[digit] = key
            if digit != "0":
                grid.addWidget(key, *divmod(index, 3))
        self.clear_key = self._key(self.tr("Borrar"), self._on_clear_key_clicked)
        self.zero_key = self.digit_keys["0"]
        self.enter_key = self._key(self.tr("Entrar"), self.submit)
        self.enter_key.setStyleSheet("background:#1f5a73;color:white;font-weight:600;")
        for column, key in enumerate((self.clear_key, self.zero_key, self.enter_key)):
            grid.addWidget(key, 3, column)
        return grid

    def _key(self, text: str, slot: object) -> QPushButton:
        key = QPushButton(text, self)
        key.setObjectName("padKey")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the PIN field
        key.clicked.connect(slot)
        return key

    # -- what the lock screen calls ----------------------------------------------------

    def reload(self, preselect: str | None = None) -> None:
        """The active users as buttons (``preselect`` chosen), the field empty."""
        for button in self.user_buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.user_buttons = {}
        users = [user for user in self._staff.users() if user.active]
        for index, user in enumerate(users):
            button = self._user_button(user)
            self.users_row.addWidget(button, *divmod(index, 3))
        if len(users) == 1:
            preselect = users[0].name
        chosen = self.user_buttons.get(preselect or "")
        if chosen is not None:
            chosen.setChecked(True)
        self.pin_edit.clear()
        self.show_error("")
        self.pin_edit.setFocus()

    def _user_button(self, user: StaffView) -> QPushButton:
        button = QPushButton(f"{user.name}\n{role_label(user.role)}", self)
        button.setObjectName("userButton")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("user", user.name)
        self.group.addButton(button)
        self.user_buttons[user.name] = button
        return button

    def chosen(self) -> str | None:
        button = self.group.checkedButton()
        return None if button is None else str(button.property("user"))

    def choose(self, name: str) -> None:
        self.user_buttons[name].click()

    def submit(self) -> None:
        """Entrar (or Enter): sign in as the chosen user with the PIN typed."""
        name = self.chosen()
        if name is None:
            self.show_error(self.tr("Elija su nombre."))
            return
        secret = self.pin_edit.text()
        self.pin_edit.clear()
        try:
            actor = self._staff.authenticate(name, secret)
        except StaffError as exc:
            self.show_error(staff_problem(exc)[1])
            self.pin_edit.setFocus()
            return
        self.show_error("")
        self.signed_in.emit(actor)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- keys --------------------------------------------------------------------------

    def _type(self, digit: str) -> None:
        self.pin_edit.insert(digit)
        self.show_error("")
        self.pin_edit.setFocus()

    def _on_clear_key_clicked(self) -> None:
        self.pin_edit.backspace()
        self.pin_edit.setFocus()

    def _on_group_button_clicked(self, _button: object) -> None:
        self.pin_edit.clear()
        self.show_error("")
        self.pin_edit.setFocus()


def centered(card: QWidget, parent: QWidget) -> QHBoxLayout:
    """``card`` in the middle of ``parent`` (the lock screen's look)."""
    card.setObjectName("lockCard")
    card.setMaximumWidth(460)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 4)
    row.addStretch(1)
    column = QVBoxLayout(parent)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return row
