"""Voucher documents on screen: rendered off the GUI thread, printed, saved as PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.preview import page_images, page_sizes_mm
from desktop.services.receipts import NoReceipt, PaperFormat, ReceiptService
from desktop.services.share import save_pdf
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.tasks import Lane, TaskRunner

PRINT_DPI = 300
DialogFactory = Callable[[QPrinter, QWidget | None], QDialog]
PdfWork = Callable[[], bytes]  # runs on a worker thread: one voucher's PDF
Rendered = tuple[bytes, list[bytes]]  # the PDF and its pages as PNG images
Failure = Callable[[BaseException], None]


def _system_dialog(printer: QPrinter, parent: QWidget | None) -> QDialog:
    return QPrintDialog(printer, parent)


def page_size_for(width_mm: float, height_mm: float) -> QPageSize:
    """A4 stays A4; a ticket gets a custom page exactly its size."""
    if abs(width_mm - 210) < 1 and abs(height_mm - 297) < 1:
        return QPageSize(QPageSize.PageSizeId.A4)
    return QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "Ticket")


def print_pages(
    images: list[bytes],
    size_mm: tuple[float, float],
    parent: QWidget | None = None,
    dialog_factory: DialogFactory = _system_dialog,
    printer: QPrinter | None = None,
) -> bool:
    """Ask where to print, then print each page image at full page size. False if cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            page_size_for(*size_mm), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    printer.setFullPage(True)
    dialog = dialog_factory(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, data in enumerate(images):
            if number:
                printer.newPage()
            image = QImage.fromData(data)
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True


def voucher_pdf(receipts: ReceiptService, voucher_id: int, paper: str) -> PdfWork:
    """Work that asks the receipt service for the voucher's PDF on ``paper``."""
    ref, chosen = f"#{voucher_id}", PaperFormat(paper)
    return lambda: receipts.render(ref, chosen)


@dataclass(frozen=True)
class FailureWords:
    """How one screen says that a document could not be made (its own translated words)."""

    failed: str  # with {error}
    os_error: str | None = None  # with {error}: the printer or the disk refused; else ``failed``
    no_receipt: str | None = None  # no confirmed CIP; else like any other failure


def failure_text(error: BaseException, words: FailureWords) -> str:
    """The sentence for ``error``: an OSError gives its reason (strerror) when it has one."""
    if isinstance(error, NoReceipt) and words.no_receipt is not None:
        return words.no_receipt
    if isinstance(error, OSError):
        return (words.os_error or words.failed).format(error=error.strerror or str(error))
    return words.failed.format(error=str(error))


def ask_pdf_path(parent: QWidget, title: str, file_name: str, file_filter: str) -> Path | None:
    """Where to save a PDF (in the last folder used, Documents at first); ``.pdf`` added when
    the name lacks it."""
    return ask_save_path(parent, title, file_name, file_filter, (".pdf",))


def render_pages(
    tasks: TaskRunner,
    owner: QWidget,
    pdf: PdfWork,
    dpi: int,
    on_rendered: Callable[[Rendered], None],
    on_failed: Failure,
) -> None:
    """The PDF and its pages as images at ``dpi`` (the on-screen preview), for ``owner``."""

    def work() -> Rendered:
        data = pdf()
        return data, page_images(data, dpi)

    tasks.run(work, on_rendered, on_failed, owner=owner)


def print_document(
    tasks: TaskRunner,
    owner: QWidget,
    pdf: PdfWork,
    on_printed: Callable[[bool], None],
    on_failed: Failure,
    *,
    dialog_factory: DialogFactory | None = None,
    parent: QWidget | None = None,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """Pages rendered at printer resolution, then the system print dialog over ``parent``
    (``owner`` by default); ``on_ready`` just before it opens, ``on_printed(False)`` when
    cancelled, ``on_failed`` when rendering fails or the printer cannot start."""
    dialog_parent = parent if parent is not None else owner
    factory = dialog_factory or _system_dialog

    def work() -> tuple[list[bytes], list[tuple[float, float]]]:
        data = pdf()
        return page_images(data, PRINT_DPI), page_sizes_mm(data)

    def ready(pages: tuple[list[bytes], list[tuple[float, float]]]) -> None:
        if on_ready is not None:
            on_ready()
        images, sizes = pages
        try:
            printed = print_pages(images, sizes[0], dialog_parent, factory)
        except OSError as error:
            on_failed(error)
            return
        on_printed(printed)

    tasks.run(work, ready, on_failed, owner=owner)


def save_document(
    tasks: TaskRunner,
    owner: QWidget,
    pdf: PdfWork,
    path: Path,
    on_saved: Callable[[Path], None],
    on_failed: Failure,
) -> None:
    """Write the PDF to ``path`` on the storage lane (services.share.save_pdf: atomically)."""
    tasks.run(lambda: save_pdf(path, pdf()), on_saved, on_failed, lane=Lane.STORAGE, owner=owner)
