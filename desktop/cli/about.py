"""``pagodesk about``: version, folders, database and keyring of this installation, for support."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import EXIT_OK, guarded
from desktop.cli.output import print_json


def register(commands: Any) -> None:
    about = commands.add_parser(
        "about", help="versión, carpetas, base de datos y llavero (para soporte; sin claves)"
    )
    about.add_argument("--json", action="store_true", help="salida JSON")
    about.set_defaults(func=guarded(run_about))


def run_about(args: argparse.Namespace) -> int:
    from desktop.services.diagnostics import collect
    from desktop.services.runtime import choose_profile

    # The profile is read from the settings, not opened: no database upgrade, no sandbox.
    diagnostics = collect(profile=choose_profile(args.profile))
    if args.json:
        print_json(diagnostics.as_dict())
    else:
        print(diagnostics.as_text())
    return EXIT_OK
