"""A page as placed items with known bounds: layouts build it, tests inspect it, render draws it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal, Protocol

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from desktop.receipts import codes, fonts
from desktop.receipts.logo import Logo

Align = Literal["left", "center", "right"]
Box = tuple[float, float, float, float]  # left, top, right, bottom; y grows downwards


class Item(Protocol):
    """Something drawn on the sheet. ``kind`` is text, shape, code, picture or mark."""

    @property
    def kind(self) -> str: ...

    def bounds(self) -> Box: ...

    def draw(self, canvas: Canvas, page_height: float) -> None: ...


@dataclass(frozen=True)
class Text:
    """One line of text; ``y`` is the baseline, ``x`` the anchor for ``align``."""

    x: float
    y: float
    text: str
    font: str
    size: float
    color: Color = black
    align: Align = "left"
    kind: str = "text"

    def bounds(self) -> Box:
        span = fonts.width(self.text, self.font, self.size)
        left = {"left": self.x, "center": self.x - span / 2, "right": self.x - span}[self.align]
        ascent, descent = fonts.ascent_descent(self.font, self.size)
        return left, self.y - ascent, left + span, self.y + descent

    def draw(self, canvas: Canvas, page_height: float) -> None:
        writer = _TextWriter(canvas)
        writer.add(self, page_height)
        writer.flush()


class _TextWriter:
    """Runs of text items in one PDF text object, font and colour set only when they change."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.text: PDFTextObject | None = None
        self.font: tuple[str, float] | None = None
        self.color: Color | None = None

    def add(self, item: Text, page_height: float) -> None:
        if self.text is None:
            self.text = self.canvas.beginText()
            self.font = self.color = None
        if self.font != (item.font, item.size):
            self.text.setFont(item.font, item.size)
            self.font = (item.font, item.size)
        if self.color != item.color:
            self.text.setFillColor(item.color)
            self.color = item.color
        left = item.x
        if item.align != "left":
            span = fonts.width(item.text, item.font, item.size)
            left -= span / 2 if item.align == "center" else span
        self.text.setTextOrigin(left, page_height - item.y)
        self.text.textOut(item.text)

    def flush(self) -> None:
        if self.text is not None:
            self.canvas.drawText(self.text)
            self.text = None


@dataclass(frozen=True)
class Rect:
    """A filled and/or outlined rectangle, optionally with round corners."""

    left: float
    top: float
    width: float
    height: float
    fill: Color | None = None
    stroke: Color | None = None
    line_width: float = 0.5
    radius: float = 0.0
    kind: str = "shape"

    def bounds(self) -> Box:
        grow = self.line_width / 2 if self.stroke else 0.0
        return (
            self.left - grow,
            self.top - grow,
            self.left + self.width + grow,
            self.top + self.height + grow,
        )

    def draw(self, canvas: Canvas, page_height: float) -> None:
        if self.fill:
            canvas.setFillColor(self.fill)
        if self.stroke:
            canvas.setStrokeColor(self.stroke)
            canvas.setLineWidth(self.line_width)
        bottom = page_height - self.top - self.height
        kwargs = {"stroke": int(self.stroke is not None), "fill": int(self.fill is not None)}
        if self.radius:
            canvas.roundRect(self.left, bottom, self.width, self.height, self.radius, **kwargs)
        else:
            canvas.rect(self.left, bottom, self.width, self.height, **kwargs)


@dataclass(frozen=True)
class Line:
    """A straight rule; ``dash`` is an on/off pattern in points (tickets use dashed rules)."""

    x0: float
    y0: float
    x1: float
    y1: float
    color: Color = black
    width: float = 0.5
    dash: tuple[float, float] | None = None
    kind: str = "shape"

    def bounds(self) -> Box:
        grow = self.width / 2
        return (
            min(self.x0, self.x1) - grow,
            min(self.y0, self.y1) - grow,
            max(self.x0, self.x1) + grow,
            max(self.y0, self.y1) + grow,
        )

    def draw(self, canvas: Canvas, page_height: float) -> None:
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(self.width)
        canvas.setDash(list(self.dash) if self.dash else [])
        canvas.line(self.x0, page_height - self.y0, self.x1, page_height - self.y1)
        if self.dash:
            canvas.setDash([])


@dataclass(frozen=True)
class Qr:
    """A QR symbol; (left, top) is the symbol's corner, bounds include the quiet zone."""

    left: float
    top: float
    module: float
    symbol: codes.QrSymbol
    kind: str = "code"

    @property
    def side(self) -> float:
        return self.symbol.size * self.module

    def bounds(self) -> Box:
        quiet = codes.QR_QUIET * self.module
        return (
            self.left - quiet,
            self.top - quiet,
            self.left + self.side + quiet,
            self.top + (self.side + quiet),
        )

    def draw(self, canvas: Canvas, page_height: float) -> None:
        canvas.setFillColor(black)
        codes.draw_qr(canvas, self.left, page_height - self.top, self.module, self.symbol)


@dataclass(frozen=True)
class Bars:
    """A Code 128 symbol; (left, top) is the first bar's corner, bounds include quiet zones."""

    left: float
    top: float
    module: float
    height: float
    symbol: codes.BarSymbol
    kind: str = "code"

    @property
    def span(self) -> float:
        return self.symbol.length * self.module

    def bounds(self) -> Box:
        quiet = codes.BAR_QUIET * self.module
        return self.left - quiet, self.top, self.left + self.span + quiet, self.top + self.height

    def draw(self, canvas: Canvas, page_height: float) -> None:
        canvas.setFillColor(black)
        codes.draw_bars(
            canvas, self.left, page_height - self.top, self.module, self.height, self.symbol
        )


@dataclass(frozen=True)
class Picture:
    """An image scaled into a box (the merchant's logo)."""

    left: float
    top: float
    width: float
    height: float
    logo: Logo
    kind: str = "picture"

    def bounds(self) -> Box:
        return self.left, self.top, self.left + self.width, self.top + self.height

    def draw(self, canvas: Canvas, page_height: float) -> None:
        bottom = page_height - self.top - self.height
        self.logo.draw(canvas, self.left, bottom, self.width, self.height)


@dataclass(frozen=True)
class Mark:
    """A big rotated word over the page (EXPIRADO, ANULADO), centred on (cx, cy)."""

    cx: float
    cy: float
    text: str
    font: str
    size: float
    angle: float  # degrees, counter-clockwise
    color: Color
    fill_alpha: float  # 0 draws the outline only
    line_width: float
    stroke_alpha: float = 1.0
    kind: str = "mark"

    def bounds(self) -> Box:
        half_w = fonts.width(self.text, self.font, self.size) / 2 + self.line_width
        half_h = self.size * 0.5 + self.line_width
        cos, sin = abs(math.cos(math.radians(self.angle))), abs(math.sin(math.radians(self.angle)))
        dx, dy = half_w * cos + half_h * sin, half_w * sin + half_h * cos
        return self.cx - dx, self.cy - dy, self.cx + dx, self.cy + dy

    def draw(self, canvas: Canvas, page_height: float) -> None:
        canvas.saveState()
        canvas.translate(self.cx, page_height - self.cy)
        canvas.rotate(self.angle)
        canvas.setStrokeColor(self.color, alpha=self.stroke_alpha)
        canvas.setLineWidth(self.line_width)
        text = canvas.beginText()
        text.setFont(self.font, self.size)
        if self.fill_alpha > 0:
            canvas.setFillColor(self.color, alpha=self.fill_alpha)
            text.setTextRenderMode(2)  # fill, then stroke
        else:
            text.setTextRenderMode(1)  # stroke only
        # Centre on the cap height (digits and capitals sit at about 0.73 em in DejaVu).
        span = fonts.width(self.text, self.font, self.size)
        text.setTextOrigin(-span / 2, -self.size * 0.365)
        text.textOut(self.text)
        canvas.drawText(text)
        canvas.restoreState()


@dataclass
class Sheet:
    """One page or ticket: its size in points, the margin it keeps, and what is on it."""

    width: float
    height: float
    margin: float
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items.append(item)

    def draw(self, canvas: Canvas) -> None:
        """Draw every item on a fresh page of this sheet's size."""
        canvas.setPageSize((self.width, self.height))
        writer = _TextWriter(canvas)
        for item in self.items:
            if isinstance(item, Text):
                writer.add(item, self.height)
            else:
                writer.flush()
                item.draw(canvas, self.height)
        writer.flush()
        canvas.showPage()
