"""``pagodesk sync``: re-check the open vouchers with PagoEfectivo."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_FAILURE, EXIT_OK, guarded, runtime_for
from desktop.cli.output import print_json
from desktop.domain.display import count_of, status_label

if TYPE_CHECKING:
    from desktop.services.sync import SyncReport


def register(commands: Any) -> None:
    sync = commands.add_parser("sync", help="consultar a PagoEfectivo los vouchers abiertos")
    sync.add_argument("--limit", type=int, default=1000, help="máximo de vouchers por ronda")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(func=guarded(run_sync))


def run_sync(args: argparse.Namespace) -> int:
    from desktop.services.queues import ReconciliationQueues
    from desktop.services.sync import SyncService

    with runtime_for(args) as runtime:
        runtime.maintain()  # the command a headless station runs often: its upkeep goes here
        service = SyncService(
            runtime.engine, runtime.client, runtime.profile.name, max_per_round=max(1, args.limit)
        )

        def progress(done: int, total: int) -> None:
            if done:
                print(f"revisados {done}/{total}", file=sys.stderr)

        report = service.run(progress=progress)
        queues = ReconciliationQueues(
            runtime.engine, runtime.profile.name, runtime.reconciliation, clock=runtime.clock
        )
        waiting = queues.count("discrepancies")  # as the app's Discrepancias tab counts them
    if args.json:
        print_json({**sync_json(report), "discrepancies_to_review": waiting})
    else:
        for change in report.changed:
            print(
                f"CIP {report.cips.get(change.voucher_id, '—')}: "
                f"{status_label(change.from_status)} -> {status_label(change.to_status)}"
            )
        for found in report.discrepancies:
            print(f"CIP {found.cip}: discrepancia con PagoEfectivo ({found.problem})")
        changed = len(report.changed)
        print(
            f"Sincronización: {report.checked} de {report.total} revisados, "
            f"{count_of(changed, 'cambio', 'cambios')}, "
            f"{count_of(waiting, 'discrepancia', 'discrepancias')} por revisar"
        )
    if report.errors:
        print(
            f"pagodesk: no se pudo consultar a PagoEfectivo ({report.errors[0]}); "
            "se reintentará en la próxima sincronización",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return EXIT_OK


def sync_json(report: SyncReport) -> dict[str, Any]:
    return {
        "total": report.total,
        "checked": report.checked,
        "changed": [
            {
                "voucher_id": c.voucher_id,
                "cip": report.cips.get(c.voucher_id),
                "from": c[1],
                "to": c[2],
            }
            for c in report.changed
        ],
        "discrepancies": [d._asdict() for d in report.discrepancies],
        "missing": report.missing,
        "errors": report.errors,
        "finished": report.finished,
    }
