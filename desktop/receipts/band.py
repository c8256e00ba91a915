"""The band every document of a test profile carries: "DEMO — sin valor" (or SANDBOX).

One wording and one drawing for the voucher (A4, 80 mm and 58 mm tickets) and the Cierre del
día, so nothing printed on the demo or the PagoEfectivo test profile passes for a real
payment order or a real day of collections. Production documents carry no band.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.platypus.flowables import Flowable

from desktop.receipts import fonts
from desktop.receipts.flow import Flow
from desktop.receipts.sheet import Item, Rect, Sheet

PRODUCTION = "production"
RED = HexColor("#B3261E")


def tint(color: Color, strength: float) -> Color:
    """The colour mixed with white (``strength`` 0 is white, 1 the colour itself)."""
    red, green, blue = (1 - (1 - part) * strength for part in color.rgb())
    return Color(red, green, blue)


_WHO = {
    "demo": "Perfil de demostración",
    "sandbox": "Perfil de pruebas de PagoEfectivo",
}


@dataclass(frozen=True)
class DemoBand:
    """What the band says: ``word`` (DEMO, SANDBOX) and one line of why."""

    word: str
    line: str

    @property
    def title(self) -> str:
        return f"{self.word} — sin valor"


def demo_band(environment: str) -> DemoBand | None:
    """The band of a profile's ``environment`` (demo | sandbox | production); None in
    production. An environment this code does not know also gets one: never pass for real."""
    if environment == PRODUCTION:
        return None
    who = _WHO.get(environment, f"Perfil «{environment}»")
    word = environment.upper() or "PRUEBA"
    return DemoBand(word, f"{who}: nada de lo que muestra es un cobro real.")


@dataclass(frozen=True)
class BandStyle:
    """How the band looks on one paper: sizes, faces, and black only for thermal heads."""

    face: fonts.Family
    title_size: float
    line_size: float
    pad: float
    thermal: bool = False


def band_items(band: DemoBand, style: BandStyle, left: float, top: float, width: float) -> Sheet:
    """The band laid out from (left, top) across ``width``: a sheet whose height is the
    band's bottom. On paper: a red-edged tinted box with the title in bold red; on a thermal
    ticket, a black box with white text (heads print black only)."""
    sheet = Sheet(left + width, 0.0, 0.0)
    inner = Flow(sheet, left + style.pad, left + width - style.pad, top + style.pad)
    title_color: Color = white if style.thermal else RED
    line_color: Color = white if style.thermal else black
    title = band.title.upper() if style.thermal else band.title
    size = fonts.fit_size(title, style.face.bold, style.title_size, inner.width, smallest=8)
    inner.paragraph(title, style.face.bold, size, max_lines=2, align="center", color=title_color)
    line_face = style.face.bold if style.thermal else style.face.regular
    inner.paragraph(
        band.line, line_face, style.line_size, max_lines=2, align="center", color=line_color
    )
    bottom = inner.y + style.pad
    box = (
        Rect(left, top, width, bottom - top, fill=black, radius=2)
        if style.thermal
        else Rect(left, top, width, bottom - top, tint(RED, 0.08), RED, 1.2, 4)
    )
    sheet.items.insert(0, box)
    sheet.height = bottom
    return sheet


def place_band(flow: Flow, band: DemoBand | None, style: BandStyle, *, gap: float) -> None:
    """Add the band across ``flow``'s column at its cursor (nothing without a band)."""
    if band is None:
        return
    drawn = band_items(band, style, flow.left, flow.y, flow.width)
    flow.sheet.items.extend(drawn.items)
    flow.y = drawn.height + gap


class BandFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The same band as a platypus flowable (the Cierre del día is a platypus story);
    ``width``, when given, lines it up with the story's tables (centred like them)."""

    def __init__(self, band: DemoBand, style: BandStyle, width: float | None = None) -> None:
        super().__init__()
        self.band = band
        self.style = style
        self.fixed_width = width
        self.hAlign = "CENTER"
        self._items: list[Item] = []

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        width = self.fixed_width or available_width
        drawn = band_items(self.band, self.style, 0.0, 0.0, width)
        self._items = drawn.items
        self.width, self.height = width, drawn.height
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.saveState()
        for item in self._items:
            item.draw(canvas, self.height)
        canvas.restoreState()
