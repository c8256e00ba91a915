"""``pagodesk profile key-file``: keep this PC's keys in an encrypted file (only when it has no
system keyring, and knowingly), and the password the other commands ask for it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from desktop.cli.common import EXIT_OK, UsageError, guarded

PASSWORD_ENV = "PAGODESK_KEY_FILE_PASSWORD"

WARNING = """\
Las claves de PagoEfectivo quedarán en un archivo cifrado de este equipo, protegido por una
contraseña que PagoDesk no guarda. Es menos seguro que el llavero del sistema: quien copie el
archivo puede intentar adivinar la contraseña sin límite. Úselo solo si este equipo no puede
tener un llavero (en Linux: GNOME Keyring o KWallet). Elija una frase larga (10 caracteres o
más) y no la anote en el equipo; si la olvida, deberá volver a escribir las claves.
Cada vez que PagoDesk necesite las claves la pedirá (o la leerá de {env})."""

PROBLEMS = {
    "password_too_short": "la contraseña debe tener al menos 10 caracteres",
    "password_too_long": "la contraseña es demasiado larga (máximo 256 caracteres)",
    "exists": "este equipo ya guarda las claves en un archivo cifrado",
}


def register(actions: Any) -> None:
    key_file = actions.add_parser(
        "key-file",
        help="guardar las claves en un archivo cifrado (si este equipo no tiene llavero)",
    )
    key_file.add_argument(
        "--yes", action="store_true", help="acepto el riesgo (no preguntar; para scripts)"
    )
    key_file.set_defaults(func=guarded(run_key_file))


def run_key_file(args: argparse.Namespace) -> int:
    from desktop.services import secrets
    from desktop.services.keyfile import KeyFileError

    if secrets.key_file_in_use():
        raise UsageError(PROBLEMS["exists"])
    print(WARNING.format(env=PASSWORD_ENV))
    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        if not sys.stdin.isatty():
            raise UsageError(f"falta la contraseña: escríbala en una terminal o en {PASSWORD_ENV}")
        if not args.yes and input("Escriba SI para continuar: ").strip().upper() != "SI":
            raise UsageError("cancelado: no se creó ningún archivo")
        password = getpass.getpass("Contraseña del archivo de claves: ")
        if getpass.getpass("Repítala: ") != password:
            raise UsageError("las dos contraseñas no coinciden; no se creó ningún archivo")
    elif not args.yes:
        raise UsageError(f"con {PASSWORD_ENV} agregue --yes para aceptar el riesgo")
    try:
        secrets.create_key_file(password)
    except KeyFileError as exc:
        raise UsageError(PROBLEMS.get(exc.code, exc.code)) from None
    print(f"listo: las claves se guardarán en {secrets.key_file().path}")
    return EXIT_OK


def key_file_password() -> str | None:
    """The key file's password for a command that needs the keys: the environment, else the
    terminal; ``None`` where neither can give it (the command then says what to do)."""
    from_env = os.environ.get(PASSWORD_ENV, "")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return None
    return getpass.getpass("Contraseña del archivo de claves de PagoDesk: ")
