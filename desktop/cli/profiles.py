"""``pagodesk profile add | list | use | test | remove`` (and ``key-file``, ``notify-url``)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from desktop.cli import key_file, notify_url
from desktop.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    UsageError,
    guarded,
    runtime_for,
)
from desktop.cli.output import print_json
from desktop.domain.staff import Action

OVERRIDE_HELP = (
    "producción sin una prueba de salida aprobada en 30 días, bajo su responsabilidad "
    "(administrador; queda registrado)"
)


def register(commands: Any) -> None:
    profile = commands.add_parser("profile", help="perfiles y credenciales")
    actions = profile.add_subparsers(dest="profile_action", metavar="ACCIÓN", required=True)

    add = actions.add_parser("add", help="agregar un perfil (las claves van al llavero)")
    add.add_argument("name")
    add.add_argument("--environment", required=True, choices=["sandbox", "production"])
    add.add_argument("--service-id", type=int, required=True)
    add.add_argument("--base-url", help="por defecto, el host de PagoEfectivo del entorno")
    add.add_argument("--database-url", help="PostgreSQL compartido (sin contraseña en la URL)")
    add.add_argument(
        "--access-key",
        help="mejor por PAGODESK_ACCESS_KEY o, si falta, se pide "
        "sin mostrarla (en la línea de comandos queda en el historial)",
    )
    add.add_argument("--secret-key", help="mejor por PAGODESK_SECRET_KEY o, si falta, se pide")
    add.add_argument("--use", action="store_true", help="dejarlo como perfil activo")
    add.add_argument("--sin-prueba", dest="override", action="store_true", help=OVERRIDE_HELP)
    add.set_defaults(func=guarded(run_add))

    listing = actions.add_parser("list", help="listar perfiles")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=guarded(run_list))

    use = actions.add_parser("use", help="elegir el perfil activo")
    use.add_argument("name")
    use.add_argument("--sin-prueba", dest="override", action="store_true", help=OVERRIDE_HELP)
    use.set_defaults(func=guarded(run_use))

    test = actions.add_parser("test", help="probar credenciales y reloj contra PagoEfectivo")
    test.add_argument("name", nargs="?")
    test.add_argument("--json", action="store_true")
    test.set_defaults(func=guarded(run_test))

    remove = actions.add_parser("remove", help="quitar un perfil y sus claves del llavero")
    remove.add_argument("name")
    remove.set_defaults(func=guarded(run_remove))

    key_file.register(actions)
    notify_url.register(actions)


def _secret(value: str | None, label: str) -> str:
    if value:
        return value
    from_env = os.environ.get(f"PAGODESK_{label.upper().replace('-', '_')}", "").strip()
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(f"falta --{label} (no hay terminal para pedirla)")
    return getpass.getpass(f"{label}: ").strip()


def run_add(args: argparse.Namespace) -> int:
    from desktop.services import secrets
    from desktop.services.profiles import Environment, Profile, ProfileRegistry

    profile = Profile(
        name=args.name,
        environment=Environment(args.environment),
        base_url=args.base_url,
        service_id=args.service_id,
        database_url=args.database_url,
    )
    access_key = _secret(args.access_key, "access-key")
    secret_key = _secret(args.secret_key, "secret-key")
    registry = ProfileRegistry()
    registry.add(profile)
    try:
        secrets.store_credentials(profile.name, access_key, secret_key)
    except BaseException:
        registry.remove(profile.name)  # no half-made profile without keys
        raise
    if args.use:
        going_live(args, profile.name, added=True)
        registry.use(profile.name)
    where = (
        "en el archivo cifrado de este equipo"
        if secrets.key_file_in_use()
        else f"en el llavero del sistema ({secrets.backend_name()})"
    )
    print(
        f"perfil «{profile.name}» guardado ({profile.environment.value}, {profile.base_url}); "
        f"claves {where}"
    )
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.profiles import ProfileRegistry

    registry = ProfileRegistry()
    active = registry.active().name
    profiles = registry.list_profiles()
    if args.json:
        print_json(
            [
                {
                    "name": p.name,
                    "environment": p.environment.value,
                    "base_url": p.base_url,
                    "service_id": p.service_id,
                    "active": p.name == active,
                }
                for p in profiles
            ]
        )
        return EXIT_OK
    for p in profiles:
        mark = "*" if p.name == active else " "
        where = p.base_url or "simulador incluido"
        print(f"{mark} {p.name:16} {p.environment.value:11} {where}")
    return EXIT_OK


def run_use(args: argparse.Namespace) -> int:
    from desktop.services.profiles import ProfileRegistry

    going_live(args, args.name)
    profile = ProfileRegistry().use(args.name)
    print(f"perfil activo: {profile.name}")
    return EXIT_OK


def going_live(args: argparse.Namespace, name: str, *, added: bool = False) -> None:
    """A production profile becomes the active one only with a passing go-live check of the
    last 30 days, or on an administrator's word (``--sin-prueba``, recorded: who and when)."""
    from desktop.domain.limatime import utc_now
    from desktop.services.golive import GoLive, readiness
    from desktop.services.profiles import ProfileRegistry

    registry = ProfileRegistry()
    if registry.get(name).environment.value != "production":
        return
    if readiness(registry, utc_now()).ready:
        return
    if not args.override:
        kept = f"«{name}» quedó agregado pero no activo; " if added else ""
        raise CommandError(
            f"{kept}«{name}» cobra de verdad y no hay una prueba de salida a producción "
            "aprobada en los últimos 30 días: corra «pagodesk golive» en un perfil de pruebas, "
            "o use --sin-prueba (queda registrado quién lo autorizó)"
        )
    with runtime_for(args, acting=Action.MANAGE_PROFILES) as runtime:
        override = GoLive(runtime, registry).record_override(name)
    print(
        f"pagodesk: aviso: «{name}» sale a producción sin prueba aprobada, "
        f"bajo la responsabilidad de {override.by}",
        file=sys.stderr,
    )


def run_remove(args: argparse.Namespace) -> int:
    from desktop.services import secrets
    from desktop.services.profiles import ProfileRegistry

    ProfileRegistry().remove(args.name)
    secrets.delete_credentials(args.name)
    print(f"perfil «{args.name}» eliminado (sus datos locales se conservan)")
    return EXIT_OK


def run_test(args: argparse.Namespace) -> int:
    from desktop.services.runtime import open_runtime

    runtime = open_runtime(args.name or getattr(args, "profile", None))
    try:
        check = runtime.check_connection()
    finally:
        runtime.close()
    skew = check.skew_text or "desconocido"
    if args.json:
        print_json(
            {
                "profile": runtime.profile.name,
                "code_service": check.code_service,
                "clock_skew_seconds": check.clock_skew.total_seconds()
                if check.clock_skew is not None
                else None,
                "clock_ok": check.clock_ok,
            }
        )
    else:
        print(
            f"conexión correcta con {runtime.sandbox_url} (servicio {check.code_service}); "
            f"diferencia de reloj con PagoEfectivo: {skew}"
        )
    if not check.clock_ok:
        print(
            "pagodesk: el reloj de esta PC difiere más de 5 minutos del de PagoEfectivo: "
            "corríjalo o la autorización fallará",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return EXIT_OK
