"""The voucher as ESC/POS, sent to a network printer on loopback and read back command by
command: init, code page, the words of the PDF ticket in that code page, the printer's own QR
(the exact cipUrl) and Code 128 (the CIP), the cut; and the paper it would print, rendered
and scanned. Both widths, every state."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.limatime import LIMA
from desktop.domain.money import Money
from desktop.domain.printers import parse_printer_uri
from desktop.printers import send
from desktop.receipts.escpos_ticket import voucher_ticket
from desktop.receipts.escpos_writer import TicketLayout, printable, wrap
from desktop.receipts.model import DocumentState
from desktop.receipts.wording import describe
from tests.printing.escpos_reader import decode_codes, read_ticket, render
from tests.printing.fake_printer import fake_printer
from tests.receipts.helpers import MERCHANT, URL, voucher

LAYOUTS = [TicketLayout("80mm", 576), TicketLayout("58mm", 384)]
PAID_AT = datetime(2026, 12, 11, 10, 5, tzinfo=LIMA)
STATES = {
    "pending": {},
    "paid": {"state": DocumentState.PAID, "paid_at": PAID_AT, "operation_number": "OP-778899"},
    "expired": {
        "state": DocumentState.EXPIRED,
        "printed_at": datetime(2026, 12, 20, 9, 0, tzinfo=LIMA),
    },
    "annulled": {"state": DocumentState.ANNULLED},
}


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.paper)
@pytest.mark.parametrize("state", list(STATES))
def test_the_printer_gets_the_voucher_in_its_own_commands(
    layout: TicketLayout, state: str, tmp_path: Path
) -> None:
    doc = voucher(environment="demo", **STATES[state])
    with fake_printer() as printer:
        delivery = send(parse_printer_uri(printer.uri), voucher_ticket(doc, MERCHANT, layout))
        (job,) = printer.wait_jobs()

    assert delivery.status is not None and not delivery.status.problem
    assert printer.queries == [[4, 2]]  # asked the paper sensor, then the offline cause
    ticket = read_ticket(job)
    assert ticket.commands[:2] == ["ESC @", "ESC t"] and ticket.code_pages == [19]  # CP858
    assert ticket.blocks[-1].kind == "cut" and ticket.commands[-1] == "GS V"
    (qr,) = ticket.of("qr")
    assert qr.data["data"] == URL and qr.data["level"] == 49  # level M, as on the PDF
    (bars,) = ticket.of("barcode")
    assert bars.data[0] == str(doc.cip)
    content = describe(doc, MERCHANT)
    text = _words(ticket.text)
    order = [content.merchant_name, "DEMO - SIN VALOR", content.title.upper(), "Código de pago"]
    order += [content.cip, content.amount, content.amount_words, "Referencia:"]
    order += [content.qr_caption, content.note]
    positions = [text.find(_words(printable(part, "CP858"))) for part in order]
    assert -1 not in positions and positions == sorted(positions), (order, positions)
    assert ("CÓMO PAGAR" in text) == (state == "pending")
    if content.stamp:  # PAGADO / EXPIRADO / ANULADO, white on black, double size
        (stamp,) = [b for b in ticket.of("text") if b.text.strip() == content.stamp]
        style = stamp.segments[0].style
        assert style.invert and style.bold and (style.width, style.height) == (2, 2)
    if state == "paid":
        assert "OP-778899" in text and "Pagado el" in text
    paper = render(ticket, layout.dots)
    paper.save(tmp_path / f"{state}-{layout.paper}.png")
    assert decode_codes(paper) == {"qr": [URL], "code128": [str(doc.cip)]}


def test_accents_and_enye_survive_the_code_page() -> None:
    doc = voucher(customer_name="José María Núñez Peña", money=Money.of("1500.15", "PEN"))
    for codepage, number in (("CP858", 19), ("CP850", 2), ("CP1252", 16)):
        layout = TicketLayout("80mm", 576, codepage)
        ticket = read_ticket(voucher_ticket(doc, MERCHANT, layout))
        assert ticket.code_pages == [number]
        for words in ("José María Núñez Peña", "S/ 1,500.15", "Págalo antes del"):
            assert words in ticket.text, (codepage, words)


def test_a_code_page_without_capital_accents_prints_the_bare_letter() -> None:
    """CP437 has á and ñ but no Á: the letter prints without its accent, never as "?"."""
    assert printable("ÁNGEL Núñez — “hola”…", "CP437") == 'ANGEL Núñez - "hola"...'
    assert printable("Łódź 漢", "CP858") == "?ódz ?"  # Ł has no plain form: "?"


def test_long_values_wrap_and_end_in_dots() -> None:
    assert wrap("uno dos tres cuatro cinco seis", 10, 2) == ["uno dos", "tres..."]
    assert wrap("unodostrescuatro", 6, 2) == ["unodos", "tre..."]
    assert wrap("", 10, 2) == []


def test_the_logo_is_a_raster_as_wide_as_the_printer_allows() -> None:
    layout = TicketLayout("58mm", 384)
    ticket = read_ticket(voucher_ticket(voucher(), MERCHANT, layout))
    (logo,) = ticket.of("image")
    assert logo.data.width == layout.dots  # centred on the line by python-escpos
    assert 0 < logo.data.height <= 16 * 8
    bare = read_ticket(voucher_ticket(voucher(), replace(MERCHANT, logo=None), layout))
    assert bare.of("image") == []


def test_production_tickets_carry_no_band() -> None:
    ticket = read_ticket(voucher_ticket(voucher(), MERCHANT, LAYOUTS[0]))
    assert "SIN VALOR" not in ticket.text
    assert not any(s.style.invert for b in ticket.of("text") for s in b.segments)
