"""Voucher documents on screen: rendered off the GUI thread, printed, saved as PDF.

The system print dialog gets the page at its real size (A4, or a ticket 80 or 58 mm wide and
as long as its content), portrait, painted as vectors at the printer's own resolution. It
opens on the printer last used for that kind of document and format."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.preview import page_images
from desktop.services.receipts import NoReceipt, Page, PaperFormat, ReceiptService
from desktop.services.share import save_pdf
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.page_painter import paint_page
from desktop.ui.tasks import Lane, TaskRunner
from desktop.ui.ui_state import last_printer, remember_printer

DialogFactory = Callable[[QPrinter, QWidget | None], QDialog]
PdfWork = Callable[[], bytes]  # runs on a worker thread: one voucher's PDF
DrawingWork = Callable[[], tuple[Page, ...]]  # runs on a worker thread: its pages to paint
Rendered = tuple[bytes, list[bytes]]  # the PDF and its pages as PNG images
Failure = Callable[[BaseException], None]


def _system_dialog(printer: QPrinter, parent: QWidget | None) -> QDialog:
    return QPrintDialog(printer, parent)


def page_size_for(width_mm: float, height_mm: float) -> QPageSize:
    """A4 stays A4; a ticket gets a custom page of its size, rounded up to whole points (Qt
    keeps page sizes in whole points: rounding down would cut a sliver off the ticket)."""
    if abs(width_mm - 210) < 1 and abs(height_mm - 297) < 1:
        return QPageSize(QPageSize.PageSizeId.A4)
    points = QSizeF(math.ceil(width_mm * 72 / 25.4), math.ceil(height_mm * 72 / 25.4))
    return QPageSize(points, QPageSize.Unit.Point, "Ticket")


def print_pages(
    pages: Sequence[Page],
    parent: QWidget | None = None,
    dialog_factory: DialogFactory = _system_dialog,
    printer: QPrinter | None = None,
    kind: str = "",
) -> bool:
    """Ask where to print (on the printer last used for ``kind``), then paint each page as
    vectors at its own size. False if cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    remembered = last_printer(kind) if kind else None
    if remembered and remembered in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(remembered)  # first: choosing a printer resets its page
    layout = QPageLayout(
        page_size_for(*pages[0].size_mm), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    dialog = dialog_factory(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    # The dialog puts the printer's default paper back (Letter or A4): the page is the
    # document's own size, whatever printer was chosen.
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    if kind and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        remember_printer(kind, printer.printerName())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            origin, scale = placement(printer, page)
            paint_page(painter, page, origin, scale)
    finally:
        painter.end()
    return True


def placement(printer: QPrinter, page: Page) -> tuple[QPointF, float]:
    """Where the page goes on the paper and how many device pixels a point takes: its real
    size from the paper's corner, unless the printer's own margins would cut its content
    (the page less its side margins); then smaller, centred in what the printer can print.
    Never larger, never stretched."""
    natural = printer.resolution() / 72
    layout = QPageLayout(printer.pageLayout())
    layout.setMargins(layout.minimumMargins())
    printable = QRectF(layout.paintRectPixels(printer.resolution()))
    content = QRectF(
        page.margin * natural, 0, (page.width - 2 * page.margin) * natural, page.height * natural
    )
    slack = natural  # pages are whole points: a rounding point is no reason to shrink
    if printable.adjusted(-slack, -slack, slack, slack).contains(content):
        return QPointF(0, 0), natural
    shrink = min(1.0, printable.width() / content.width(), printable.height() / content.height())
    scale = natural * shrink
    left = printable.left() + (printable.width() - content.width() * shrink) / 2
    return QPointF(left - page.margin * scale, printable.top()), scale


def voucher_drawing(receipts: ReceiptService, voucher_id: int, paper: str) -> DrawingWork:
    """Work that asks the receipt service for the voucher's page on ``paper``, as vectors."""
    ref, chosen = f"#{voucher_id}", PaperFormat(paper)
    return lambda: receipts.drawing(ref, chosen)


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
    drawing: DrawingWork,
    on_printed: Callable[[bool], None],
    on_failed: Failure,
    *,
    kind: str = "",
    dialog_factory: DialogFactory | None = None,
    parent: QWidget | None = None,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """The pages laid out off the GUI thread, then the system print dialog over ``parent``
    (``owner`` by default) on the printer last used for ``kind`` (``voucher-80mm``…);
    ``on_ready`` just before it opens, ``on_printed(False)`` when cancelled, ``on_failed``
    when the layout fails or the printer cannot start."""
    dialog_parent = parent if parent is not None else owner
    factory = dialog_factory or _system_dialog

    def ready(pages: tuple[Page, ...]) -> None:
        if on_ready is not None:
            on_ready()
        try:
            printed = print_pages(pages, dialog_parent, factory, kind=kind)
        except OSError as error:
            on_failed(error)
            return
        on_printed(printed)

    tasks.run(drawing, ready, on_failed, owner=owner)


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
