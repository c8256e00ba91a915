"""The services' failures a user can meet, in one Spanish line (loaded only when one happens)."""

from __future__ import annotations

from desktop.services.chain_keys import MissingChainKey
from desktop.services.databases import DatabaseGone
from desktop.services.errors import (
    Remote,
    RemoteError,
    StorageFailed,
    VoucherChanged,
    VoucherNotFound,
)
from desktop.services.runtime import MissingCredentials
from desktop.services.secrets import KeyringUnavailable


def explain(error: BaseException) -> str | None:
    """The line for a failure of the services (exit 1); None for anything else."""
    if isinstance(error, KeyringUnavailable):
        if error.code == "keyring_file_locked":
            return (
                f"{error.message_es} Ejecute el comando en una terminal para escribirla, o "
                "defínala en PAGODESK_KEY_FILE_PASSWORD (p. ej. para el receptor como servicio)"
            )
        return error.message_es
    if isinstance(error, DatabaseGone):
        what = "es otra base de datos" if error.replaced else "está vacía"
        return (
            f"la base de datos del perfil «{error.profile}» ({error.where}) {what}: no se "
            "abre como si fuera nueva. Restaure la copia de seguridad o revise la ruta"
        )
    if isinstance(error, MissingChainKey):
        return (
            f"esta PC no tiene la clave de auditoría del perfil «{error.profile}», que otra "
            "estación ya usa: en esa estación ejecute «pagodesk audit key show» y aquí "
            "«pagodesk audit key import CÓDIGO»"
        )
    if isinstance(error, MissingCredentials):
        return (
            f"el perfil «{error.profile}» no tiene credenciales; guárdelas con "
            f"«pagodesk profile add {error.profile} ...»"
        )
    if isinstance(error, RemoteError):
        return remote_text(error)
    if isinstance(error, VoucherChanged):
        return "otra estación cambió este voucher al mismo tiempo; vuelva a intentarlo"
    if isinstance(error, VoucherNotFound):
        return f"el voucher {error.ref} ya no existe"
    if isinstance(error, StorageFailed):
        return f"error de la base de datos: {error.detail}"[:300]
    return None


def remote_text(error: RemoteError) -> str:
    """What went wrong with PagoEfectivo, in one line."""
    if error.kind is Remote.AUTHENTICATION:
        return f"PagoEfectivo rechazó las credenciales: {error}"
    if error.kind is Remote.CONNECTION:
        return f"no se pudo conectar con PagoEfectivo ({error}); no se envió nada"
    if error.kind is Remote.OUTCOME_UNKNOWN:
        return f"PagoEfectivo no respondió ({error})"
    return f"error de PagoEfectivo: {error}"
