"""``pagodesk dispute CIP --out FILE.zip``: everything about one voucher for a claim."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, CommandError, UsageError, guarded, runtime_for
from desktop.cli.output import print_json


def register(commands: Any) -> None:
    dispute = commands.add_parser(
        "dispute",
        help="exportar para reclamo: voucher, historial, comunicación y constancias en un ZIP",
    )
    dispute.add_argument("ref", metavar="CIP", help="CIP, #id o código de transacción")
    dispute.add_argument("--out", required=True, help="archivo .zip a escribir")
    dispute.add_argument("--json", action="store_true", help="salida JSON")
    dispute.set_defaults(func=guarded(run_dispute))


def run_dispute(args: argparse.Namespace) -> int:
    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".zip":
        raise UsageError(f"--out: «{args.out}» debe terminar en .zip")
    if not target.parent.is_dir():
        raise UsageError(f"--out: la carpeta «{target.parent}» no existe")
    from desktop.services.dispute import DisputeExport

    with runtime_for(args) as runtime:
        try:
            package = DisputeExport.for_runtime(runtime).write(args.ref, target)
        except OSError as exc:
            raise CommandError(f"no se pudo escribir {target}: {exc.strerror or exc}") from None
    if args.json:
        print_json({"file": str(package.path), "files": package.files})
    else:
        count = len(package.files)
        print(f"Paquete para reclamo guardado en {package.path} ({count} archivos y su manifiesto)")
    return EXIT_OK
