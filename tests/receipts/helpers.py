"""Voucher fixtures and PDF probes: rasterise with pypdfium2, decode with zxing-cpp, read text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from io import BytesIO
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import zxingcpp
from PIL import Image, ImageDraw

from desktop.domain.limatime import LIMA
from desktop.domain.money import Money
from desktop.receipts import Merchant, PaperFormat, VoucherDocument
from desktop.receipts.sheet import Box, Sheet

URL = "https://pagoefectivo.pe/pago/cip/11323796?t=8c1d2f0a9b7e4c3d5e6f"
DEADLINE = "Págalo antes del sábado 12/12/2026 - 03:10 p. m."
# Enough pixels per bar and per QR module for zxing-cpp on every format.
SCALES = {PaperFormat.A4: 3.0, PaperFormat.TICKET_80: 5.0, PaperFormat.TICKET_58: 6.0}
QR, CODE128 = zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128
FORMATS: Any = [QR, CODE128]  # zxing-cpp 3 takes a list; its stubs still say BarcodeFormats


def logo_png(size: tuple[int, int] = (400, 160)) -> bytes:
    """A transparent PNG logo: an orange tile with a hole, and a dark bar when there is room."""
    width, height = size
    side = min(size)
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, side - 1, side - 1), side // 5, fill=(200, 60, 30, 255))
    draw.ellipse((side // 4, side // 4, 3 * side // 4, 3 * side // 4), fill=(255, 255, 255, 0))
    if width > side + 20:
        draw.rectangle(
            (side + 10, height // 3, width - 10, 2 * height // 3), fill=(40, 40, 40, 255)
        )
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


MERCHANT = Merchant(
    "Pastelería Doña Núñez S.A.C.",
    "20601234567",
    "Av. José Larco 1234, Miraflores, Lima",
    logo_png(),
)
VOUCHER = VoucherDocument(
    cip=11323796,
    money=Money.of("1500.15", "PEN"),
    expires_at=datetime(2026, 12, 12, 15, 10, tzinfo=LIMA),
    transaction_code="PED-2026-000123",
    environment="production",
    cip_url=URL,
    concept="Torta de maracuyá y piña",
    customer_name="José Núñez Ñahui",
    created_at=datetime(2026, 12, 10, 9, 30, tzinfo=LIMA),
)


def voucher(**changes: Any) -> VoucherDocument:
    """The realistic voucher with some fields changed."""
    return replace(VOUCHER, **changes)


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def page_size(pdf: bytes, index: int = 0) -> tuple[float, float]:
    width, height = pdfium.PdfDocument(pdf)[index].get_size()
    return float(width), float(height)


def page_text(pdf: bytes, index: int = 0) -> str:
    """The page's text as pdfium extracts it, whitespace (line breaks too) collapsed."""
    page = pdfium.PdfDocument(pdf)[index]
    return " ".join(page.get_textpage().get_text_range().split())


def rasterise(pdf: bytes, index: int, scale: float) -> Image.Image:
    image: Image.Image = pdfium.PdfDocument(pdf)[index].render(scale=scale).to_pil()
    return image.convert("L")


def decode(pdf: bytes, index: int, paper: PaperFormat) -> dict[str, list[str]]:
    """Texts of the QR codes and Code 128 symbols zxing-cpp finds on the rendered page."""
    image = rasterise(pdf, index, SCALES[paper])
    found: dict[str, list[str]] = {"qr": [], "code128": []}
    for result in zxingcpp.read_barcodes(image, formats=FORMATS):
        found["qr" if result.format == QR else "code128"].append(result.text)
    return found


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def inside(inner: Box, outer: Box, slack: float = 0.01) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def layout_problems(sheet: Sheet) -> list[str]:
    """Items drawn off the page, text outside the margins, text inside a code's quiet zone."""
    page = (0.0, 0.0, sheet.width, sheet.height)
    column = (sheet.margin, 0.0, sheet.width - sheet.margin, sheet.height)
    problems = []
    code_boxes = [item.bounds() for item in sheet.items if item.kind == "code"]
    for item in sheet.items:
        box = item.bounds()
        if not inside(box, page):
            problems.append(f"off the page: {item}")
        if item.kind == "text":
            if not inside(box, column):
                problems.append(f"outside the margins: {item}")
            problems.extend(f"over a code: {item}" for code in code_boxes if overlap(box, code))
    return problems
