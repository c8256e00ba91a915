"""``pagodesk backup [--out CARPETA|ARCHIVO]`` and ``pagodesk restore ARCHIVO --yes``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_OK, CommandError, UsageError, guarded
from desktop.cli.output import print_json
from desktop.domain.display import count_of, lima_short

if TYPE_CHECKING:
    from desktop.services.backup import BackupError

PROBLEMS = {
    "not_sqlite": "el perfil «{detail}» usa PostgreSQL: su copia es un pg_dump (pagodesk backup)",
    "no_database": "el perfil aún no tiene base de datos ({detail})",
    "unreadable": "«{detail}» no es una copia de PagoDesk que se pueda leer",
    "integrity": "la copia está dañada ({detail}); use otra",
    "audit": "la copia no pasa la auditoría: {detail}; use otra",
    "other_profile": "«{detail}» es una copia de otro perfil",
    "in_use": "Cierre PagoDesk y el receptor antes de restaurar",
    "profile_exists": "el perfil «{detail}» ya existe en esta PC: repita con --replace para "
    "reemplazar sus datos",
    "bad_move_file": "«{detail}» no es un archivo de mudanza de PagoDesk que se pueda leer",
    "move_too_big": "«{detail}» es demasiado grande para un archivo de mudanza de PagoDesk",
    "pg_dump_missing": "falta pg_dump: instale el cliente de PostgreSQL ({detail})",
    "pg_dump_failed": "pg_dump no pudo hacer la copia: {detail}",
}


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="copia de seguridad comprobada del perfil (SQLite) o pg_dump (PostgreSQL)"
    )
    backup.add_argument(
        "--out", help="carpeta de las copias (una memoria USB, una carpeta sincronizada)"
    )
    backup.add_argument("--json", action="store_true", help="salida JSON")
    backup.set_defaults(func=guarded(run_backup))
    restore = commands.add_parser(
        "restore", help="restaurar una copia (con la app y el receptor cerrados)"
    )
    restore.add_argument("file", metavar="ARCHIVO", help="la copia .sqlite3 a restaurar")
    restore.add_argument(
        "--yes", action="store_true", help="confirmar: reemplaza los datos de este perfil"
    )
    restore.set_defaults(func=guarded(run_restore))
    from desktop.cli.move import register as register_move

    register_move(commands)


def explain(error: BackupError) -> CommandError:
    text = PROBLEMS.get(error.code, "{detail}").format(detail=error.detail)
    return CommandError(text)


def run_backup(args: argparse.Namespace) -> int:
    from desktop.services import backup
    from desktop.services.chain_keys import chain_key
    from desktop.services.runtime import choose_profile

    profile = choose_profile(args.profile)
    folder = Path(args.out).expanduser() if args.out else backup.default_folder()
    if not folder.is_dir():
        raise UsageError(f"--out: la carpeta «{folder}» no existe")
    try:
        if profile.database_url is not None:
            path = backup.dump_postgres(profile, folder)
            if args.json:
                print_json({"file": str(path)})
            else:
                print(f"Copia (pg_dump) guardada en {path}")
            return EXIT_OK
        copy = backup.take_backup(profile, folder, lambda engine: chain_key(profile, engine))
        removed = backup.rotate(folder, profile.name)
    except backup.BackupError as exc:
        raise explain(exc) from None
    if args.json:
        print_json(
            {
                "file": str(copy.path),
                "vouchers": copy.vouchers,
                "chain_head": copy.head,
                "sha256": copy.sha256,
                "removed": [str(p) for p in removed],
            }
        )
    else:
        print(
            f"Copia comprobada guardada en {copy.path} "
            f"({count_of(copy.vouchers, 'cobro', 'cobros')}, "
            f"{lima_short(copy.taken_at)}); sello: {copy.head or '—'}"
        )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from desktop.services import backup
    from desktop.services.chain_keys import chain_key
    from desktop.services.runtime import choose_profile

    if not args.yes:
        raise UsageError(
            "restaurar reemplaza los datos de este perfil: cierre la app y el receptor, y "
            "repita con --yes"
        )
    profile = choose_profile(args.profile)
    try:
        done = backup.restore_backup(
            profile, Path(args.file).expanduser(), lambda engine: chain_key(profile, engine)
        )
    except backup.BackupError as exc:
        raise explain(exc) from None
    print(
        f"Copia restaurada ({count_of(done.vouchers, 'cobro', 'cobros')}; "
        f"sello {done.head or '—'}). "
        f"Los datos que reemplazó quedaron en {done.safety_copy}"
    )
    return EXIT_OK
