"""At start, a PC that keeps its keys in the encrypted file asks for the file's password once
(the command line asks in the terminal instead)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit

from desktop.services import secrets
from desktop.services.keyfile import KeyFileError
from desktop.services.secrets import KeyringUnavailable

T = TypeVar("T")


def ask_password(wrong: bool) -> str | None:
    """The password typed, or ``None`` when the person cancelled."""
    title = QCoreApplication.translate("KeyFilePrompt", "PagoDesk: archivo de claves")
    label = QCoreApplication.translate(
        "KeyFilePrompt",
        "Las claves de PagoEfectivo de este equipo están en un archivo cifrado.\n"
        "Escriba su contraseña:",
    )
    if wrong:
        label = QCoreApplication.translate(
            "KeyFilePrompt", "La contraseña no es correcta. Inténtelo de nuevo:"
        )
    text, ok = QInputDialog.getText(None, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def open_asking_key_file_password(
    open_profile: Callable[[], T], ask: Callable[[bool], str | None] = ask_password
) -> T:
    """``open_profile()``; when it needs the locked key file, ask for the password until it
    opens or the person cancels (then the locked-file error goes to the start errors window)."""
    wrong = False
    while True:
        try:
            return open_profile()
        except KeyringUnavailable as exc:
            if exc.code != "keyring_file_locked":
                raise
            password = ask(wrong)
            if password is None:
                raise
        try:
            secrets.unlock_key_file(password)
            wrong = False
        except KeyFileError as problem:
            if problem.code != "wrong_password":
                raise KeyringUnavailable("keyring_file_unreadable", backend="key file") from None
            wrong = True
