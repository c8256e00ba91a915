"""Paints a document page (the services' drawing orders) with QPainter, as vectors: text in
the voucher's own DejaVu faces, codes as filled rectangles, so a printer or Qt's PDF output
gets sharp text and codes at its own resolution."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from desktop.resources import resource_path
from desktop.services.receipts import Box, Cells, Outline, Page, Photo, Rule, TextRun

Rgb = tuple[float, float, float]
At = Callable[[float, float], QPointF]


@cache
def _family(font_file: str) -> tuple[str, bool]:
    """The family Qt knows a bundled face by, and whether it is bold (loaded once)."""
    loaded = QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{font_file}")))
    names = QFontDatabase.applicationFontFamilies(loaded) if loaded >= 0 else []
    condensed = [name for name in names if "Condensed" in name]
    family = (condensed or names or ["DejaVu Sans"])[-1]
    return family, "Bold" in font_file


def qt_font(font_file: str, size: float, scale: float, device_dpi: float) -> QFont:
    """The face at ``size`` points times ``scale`` device pixels per point, with neither
    kerning nor hinting: the advances then match the ones reportlab measured for the layout."""
    family, bold = _family(font_file)
    font = QFont(family)
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setPointSizeF(size * scale * 72 / device_dpi)
    return font


def _color(rgb: Rgb, alpha: float = 1.0) -> QColor:
    return QColor.fromRgbF(rgb[0], rgb[1], rgb[2], alpha)


def paint_page(painter: QPainter, page: Page, origin: QPointF, scale: float) -> None:
    """Draw ``page`` with its top-left corner at ``origin`` (device pixels), ``scale`` device
    pixels per point in both directions (the aspect ratio is always kept)."""
    dpi = float(painter.device().logicalDpiY())

    def at(x: float, y: float) -> QPointF:
        return QPointF(origin.x() + x * scale, origin.y() + y * scale)

    def box(left: float, top: float, width: float, height: float) -> QRectF:
        return QRectF(at(left, top), at(left + width, top + height))

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for order in page.orders:
        if isinstance(order, TextRun):
            painter.setFont(qt_font(order.font_file, order.size, scale, dpi))
            painter.setPen(_color(order.color))
            painter.drawText(at(order.left, order.baseline), order.text)
        elif isinstance(order, Box):
            fill = QBrush(_color(order.fill)) if order.fill else QBrush(Qt.BrushStyle.NoBrush)
            painter.setBrush(fill)
            if order.stroke:
                painter.setPen(QPen(_color(order.stroke), order.line_width * scale))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            radius = order.radius * scale
            painter.drawRoundedRect(
                box(order.left, order.top, order.width, order.height), radius, radius
            )
        elif isinstance(order, Rule):
            _rule(painter, order, at, scale)
        elif isinstance(order, Cells):
            _cells(painter, order, at(order.left, order.top), scale)
        elif isinstance(order, Photo):
            image = QImage.fromData(order.jpeg)
            painter.drawImage(box(order.left, order.top, order.width, order.height), image)
        elif isinstance(order, Outline):
            _outline(painter, order, at(order.cx, order.cy), scale, dpi)
    painter.restore()


def _rule(painter: QPainter, order: Rule, at: At, scale: float) -> None:
    pen = QPen(_color(order.color), order.width * scale)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if order.dash:
        pen.setDashPattern([part / order.width for part in order.dash])  # in pen widths
    painter.setPen(pen)
    painter.drawLine(at(order.x0, order.y0), at(order.x1, order.y1))


def _cells(painter: QPainter, order: Cells, corner: QPointF, scale: float) -> None:
    """A code's dark modules as one filled path."""
    path = QPainterPath()
    width, height = order.module_width * scale, order.module_height * scale
    for column, row, columns, rows in order.cells:
        left, top = corner.x() + column * width, corner.y() + row * height
        path.addRect(left, top, columns * width, rows * height)
    painter.fillPath(path, QColor(0, 0, 0))


def _outline(painter: QPainter, order: Outline, centre: QPointF, scale: float, dpi: float) -> None:
    """The big diagonal word (EXPIRADO, ANULADO): outlined, or lightly filled and outlined."""
    font = qt_font(order.font_file, order.size, scale, dpi)
    font.setPixelSize(max(1, round(order.size * scale)))  # a path has no device: pixels
    width = QFontMetricsF(font).horizontalAdvance(order.text)
    path = QPainterPath()
    # Centred on the cap height (0.73 em in DejaVu), as the PDF does.
    path.addText(QPointF(-width / 2, order.size * scale * 0.365), font, order.text)
    turn = QTransform()
    turn.translate(centre.x(), centre.y())
    turn.rotate(-order.angle)  # counter-clockwise on the page, y pointing down
    path = turn.map(path)
    if order.fill_alpha > 0:
        painter.fillPath(path, _color(order.color, order.fill_alpha))
    painter.strokePath(
        path, QPen(_color(order.color, order.stroke_alpha), order.line_width * scale)
    )
