"""This station's thermal printer from the screens: jobs on the task runner's device lane
(never on the GUI thread), each failure in plain Spanish, and «Reintentar impresión»."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.printing import (
    Delivery,
    NoPrinter,
    NoReceipt,
    PrinterFailure,
    PrinterUriError,
    PrintService,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.message_style import Severity, show_message
from desktop.ui.tasks import Lane, TaskRunner

_CONTEXT = "ThermalPrinting"
PROBLEMS = {
    "unreachable": QT_TRANSLATE_NOOP(
        "ThermalPrinting",
        "La impresora no responde en {uri}: revise que esté encendida y conectada a la red.",
    ),
    "unknown_host": QT_TRANSLATE_NOOP(
        "ThermalPrinting", "No se encuentra la impresora {uri} en la red: revise el nombre."
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "ThermalPrinting", "La impresora no terminó de recibir el ticket a tiempo."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "ThermalPrinting",
        "No se encuentra la impresora {uri}: revise el cable, el nombre o la cola.",
    ),
    "denied": QT_TRANSLATE_NOOP(
        "ThermalPrinting", "El sistema no da permiso para usar la impresora {uri}."
    ),
    "no_paper": QT_TRANSLATE_NOOP("ThermalPrinting", "La impresora no tiene papel."),
    "cover_open": QT_TRANSLATE_NOOP("ThermalPrinting", "La tapa de la impresora está abierta."),
    "printer_error": QT_TRANSLATE_NOOP(
        "ThermalPrinting",
        "La impresora está en error: revise el cortador, o apáguela y vuelva a encenderla.",
    ),
    "no_cups": QT_TRANSLATE_NOOP(
        "ThermalPrinting", "CUPS no está instalado en esta PC (falta el comando lp)."
    ),
    "cups_refused": QT_TRANSLATE_NOOP("ThermalPrinting", "CUPS rechazó el ticket: {detail}"),
    "windows_only": QT_TRANSLATE_NOOP(
        "ThermalPrinting", "Una impresora win32raw:// solo se usa desde Windows."
    ),
    "no_usb_backend": QT_TRANSLATE_NOOP(
        "ThermalPrinting", "Falta libusb para imprimir por USB en esta PC."
    ),
    "write_failed": QT_TRANSLATE_NOOP(
        "ThermalPrinting", "La impresora cortó la conexión a mitad del ticket."
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def problem_text(error: BaseException, uri: str = "", *, voucher: bool = True) -> str:
    """Why the ticket was not printed; for a voucher, that the charge itself is unchanged."""
    translate = QCoreApplication.translate
    if isinstance(error, NoPrinter):
        return translate(
            "ThermalPrinting", "No hay impresora térmica configurada (Ajustes → Impresoras)."
        )
    if isinstance(error, NoReceipt):
        return translate(
            "ThermalPrinting", "Este cobro no tiene un CIP confirmado: no hay voucher que imprimir."
        )
    if isinstance(error, PrinterUriError):
        return translate(
            "ThermalPrinting", "La dirección de la impresora no es válida (Ajustes → Impresoras)."
        )
    if isinstance(error, PrinterFailure):
        template = PROBLEMS.get(error.code)
        said = tr(template).format(uri=uri, detail=error.detail) if template else error.code
        if voucher:
            text = translate("ThermalPrinting", "No se imprimió: {problem} El cobro no cambió.")
        else:
            text = translate("ThermalPrinting", "No se imprimió: {problem}")
        return text.format(problem=said)
    return translate("ThermalPrinting", "No se imprimió: {error}").format(error=error)


def print_voucher(
    tasks: TaskRunner,
    owner: QWidget,
    printing: PrintService,
    voucher_id: int,
    on_printed: Callable[[Delivery], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """The voucher's ticket on this station's printer, on the device lane."""
    ref = f"#{voucher_id}"
    tasks.run(
        lambda: printing.print_voucher(ref), on_printed, on_failed, lane=Lane.DEVICE, owner=owner
    )


class PrintNotice(QWidget):
    """What the thermal printer did, under the print buttons; after a failure it offers
    «Reintentar impresión». Hidden when there is nothing to say."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Reintentar impresión"), self)
        self.retry_button.clicked.connect(self.retry_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.clear()

    def show_busy(self, uri: str) -> None:
        self._show(self.tr("Imprimiendo en {uri}…").format(uri=uri), Severity.INFO)

    def show_printed(self, delivery: Delivery) -> None:
        text = self.tr("Ticket impreso en {uri}.").format(uri=delivery.uri)
        if delivery.status is not None and delivery.status.paper_near_end:
            text += " " + self.tr("El papel se está acabando: tenga un rollo a la mano.")
            self._show(text, Severity.WARNING)
            return
        self._show(text, Severity.SUCCESS)

    def show_failure(self, error: BaseException, uri: str) -> None:
        self._show(problem_text(error, uri), Severity.ERROR, retry=True)

    def clear(self) -> None:
        self.label.clear()
        self.retry_button.hide()
        self.hide()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _show(self, text: str, severity: Severity, *, retry: bool = False) -> None:
        show_message(self.label, text, severity)
        self.retry_button.setVisible(retry)
        self.show()
