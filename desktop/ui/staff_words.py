"""The screens' words for staff accounts: roles, what a role may not do, and refusals of a
sign-in or a user change (the same meaning as the command line's, translated)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.limatime import LIMA
from desktop.domain.staff import Action, NotAllowed, Role, StaffError
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Staff"

ROLES = {
    Role.CASHIER: QT_TRANSLATE_NOOP("Staff", "Cajero"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Staff", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Staff", "Administrador"),
}

ACTIONS = {
    Action.ISSUE: QT_TRANSLATE_NOOP("Staff", "emitir cobros"),
    Action.PRINT: QT_TRANSLATE_NOOP("Staff", "imprimir"),
    Action.RECHECK: QT_TRANSLATE_NOOP("Staff", "consultar"),
    Action.EXTEND: QT_TRANSLATE_NOOP("Staff", "extender vencimientos"),
    Action.EXTEND_LONG: QT_TRANSLATE_NOOP("Staff", "extender un vencimiento más de 72 horas"),
    Action.REQUEST_MARK: QT_TRANSLATE_NOOP("Staff", "solicitar marcas manuales"),
    Action.MARK: QT_TRANSLATE_NOOP("Staff", "marcar pagos o vencimientos"),
    Action.MARK_DIRECT: QT_TRANSLATE_NOOP("Staff", "marcar sin segunda aprobación"),
    Action.APPROVE: QT_TRANSLATE_NOOP("Staff", "aprobar o rechazar solicitudes"),
    Action.ANNUL: QT_TRANSLATE_NOOP("Staff", "anular"),
    Action.IMPORT_SETTLEMENT: QT_TRANSLATE_NOOP("Staff", "importar liquidaciones"),
    Action.REPORT_ALL: QT_TRANSLATE_NOOP("Staff", "ver el cierre de otros cajeros"),
    Action.REVIEW: QT_TRANSLATE_NOOP("Staff", "revisar discrepancias"),
    Action.SYNC: QT_TRANSLATE_NOOP("Staff", "sincronizar"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Staff", "administrar usuarios"),
    Action.MANAGE_PROFILES: QT_TRANSLATE_NOOP("Staff", "administrar perfiles y claves"),
    Action.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Staff", "cambiar los ajustes"),
    Action.RESET_CASHIER_PIN: QT_TRANSLATE_NOOP("Staff", "restablecer el PIN de un cajero"),
}

# StaffError codes -> (the field it belongs to, the sentence).
PROBLEMS = {
    "unknown_user": ("user", QT_TRANSLATE_NOOP("Staff", "No existe ese usuario.")),
    "user_disabled": ("user", QT_TRANSLATE_NOOP("Staff", "Ese usuario está desactivado.")),
    "not_authenticated": (None, QT_TRANSLATE_NOOP("Staff", "Inicie sesión para continuar.")),
    "user_required": (None, QT_TRANSLATE_NOOP("Staff", "Inicie sesión para continuar.")),
    "pin_required": ("pin", QT_TRANSLATE_NOOP("Staff", "Escriba el PIN.")),
    "pin_characters": (
        "pin",
        QT_TRANSLATE_NOOP("Staff", "El PIN o la contraseña tiene caracteres no permitidos."),
    ),
    "pin_length": ("pin", QT_TRANSLATE_NOOP("Staff", "El PIN debe tener de 4 a 8 dígitos.")),
    "pin_repeated": (
        "pin",
        QT_TRANSLATE_NOOP("Staff", "PIN demasiado débil: no repita un solo dígito."),
    ),
    "pin_sequence": (
        "pin",
        QT_TRANSLATE_NOOP("Staff", "PIN demasiado débil: no use una serie (1234, 9876…)."),
    ),
    "password_length": (
        "pin",
        QT_TRANSLATE_NOOP("Staff", "La contraseña debe tener de 8 a 64 caracteres."),
    ),
    "pin_mismatch": ("pin", QT_TRANSLATE_NOOP("Staff", "Los dos PIN no coinciden.")),
    "name_required": ("name", QT_TRANSLATE_NOOP("Staff", "Escriba el nombre.")),
    "name_too_long": ("name", QT_TRANSLATE_NOOP("Staff", "El nombre admite hasta 40 caracteres.")),
    "name_characters": (
        "name",
        QT_TRANSLATE_NOOP("Staff", "El nombre tiene caracteres no permitidos."),
    ),
    "name_taken": ("name", QT_TRANSLATE_NOOP("Staff", "Ya existe un usuario con ese nombre.")),
    "last_admin": (
        "role",
        QT_TRANSLATE_NOOP(
            "Staff", "Es el último administrador: no se puede desactivar ni cambiar de rol."
        ),
    ),
    "changed_elsewhere": (
        None,
        QT_TRANSLATE_NOOP(
            "Staff", "Otra caja cambió este usuario a la vez. Se muestran sus datos actuales."
        ),
    ),
    "users_exist": (None, QT_TRANSLATE_NOOP("Staff", "El perfil ya tiene usuarios.")),
    "same_person": (
        "user",
        QT_TRANSLATE_NOOP("Staff", "Quien pidió la aprobación no puede aprobarla: otra persona."),
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def role_label(role: Role | str) -> str:
    try:
        return tr(ROLES[Role(role)])
    except ValueError:
        return str(role)


def staff_problem(error: StaffError) -> tuple[str | None, str]:
    """(the field or None, the sentence) for a refused sign-in, override or user change."""
    if isinstance(error, NotAllowed):
        needed = role_label(error.detail).lower() if error.detail else ""
        what = tr(ACTIONS.get(error.action, error.action.value))
        text = QCoreApplication.translate(
            "Staff", "Su rol no permite {action}: se necesita un {role}."
        )
        return None, text.format(action=what, role=needed)
    if error.code == "pin_wrong":
        left = int(error.detail or 0)
        text = QCoreApplication.translate("Staff", "PIN incorrecto (intentos restantes: {left}).")
        return "pin", text.format(left=left)
    if error.code == "locked_out":
        until = datetime.fromisoformat(error.detail).astimezone(LIMA)
        text = QCoreApplication.translate(
            "Staff", "Demasiados PIN incorrectos: usuario bloqueado hasta las {time}."
        )
        return "pin", text.format(time=f"{until:%H:%M}")
    field, template = PROBLEMS.get(error.code, (None, ""))
    return field, tr(template) if template else str(error)
