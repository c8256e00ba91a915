"""The command line's words for staff refusals, and reading a PIN without echoing it."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import datetime

from desktop.domain.limatime import LIMA
from desktop.domain.staff import Action, NotAllowed, Role, StaffError

EXIT_FAILURE, EXIT_BAD_INPUT = 1, 2

ROLE_WORDS = {Role.CASHIER: "cajero", Role.SUPERVISOR: "supervisor", Role.ADMIN: "administrador"}

ACTION_WORDS = {
    Action.ISSUE: "emitir cobros",
    Action.PRINT: "imprimir",
    Action.RECHECK: "consultar",
    Action.EXTEND: "extender vencimientos",
    Action.EXTEND_LONG: "extender un vencimiento más de 72 horas",
    Action.REQUEST_MARK: "solicitar marcas manuales",
    Action.MARK: "marcar pagos o vencimientos",
    Action.MARK_DIRECT: "marcar sin segunda aprobación",
    Action.APPROVE: "aprobar o rechazar solicitudes",
    Action.ANNUL: "anular",
    Action.IMPORT_SETTLEMENT: "importar liquidaciones",
    Action.REPORT_ALL: "ver el cierre de otros cajeros",
    Action.REVIEW: "revisar discrepancias",
    Action.SYNC: "sincronizar",
    Action.MANAGE_USERS: "administrar usuarios",
    Action.MANAGE_PROFILES: "administrar perfiles y claves",
    Action.MANAGE_SETTINGS: "cambiar los ajustes",
    Action.RESET_CASHIER_PIN: "restablecer el PIN de un cajero",
}

_LINES = {
    "unknown_user": "no existe el usuario indicado en --user",
    "user_disabled": "ese usuario está desactivado",
    "user_required": "este perfil exige usuario: use --user NOMBRE (PIN en PAGODESK_PIN)",
    "not_authenticated": "este perfil exige usuario: use --user NOMBRE (PIN en PAGODESK_PIN)",
    "pin_required": "falta el PIN (PAGODESK_PIN o escríbalo cuando se pida)",
    "pin_characters": "el PIN o la contraseña tiene caracteres no permitidos",
    "pin_length": "el PIN debe tener de 4 a 8 dígitos",
    "pin_repeated": "PIN demasiado débil: no repita un solo dígito",
    "pin_sequence": "PIN demasiado débil: no use una serie (1234, 9876...)",
    "password_length": "la contraseña debe tener de 8 a 64 caracteres",
    "pin_mismatch": "los dos PIN no coinciden",
    "name_required": "falta el nombre del usuario",
    "name_too_long": "el nombre del usuario admite hasta 40 caracteres",
    "name_characters": "el nombre del usuario tiene caracteres no permitidos",
    "name_taken": "ya existe un usuario con ese nombre",
    "unknown_role": "rol desconocido: use cajero, supervisor o administrador",
    "last_admin": "es el último administrador: no se puede desactivar ni cambiar de rol",
    "changed_elsewhere": "otra caja cambió este usuario a la vez; vuelva a intentarlo",
    "users_exist": "el perfil ya tiene usuarios",
    "same_person": "la aprobación debe darla otra persona",
    "unknown_target": "no existe ese usuario en este perfil",
    "first_admin": "el perfil no tiene usuarios: el primero debe ser administrador",
}
_FAILURES = {
    "pin_wrong",
    "locked_out",
    "unknown_user",
    "user_disabled",
    "changed_elsewhere",
    "unknown_target",
}


def staff_refusal(exc: StaffError) -> tuple[str, int]:
    """One Spanish line and the exit code: 2 when the role does not allow the action or the
    input is refused, 1 for a wrong PIN, a lockout, an unknown or disabled user."""
    if isinstance(exc, NotAllowed):
        needed = ROLE_WORDS.get(Role(exc.detail), exc.detail) if exc.detail else "otro"
        what = ACTION_WORDS.get(exc.action, exc.action.value)
        return f"su rol no permite {what} (se necesita {needed})", EXIT_BAD_INPUT
    if exc.code == "pin_wrong":
        left = int(exc.detail or 0)
        tail = f" (queda {left} intento)" if left == 1 else f" (quedan {left} intentos)"
        return "PIN incorrecto" + tail, EXIT_FAILURE
    if exc.code == "locked_out":
        until = datetime.fromisoformat(exc.detail).astimezone(LIMA)
        return f"PIN incorrecto 5 veces: usuario bloqueado hasta las {until:%H:%M}", EXIT_FAILURE
    line = _LINES.get(exc.code, exc.code)
    return line, EXIT_FAILURE if exc.code in _FAILURES else EXIT_BAD_INPUT


def read_pin(user: str, *, variable: str = "PAGODESK_PIN", prompt: str | None = None) -> str:
    """The PIN from the environment, or typed without echo on a terminal (never an
    argument: it would show in the process list and the shell's history)."""
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise StaffError("pin_required", "pin")
    return getpass.getpass(prompt or f"PIN de {user}: ")
