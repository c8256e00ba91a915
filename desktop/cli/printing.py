"""``pagodesk print`` and ``pagodesk print-test``: tickets straight to the thermal printer
(ESC/POS), on this station's printer (Ajustes → Impresoras) or the one ``--printer`` names."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.cli.common import EXIT_OK, CommandError, UsageError, guarded, runtime_for
from desktop.domain.display import count_of
from desktop.domain.printers import THERMAL_PAPERS

if TYPE_CHECKING:
    from desktop.services.printing import Delivery

MAX_COPIES = 20
T = TypeVar("T")
PRINTER_WORDS = {
    "unreachable": "la impresora no responde en esa dirección (¿encendida y en la red?)",
    "unknown_host": "no se encuentra ese nombre de impresora en la red",
    "timeout": "la impresora no terminó de recibir el ticket a tiempo",
    "not_found": "no se encuentra esa impresora (revise la dirección, el cable o la cola)",
    "denied": "el sistema no da permiso para usar esa impresora",
    "no_paper": "la impresora no tiene papel",
    "cover_open": "la tapa de la impresora está abierta",
    "printer_error": "la impresora está en error (revise el cortador o apáguela y enciéndala)",
    "no_cups": "CUPS no está instalado (falta el comando lp): instale cups-client",
    "cups_refused": "CUPS rechazó el trabajo",
    "windows_only": "win32raw:// solo funciona en Windows",
    "no_usb_backend": "falta libusb para imprimir por USB (instale libusb-1.0)",
    "write_failed": "la impresora cortó la conexión a mitad del ticket",
}


def register(commands: Any) -> None:
    ticket = commands.add_parser("print", help="imprimir el voucher en la impresora térmica")
    ticket.add_argument("ref", help="CIP, referencia (PD-...) o #id")
    add_printer_options(ticket)
    ticket.add_argument("--copies", type=int, default=1, help="copias (1 a 20)")
    ticket.set_defaults(func=guarded(run_print))

    sample = commands.add_parser("print-test", help="imprimir una página de prueba")
    add_printer_options(sample)
    sample.set_defaults(func=guarded(run_print_test))


def add_printer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--printer",
        metavar="URI",
        help="tcp://IP:9100, usb://VID:PID, serial:///dev/ttyUSB0, win32raw://Nombre, "
        "cups://cola o file:///ruta (por defecto: la de Ajustes)",
    )
    parser.add_argument("--format", choices=THERMAL_PAPERS, help="80mm o 58mm")


def printer_failure(error: BaseException) -> str | None:
    """The line for a printing failure (the voucher is untouched); None for others."""
    from desktop.services.printing import NoPrinter, PrinterFailure

    if isinstance(error, NoPrinter):
        return "no hay impresora térmica configurada: use --printer URI o Ajustes → Impresoras"
    if isinstance(error, PrinterFailure):
        words = PRINTER_WORDS.get(error.code, error.code)
        tail = f" ({error.detail})" if error.detail else ""
        return f"no se imprimió: {words}{tail}; el voucher no cambió, puede reintentarlo"
    return None


def printing(job: Callable[[], T]) -> T:
    """Run a print job, a refused URI or a failed printer in one line."""
    from desktop.services.printing import NoPrinter, PrinterUriError

    try:
        return job()
    except PrinterUriError as exc:
        raise UsageError(f"--printer: dirección no válida ({exc})") from None
    except NoPrinter as exc:
        raise UsageError(printer_failure(exc) or str(exc)) from None
    except Exception as exc:
        line = printer_failure(exc)
        if line is None:
            raise
        raise CommandError(line) from None


def delivered(delivery: Delivery) -> str:
    """``en tcp://…``, and a warning when the printer said its paper is running out."""
    status = delivery.status
    note = " (aviso: el papel se está acabando)" if status and status.paper_near_end else ""
    return f"en {delivery.uri}{note}"


def run_print(args: argparse.Namespace) -> int:
    from desktop.services.lookup import VoucherNotFound
    from desktop.services.printing import NoReceipt, print_service

    if not 1 <= args.copies <= MAX_COPIES:
        raise UsageError(f"--copies: de 1 a {MAX_COPIES}, no {args.copies}")
    with runtime_for(args) as runtime:
        service = print_service(runtime)
        try:
            voucher = runtime.lookup.find(args.ref)
        except VoucherNotFound:
            raise CommandError(f"no hay ningún voucher «{args.ref}»") from None
        try:
            delivery = printing(
                lambda: service.print_voucher(
                    f"#{voucher.id}", uri=args.printer, paper=args.format, copies=args.copies
                )
            )
        except NoReceipt:
            raise CommandError(
                f"el voucher #{voucher.id} no tiene un CIP confirmado por PagoEfectivo "
                f"({voucher.status}): no hay nada que imprimir"
            ) from None
    copies = count_of(delivery.copies, "copia", "copias")
    print(f"voucher del CIP {voucher.cip} impreso {delivered(delivery)} ({copies})")
    return EXIT_OK


def run_print_test(args: argparse.Namespace) -> int:
    from desktop.services.printing import print_service

    with runtime_for(args) as runtime:
        service = print_service(runtime)
        delivery = printing(
            lambda: service.print_sample(service.printer(args.printer, args.format))
        )
    print(f"página de prueba impresa {delivered(delivery)}")
    return EXIT_OK
