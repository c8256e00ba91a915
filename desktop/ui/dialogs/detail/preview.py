"""The receipt preview of one voucher, with its format selector, reprint and "Guardar PDF"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.printing import Delivery, PrintService
from desktop.services.receipts import NoReceipt, ReceiptService
from desktop.ui.documents import (
    DialogFactory,
    FailureWords,
    PdfWork,
    ask_pdf_path,
    failure_text,
    print_document,
    render_pages,
    save_document,
    voucher_drawing,
    voucher_pdf,
)
from desktop.ui.message_style import Severity
from desktop.ui.page_view import PageView
from desktop.ui.tasks import TaskRunner
from desktop.ui.thermal import PrintNotice, print_voucher

PREVIEW_DPI = 110


class PreviewPanel(QWidget):
    """Renders the voucher in the task runner and shows its pages, fitted to the width."""

    feedback_changed = Signal(str, str)  # a short note for the dialog's footer, its severity
    file_saved = Signal(object)  # the Path a PDF was written to («Abrir carpeta»)
    no_receipt_found = Signal()  # the voucher has no confirmed CIP after all

    def __init__(
        self,
        tasks: TaskRunner,
        receipts: ReceiptService,
        voucher_id: int,
        paper: str = "a4",
        dialog_factory: DialogFactory | None = None,
        printing: PrintService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``printing``: with a thermal printer set in Ajustes, «Imprimir» prints the ticket
        on it; Ctrl+P (``print_current``) always opens the system dialog."""
        super().__init__(parent)
        self._tasks = tasks
        self._dialog_factory = dialog_factory
        self._printing = printing
        self._ticket_busy = False
        self._receipts = receipts
        self._voucher_id = voucher_id
        self._available = False
        self._request = 0
        self._pdf: bytes | None = None
        self._pdf_paper: str | None = None
        self.file_name = f"voucher-{voucher_id}"
        self._build(paper)

    def _build(self, paper: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        title = QLabel(self.tr("Vista previa"), self)
        title.setStyleSheet("font-weight:600;")
        self.format_box = QComboBox(self)
        for value, label in (
            ("a4", self.tr("A4")),
            ("80mm", self.tr("Ticket 80 mm")),
            ("58mm", self.tr("Ticket 58 mm")),
        ):
            self.format_box.addItem(label, value)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(paper)))
        self.format_box.setToolTip(self.tr("Formato del comprobante"))
        self.print_button = QPushButton(self.tr("Imprimir…"), self)
        self.print_button.setToolTip(self.tr("Imprimir en el formato elegido (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Guardar PDF…"), self)
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.format_box)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.notice = PrintNotice(self)
        layout.addWidget(self.notice)
        if self.thermal_uri:
            self.print_button.setText(self.tr("Imprimir ticket"))
            self.print_button.setToolTip(
                self.tr("Imprimir el ticket en {uri} (Ctrl+P: elegir impresora y formato)").format(
                    uri=self.thermal_uri
                )
            )

        self.scroll_area = PageView(self)
        self.pages, self.message = self.scroll_area.pages, self.scroll_area.message
        layout.addWidget(self.scroll_area, 1)

        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.notice.retry_requested.connect(self.print_ticket)
        self.save_button.clicked.connect(self._on_save_clicked)
        self._set_buttons(False)

    # -- state -------------------------------------------------------------------------

    @property
    def paper(self) -> str:
        return str(self.format_box.currentData())

    @property
    def page_labels(self) -> list[QLabel]:
        return self.scroll_area.page_labels

    def _set_buttons(self, enabled: bool) -> None:
        for widget in (self.format_box, self.print_button, self.save_button):
            widget.setEnabled(enabled)

    def show_unavailable(self, text: str) -> None:
        """No confirmed CIP: nothing is rendered, the reason is shown instead."""
        self._available = False
        self._request += 1
        self.scroll_area.show_message(text)
        self._set_buttons(False)

    def show_available(self, file_name: str) -> None:
        """The voucher has a CIP: render it in the chosen format."""
        self._available = True
        self.file_name = file_name
        self._set_buttons(True)
        self.render_preview()

    def render_preview(self) -> None:
        self._request += 1
        request, paper = self._request, self.paper
        self.scroll_area.show_message(self.tr("Preparando la vista previa…"))
        render_pages(
            self._tasks,
            self,
            voucher_pdf(self._receipts, self._voucher_id, paper),
            PREVIEW_DPI,
            lambda result: self._on_render_done(request, paper, result),
            lambda error: self._on_render_failed(request, error),
        )

    def _on_render_done(self, request: int, paper: str, result: Any) -> None:
        if request != self._request:  # a newer render was asked for meanwhile
            return
        pdf, images = result
        self._pdf, self._pdf_paper = pdf, paper
        self.scroll_area.show_images(images)

    def _on_render_failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        if isinstance(error, NoReceipt):
            self.no_receipt_found.emit()
            return
        self.scroll_area.show_message(
            self.tr("No se pudo preparar la vista previa: {error}").format(error=error),
            Severity.ERROR,
        )

    def _on_format_changed(self, _index: int) -> None:
        if self._available:
            self.render_preview()

    # -- print and save ----------------------------------------------------------------

    def _pdf_job(self) -> PdfWork:
        """Work that returns the PDF of the chosen format (reusing the preview's when it fits)."""
        cached = self._pdf if self._pdf_paper == self.paper else None
        if cached:
            return lambda: cached
        return voucher_pdf(self._receipts, self._voucher_id, self.paper)

    @property
    def thermal_uri(self) -> str:
        """This station's thermal printer (empty: none, «Imprimir» opens the dialog)."""
        return self._printing.configured_uri if self._printing is not None else ""

    def _on_print_clicked(self) -> None:
        if self.thermal_uri:
            self.print_ticket()
        else:
            self.print_current()

    def print_current(self) -> None:
        """Ctrl+P: the system print dialog, in the chosen format, as vectors."""
        if not self._available:
            return
        self.feedback_changed.emit(self.tr("Preparando la impresión…"), Severity.INFO)
        print_document(
            self._tasks,
            self,
            voucher_drawing(self._receipts, self._voucher_id, self.paper),
            self._on_printed,
            self._on_job_failed,
            kind=f"voucher-{self.paper}",
            dialog_factory=self._dialog_factory,
            parent=self.window(),
        )

    def print_ticket(self) -> None:
        """The voucher on this station's thermal printer (device lane); the outcome under the
        buttons, with «Reintentar impresión» after a failure."""
        printing, uri = self._printing, self.thermal_uri
        if not self._available or printing is None or not uri or self._ticket_busy:
            return
        self._ticket_busy = True
        self.notice.show_busy(uri)
        print_voucher(
            self._tasks,
            self,
            printing,
            self._voucher_id,
            self._on_ticket_printed,
            lambda error: self._on_ticket_failed(error, uri),
        )

    def _on_ticket_printed(self, delivery: Delivery) -> None:
        self._ticket_busy = False
        self.notice.show_printed(delivery)

    def _on_ticket_failed(self, error: BaseException, uri: str) -> None:
        self._ticket_busy = False
        self.notice.show_failure(error, uri)

    def _on_printed(self, printed: bool) -> None:
        self.feedback_changed.emit(
            self.tr("Comprobante enviado a la impresora.") if printed else "", Severity.SUCCESS
        )

    def _on_save_clicked(self) -> None:
        if not self._available:
            return
        target = ask_pdf_path(
            self,
            self.tr("Guardar comprobante en PDF"),
            f"{self.file_name}-{self.paper}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if target is not None:
            save_document(
                self._tasks, self, self._pdf_job(), target, self._on_saved, self._on_job_failed
            )

    def _on_saved(self, target: Path) -> None:
        self.feedback_changed.emit(
            self.tr("PDF guardado en {path}").format(path=target), Severity.SUCCESS
        )
        self.file_saved.emit(target)

    def _on_job_failed(self, error: BaseException) -> None:
        words = FailureWords(failed=self.tr("No se pudo completar: {error}"))
        self.feedback_changed.emit(failure_text(error, words), Severity.ERROR)
