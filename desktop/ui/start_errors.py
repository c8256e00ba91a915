"""Why the app could not open a profile, in the words of the window that says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.settings import SettingsError
from desktop.services.chain_keys import MissingChainKey
from desktop.services.databases import DatabaseGone
from desktop.services.errors import StorageFailed
from desktop.services.runtime import MissingCredentials
from desktop.services.secrets import KeyringUnavailable

STARTUP_ERRORS = (
    SettingsError,
    MissingCredentials,
    KeyringUnavailable,
    MissingChainKey,
    DatabaseGone,
    StorageFailed,
)
"""What opening a profile may meet that a person can act on (anything else is a bug)."""


def start_failure_text(error: BaseException, profile: str) -> str:
    """One message that says what happened and what to do."""
    if isinstance(error, KeyringUnavailable):
        return error.message_es
    if isinstance(error, MissingCredentials):
        return QCoreApplication.translate(
            "App",
            "El perfil «{name}» no tiene credenciales guardadas. Abra PagoDesk con el perfil "
            "demo y guárdelas en Ajustes.",
        ).format(name=error.profile)
    if isinstance(error, MissingChainKey):
        return QCoreApplication.translate(
            "App",
            "Esta PC no tiene la clave de auditoría del perfil «{name}», que otra estación ya "
            "usa. En esa estación ejecute «pagodesk audit key show» y aquí «pagodesk audit key "
            "import CÓDIGO».",
        ).format(name=error.profile)
    if isinstance(error, DatabaseGone):
        text = (
            QCoreApplication.translate(
                "App", "La base de datos del perfil «{name}» ({where}) es otra base de datos."
            )
            if error.replaced
            else QCoreApplication.translate(
                "App", "La base de datos del perfil «{name}» ({where}) está vacía."
            )
        )
        return (
            text.format(name=error.profile, where=error.where)
            + " "
            + QCoreApplication.translate(
                "App",
                "No se abre como si fuera nueva: restaure la copia de seguridad o revise la ruta.",
            )
        )
    if isinstance(error, SettingsError):
        return QCoreApplication.translate(
            "App", "Los ajustes de PagoDesk no se pueden leer: {detail}"
        ).format(detail=error.message)
    if isinstance(error, StorageFailed):
        return QCoreApplication.translate(
            "App", "No se pudo abrir la base de datos del perfil «{name}»: {detail}"
        ).format(name=profile, detail=error.detail)
    return str(error)
