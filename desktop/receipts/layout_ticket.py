"""Thermal tickets (80 mm and 58 mm): one black-on-white column whose height follows its content."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import black, white
from reportlab.lib.units import mm

from desktop.receipts import codes, fonts
from desktop.receipts.band import BandStyle, place_band
from desktop.receipts.flow import Flow
from desktop.receipts.logo import load_logo
from desktop.receipts.model import PaperFormat
from desktop.receipts.sheet import Bars, Mark, Picture, Qr, Rect, Sheet
from desktop.receipts.wording import CIP_LABEL, HOW_TO_PAY, Content

DASH = (2.0, 1.5)


@dataclass(frozen=True)
class TicketSpec:
    """Paper width, side margin (the printer's dead zone) and type sizes of one ticket width."""

    paper: float
    margin: float
    condensed: bool
    body: float
    small: float
    name: float
    cip: float
    amount: float
    qr_side: float  # preferred; thermal dots decide the final module size
    bar_module: float
    bar_height: float


SPECS = {
    PaperFormat.TICKET_80: TicketSpec(
        80 * mm, 4 * mm, False, 8.5, 7.5, 11.5, 24, 19, 30 * mm, 0.5 * mm, 14 * mm
    ),
    PaperFormat.TICKET_58: TicketSpec(
        58 * mm, 5 * mm, True, 8, 7, 10.5, 22, 18, 27 * mm, 1 * mm, 12 * mm
    ),
}
TOP = 4 * mm
BOTTOM = 8 * mm  # room for the tear-off bar


def layout_ticket(content: Content, paper: PaperFormat) -> Sheet:
    """Lay out a ticket; the sheet's height is wherever the content ends."""
    spec = SPECS[paper]
    sheet = Sheet(spec.paper, 0.0, spec.margin)
    flow = Flow(sheet, spec.margin, spec.paper - spec.margin, TOP)
    _header(flow, content, spec)
    face = fonts.family(condensed=spec.condensed)
    band = BandStyle(face, spec.name + 1, spec.small, 1.5 * mm, thermal=True)
    place_band(flow, content.band, band, gap=2.5 * mm)
    _headline(flow, content, spec)
    key_top = flow.y
    _key_facts(flow, content, spec)
    key_middle = (key_top + flow.y) / 2
    _details(flow, content, spec)
    codes_top = flow.y
    _codes(flow, content, spec)
    codes_middle = (codes_top + flow.y) / 2
    _channels(flow, content, spec)
    flow.rule(dash=DASH, space=2 * mm)
    flow.paragraph(content.note, face.bold, spec.small, max_lines=2, align="center")
    sheet.height = flow.y + BOTTOM
    if content.mark:
        _marks(sheet, content.mark, spec, (key_middle, codes_middle))
    return sheet


def _header(flow: Flow, content: Content, spec: TicketSpec) -> None:
    face = fonts.family(condensed=spec.condensed)
    logo = load_logo(content.logo, grayscale=True) if content.logo else None
    if logo:
        width, height = logo.fit(flow.width * 0.6, 16 * mm)
        left = (flow.sheet.width - width) / 2
        flow.sheet.add(Picture(left, flow.y, width, height, logo))
        flow.gap(height + 2 * mm)
    flow.paragraph(content.merchant_name, face.bold, spec.name, max_lines=2, align="center")
    if content.ruc:
        flow.paragraph(content.ruc, face.regular, spec.small, align="center")
    if content.address:
        flow.paragraph(content.address, face.regular, spec.small, max_lines=2, align="center")
    flow.rule(dash=DASH, space=2 * mm)


def _headline(flow: Flow, content: Content, spec: TicketSpec) -> None:
    face = fonts.family(condensed=spec.condensed)
    flow.paragraph(content.title.upper(), face.bold, spec.body + 0.5, max_lines=2, align="center")
    if content.stamp:
        flow.gap(1.5 * mm)
        size = spec.name + 2
        band = size * 2
        top = flow.y
        flow.sheet.add(Rect(flow.left, top, flow.width, band, fill=black))
        flow.gap((band - size * 1.25) / 2)
        flow.lines([content.stamp], face.bold, size, align="center", color=white)
        flow.y = top + band
    if content.notice:
        flow.gap(1.5 * mm)
        flow.paragraph(content.notice, face.bold, spec.body, max_lines=3, align="center")
    flow.gap(2.5 * mm)


def _key_facts(flow: Flow, content: Content, spec: TicketSpec) -> None:
    face = fonts.family(condensed=spec.condensed)
    flow.paragraph(CIP_LABEL, face.regular, spec.small, align="center")
    size = fonts.fit_size(content.cip, face.bold, spec.cip, flow.width, smallest=9)
    flow.lines([content.cip], face.bold, size, align="center", leading=1.15)
    flow.gap(2 * mm)
    flow.paragraph(content.amount_label, face.regular, spec.small, align="center")
    size = fonts.fit_size(content.amount, face.bold, spec.amount, flow.width, smallest=9)
    flow.lines([content.amount], face.bold, size, align="center", leading=1.15)
    flow.paragraph(content.amount_words, face.regular, spec.small, max_lines=3, align="center")
    if content.when_label and content.when:
        flow.gap(2.5 * mm)
        pad = 1.5 * mm
        inner = flow.width - 2 * pad
        when = fonts.wrap(content.when, face.bold, spec.body, inner, 2)
        height = 2 * pad + (spec.small + spec.body * len(when)) * 1.25
        flow.sheet.add(Rect(flow.left, flow.y, flow.width, height, stroke=black, radius=2))
        flow.gap(pad)
        flow.paragraph(content.when_label, face.regular, spec.small, align="center")
        flow.lines(when, face.bold, spec.body, align="center")
        flow.gap(pad)
    flow.rule(dash=DASH, space=2.5 * mm)


def _details(flow: Flow, content: Content, spec: TicketSpec) -> None:
    face = fonts.family(condensed=spec.condensed)
    size = spec.small + 0.5
    column = max(fonts.width(d.label, face.bold, size) for d in content.details) + 2 * mm
    inline = column <= 0.36 * flow.width
    for detail in content.details:
        top = flow.y
        flow.lines([detail.label], face.bold, size)
        if inline:
            flow.y = top
        left = flow.left + column if inline else flow.left
        flow.paragraph(detail.value, face.regular, size, max_lines=detail.max_lines, left=left)
        flow.gap(0.8 * mm)
    flow.rule(dash=DASH, space=2 * mm)


def _codes(flow: Flow, content: Content, spec: TicketSpec) -> None:
    face = fonts.family(condensed=spec.condensed)
    paper, dot = flow.sheet.width, codes.THERMAL_DOT
    bars = codes.bar_symbol(content.cip)
    module = codes.module_size(spec.bar_module, bars.length, flow.width, step=dot)
    while module > dot and paper - bars.length * module < 2 * codes.BAR_QUIET * module:
        module -= dot  # the quiet zones must stay on the paper
    span = bars.length * module
    flow.gap(1 * mm)
    flow.sheet.add(Bars((paper - span) / 2, flow.y, module, spec.bar_height, bars))
    flow.gap(spec.bar_height + 1 * mm)
    flow.lines([content.cip], face.regular, spec.body + 1.5, align="center")
    qr = codes.qr_symbol(content.qr_data)
    preferred = min(1.0 * mm, spec.qr_side / qr.size)
    module = codes.module_size(preferred, qr.size + 2 * codes.QR_QUIET, paper, step=dot)
    side = qr.size * module
    flow.gap(codes.QR_QUIET * module)
    flow.sheet.add(Qr((paper - side) / 2, flow.y, module, qr))
    flow.gap(side + codes.QR_QUIET * module)
    flow.paragraph(content.qr_caption, face.regular, spec.small, max_lines=2, align="center")


def _channels(flow: Flow, content: Content, spec: TicketSpec) -> None:
    if not content.channels:
        return
    face = fonts.family(condensed=spec.condensed)
    flow.rule(dash=DASH, space=2 * mm)
    flow.paragraph(HOW_TO_PAY.upper(), face.bold, spec.body + 0.5, align="center")
    indent = fonts.width("0. ", face.regular, spec.small)
    for channel in content.channels:
        flow.gap(1.2 * mm)
        flow.paragraph(channel.title, face.bold, spec.body)
        flow.paragraph(channel.where, face.regular, spec.small, max_lines=3)
        for number, step in enumerate(channel.steps, 1):
            top = flow.y
            flow.lines([f"{number}."], face.regular, spec.small)
            flow.y = top
            flow.paragraph(step, face.regular, spec.small, max_lines=3, left=flow.left + indent)


def _marks(sheet: Sheet, word: str, spec: TicketSpec, middles: tuple[float, ...]) -> None:
    """The diagonal word, outlined (thermal heads print black only), over amount and codes."""
    bold = fonts.family(condensed=spec.condensed).bold
    angle, stroke = 30.0, 0.9
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    unit = fonts.width(word, bold, 1)
    room = sheet.width - 2 * sheet.margin - 4 * stroke
    size = min(44.0, room / (unit * cos + sin))
    half = (size * (unit * sin + cos)) / 2 + 2 * stroke
    for middle in middles:
        middle = min(max(middle, half), sheet.height - half)
        sheet.add(Mark(sheet.width / 2, middle, word, bold, size, angle, black, 0.0, stroke))
