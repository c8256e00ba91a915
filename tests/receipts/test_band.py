"""The "DEMO — sin valor" band: on every document of a demo or sandbox profile, on every paper,
never over the CIP, the amount or the codes (which still decode); none in production."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.receipts import DocumentState, PaperFormat, layout_voucher, render_voucher
from desktop.receipts.band import demo_band
from desktop.receipts.closing import render_day_report
from desktop.receipts.closing_model import CashierDay, DayReport, Line, Tally
from desktop.receipts.model import Merchant
from desktop.receipts.sheet import Rect, Text
from tests.receipts.helpers import MERCHANT, URL, decode, layout_problems, page_text, voucher

FORMATS = list(PaperFormat)
GENERATED = datetime.fromisoformat("2026-11-27T08:05:00-05:00")


def band_text(text: str) -> bool:
    return "DEMO — SIN VALOR" in text.upper()


@pytest.mark.parametrize("paper", FORMATS, ids=[p.value for p in FORMATS])
@pytest.mark.parametrize("state", [DocumentState.PENDING, DocumentState.PAID])
def test_a_demo_voucher_carries_the_band_and_its_codes_still_decode(
    paper: PaperFormat, state: DocumentState
) -> None:
    doc = voucher(environment="demo", state=state, paid_at=voucher().created_at)
    pdf = render_voucher(doc, MERCHANT, paper)

    text = page_text(pdf)
    assert band_text(text), text
    assert "Perfil de demostración: nada de lo que muestra es un cobro real." in text
    assert decode(pdf, 0, paper) == {"qr": [URL], "code128": ["11323796"]}
    assert "11323796" in text and "S/ 1,500.15" in text


@pytest.mark.parametrize("paper", FORMATS, ids=[p.value for p in FORMATS])
def test_a_production_voucher_has_no_band(paper: PaperFormat) -> None:
    pdf = render_voucher(voucher(environment="production"), MERCHANT, paper)

    text = page_text(pdf)
    assert "SIN VALOR" not in text.upper() and "DEMO" not in text
    assert decode(pdf, 0, paper) == {"qr": [URL], "code128": ["11323796"]}


@pytest.mark.parametrize("paper", FORMATS, ids=[p.value for p in FORMATS])
def test_a_sandbox_voucher_says_so(paper: PaperFormat) -> None:
    text = page_text(render_voucher(voucher(environment="sandbox"), MERCHANT, paper))
    assert "SANDBOX — SIN VALOR" in text.upper()
    assert "Perfil de pruebas de PagoEfectivo" in text


@pytest.mark.parametrize("paper", FORMATS, ids=[p.value for p in FORMATS])
@pytest.mark.parametrize("state", list(DocumentState))
def test_the_band_covers_neither_the_cip_the_amount_nor_the_codes(
    paper: PaperFormat, state: DocumentState
) -> None:
    sheet = layout_voucher(voucher(environment="demo", state=state), MERCHANT, paper)

    assert layout_problems(sheet) == []
    titles = [i for i in sheet.items if isinstance(i, Text) and "SIN VALOR" in i.text.upper()]
    assert len(titles) == 1
    band = next(  # the box the title sits in
        item
        for item in sheet.items
        if isinstance(item, Rect) and item.bounds()[1] <= titles[0].y <= item.bounds()[3]
    )
    left, top, right, bottom = band.bounds()
    assert right - left >= 0.9 * (sheet.width - 2 * sheet.margin)  # across the column
    guarded = [
        item
        for item in sheet.items
        if item.kind == "code"
        or (isinstance(item, Text) and item.text in ("11323796", "S/ 1,500.15"))
    ]
    assert len(guarded) >= 4  # both codes, the CIP and the amount
    for item in guarded:
        _, item_top, _, item_bottom = item.bounds()
        assert item_top >= bottom or item_bottom <= top, item


def test_only_production_goes_without_a_band() -> None:
    assert demo_band("production") is None
    demo, sandbox, unknown = demo_band("demo"), demo_band("sandbox"), demo_band("staging")
    assert demo is not None and demo.title == "DEMO — sin valor"
    assert sandbox is not None and sandbox.title == "SANDBOX — sin valor"
    assert unknown is not None  # an environment this code does not know never passes for real


@pytest.mark.parametrize("environment", ["demo", "sandbox", "production"])
def test_the_day_report_uses_the_same_band(environment: str) -> None:
    day = CashierDay("Ana", {Line.ISSUED: {"PEN": Tally(1, 1_500)}})
    report = DayReport(
        date(2026, 11, 26),
        environment,
        environment,
        Merchant("Bodega"),
        None,
        GENERATED,
        (day,),
        day,
    )

    text = page_text(render_day_report(report))
    band = demo_band(environment)
    if band is None:
        assert "sin valor" not in text and report.badge is None
    else:
        assert band.title in text and band.line in text and report.badge == band.word
