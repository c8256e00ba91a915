"""``pagodesk user add | list | role | disable | enable | reset-pin``: the profile's staff
(administrators only; on a profile with no user yet, ``user add`` makes its administrator)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from desktop.cli.common import EXIT_OK, UsageError, guarded, runtime_for, sign_in
from desktop.cli.output import print_json
from desktop.cli.staff_words import ROLE_WORDS, read_pin
from desktop.domain.limatime import LIMA
from desktop.domain.staff import Action, Role, StaffError, StaffEventKind

ROLES = [role.value for role in Role]
KIND_WORDS = {
    StaffEventKind.LOGIN: "ingresó",
    StaffEventKind.LOGOUT: "salió",
    StaffEventKind.LOCK: "bloqueó la pantalla",
    StaffEventKind.PIN_FAILED: "PIN incorrecto",
    StaffEventKind.LOCKED_OUT: "bloqueado por PIN incorrectos",
    StaffEventKind.OVERRIDE: "autorizó con su PIN",
    StaffEventKind.USER_ADDED: "creó el usuario",
    StaffEventKind.ROLE_CHANGED: "cambió el rol de",
    StaffEventKind.PIN_RESET: "cambió el PIN de",
    StaffEventKind.USER_DISABLED: "desactivó a",
    StaffEventKind.USER_ENABLED: "activó a",
}


def register(commands: Any) -> None:
    user = commands.add_parser("user", help="usuarios del perfil (cajeros, supervisores...)")
    actions = user.add_subparsers(dest="user_action", metavar="ACCIÓN", required=True)
    add = actions.add_parser(
        "add", help="agregar un usuario (PIN nuevo en PAGODESK_NEW_PIN o se pide dos veces)"
    )
    add.add_argument("name", metavar="NOMBRE")
    add.add_argument("--role", required=True, choices=ROLES)
    add.set_defaults(func=guarded(run_add))
    listing = actions.add_parser("list", help="listar los usuarios")
    listing.add_argument("--json", action="store_true", help="salida JSON")
    listing.set_defaults(func=guarded(run_list))
    role = actions.add_parser("role", help="cambiar el rol de un usuario")
    role.add_argument("name", metavar="NOMBRE")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(func=guarded(run_role))
    for name, active, words in (
        ("disable", False, "desactivar un usuario (sus registros conservan su nombre)"),
        ("enable", True, "volver a activar un usuario"),
    ):
        toggle = actions.add_parser(name, help=words)
        toggle.add_argument("name", metavar="NOMBRE")
        toggle.set_defaults(func=guarded(run_active), active=active)
    reset = actions.add_parser("reset-pin", help="poner un PIN nuevo (y quitar el bloqueo)")
    reset.add_argument("name", metavar="NOMBRE")
    reset.set_defaults(func=guarded(run_reset))
    log = actions.add_parser(
        "log", help="registro del personal: ingresos, PIN fallidos, bloqueos y cambios"
    )
    log.add_argument("--limit", type=int, default=50, help="los últimos N (1 a 10000; 50)")
    log.add_argument("--json", action="store_true", help="salida JSON")
    log.set_defaults(func=guarded(run_log))


def new_pin(name: str) -> str:
    """The new user's PIN: ``PAGODESK_NEW_PIN``, or typed twice without echo."""
    if os.environ.get("PAGODESK_NEW_PIN"):
        return os.environ["PAGODESK_NEW_PIN"]
    first = read_pin(name, variable="PAGODESK_NEW_PIN", prompt=f"PIN nuevo de {name}: ")
    again = read_pin(name, variable="PAGODESK_NEW_PIN", prompt="Repita el PIN: ")
    if first != again:
        raise StaffError("pin_mismatch", "pin")
    return first


def run_add(args: argparse.Namespace) -> int:
    with runtime_for(args) as runtime:  # signed in below, once the profile has users
        staff = runtime.staff
        if not staff.has_users():  # a new profile: its first user is its administrator
            if args.role != Role.ADMIN:
                raise StaffError("first_admin", "role")
            actor = staff.create_first_admin(args.name, new_pin(args.name))
            print(f"Usuario «{actor.name}» creado como administrador del perfil")
            return EXIT_OK
        sign_in(args, runtime, Action.MANAGE_USERS)
        added = staff.add_user(runtime.actor, args.name, args.role, new_pin(args.name))
    print(f"Usuario «{added.name}» creado ({ROLE_WORDS[added.role]})")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with runtime_for(args, acting=Action.MANAGE_USERS) as runtime:
        users = runtime.staff.users()
        now = runtime.clock()
    if args.json:
        print_json(
            [
                {
                    "name": u.name,
                    "role": u.role.value,
                    "active": u.active,
                    "locked_until": u.locked_until.isoformat()
                    if u.locked_until and u.locked_until > now
                    else None,
                }
                for u in users
            ]
        )
        return EXIT_OK
    for u in users:
        state = "activo" if u.active else "desactivado"
        if u.locked_until is not None and u.locked_until > now:
            state += f", bloqueado hasta las {u.locked_until.astimezone(LIMA):%H:%M}"
        print(f"{u.name:<24} {ROLE_WORDS[u.role]:<14} {state}")
    return EXIT_OK


def _target(runtime: Any, name: str) -> Any:
    user = runtime.staff.find(name)
    if user is None:
        raise StaffError("unknown_target", "name")
    return user


def run_role(args: argparse.Namespace) -> int:
    with runtime_for(args, acting=Action.MANAGE_USERS) as runtime:
        user = _target(runtime, args.name)
        changed = runtime.staff.set_role(runtime.actor, user.id, args.role, user.version)
    print(f"«{changed.name}» ahora es {ROLE_WORDS[changed.role]}")
    return EXIT_OK


def run_active(args: argparse.Namespace) -> int:
    with runtime_for(args, acting=Action.MANAGE_USERS) as runtime:
        user = _target(runtime, args.name)
        changed = runtime.staff.set_active(runtime.actor, user.id, args.active, user.version)
    print(f"«{changed.name}» {'activado' if changed.active else 'desactivado'}")
    return EXIT_OK


def run_reset(args: argparse.Namespace) -> int:
    with runtime_for(args, acting=Action.RESET_CASHIER_PIN) as runtime:
        user = _target(runtime, args.name)
        pin = new_pin(user.name)
        changed = runtime.staff.reset_pin(runtime.actor, user.id, pin, user.version)
    print(f"PIN de «{changed.name}» cambiado", file=sys.stdout)
    return EXIT_OK


def run_log(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= 10_000:
        raise UsageError(f"--limit debe estar entre 1 y 10000, no {args.limit}")
    with runtime_for(args, acting=Action.MANAGE_USERS) as runtime:
        events = runtime.staff.events(args.limit)
    if args.json:
        print_json(
            [
                {
                    "sequence": e.sequence,
                    "at": e.at.isoformat(),
                    "kind": e.kind,
                    "user": e.user,
                    "subject": e.subject,
                    "details": e.details,
                }
                for e in events
            ]
        )
        return EXIT_OK
    for e in events:
        words = KIND_WORDS.get(e.kind, e.kind)  # type: ignore[call-overload]
        about = f" {e.subject}" if e.subject else ""
        print(f"{e.at.astimezone(LIMA):%d/%m/%Y %H:%M}  {e.user}: {words}{about}")
    return EXIT_OK
