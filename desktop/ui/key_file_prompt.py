"""At start, a PC that keeps its keys in the encrypted file asks for the file's password once
(the command line asks in the terminal instead)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit

from desktop.services import secrets
from desktop.services.keyfile import KeyFileError
from desktop.services.secrets import KeyringUnavailable


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


def unlock_asking(error: BaseException, ask: Callable[[bool], str | None] = ask_password) -> bool:
    """``error`` came from opening the profile: when it is the locked key file, ask for its
    password until it unlocks (True: open again) or the person cancels (False)."""
    if not isinstance(error, KeyringUnavailable) or error.code != "keyring_file_locked":
        return False
    wrong = False
    while True:
        password = ask(wrong)
        if password is None:
            return False
        try:
            secrets.unlock_key_file(password)
            return True
        except KeyFileError as problem:
            if problem.code != "wrong_password":
                raise KeyringUnavailable("keyring_file_unreadable", backend="key file") from None
            wrong = True
