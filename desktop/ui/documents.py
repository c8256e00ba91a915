"""Voucher documents on screen: printed through the system print dialog (A4 or ticket)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PRINT_DPI = 300
DialogFactory = Callable[[QPrinter, QWidget | None], QDialog]


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
