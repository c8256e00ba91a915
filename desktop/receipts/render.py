"""The public entry points: voucher (and merchant) in, PDF bytes out; pure and thread-safe."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from io import BytesIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from desktop.receipts import fonts, subsets
from desktop.receipts.layout_a4 import layout_a4
from desktop.receipts.layout_ticket import SPECS, layout_ticket
from desktop.receipts.model import Merchant, PaperFormat, VoucherDocument
from desktop.receipts.sheet import Sheet
from desktop.receipts.wording import describe

# Binary (Flate only) streams: ASCII85 on top makes files 25% bigger and, without reportlab's
# optional C accelerator, costs about 2 ms a voucher. Nothing else in PagoDesk writes PDFs,
# so this process-wide switch only touches us.
rl_config.useA85 = 0

# reportlab's TrueType faces read their font file through a shared cursor while subsetting,
# and the logo's JPEG through a shared stream: one PDF is written at a time (layout, the
# QR encoding included, runs outside the lock).
_pdf_lock = threading.Lock()


def layout_voucher(doc: VoucherDocument, merchant: Merchant, paper: PaperFormat) -> Sheet:
    """Where everything goes, without drawing it (tests check the bounds of every item)."""
    content = describe(doc, merchant)
    if PaperFormat(paper) is PaperFormat.A4:
        return layout_a4(content)
    return layout_ticket(content, PaperFormat(paper))


def render_voucher(doc: VoucherDocument, merchant: Merchant, paper: PaperFormat) -> bytes:
    """One voucher as a one-page PDF (A4) or a one-ticket PDF as tall as its content."""
    return render_batch([doc], merchant, paper)


def render_batch(docs: Sequence[VoucherDocument], merchant: Merchant, paper: PaperFormat) -> bytes:
    """Many vouchers in one PDF, one page or ticket each, fonts and logo embedded once.

    Raises ``ValueError`` for an empty batch or a voucher with an unknown currency.
    """
    if not docs:
        raise ValueError("nothing to render: the batch is empty")
    paper = PaperFormat(paper)
    ticket = SPECS.get(paper)
    # Start on our own font, so the file names no font it does not embed (not even Helvetica).
    face = fonts.family(condensed=ticket.condensed if ticket else False)
    sheets = [layout_voucher(doc, merchant, paper) for doc in docs]
    buffer = BytesIO()
    with _pdf_lock:
        canvas = Canvas(buffer, pageCompression=1, invariant=True, initialFontName=face.regular)
        canvas.setAuthor(merchant.name)
        title = f"CIP {docs[0].cip}" if len(docs) == 1 else f"{len(docs)} códigos de pago"
        canvas.setTitle(title)
        canvas.setCreator("PagoDesk")
        subsets.assign_in_order(canvas._doc, subsets.characters(i for s in sheets for i in s.items))
        for sheet in sheets:
            sheet.draw(canvas)
        canvas.save()
    return buffer.getvalue()
