"""The voucher as ESC/POS bytes for a thermal printer: the same words, in the same order, as
the PDF ticket (layout_ticket.py), all from wording.describe; the printer draws the text, the
QR and the Code 128 itself."""

from __future__ import annotations

from desktop.receipts import codes
from desktop.receipts.band import DemoBand
from desktop.receipts.escpos_writer import TicketLayout, TicketWriter, logo_raster
from desktop.receipts.model import Merchant, VoucherDocument
from desktop.receipts.wording import CIP_LABEL, HOW_TO_PAY, Content, describe

BAR_HEIGHT_MM = {"80mm": 12, "58mm": 10}
QR_SHARE = 0.5  # of the line: about 32 mm on 80 mm paper, 23 mm on 58 mm


def voucher_ticket(doc: VoucherDocument, merchant: Merchant, layout: TicketLayout) -> bytes:
    """One voucher, ready to send to the printer (ESC @ first, a cut last)."""
    writer = TicketWriter(layout)
    write_voucher(writer, describe(doc, merchant))
    writer.cut()
    return writer.output()


def write_voucher(writer: TicketWriter, content: Content) -> None:
    """The voucher's content, top to bottom, as layout_ticket places it on the PDF."""
    _header(writer, content)
    write_band(writer, content.band)
    _headline(writer, content)
    _key_facts(writer, content)
    _details(writer, content)
    _codes(writer, content)
    _channels(writer, content)
    writer.rule()
    writer.paragraph(content.note, max_lines=2, align="center", bold=True)


def _header(writer: TicketWriter, content: Content) -> None:
    picture = logo_raster(content.logo, writer.layout.dots) if content.logo else None
    if picture is not None:
        writer.image(picture)
        writer.feed(1)
    writer.paragraph(content.merchant_name, max_lines=2, align="center", bold=True, tall=True)
    if content.ruc:
        writer.paragraph(content.ruc, align="center")
    if content.address:
        writer.paragraph(content.address, max_lines=2, align="center")
    writer.rule()


def write_band(writer: TicketWriter, band: DemoBand | None) -> None:
    """ "DEMO — SIN VALOR" and why, white on black across the ticket (test profiles only)."""
    if band is None:
        return
    writer.paragraph(band.title.upper(), max_lines=2, align="center", bold=True, invert=True)
    writer.paragraph(band.line, max_lines=3, align="center", invert=True)
    writer.feed(1)


def _headline(writer: TicketWriter, content: Content) -> None:
    writer.paragraph(content.title.upper(), max_lines=2, align="center", bold=True)
    if content.stamp:
        writer.paragraph(content.stamp, align="center", bold=True, big=True, invert=True)
    if content.notice:
        writer.paragraph(content.notice, max_lines=3, align="center", bold=True)
    writer.feed(1)


def _key_facts(writer: TicketWriter, content: Content) -> None:
    writer.paragraph(CIP_LABEL, align="center")
    writer.paragraph(content.cip, align="center", bold=True, big=True)
    writer.paragraph(content.amount_label, align="center")
    writer.paragraph(content.amount, align="center", bold=True, big=True)
    writer.paragraph(content.amount_words, max_lines=3, align="center")
    if content.when_label and content.when:
        writer.feed(1)
        writer.paragraph(content.when_label, align="center")
        writer.paragraph(content.when, max_lines=2, align="center", bold=True)
    writer.rule()


def _details(writer: TicketWriter, content: Content) -> None:
    column = max(len(detail.label) for detail in content.details) + 2
    for detail in content.details:
        writer.labelled(f"{detail.label}:", detail.value, column + 1, detail.max_lines)
    writer.rule()


def _codes(writer: TicketWriter, content: Content) -> None:
    writer.barcode(content.cip, BAR_HEIGHT_MM.get(writer.layout.paper, 10))
    writer.paragraph(content.cip, align="center")
    writer.feed(1)
    writer.qr(content.qr_data, codes.qr_modules(content.qr_data), QR_SHARE)
    writer.paragraph(content.qr_caption, max_lines=2, align="center")


def _channels(writer: TicketWriter, content: Content) -> None:
    if not content.channels:
        return
    writer.rule()
    writer.paragraph(HOW_TO_PAY.upper(), align="center", bold=True)
    for channel in content.channels:
        writer.feed(1)
        writer.paragraph(channel.title, bold=True)
        writer.paragraph(channel.where, max_lines=3)
        for number, step in enumerate(channel.steps, 1):
            writer.paragraph(f"{number}. {step}", max_lines=3, indent=3)
