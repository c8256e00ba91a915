"""A laid-out sheet as plain drawing orders (points, y downwards; colours as RGB 0-1): what a
painter other than reportlab needs to draw the same page as vectors (the system print
dialog's Qt painter). Text keeps its font file, size and left edge as reportlab measured it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color

from desktop.receipts import fonts
from desktop.receipts.sheet import Bars, Item, Line, Mark, Picture, Qr, Rect, Sheet, Text

Rgb = tuple[float, float, float]


@dataclass(frozen=True)
class TextRun:
    """One line of text from ``left``; ``baseline`` is its baseline."""

    left: float
    baseline: float
    text: str
    font_file: str
    size: float
    color: Rgb


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float
    fill: Rgb | None
    stroke: Rgb | None
    line_width: float
    radius: float


@dataclass(frozen=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    color: Rgb
    width: float
    dash: tuple[float, float] | None


@dataclass(frozen=True)
class Cells:
    """Dark rectangles (column, row, columns wide, rows tall) of a code, in modules."""

    left: float
    top: float
    module_width: float
    module_height: float
    cells: tuple[tuple[int, int, int, int], ...]


@dataclass(frozen=True)
class Photo:
    left: float
    top: float
    width: float
    height: float
    jpeg: bytes


@dataclass(frozen=True)
class Outline:
    """A big word centred on (cx, cy), turned ``angle`` degrees counter-clockwise."""

    cx: float
    cy: float
    text: str
    font_file: str
    size: float
    angle: float
    color: Rgb
    fill_alpha: float
    line_width: float
    stroke_alpha: float


Order = TextRun | Box | Rule | Cells | Photo | Outline


@dataclass(frozen=True)
class Page:
    """One page or ticket: its size in points, the side margin it keeps, what is on it."""

    width: float
    height: float
    margin: float
    orders: tuple[Order, ...]

    @property
    def size_mm(self) -> tuple[float, float]:
        return self.width * 25.4 / 72, self.height * 25.4 / 72


def _rgb(color: Color | None) -> Rgb | None:
    if color is None:
        return None
    red, green, blue = color.rgb()
    return float(red), float(green), float(blue)


def _order(item: Item) -> Order:
    if isinstance(item, Text):
        left, _, _, _ = item.bounds()
        color = _rgb(item.color) or (0.0, 0.0, 0.0)
        return TextRun(left, item.y, item.text, fonts.font_file(item.font), item.size, color)
    if isinstance(item, Rect):
        fill, stroke = _rgb(item.fill), _rgb(item.stroke)
        box = (item.left, item.top, item.width, item.height)
        return Box(*box, fill, stroke, item.line_width, item.radius)
    if isinstance(item, Line):
        color = _rgb(item.color) or (0.0, 0.0, 0.0)
        return Rule(item.x0, item.y0, item.x1, item.y1, color, item.width, item.dash)
    if isinstance(item, Qr):
        runs = tuple((column, row, length, 1) for row, column, length in item.symbol.runs)
        return Cells(item.left, item.top, item.module, item.module, runs)
    if isinstance(item, Bars):
        bars = tuple((offset, 0, span, 1) for offset, span in item.symbol.bars)
        return Cells(item.left, item.top, item.module, item.height, bars)
    if isinstance(item, Picture):
        return Photo(item.left, item.top, item.width, item.height, item.logo.jpeg)
    if isinstance(item, Mark):
        color = _rgb(item.color) or (0.0, 0.0, 0.0)
        face = fonts.font_file(item.font)
        word = (item.cx, item.cy, item.text, face, item.size, item.angle, color)
        return Outline(*word, item.fill_alpha, item.line_width, item.stroke_alpha)
    raise TypeError(f"no drawing order for {type(item).__name__}")


def to_page(sheet: Sheet) -> Page:
    """The sheet's items as drawing orders, in the order reportlab draws them."""
    return Page(sheet.width, sheet.height, sheet.margin, tuple(_order(i) for i in sheet.items))
