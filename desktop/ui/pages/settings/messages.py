"""Spanish words for the settings screen: refused fields and "probar conexión" outcomes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.errors import Remote, RemoteError
from desktop.services.secrets import KeyringUnavailable
from desktop.services.settings import Problem
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "SettingsMessages"

PROBLEMS = {
    "bad_name": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "Use de 1 a 40 letras minúsculas, números, «-» o «_» (sin espacios ni tildes).",
    ),
    "duplicate_profile": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Ya existe un perfil con ese nombre."
    ),
    "demo_builtin": QT_TRANSLATE_NOOP(
        "SettingsMessages", "El perfil demo viene incluido y no se puede cambiar."
    ),
    "unknown_profile": QT_TRANSLATE_NOOP("SettingsMessages", "Ese perfil ya no existe."),
    "rename_refused": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Un perfil no se puede renombrar: cree uno nuevo."
    ),
    "bad_environment": QT_TRANSLATE_NOOP("SettingsMessages", "Elija el entorno."),
    "environment_locked": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "El entorno de un perfil no cambia (sus datos no se mezclan): cree otro perfil.",
    ),
    "bad_url": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Escriba una dirección como https://servidor[:puerto][/ruta]."
    ),
    "insecure_url": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "Use https: http solo se permite hacia esta misma PC (sandbox local).",
    ),
    "production_host_refused": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "Un perfil de producción no puede usar el servidor de pruebas o local {detail}.",
    ),
    "sandbox_host_refused": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "Un perfil sandbox no puede usar el servidor de producción {detail}.",
    ),
    "bad_service_id": QT_TRANSLATE_NOOP(
        "SettingsMessages", "El ID de servicio es un número entero mayor que cero."
    ),
    "bad_database_url": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "Use una dirección como postgresql+psycopg://servidor/base, sin contraseña "
        "(use un archivo .pgpass), y no la comparta entre entornos distintos.",
    ),
    "missing_access_key": QT_TRANSLATE_NOOP("SettingsMessages", "Escriba la access key."),
    "missing_secret_key": QT_TRANSLATE_NOOP("SettingsMessages", "Escriba la secret key."),
    "demo_not_running": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "El perfil demo se prueba mientras está en uso (su simulador no está abierto).",
    ),
    "too_long": QT_TRANSLATE_NOOP("SettingsMessages", "Admite como máximo {detail} caracteres."),
    "ruc_length": QT_TRANSLATE_NOOP("SettingsMessages", "El RUC tiene 11 dígitos."),
    "bad_ruc": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "RUC no válido: revise los dígitos (el último es un dígito verificador).",
    ),
    "logo_unreadable": QT_TRANSLATE_NOOP(
        "SettingsMessages", "No se puede leer el archivo del logo."
    ),
    "logo_not_image": QT_TRANSLATE_NOOP("SettingsMessages", "El logo debe ser PNG o JPEG."),
    "logo_too_big": QT_TRANSLATE_NOOP("SettingsMessages", "El logo pesa más de 2 MB."),
    "out_of_range": QT_TRANSLATE_NOOP("SettingsMessages", "Elija entre 1 y {detail} horas."),
    "bad_setting": QT_TRANSLATE_NOOP("SettingsMessages", "Valor no válido."),
    "sync_out_of_range": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Elija de 0 (solo a mano) a {detail} minutos."
    ),
    "idle_out_of_range": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Elija de 0 (nunca) a {detail} minutos."
    ),
    "percent_out_of_range": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Elija un porcentaje entre 50 y {detail}."
    ),
    "hours_out_of_range": QT_TRANSLATE_NOOP("SettingsMessages", "Elija entre 1 y {detail} horas."),
    "health_order": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Debe ser menor o igual que el de «atención» ({detail} %)."
    ),
    "invalid_characters": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Tiene caracteres de control o invisibles: escríbalo de nuevo."
    ),
    "printer_uri_missing": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Escriba dónde está la impresora (o elija «Ninguna»)."
    ),
    "printer_uri_kind": QT_TRANSLATE_NOOP("SettingsMessages", "Elija cómo está conectada."),
    "printer_uri_target": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Revise la dirección: como en el ejemplo gris del campo."
    ),
    "printer_uri_port": QT_TRANSLATE_NOOP(
        "SettingsMessages", "El puerto es un número de 1 a 65535 (casi siempre 9100)."
    ),
    "printer_uri_usb": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "Escriba el fabricante y el producto en hexadecimal, p. ej. 04b8:0202 (lsusb o el "
        "Administrador de dispositivos los muestran).",
    ),
    "printer_uri_option": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "Opción no válida después del «?»: use baudrate=9600 (serie) u out_ep=0x01 (USB).",
    ),
    "backup_out_of_range": QT_TRANSLATE_NOOP("SettingsMessages", "Elija un número hasta {detail}."),
    "backup_folder_missing": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "Esa carpeta no existe: conecte la memoria USB o elija otra con «Elegir…».",
    ),
    "dots_out_of_range": QT_TRANSLATE_NOOP(
        "SettingsMessages", "Entre 256 y {detail} puntos por línea."
    ),
    "unprintable": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "«{detail}» no se puede imprimir en el voucher: escríbalo con letras latinas.",
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def problem_text(problem: Problem) -> str:
    """The sentence shown beside the refused field."""
    template = PROBLEMS.get(problem.code)
    if template is None:
        return QCoreApplication.translate("SettingsMessages", "Valor no válido ({code}).").format(
            code=problem.code
        )
    return tr(template).format(detail=problem.detail)


def clock_warning(skew_text: str) -> str:
    return QCoreApplication.translate(
        "SettingsMessages",
        "¡Atención! El reloj de esta PC difiere {skew} del de PagoEfectivo (más de 5 minutos). "
        "Corrija la fecha y la hora de la PC: si no, PagoEfectivo rechazará las autorizaciones.",
    ).format(skew=skew_text)


def connection_error_text(error: BaseException, base_url: str) -> tuple[str, bool]:
    """What failed in "probar conexión", and whether it is the PC clock (shown loudly)."""
    kind = error.kind if isinstance(error, RemoteError) else None
    if kind is Remote.AUTHENTICATION:
        assert isinstance(error, RemoteError)
        if error.skew_text is not None:
            return clock_warning(error.skew_text), True
        return (
            QCoreApplication.translate(
                "SettingsMessages",
                "PagoEfectivo rechazó las credenciales: revise el ID de servicio, la access key "
                "y la secret key.",
            ),
            False,
        )
    if kind is Remote.CONNECTION:
        return (
            QCoreApplication.translate(
                "SettingsMessages",
                "No se pudo conectar con {url}. Revise la conexión a internet y la URL base.",
            ).format(url=base_url),
            False,
        )
    if kind is Remote.OUTCOME_UNKNOWN:
        return QCoreApplication.translate(
            "SettingsMessages", "PagoEfectivo no respondió a tiempo. Intente de nuevo."
        ), False
    if kind is Remote.SERVER:
        assert isinstance(error, RemoteError)
        return (
            QCoreApplication.translate(
                "SettingsMessages", "PagoEfectivo tuvo un error (HTTP {status}). Intente más tarde."
            ).format(status=error.http_status),
            False,
        )
    if kind is Remote.REFUSED:
        assert isinstance(error, RemoteError)
        return (
            QCoreApplication.translate(
                "SettingsMessages", "PagoEfectivo rechazó la solicitud ({code}): {message}"
            ).format(code=error.code, message=error.message),
            False,
        )
    if isinstance(error, KeyringUnavailable):
        return error.message_es, False
    return QCoreApplication.translate("SettingsMessages", "La prueba falló: {error}").format(
        error=error
    ), False
