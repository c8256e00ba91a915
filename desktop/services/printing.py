"""Printing at the counter: a voucher, the Cierre del día or a test page as ESC/POS on this
station's thermal printer (its URI and paper in the local settings, or given for one job).

Only confirmed CIPs reach paper (``NoReceipt`` otherwise). A failed job changes nothing of
the voucher: ``PrinterFailure`` says why with a stable code and the job can be sent again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.printers import (
    THERMAL_PAPERS,
    PrinterAddress,
    PrinterUriError,
    default_dots,
    parse_printer_uri,
)
from desktop.domain.settings import GeneralSettings
from desktop.printers import Delivery, PrinterFailure, Timeouts, send
from desktop.receipts.closing_model import DayReport
from desktop.receipts.escpos_closing import closing_ticket
from desktop.receipts.escpos_sample import sample_ticket
from desktop.receipts.escpos_ticket import voucher_ticket
from desktop.receipts.escpos_writer import TicketLayout
from desktop.receipts.model import Merchant
from desktop.services.errors import service
from desktop.services.lookup import VoucherLookup
from desktop.services.receipts import NoReceipt, document_for
from desktop.services.views import VoucherView

if TYPE_CHECKING:
    from desktop.services.runtime import Runtime

__all__ = [
    "Delivery",
    "NoPrinter",
    "NoReceipt",
    "PrintService",
    "PrinterFailure",
    "PrinterUriError",
    "ThermalPrinter",
    "Timeouts",
    "print_service",
    "thermal_printer",
]


class NoPrinter(Exception):
    """This station has no thermal printer configured, and no URI was given."""


@dataclass(frozen=True)
class ThermalPrinter:
    """Where a job goes and the paper it is composed for."""

    address: PrinterAddress
    layout: TicketLayout

    @property
    def uri(self) -> str:
        return self.address.uri


def thermal_printer(
    general: GeneralSettings, *, uri: str | None = None, paper: str | None = None
) -> ThermalPrinter:
    """The configured printer, or the one ``uri`` names, on its paper or on ``paper``
    (another printer or paper than the configured ones gets the usual dots of that paper).
    ``NoPrinter`` when there is none; ``PrinterUriError`` (a ValueError with a code) for a
    URI that cannot be used."""
    text = (uri or general.printer_uri).strip()
    if not text:
        raise NoPrinter("no thermal printer configured")
    chosen = paper or general.printer_paper
    if chosen not in THERMAL_PAPERS:
        raise ValueError(f"a thermal ticket is 80mm or 58mm, not {chosen!r}")
    same = text == general.printer_uri.strip() and chosen == general.printer_paper
    dots = general.printer_dots if same else default_dots(chosen)
    layout = TicketLayout(chosen, dots, general.printer_codepage)
    return ThermalPrinter(parse_printer_uri(text), layout)


@service
class PrintService:
    """Composes the tickets of one profile and sends them to a thermal printer."""

    def __init__(
        self,
        lookup: VoucherLookup,
        merchant: Callable[[], Merchant],
        settings: Callable[[], GeneralSettings],
        *,
        environment: str,
        clock: Clock = utc_now,
        timeouts: Timeouts | None = None,
    ) -> None:
        """``merchant`` and ``settings`` are asked at each job, so what Ajustes saves (the
        merchant data, this station's printer) applies to the next ticket at once."""
        self._lookup = lookup
        self._merchant = merchant
        self._settings = settings
        self.environment = environment
        self._clock = clock
        self.timeouts = timeouts or Timeouts()

    @property
    def configured(self) -> bool:
        """Whether this station has a thermal printer (Imprimir then uses it)."""
        return bool(self._settings().printer_uri)

    @property
    def configured_uri(self) -> str:
        """This station's printer as set in Ajustes (empty: none)."""
        return self._settings().printer_uri

    def printer(self, uri: str | None = None, paper: str | None = None) -> ThermalPrinter:
        return thermal_printer(self._settings(), uri=uri, paper=paper)

    def voucher_bytes(self, voucher: VoucherView, printer: ThermalPrinter) -> bytes:
        """The voucher's ticket as ESC/POS; ``NoReceipt`` without a confirmed CIP."""
        document = document_for(voucher, self.environment, self._clock())
        return voucher_ticket(document, self._merchant(), printer.layout)

    def print_voucher(
        self, ref: str, *, uri: str | None = None, paper: str | None = None, copies: int = 1
    ) -> Delivery:
        """One voucher (by CIP, transaction code or ``#id``) on the thermal printer."""
        printer = self.printer(uri, paper)
        job = self.voucher_bytes(self._lookup.find(ref), printer)
        return send(printer.address, job, copies=copies, timeouts=self.timeouts)

    def print_sample(self, printer: ThermalPrinter | None = None) -> Delivery:
        """«Imprimir prueba»: on ``printer`` (a form not saved yet) or the configured one."""
        printer = printer or self.printer()
        job = sample_ticket(printer.layout, printer.uri, self._clock())
        return send(printer.address, job, timeouts=self.timeouts)

    def print_day_report(
        self, report: DayReport, *, uri: str | None = None, paper: str | None = None
    ) -> Delivery:
        """The Cierre del día as a ticket."""
        printer = self.printer(uri, paper)
        return send(printer.address, closing_ticket(report, printer.layout), timeouts=self.timeouts)


def print_service(runtime: Runtime, timeouts: Timeouts | None = None) -> PrintService:
    """The print service of an open profile: its vouchers, merchant data and settings."""
    return PrintService(
        runtime.lookup,
        runtime.merchant,
        lambda: runtime.general,
        environment=runtime.profile.environment.value,
        clock=runtime.clock,
        timeouts=timeouts,
    )
