"""``pagodesk export`` (the history to CSV/Excel) and ``pagodesk day-report`` (cierre del día)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_OK,
    CommandError,
    HistoryFilters,
    UsageError,
    add_history_filters,
    guarded,
    runtime_for,
)
from desktop.cli.output import lima_iso, print_json
from desktop.cli.printing import add_printer_options, delivered, printing
from desktop.cli.receipts import check_output_folder
from desktop.domain.display import count_of
from desktop.domain.staff import Action, NotAllowed

if TYPE_CHECKING:
    from desktop.services.closing import CashierDay, DayReport

EXPORT_SUFFIXES = (".csv", ".xlsx")
REPORT_SUFFIXES = (".pdf", ".csv")


def register(commands: Any) -> None:
    export = commands.add_parser("export", help="exportar el historial a CSV o Excel")
    export.add_argument("--out", required=True, help="archivo .csv o .xlsx a escribir")
    add_history_filters(export)
    export.set_defaults(func=guarded(run_export))

    report = commands.add_parser("day-report", help="cierre del día por cajero (PDF o CSV)")
    report.add_argument("--date", help="día (AAAA-MM-DD, hora de Lima); por defecto, hoy")
    report.add_argument("--cashier", help="solo este cajero (por defecto, todos)")
    report.add_argument("--out", help="archivo .pdf o .csv a escribir")
    add_printer_options(report)
    report.add_argument("--json", action="store_true", help="además, las cifras en JSON")
    report.set_defaults(func=guarded(run_day_report))


def output_path(text: str, suffixes: tuple[str, ...]) -> Path:
    """``--out``: an allowed file type in an existing folder (exit 2 otherwise)."""
    target = check_output_folder(text)
    if target.suffix.lower() not in suffixes:
        allowed = " o ".join(suffixes)
        raise UsageError(f"--out: use un archivo {allowed}, no «{target.name}»")
    return target


def run_export(args: argparse.Namespace) -> int:
    from desktop.services.export import export_history

    filters = HistoryFilters.from_args(args)  # before anything is opened or written
    target = output_path(args.out, EXPORT_SUFFIXES)
    with runtime_for(args) as runtime:
        query = filters.query(runtime.profile.name)
        try:
            result = export_history(runtime.lookup, query, target, progress=_progress)
        except OSError as exc:
            raise CommandError(f"no se pudo escribir {target}: {exc.strerror or exc}") from None
    print(f"{count_of(result.rows, 'cobro exportado', 'cobros exportados')} a {result.path}")
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    """A line on stderr per page, only when there is more than one page."""
    from desktop.services.export import PAGE_SIZE

    if total > PAGE_SIZE:
        print(f"exportando… {done:,} de {total:,}", file=sys.stderr, flush=True)


def parse_date(text: str) -> date:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(f"--date: fecha no válida «{text}» (use AAAA-MM-DD)") from None


def run_day_report(args: argparse.Namespace) -> int:
    from desktop.services.closing import build_day_report, lima_today, write_day_report
    from desktop.services.printing import print_service
    from desktop.services.receipts import merchant_from_settings

    day = parse_date(args.date) if args.date else None
    if not args.out and not args.printer:
        raise UsageError("indique --out ARCHIVO (.pdf o .csv) y/o --printer URI")
    target = output_path(args.out, REPORT_SUFFIXES) if args.out else None
    with runtime_for(args, acting=Action.PRINT) as runtime:
        cashier = args.cashier
        if not runtime.actor.may(Action.REPORT_ALL):  # a cashier closes their own day only
            if cashier and cashier.strip().casefold() != runtime.actor.name.casefold():
                raise NotAllowed(Action.REPORT_ALL)
            cashier = runtime.actor.name
        merchant = merchant_from_settings(runtime.general, demo=runtime.profile.is_demo)
        report = build_day_report(
            runtime.engine,
            runtime.profile,
            day or lima_today(runtime.clock),
            cashier,
            runtime.clock,
            merchant=merchant,
        )
        service = print_service(runtime)
        where = []
        if target is not None:
            try:
                where.append(f"guardado en {write_day_report(report, target)}")
            except OSError as exc:
                raise CommandError(f"no se pudo escribir {target}: {exc.strerror or exc}") from None
        if args.printer:
            delivery = printing(
                lambda: service.print_day_report(report, uri=args.printer, paper=args.format)
            )
            where.append(f"impreso {delivered(delivery)}")
    if args.json:
        print_json({**report_json(report), "file": str(target) if target else None})
        return EXIT_OK
    people = len(report.sections)
    print(
        f"Cierre del día {report.day:%d/%m/%Y} ({count_of(people, 'cajero', 'cajeros')}) "
        + " y ".join(where)
    )
    return EXIT_OK


def report_json(report: DayReport) -> dict[str, Any]:
    """The figures as JSON: amounts as decimal strings per currency, times in Lima."""
    return {
        "date": report.day.isoformat(),
        "profile": report.profile,
        "environment": report.environment,
        "cashier": report.cashier,
        "generated_at": lima_iso(report.generated_at),
        "sections": [_section_json(section) for section in report.sections],
        "total": _section_json(report.total),
    }


def _section_json(section: CashierDay) -> dict[str, Any]:
    return {
        "cashier": section.cashier,
        "lines": {
            line.value: {
                currency: {"count": tally.count, "amount": tally.money(currency).plain()}
                for currency, tally in tallies.items()
            }
            for line, tallies in section.lines.items()
        },
        "failed": section.failed,
        "unconfirmed": section.unconfirmed,
        "manual": [
            {
                "at": lima_iso(entry.at),
                "cip": entry.cip,
                "movement": entry.movement,
                "source": entry.source,
                "actor": entry.actor,
                "reason": entry.reason,
                "currency": entry.money.currency.value,
                "amount": entry.money.plain(),
                "issued_by": entry.cashier,
            }
            for entry in section.manual
        ],
    }
