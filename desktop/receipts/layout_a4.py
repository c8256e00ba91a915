"""The A4 sheet: header, key facts in a tinted box, order details, both codes, how to pay."""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.receipts import codes, fonts
from desktop.receipts.band import RED, BandStyle, place_band, tint
from desktop.receipts.flow import Flow
from desktop.receipts.logo import load_logo
from desktop.receipts.model import DocumentState
from desktop.receipts.sheet import Bars, Line, Mark, Picture, Qr, Rect, Sheet, Text
from desktop.receipts.wording import CIP_LABEL, HOW_TO_PAY, Content

ACCENT = HexColor("#0E5A73")
TINT = HexColor("#EDF4F6")
GREY = HexColor("#56636B")
HAIR = HexColor("#CFD9DD")
GREEN = HexColor("#1D6B33")
WIDTH, HEIGHT = A4
MARGIN = 18 * mm
FACE = fonts.Family("PagoDesk-Sans", "PagoDesk-Sans-Bold")
BAND = BandStyle(FACE, 15, 9.5, 2.5 * mm)


def layout_a4(content: Content) -> Sheet:
    """Lay out one A4 page; every variable text has a line limit, so it always fits."""
    fonts.family(condensed=False)
    sheet = Sheet(WIDTH, HEIGHT, MARGIN)
    flow = Flow(sheet, MARGIN, WIDTH - MARGIN, 15 * mm)
    _header(flow, content)
    place_band(flow, content.band, BAND, gap=5 * mm)
    _status(flow, content)
    _key_box(flow, content)
    _details(flow, content)
    _codes(flow, content)
    _channels(flow, content)
    footer = HEIGHT - MARGIN
    sheet.add(Line(MARGIN, footer - 7 * mm, WIDTH - MARGIN, footer - 7 * mm, HAIR, 0.6))
    sheet.add(Text(WIDTH / 2, footer - 1.5 * mm, content.note, FACE.bold, 9, GREY, "center"))
    if content.mark:
        _mark(sheet, content.mark)
    return sheet


def _header(flow: Flow, content: Content) -> None:
    top, left = flow.y, flow.left
    logo = load_logo(content.logo, grayscale=False) if content.logo else None
    bottom = top
    if logo:
        width, height = logo.fit(42 * mm, 20 * mm)
        flow.sheet.add(Picture(left, top, width, height, logo))
        left += width + 5 * mm
        bottom = top + height
    title = fonts.wrap(content.title.upper(), FACE.bold, 10.5, 48 * mm, 2)
    reference = f"CIP {content.cip}"
    title_width = max(
        fonts.width(reference, FACE.regular, 9),
        *(fonts.width(line, FACE.bold, 10.5) for line in title),
    )
    flow.y = top
    flow.lines(title, FACE.bold, 10.5, align="right", color=ACCENT)
    flow.lines([reference], FACE.regular, 9, align="right", color=GREY)
    bottom = max(bottom, flow.y)
    flow.y = top
    right = flow.right - title_width - 6 * mm
    flow.paragraph(
        content.merchant_name, FACE.bold, 14, max_lines=2, left=left, right=right, leading=1.2
    )
    if content.ruc:
        flow.paragraph(content.ruc, FACE.regular, 9.5, color=GREY, left=left, right=right)
    if content.address:
        flow.paragraph(
            content.address, FACE.regular, 9, max_lines=2, color=GREY, left=left, right=right
        )
    flow.y = max(bottom, flow.y) + 4 * mm
    flow.rule(color=ACCENT, width=1.2)
    flow.gap(6 * mm)


def _status(flow: Flow, content: Content) -> None:
    if not content.stamp:
        return
    colour = GREEN if content.state is DocumentState.PAID else RED
    pad, size, body = 4 * mm, 17.0, 10.0
    stamp_width = fonts.width(content.stamp, FACE.bold, size)
    text_left = flow.left + pad + stamp_width + 6 * mm
    lines = fonts.wrap(content.notice or "", FACE.regular, body, flow.right - pad - text_left, 2)
    inner = max(size * 1.25, len(lines) * body * 1.25)
    top = flow.y
    flow.sheet.add(
        Rect(flow.left, top, flow.width, inner + 2 * pad, tint(colour, 0.08), colour, 1, 4)
    )
    flow.y = top + pad + (inner - size * 1.25) / 2
    flow.lines([content.stamp], FACE.bold, size, color=colour, left=flow.left + pad)
    flow.y = top + pad + (inner - len(lines) * body * 1.25) / 2
    flow.lines(lines, FACE.regular, body, left=text_left)
    flow.y = top + inner + 2 * pad + 6 * mm


def _key_box(flow: Flow, content: Content) -> None:
    top, pad, first = flow.y, 6 * mm, len(flow.sheet.items)
    middle = flow.left + flow.width / 2
    columns = ((flow.left + pad, middle - 5 * mm), (middle + 5 * mm, flow.right - pad))
    (cip_left, cip_right), (amount_left, amount_right) = columns
    flow.y = top + pad
    flow.paragraph(CIP_LABEL, FACE.regular, 10, color=GREY, left=cip_left)
    size = fonts.fit_size(content.cip, FACE.bold, 32, cip_right - cip_left, smallest=14)
    flow.lines([content.cip], FACE.bold, size, color=ACCENT, leading=1.15, left=cip_left)
    cip_bottom = flow.y
    flow.y = top + pad
    flow.paragraph(content.amount_label, FACE.regular, 10, color=GREY, left=amount_left)
    size = fonts.fit_size(content.amount, FACE.bold, 28, amount_right - amount_left, smallest=14)
    flow.lines([content.amount], FACE.bold, size, leading=1.15, left=amount_left)
    flow.paragraph(
        content.amount_words, FACE.regular, 8.5, max_lines=2, left=amount_left, right=amount_right
    )
    bottom = max(cip_bottom, flow.y)
    flow.sheet.add(Line(middle, top + pad, middle, bottom, HAIR, 0.8))
    if content.when_label and content.when:
        bottom += 3 * mm
        flow.sheet.add(Line(flow.left + pad, bottom, flow.right - pad, bottom, HAIR, 0.8))
        bottom += 3 * mm
        label = f"{content.when_label} "
        ascent, _ = fonts.ascent_descent(FACE.bold, 11)
        baseline = bottom + 11 * 0.125 + ascent
        flow.sheet.add(Text(flow.left + pad, baseline, label, FACE.regular, 11))
        shift = fonts.width(label, FACE.regular, 11)
        when = fonts.shorten(content.when, FACE.bold, 11, flow.width - 2 * pad - shift)
        flow.sheet.add(Text(flow.left + pad + shift, baseline, when, FACE.bold, 11))
        bottom += 11 * 1.25
    bottom += pad
    box = Rect(flow.left, top, flow.width, bottom - top, fill=TINT, radius=6)
    flow.sheet.items.insert(first, box)
    flow.y = bottom + 7 * mm


def _details(flow: Flow, content: Content) -> None:
    flow.paragraph("Detalle", FACE.bold, 10.5, color=ACCENT)
    flow.gap(1.5 * mm)
    for detail in content.details:
        flow.rule(color=HAIR)
        flow.gap(1.8 * mm)
        top = flow.y
        flow.lines([detail.label], FACE.regular, 10, color=GREY)
        flow.y = top
        flow.paragraph(
            detail.value, FACE.regular, 10, max_lines=detail.max_lines, left=flow.left + 40 * mm
        )
        flow.gap(1.8 * mm)
    flow.rule(color=HAIR)
    flow.gap(7 * mm)


def _codes(flow: Flow, content: Content) -> None:
    top, pad, first = flow.y, 5 * mm, len(flow.sheet.items)
    split = flow.left + 72 * mm
    qr = codes.qr_symbol(content.qr_data)
    preferred = min(1.2 * mm, 38 * mm / qr.size)
    module = codes.module_size(preferred, qr.size + 2 * codes.QR_QUIET, 62 * mm, step=None)
    side = qr.size * module
    quiet = codes.QR_QUIET * module
    flow.sheet.add(Qr((flow.left + split - side) / 2, top + pad + quiet, module, qr))
    flow.y = top + pad + side + 2 * quiet
    flow.paragraph(
        content.qr_caption,
        FACE.regular,
        9,
        max_lines=2,
        align="center",
        color=GREY,
        left=flow.left + pad,
        right=split - pad,
    )
    qr_bottom = flow.y
    bars = codes.bar_symbol(content.cip)
    cell = flow.right - split
    module = codes.module_size(0.6 * mm, bars.length + 2 * codes.BAR_QUIET, cell, step=None)
    span, height = bars.length * module, 18 * mm
    block = height + 2 * mm + 13 * 1.25 + 9 * 1.25
    flow.y = top + pad + max(0.0, (qr_bottom - top - pad - block) / 2)
    flow.sheet.add(Bars(split + (cell - span) / 2, flow.y, module, height, bars))
    flow.gap(height + 2 * mm)
    flow.lines([content.cip], FACE.regular, 13, align="center", left=split, right=flow.right)
    flow.lines(
        ["Código de barras del CIP"],
        FACE.regular,
        9,
        align="center",
        color=GREY,
        left=split,
        right=flow.right,
    )
    bottom = max(qr_bottom, flow.y) + pad
    flow.sheet.items.insert(
        first, Rect(flow.left, top, flow.width, bottom - top, None, HAIR, 0.8, 6)
    )
    flow.sheet.items.insert(first, Line(split, top + pad, split, bottom - pad, HAIR, 0.8))
    flow.y = bottom + 7 * mm


def _channels(flow: Flow, content: Content) -> None:
    if not content.channels:
        return
    flow.paragraph(HOW_TO_PAY, FACE.bold, 10.5, color=ACCENT)
    flow.gap(2 * mm)
    gutter = 8 * mm
    column = (flow.width - gutter * (len(content.channels) - 1)) / len(content.channels)
    top, bottoms = flow.y, []
    indent = fonts.width("0. ", FACE.regular, 9.5)
    for index, channel in enumerate(content.channels):
        left = flow.left + index * (column + gutter)
        right = left + column
        flow.y = top
        flow.paragraph(channel.title, FACE.bold, 10, left=left, right=right)
        flow.paragraph(
            channel.where, FACE.regular, 9, max_lines=2, color=GREY, left=left, right=right
        )
        flow.gap(1 * mm)
        for number, step in enumerate(channel.steps, 1):
            row = flow.y
            flow.lines([f"{number}."], FACE.regular, 9.5, left=left)
            flow.y = row
            flow.paragraph(step, FACE.regular, 9.5, max_lines=2, left=left + indent, right=right)
        bottoms.append(flow.y)
    flow.y = max(bottoms)


def _mark(sheet: Sheet, word: str) -> None:
    """One big translucent diagonal word across the page, corner to corner."""
    angle = math.degrees(math.atan2(HEIGHT - 2 * MARGIN, WIDTH - 2 * MARGIN))
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    unit, stroke = fonts.width(word, FACE.bold, 1), 1.5
    size = min(
        150.0,
        (WIDTH - 2 * MARGIN - 4 * stroke) / (unit * cos + sin),
        (HEIGHT - 2 * MARGIN - 4 * stroke) / (unit * sin + cos),
    )
    sheet.add(Mark(WIDTH / 2, HEIGHT / 2, word, FACE.bold, size, angle, RED, 0.12, stroke, 0.6))
