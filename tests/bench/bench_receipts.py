"""Voucher PDFs: render time per format, against a page holding only its two codes, and batches."""

from __future__ import annotations

import time
from dataclasses import replace
from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.money import Money
from desktop.receipts import PaperFormat, VoucherDocument, codes, layout_voucher, render_batch
from desktop.receipts import render_voucher as render
from desktop.receipts.sheet import Bars, Qr, Sheet
from tests.bench.harness import interleaved_ms, median_ms, report
from tests.receipts.helpers import MERCHANT, VOUCHER

VOUCHER_MS = 12.0  # per voucher, any format
RATIO = 1.5
BATCH = 1000
KINDS = 60  # vouchers in turn: each turn draws another one, as in a day of issuing


def day_of_vouchers(doc: VoucherDocument, count: int) -> list[VoucherDocument]:
    """Vouchers that differ as real ones do: CIP (so QR and Code 128) and amount (so the
    amount in words); a single voucher rendered again and again would flatter any cache."""
    docs = []
    for n in range(count):
        cip = doc.cip + 7919 * n
        amount = Money.of(f"{(n * 137) % 2000 + 1}.{(n * 37) % 100:02d}", doc.money.currency)
        url = (doc.cip_url or "").replace(str(doc.cip), str(cip))  # same length: same QR version
        docs.append(replace(doc, cip=cip, cip_url=url or None, money=amount))
    return docs


class Turns:
    """The voucher and its codes-only page, each turn on the next voucher of a list (both
    sides of a turn draw the same voucher)."""

    def __init__(self, docs: list[VoucherDocument], paper: PaperFormat) -> None:
        self.docs, self.paper = docs, paper
        self.sheets = [layout_voucher(doc, MERCHANT, paper) for doc in docs]
        self.index = -1

    def voucher(self) -> bytes:
        self.index = (self.index + 1) % len(self.docs)
        return render(self.docs[self.index], MERCHANT, self.paper)

    def codes_only(self) -> bytes:
        return codes_only(self.docs[self.index], self.sheets[self.index])


def codes_only(doc: VoucherDocument, sheet: Sheet) -> bytes:
    """A page of the same size with just the voucher's QR and Code 128, encoded and drawn the
    same way (qrcode + reportlab's Code 128, same canvas settings): the floor for a voucher."""
    qr_item = next(item for item in sheet.items if isinstance(item, Qr))
    bars_item = next(item for item in sheet.items if isinstance(item, Bars))
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(sheet.width, sheet.height), invariant=True, pageCompression=1)
    qr = codes.qr_symbol(doc.cip_url or str(doc.cip))
    bars = codes.bar_symbol(str(doc.cip))
    top = sheet.height - qr_item.top
    codes.draw_qr(canvas, qr_item.left, top, qr_item.module, qr)
    top = sheet.height - bars_item.top
    codes.draw_bars(canvas, bars_item.left, top, bars_item.module, bars_item.height, bars)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def widget_page(doc: VoucherDocument, sheet: Sheet) -> bytes:
    """The same two codes drawn with reportlab's own QR widget (for context only)."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(sheet.width, sheet.height), invariant=True, pageCompression=1)
    widget = QrCodeWidget(doc.cip_url or str(doc.cip), barLevel="M")
    drawing = Drawing(30 * mm, 30 * mm)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, 10 * mm, 10 * mm)
    bars = codes.bar_symbol(str(doc.cip))
    codes.draw_bars(canvas, 10 * mm, 80 * mm, 0.5 * mm, 14 * mm, bars)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def verdict(ok: bool) -> str:
    return "OK" if ok else "over"


def run() -> None:
    doc = VOUCHER
    rows: list[tuple[str, float, str]] = []
    day = day_of_vouchers(doc, KINDS)
    for paper in PaperFormat:
        turns = Turns(day, paper)
        full, floor, ratio = interleaved_ms(turns.voucher, turns.codes_only, repeat=60)
        target = f"target <= {VOUCHER_MS:.0f} ms: {verdict(full <= VOUCHER_MS)}"
        rows.append((f"{paper.value} voucher (ms)", full, target))
        rows.append((f"{paper.value} codes-only page (ms)", floor, "same QR + Code 128 only"))
        rows.append(
            (
                f"{paper.value} ratio (x)",
                ratio,
                f"target <= {RATIO}x: {verdict(ratio <= RATIO)} (median of A/B turns)",
            )
        )
    rows.append(
        (
            "80mm codes-only, QrCodeWidget (ms)",
            median_ms(
                lambda: widget_page(doc, layout_voucher(doc, MERCHANT, PaperFormat.TICKET_80)),
                repeat=20,
            ),
            "context: reportlab's QR widget",
        )
    )
    docs = [
        replace(doc, cip=doc.cip + n, cip_url=f"https://pagoefectivo.pe/pago/cip/{doc.cip + n}")
        for n in range(BATCH)
    ]
    for paper in PaperFormat:
        start = time.perf_counter()
        pdf = render_batch(docs, MERCHANT, paper)
        seconds = time.perf_counter() - start
        size = len(pdf) / 1e6
        rows.append((f"{paper.value} batch of {BATCH} (s)", seconds, f"{size:.1f} MB, one PDF"))
    title = f"median of 60, voucher and codes-only page in turns, {KINDS} vouchers; logo"
    report(f"Voucher documents ({title})", rows)
