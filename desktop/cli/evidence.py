"""``pagodesk evidence CIP --out FILE``: the payment slip of a manual payment, from the data."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import EXIT_OK, CommandError, guarded, runtime_for
from desktop.cli.receipts import check_output_folder, write_file
from desktop.cli.vouchers import find_voucher

WORDS = {
    "evidence_elsewhere": (
        "la constancia se guardó solo en la PC donde se registró, antes de que las "
        "constancias se guardaran en la base de datos: búsquela en esa PC"
    ),
    "evidence_altered": "la constancia guardada fue alterada: no coincide con la registrada",
}


def register(commands: Any) -> None:
    evidence = commands.add_parser(
        "evidence", help="guardar en un archivo la constancia de pago de un voucher"
    )
    evidence.add_argument("ref", help="CIP, referencia (PD-...) o #id")
    evidence.add_argument("--out", required=True, help="archivo a escribir (foto o PDF)")
    evidence.set_defaults(func=guarded(run_evidence))


def run_evidence(args: argparse.Namespace) -> int:
    from desktop.services.reconcile import ReconcileError
    from desktop.services.slips import slip_named

    check_output_folder(args.out)  # before anything is opened
    with runtime_for(args) as runtime:
        voucher = find_voucher(runtime.lookup, args.ref)
        events = runtime.lookup.detail(f"#{voucher.id}").events
        named = [found for e in events if (found := slip_named(e.evidence))]
        if not named:
            raise CommandError("este voucher no tiene constancia de pago")
        try:
            name, content = runtime.reconciliation.evidence(voucher.id or 0, named[-1].sha256)
        except ReconcileError as exc:
            raise CommandError(WORDS.get(exc.code, exc.code)) from None
    try:
        target = write_file(args.out, content)
    except OSError as exc:
        raise CommandError(f"no se pudo escribir {args.out}: {exc.strerror or exc}") from None
    print(f"constancia «{name}» guardada en {target} ({len(content)} bytes)")
    return EXIT_OK
