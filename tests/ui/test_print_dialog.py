"""The system print dialog's path, printed through Qt's own PDF output: the page is the
voucher's real size (A4, or a ticket 80 or 58 mm wide and as long as its content), painted as
vectors (the text is text, the codes decode from a render), never stretched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QSizeF, QTimer
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.receipts import PaperFormat, layout_voucher
from desktop.receipts.drawing import to_page
from desktop.receipts.model import DocumentState
from desktop.ui.documents import page_size_for, placement, print_pages
from desktop.ui.ui_state import last_printer, remember_printer
from tests.receipts.helpers import MERCHANT, URL, decode, page_size, page_text, rasterise, voucher

SIZES_MM = {PaperFormat.A4: (210.0, 297.0), PaperFormat.TICKET_80: (80.0, None),
            PaperFormat.TICKET_58: (58.0, None)}  # fmt: skip


class Accept(QDialog):
    """The print dialog's stand-in: the user presses «Imprimir» on what was prepared."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(parent)

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted.value


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize("paper", list(PaperFormat), ids=lambda p: p.value)
def test_qt_pdf_output_is_the_real_size_in_vectors(
    qtbot: QtBot, tmp_path: Path, paper: PaperFormat
) -> None:
    doc = voucher(environment="demo", state=DocumentState.PENDING)
    page = to_page(layout_voucher(doc, MERCHANT, paper))
    out = tmp_path / f"dialog-{paper.value}.pdf"

    assert print_pages((page,), None, Accept, pdf_printer(out), kind=f"voucher-{paper.value}")

    pdf = out.read_bytes()
    width, height = (side * 25.4 / 72 for side in page_size(pdf))
    expected_width, expected_height = SIZES_MM[paper]
    # within the point Qt rounds custom pages up to (so nothing is cut)
    assert abs(width - expected_width) < 0.36, width
    assert abs(height - (expected_height or page.size_mm[1])) < 0.36, height
    assert height > width  # portrait, whatever the length of the ticket
    text = page_text(pdf)
    for words in ("Págalo antes del", "11323796", "S/ 1,500.15", "Pastelería Doña Núñez",
                  "MIL QUINIENTOS CON 15/100 SOLES", "DEMO — SIN VALOR"):  # fmt: skip
        assert words.upper() in text.upper(), words
    assert decode(pdf, 0, paper) == {"qr": [URL], "code128": ["11323796"]}
    rasterise(pdf, 0, 2.0).save(tmp_path / f"dialog-{paper.value}.png")
    assert last_printer(f"voucher-{paper.value}") is None  # a PDF file is no printer to recall


def test_qts_own_dialog_keeps_the_ticket_size(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt's print dialog puts the printer's default paper (Letter) back when it is accepted:
    the ticket still prints on a page its own size."""
    page = to_page(layout_voucher(voucher(), MERCHANT, PaperFormat.TICKET_58))
    out = tmp_path / "dialogo.pdf"

    def qt_dialog(printer: QPrinter, parent: QWidget | None) -> QDialog:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # «Imprimir a archivo»
        printer.setOutputFileName(str(out))
        dialog = QPrintDialog(printer, parent)
        QTimer.singleShot(0, dialog.accept)  # the user presses «Imprimir»
        return dialog

    assert print_pages((page,), None, qt_dialog)
    width, height = (side * 25.4 / 72 for side in page_size(out.read_bytes()))
    assert abs(width - 58) < 0.36 and abs(height - page.size_mm[1]) < 0.36


def test_a_smaller_paper_shrinks_the_ticket_never_stretches_it(qtbot: QtBot) -> None:
    page = to_page(layout_voucher(voucher(), MERCHANT, PaperFormat.TICKET_80))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    natural = printer.resolution() / 72
    size = page_size_for(*page.size_mm)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    origin, scale = placement(printer, page)
    assert (origin.x(), origin.y(), scale) == (0, 0, natural)  # its own size: as it is

    smaller = QPageSize(QSizeF(58, page.size_mm[1]), QPageSize.Unit.Millimeter, "58")
    printer.setPageLayout(QPageLayout(smaller, QPageLayout.Orientation.Portrait, QMarginsF()))
    origin, scale = placement(printer, page)
    content = (page.width - 2 * page.margin) * scale
    assert scale < natural  # the whole content fits the narrower paper, same proportions
    paper_px = printer.paperRect(QPrinter.Unit.DevicePixel).width()
    left = origin.x() + page.margin * scale
    assert abs(left - (paper_px - content) / 2) < 1 and origin.y() == 0


def test_the_last_printer_is_remembered_per_document_kind() -> None:
    remember_printer("voucher-80mm", "POS-80 (caja 1)")
    remember_printer("voucher-a4", "HP LaserJet")
    assert last_printer("voucher-80mm") == "POS-80 (caja 1)"
    assert last_printer("voucher-a4") == "HP LaserJet"
    assert last_printer("voucher-58mm") is None
