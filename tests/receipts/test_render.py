"""Rendered PDFs read back: both codes decode, the Spanish text is there, states are marked."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.domain.money import Money
from desktop.receipts import (
    DocumentState,
    Merchant,
    PaperFormat,
    layout_voucher,
    render_batch,
    render_voucher,
)
from desktop.receipts.sheet import Mark
from tests.receipts.helpers import (
    DEADLINE,
    MERCHANT,
    URL,
    decode,
    layout_problems,
    logo_png,
    page_count,
    page_size,
    page_text,
    voucher,
)

FORMATS = list(PaperFormat)
WIDTHS = {PaperFormat.TICKET_80: 80 * mm, PaperFormat.TICKET_58: 58 * mm}


@pytest.fixture(scope="module", params=FORMATS, ids=[paper.value for paper in FORMATS])
def pending(request: pytest.FixtureRequest) -> tuple[PaperFormat, bytes]:
    paper = PaperFormat(request.param)
    return paper, render_voucher(voucher(), MERCHANT, paper)


def test_both_codes_decode(pending: tuple[PaperFormat, bytes]) -> None:
    paper, pdf = pending
    assert decode(pdf, 0, paper) == {"qr": [URL], "code128": ["11323796"]}


def test_spanish_text_is_extractable(pending: tuple[PaperFormat, bytes]) -> None:
    _, pdf = pending
    text = page_text(pdf)
    for expected in (
        "Pastelería Doña Núñez S.A.C.",
        "RUC 20601234567",
        "Código de pago (CIP)",
        "11323796",
        "S/ 1,500.15",
        "MIL QUINIENTOS CON 15/100 SOLES",
        DEADLINE,
        "Torta de maracuyá y piña",
        "José Núñez Ñahui",
        "PED-2026-000123",
        "Banca móvil / internet",
        "Pago de servicios > PagoEfectivo > PagoEfectivo Soles",
        "Agentes y bodegas",
        "Kasnet",
        "Este documento no es un comprobante de pago",
    ):
        assert expected in text, expected


def test_page_sizes(pending: tuple[PaperFormat, bytes]) -> None:
    paper, pdf = pending
    width, height = page_size(pdf)
    if paper is PaperFormat.A4:
        assert (width, height) == pytest.approx(A4, abs=0.01)
    else:
        assert width == pytest.approx(WIDTHS[paper], abs=0.01)
        assert 100 * mm < height < 400 * mm


def test_fonts_are_embedded_and_output_is_reproducible(pending: tuple[PaperFormat, bytes]) -> None:
    paper, pdf = pending
    assert pdf.count(b"/FontFile2") == 2
    assert b"/Helvetica" not in pdf
    assert render_voucher(voucher(), MERCHANT, paper) == pdf


@pytest.mark.parametrize("paper", FORMATS)
def test_without_a_link_the_qr_holds_the_cip(paper: PaperFormat) -> None:
    pdf = render_voucher(voucher(cip_url=None), Merchant("Bodega Rosita"), paper)
    assert decode(pdf, 0, paper) == {"qr": ["11323796"], "code128": ["11323796"]}
    assert "RUC" not in page_text(pdf)


@pytest.mark.parametrize("paper", FORMATS)
def test_dollars(paper: PaperFormat) -> None:
    text = page_text(render_voucher(voucher(money=Money.of("1500.15", "USD")), MERCHANT, paper))
    assert "US$ 1,500.15" in text
    assert "MIL QUINIENTOS CON 15/100 DÓLARES AMERICANOS" in text
    assert "PagoEfectivo Dólares" in text


@pytest.mark.parametrize("paper", FORMATS)
@pytest.mark.parametrize(
    ("state", "word"), [(DocumentState.EXPIRED, "EXPIRADO"), (DocumentState.ANNULLED, "ANULADO")]
)
def test_dead_vouchers_are_marked(paper: PaperFormat, state: DocumentState, word: str) -> None:
    doc = voucher(state=state)
    text = page_text(render_voucher(doc, MERCHANT, paper))
    assert word in text
    assert "ya no se puede pagar" in text
    assert "Págalo antes del" not in text
    assert "Cómo pagar".upper() not in text.upper()
    sheet = layout_voucher(doc, MERCHANT, paper)
    marks = [item for item in sheet.items if isinstance(item, Mark)]
    assert marks and all(mark.text == word for mark in marks)
    assert all(mark.size >= 20 for mark in marks)  # big, across the whole column
    left, _, right, _ = marks[0].bounds()
    assert right - left > 0.8 * (sheet.width - 2 * sheet.margin)
    assert sheet.items[-1] is marks[-1]  # drawn last, over everything


@pytest.mark.parametrize("paper", FORMATS)
def test_live_vouchers_carry_no_mark(paper: PaperFormat) -> None:
    for state in (DocumentState.PENDING, DocumentState.PAID):
        sheet = layout_voucher(voucher(state=state), MERCHANT, paper)
        assert not [item for item in sheet.items if item.kind == "mark"]


@pytest.mark.parametrize("paper", FORMATS)
def test_paid_voucher_is_a_payment_confirmation(paper: PaperFormat) -> None:
    paid_at = voucher().created_at
    assert paid_at is not None
    doc = voucher(state=DocumentState.PAID, paid_at=paid_at, operation_number="0045871236")
    pdf = render_voucher(doc, MERCHANT, paper)
    text = page_text(pdf)
    assert "PAGADO" in text
    assert "CONSTANCIA DE PAGO" in text.upper()
    assert "0045871236" in text
    assert "Pagado el jueves 10/12/2026 - 09:30 a. m." in text
    assert "Págalo antes del" not in text
    assert "S/ 1,500.15" in text
    assert decode(pdf, 0, paper)["code128"] == ["11323796"]


def test_ticket_height_follows_content() -> None:
    short = voucher(concept="Torta")
    long = voucher(concept="Torta de maracuyá y piña con decoración de chocolate " * 3)
    for paper in (PaperFormat.TICKET_80, PaperFormat.TICKET_58):
        heights = [page_size(render_voucher(doc, MERCHANT, paper))[1] for doc in (short, long)]
        assert heights[1] > heights[0]
    # The narrower paper breaks the same text into more lines (its type is smaller too, so
    # the ticket need not be longer).
    narrow = layout_voucher(long, MERCHANT, PaperFormat.TICKET_58).items
    wide = layout_voucher(long, MERCHANT, PaperFormat.TICKET_80).items
    assert sum(item.kind == "text" for item in narrow) > sum(item.kind == "text" for item in wide)


@pytest.mark.parametrize("paper", FORMATS)
def test_long_texts_are_shortened_inside_the_margins(paper: PaperFormat) -> None:
    doc = voucher(
        concept="Pedido especial de tortas, bocaditos y bebidas para matrimonio " * 8,
        customer_name="María del Rosario Fernández-Quispe de la Torre y Ñahui " * 5,
        transaction_code="REF-" + "9" * 120,
    )
    merchant = Merchant("Panadería y Pastelería " * 10, "20601234567", "Jr. Ucayali " * 20)
    sheet = layout_voucher(doc, merchant, paper)
    assert layout_problems(sheet) == []
    text = page_text(render_voucher(doc, merchant, paper))
    assert "…" in text
    assert "Pedido especial de tortas" in text and "María del Rosario" in text


@pytest.mark.parametrize("paper", FORMATS)
def test_batch_has_one_page_per_voucher_each_with_its_own_codes(paper: PaperFormat) -> None:
    cips = [11323796, 11323797, 2500012, 987654321012]
    docs = [
        voucher(
            cip=cip, cip_url=f"https://pagoefectivo.pe/pago/cip/{cip}", money=Money.of(n + 1, "PEN")
        )
        for n, cip in enumerate(cips)
    ]
    pdf = render_batch(docs, MERCHANT, paper)
    assert page_count(pdf) == len(cips)
    for index, cip in enumerate(cips):
        found = decode(pdf, index, paper)
        assert found["code128"] == [str(cip)]
        assert found["qr"] == [f"https://pagoefectivo.pe/pago/cip/{cip}"]
    assert pdf.count(b"/FontFile2") == 2  # fonts embedded once for the whole batch


def test_empty_batch_is_refused() -> None:
    with pytest.raises(ValueError):
        render_batch([], MERCHANT, PaperFormat.A4)


@pytest.mark.parametrize("paper", FORMATS)
def test_logos_of_any_shape_fit_and_broken_ones_are_skipped(paper: PaperFormat) -> None:
    for logo in (logo_png((2000, 200)), logo_png((300, 1200)), b"not an image"):
        sheet = layout_voucher(voucher(), Merchant("Bodega", logo=logo), paper)
        assert layout_problems(sheet) == []
        pictures = [item for item in sheet.items if item.kind == "picture"]
        assert len(pictures) == (0 if logo == b"not an image" else 1)
        assert render_voucher(voucher(), Merchant("Bodega", logo=logo), paper).startswith(b"%PDF")


def test_concurrent_renders_match_sequential_ones() -> None:
    # Many small renders on 8 threads that switch very often: reportlab's TrueType faces keep a
    # shared read cursor, so without render's lock some of these come out broken or raise.
    merchant = Merchant("Bodega Rosita")
    jobs = [
        voucher(cip=11323796 + n, customer_name=f"Cliente {n}", cip_url=None) for n in range(160)
    ]
    expected = [render_voucher(doc, merchant, PaperFormat.TICKET_58) for doc in jobs]
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(8) as pool:
            got = list(
                pool.map(lambda doc: render_voucher(doc, merchant, PaperFormat.TICKET_58), jobs)
            )
    finally:
        sys.setswitchinterval(previous)
    assert got == expected
