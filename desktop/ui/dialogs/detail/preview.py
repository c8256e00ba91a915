"""The receipt preview of one voucher, with its format selector, reprint and "Guardar PDF"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.preview import page_images, page_sizes_mm
from desktop.services.receipts import NoReceipt, PaperFormat, ReceiptService
from desktop.services.share import save_pdf
from desktop.ui.documents import PRINT_DPI, DialogFactory, print_pages
from desktop.ui.tasks import Lane, TaskRunner

PREVIEW_DPI = 110


class PreviewPanel(QWidget):
    """Renders the voucher in the task runner and shows its pages, fitted to the width."""

    feedback_changed = Signal(str)  # a short note for the dialog's footer
    no_receipt_found = Signal()  # the voucher has no confirmed CIP after all

    def __init__(
        self,
        tasks: TaskRunner,
        receipts: ReceiptService,
        voucher_id: int,
        paper: str = "a4",
        dialog_factory: DialogFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._receipts = receipts
        self._voucher_id = voucher_id
        self._dialog_factory = dialog_factory
        self._available = False
        self._request = 0
        self._pdf: bytes | None = None
        self._pdf_paper: str | None = None
        self._pixmaps: list[QPixmap] = []
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

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setStyleSheet("QScrollArea{background:#e6e9ec;}")
        self.pages = QWidget()
        self.pages.setStyleSheet("background:#e6e9ec;")
        self._pages_layout = QVBoxLayout(self.pages)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._pages_layout.setSpacing(12)
        self.message = QLabel(self.pages)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.message.setStyleSheet("color:#444;font-size:13px;padding:24px;")
        self._pages_layout.addWidget(self.message)
        self.scroll.setWidget(self.pages)
        layout.addWidget(self.scroll, 1)

        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self._on_save_clicked)
        self._set_buttons(False)

    # -- state -------------------------------------------------------------------------

    @property
    def paper(self) -> str:
        return str(self.format_box.currentData())

    @property
    def page_labels(self) -> list[QLabel]:
        return [label for label in self.pages.findChildren(QLabel) if label is not self.message]

    def _set_buttons(self, enabled: bool) -> None:
        for widget in (self.format_box, self.print_button, self.save_button):
            widget.setEnabled(enabled)

    def show_unavailable(self, text: str) -> None:
        """No confirmed CIP: nothing is rendered, the reason is shown instead."""
        self._available = False
        self._request += 1
        self._clear_pages()
        self.message.setText(text)
        self.message.show()
        self._set_buttons(False)

    def show_available(self, file_name: str) -> None:
        """The voucher has a CIP: render it in the chosen format."""
        self._available = True
        self.file_name = file_name
        self._set_buttons(True)
        self.render()

    def render(self) -> None:
        self._request += 1
        request, paper = self._request, self.paper
        self._clear_pages()
        self.message.setText(self.tr("Preparando la vista previa…"))
        self.message.show()
        receipts, ref = self._receipts, f"#{self._voucher_id}"

        def work() -> tuple[bytes, list[bytes]]:
            pdf = receipts.render(ref, PaperFormat(paper))
            return pdf, page_images(pdf, PREVIEW_DPI)

        self._tasks.run(
            work,
            lambda result: self._on_render_done(request, paper, result),
            lambda error: self._on_render_failed(request, error),
            owner=self,
        )

    def _on_render_done(self, request: int, paper: str, result: Any) -> None:
        if request != self._request:  # a newer render was asked for meanwhile
            return
        pdf, images = result
        self._pdf, self._pdf_paper = pdf, paper
        self._pixmaps = []
        for data in images:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            self._pixmaps.append(pixmap)
        self.message.hide()
        for _page in self._pixmaps:
            label = QLabel(self.pages)
            label.setStyleSheet("background:white;border:1px solid #c8ccd0;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._pages_layout.addWidget(label)
        self._fit()

    def _on_render_failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        if isinstance(error, NoReceipt):
            self.no_receipt_found.emit()
            return
        self.message.setText(
            self.tr("No se pudo preparar la vista previa: {error}").format(error=error)
        )

    def _clear_pages(self) -> None:
        for label in self.page_labels:
            label.deleteLater()
            label.setParent(None)
        self._pixmaps = []

    def _fit(self) -> None:
        width = max(self.scroll.viewport().width() - 32, 120)
        for label, pixmap in zip(self.page_labels, self._pixmaps, strict=False):
            shown = pixmap
            if pixmap.width() > width:
                shown = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(shown)
            label.setFixedSize(shown.size())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._pixmaps:
            self._fit()

    def _on_format_changed(self, _index: int) -> None:
        if self._available:
            self.render()

    # -- print and save ----------------------------------------------------------------

    def _pdf_job(self) -> Any:
        """Work that returns the PDF of the chosen format (reusing the preview's when it fits)."""
        paper, receipts, ref = self.paper, self._receipts, f"#{self._voucher_id}"
        cached = self._pdf if self._pdf_paper == paper else None

        def pdf() -> bytes:
            return cached or receipts.render(ref, PaperFormat(paper))

        return pdf

    def print_current(self) -> None:
        """Reprint in the chosen format (page images at printer resolution)."""
        if not self._available:
            return
        pdf = self._pdf_job()

        def work() -> tuple[list[bytes], list[tuple[float, float]]]:
            data = pdf()
            return page_images(data, PRINT_DPI), page_sizes_mm(data)

        self.feedback_changed.emit(self.tr("Preparando la impresión…"))
        self._tasks.run(work, self._on_print_ready, self._on_job_failed, owner=self)

    def _on_print_ready(self, result: Any) -> None:
        images, sizes = result
        extra = {"dialog_factory": self._dialog_factory} if self._dialog_factory else {}
        try:
            printed = print_pages(images, sizes[0], self.window(), **extra)
        except OSError as exc:
            self._on_job_failed(exc)
            return
        self.feedback_changed.emit(
            self.tr("Comprobante enviado a la impresora.") if printed else ""
        )

    def _on_save_clicked(self) -> None:
        if not self._available:
            return
        suggested = str(Path.home() / f"{self.file_name}-{self.paper}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar comprobante en PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        pdf, target = self._pdf_job(), Path(path)

        def work() -> Path:
            return save_pdf(target, pdf())

        self._tasks.run(work, self._on_saved, self._on_job_failed, lane=Lane.STORAGE, owner=self)

    def _on_saved(self, target: Path) -> None:
        self.feedback_changed.emit(self.tr("PDF guardado en {path}").format(path=target))

    def _on_job_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            text = self.tr("No se pudo completar: {error}").format(error=error.strerror or error)
        else:
            text = self.tr("No se pudo completar: {error}").format(error=error)
        self.feedback_changed.emit(text)
