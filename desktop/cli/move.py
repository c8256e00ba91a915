"""``pagodesk move-out ARCHIVO.zip`` and ``pagodesk move-in ARCHIVO.zip [--replace]``: a
profile taken to another PC (its database, settings, logo and slips; never its keys)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, UsageError, guarded
from desktop.domain.display import count_of

KEYS_AGAIN = (
    "Ingrese de nuevo sus claves de PagoEfectivo (Ajustes → Perfiles y conexión → Editar) "
    "y el código de la cadena de auditoría (pagodesk audit key import): no viajan en el "
    "archivo."
)


def register(commands: Any) -> None:
    out = commands.add_parser(
        "move-out",
        help="un archivo con el perfil para llevarlo a otra PC (sin claves)",
        description="Escribe un solo archivo .zip con la base del perfil (comprobada), sus "
        "ajustes, el logo y las constancias. Nunca lleva claves.",
    )
    out.add_argument("file", metavar="ARCHIVO", help="el archivo .zip a escribir")
    out.set_defaults(func=guarded(run_move_out))
    into = commands.add_parser(
        "move-in",
        help="traer un perfil de otra PC (el archivo de pagodesk move-out)",
    )
    into.add_argument("file", metavar="ARCHIVO", help="el archivo .zip de pagodesk move-out")
    into.add_argument(
        "--replace", action="store_true", help="reemplazar el perfil si ya existe en esta PC"
    )
    into.set_defaults(func=guarded(run_move_in))


def run_move_out(args: argparse.Namespace) -> int:
    from desktop.cli.backup import explain
    from desktop.services.backup import BackupError
    from desktop.services.move import move_out
    from desktop.services.profiles import ProfileRegistry
    from desktop.services.runtime import choose_profile

    target = Path(args.file).expanduser()
    if target.suffix.lower() != ".zip":
        raise UsageError("el archivo de mudanza termina en .zip")
    if not target.parent.is_dir():
        raise UsageError(f"la carpeta «{target.parent}» no existe")
    registry = ProfileRegistry()
    profile = choose_profile(args.profile, registry)
    try:
        moved = move_out(profile, registry, target)
    except BackupError as exc:
        raise explain(exc) from None
    print(
        f"Perfil «{profile.name}» guardado en {moved.path} "
        f"({count_of(moved.vouchers, 'cobro', 'cobros')}, "
        f"{count_of(moved.slips, 'constancia', 'constancias')}; sello {moved.head or '—'}). "
        "No lleva claves."
    )
    return EXIT_OK


def run_move_in(args: argparse.Namespace) -> int:
    from desktop.cli.backup import explain
    from desktop.services.backup import BackupError
    from desktop.services.move import move_in
    from desktop.services.profiles import ProfileRegistry

    try:
        moved = move_in(
            Path(args.file).expanduser(), ProfileRegistry(), replace_existing=args.replace
        )
    except BackupError as exc:
        raise explain(exc) from None
    checked = "auditada" if moved.audited else "sin auditar hasta ingresar su código de cadena"
    print(
        f"Perfil «{moved.profile.name}» traído ({count_of(moved.vouchers, 'cobro', 'cobros')}, "
        f"{checked}; sello {moved.head or '—'})."
    )
    if moved.safety_copy is not None:
        print(f"Los datos que reemplazó quedaron en {moved.safety_copy}")
    if not moved.profile.is_demo:
        print(KEYS_AGAIN)
    return EXIT_OK
