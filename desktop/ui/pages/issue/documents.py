"""The issued voucher's documents: «Imprimir» on this station's thermal printer when Ajustes
names one (else the system dialog), Ctrl+P always the dialog, «Guardar PDF»."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.printing import Delivery, PrintService
from desktop.services.receipts import ReceiptService
from desktop.services.share import voucher_file_name
from desktop.ui.context import UiEvents
from desktop.ui.documents import (
    DialogFactory,
    FailureWords,
    ask_pdf_path,
    failure_text,
    print_document,
    save_document,
    voucher_drawing,
    voucher_pdf,
)
from desktop.ui.pages.issue.outcome import Issued
from desktop.ui.pages.issue.result import ResultPanel
from desktop.ui.tasks import TaskRunner
from desktop.ui.thermal import print_voucher


class IssueDocuments(QObject):
    """Print and save for the page: one document job at a time (``working``)."""

    def __init__(
        self,
        page: QWidget,
        result: ResultPanel,
        tasks: TaskRunner,
        receipts: ReceiptService,
        events: UiEvents,
        *,
        printing: PrintService | None,
        print_dialog: DialogFactory | None,
    ) -> None:
        super().__init__(page)  # the page is reached as the parent: no cycle keeps it alive
        self._result, self._tasks = result, tasks
        self._receipts, self._events = receipts, events
        self.printing, self._print_dialog = printing, print_dialog
        self.working = False
        self.page_busy = False  # the page is issuing: the buttons stay off meanwhile

    @property
    def _page(self) -> QWidget:
        page = self.parent()
        assert isinstance(page, QWidget)
        return page

    @property
    def thermal(self) -> bool:
        return self.printing is not None and self.printing.configured

    def print_requested(self, issued: Issued | None) -> None:
        """«Imprimir»: the ticket on the thermal printer, or the system dialog."""
        if self.thermal:
            self.print_ticket(issued)
        else:
            self.print_dialog(issued)

    def print_dialog(self, issued: Issued | None) -> None:
        """The system print dialog in the format chosen beside the button, as vectors."""
        if issued is None or self.working:
            return
        paper = self._result.selected_paper()
        self._set_working(True, "print")
        print_document(
            self._tasks,
            self._page,
            voucher_drawing(self._receipts, issued.voucher_id, paper),
            self._on_printed,
            self._on_failed,
            kind=f"voucher-{paper.value}",
            dialog_factory=self._print_dialog,
            on_ready=lambda: self._set_working(False),
        )

    def print_ticket(self, issued: Issued | None) -> None:
        """The voucher on this station's thermal printer (device lane)."""
        printing = self.printing
        if issued is None or printing is None or self.working:
            return
        uri = printing.configured_uri
        self._set_working(True, "ticket")
        self._result.notice.show_busy(uri)
        print_voucher(
            self._tasks,
            self._page,
            printing,
            issued.voucher_id,
            self._on_ticket_printed,
            lambda error: self._on_ticket_failed(error, uri),
        )

    def save(self, issued: Issued | None) -> None:
        if issued is None or self.working or issued.cip is None:
            return
        path = ask_pdf_path(
            self._page,
            self.tr("Guardar voucher en PDF"),
            voucher_file_name(issued.cip),
            self.tr("Documento PDF (*.pdf)"),
        )
        if path is None:
            return
        pdf = voucher_pdf(self._receipts, issued.voucher_id, self._result.selected_paper())
        self._set_working(True, "save")
        save_document(self._tasks, self._page, pdf, path, self._on_saved, self._on_failed)

    def _on_ticket_printed(self, delivery: Delivery) -> None:
        self._set_working(False)
        self._result.notice.show_printed(delivery)
        self._events.status_message.emit(self.tr("Voucher enviado a la impresora"))

    def _on_ticket_failed(self, error: BaseException, uri: str) -> None:
        self._set_working(False)
        self._result.notice.show_failure(error, uri)

    def _on_saved(self, path: Path) -> None:
        self._set_working(False)
        self._events.status_message.emit(self.tr("Voucher guardado en {path}").format(path=path))

    def _on_printed(self, printed: bool) -> None:
        if printed:
            self._events.status_message.emit(self.tr("Voucher enviado a la impresora"))

    def _on_failed(self, error: BaseException) -> None:
        self._set_working(False)
        words = FailureWords(
            failed=self.tr("No se pudo preparar el voucher: {error}"),
            os_error=self.tr("No se pudo imprimir ni guardar el voucher: {error}"),
            no_receipt=self.tr(
                "Este cobro no tiene un CIP confirmado: no hay voucher que entregar."
            ),
        )
        QMessageBox.warning(self._page, self.tr("Voucher"), failure_text(error, words))

    def _set_working(self, working: bool, what: str = "") -> None:
        self.working = working
        self._result.set_working(working or self.page_busy, what)
