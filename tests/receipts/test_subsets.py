"""Font subsets and the logo made once per process: shared between PDFs, never changing them."""

from __future__ import annotations

import re

import pytest

from desktop.domain.money import Money
from desktop.receipts import PaperFormat, VoucherDocument, render_batch, render_voucher, subsets
from desktop.receipts.logo import load_logo
from tests.receipts.helpers import MERCHANT, page_text, voucher

FORMATS = list(PaperFormat)


def font_files(pdf: bytes) -> list[bytes]:
    """The embedded font files (compressed), in the order the PDF lists them."""
    numbers = re.findall(rb"/FontFile2 (\d+) 0 R", pdf)
    streams = []
    for number in numbers:
        found = re.search(rb"\n" + number + rb" 0 obj\n.*?stream\r?\n(.*?)endstream", pdf, re.S)
        assert found is not None
        streams.append(found.group(1))
    return streams


def forget_everything() -> None:
    subsets._subset_file.cache_clear()
    subsets._compressed.cache_clear()
    subsets._widths.cache_clear()


def vouchers() -> list[VoucherDocument]:
    """Vouchers with different numbers: CIP, amount (hence the amount in words), no link."""
    return [
        voucher(),
        voucher(cip=20481357, cip_url=None, money=Money.of("87.40", "PEN")),
        voucher(cip=99000001, money=Money.of("2", "USD"), customer_name="Ña Queta Xiomara"),
    ]


@pytest.mark.parametrize("paper", FORMATS, ids=[paper.value for paper in FORMATS])
def test_remembered_subsets_give_the_same_files_as_fresh_ones(paper: PaperFormat) -> None:
    docs = vouchers()
    fresh = []
    for doc in docs:
        forget_everything()
        fresh.append(render_voucher(doc, MERCHANT, paper))
    again = [render_voucher(doc, MERCHANT, paper) for doc in docs]
    assert again == fresh
    assert "Ña Queta Xiomara" in page_text(again[2])


@pytest.mark.parametrize("paper", FORMATS, ids=[paper.value for paper in FORMATS])
def test_vouchers_differing_in_their_numbers_embed_the_same_font_files(
    paper: PaperFormat,
) -> None:
    # The digits of another CIP come first in another order (and 4 and 8 only there); the
    # subsets still hold the same characters in the same order, so they are made once.
    forget_everything()
    first = render_voucher(voucher(cip=11323796), MERCHANT, paper)
    second = render_voucher(voucher(cip=98765432, cip_url=None), MERCHANT, paper)
    assert "98765432" in page_text(second)
    assert len(font_files(first)) == 2
    assert font_files(first) == font_files(second)


def test_the_logo_is_embedded_once_as_its_own_jpeg() -> None:
    logo = load_logo(MERCHANT.logo, grayscale=False)
    assert logo is not None
    docs = [voucher(cip=11323796 + n) for n in range(3)]
    pdf = render_batch(docs, MERCHANT, PaperFormat.A4)
    assert pdf.count(b"/Subtype /Image") == 1
    assert logo.jpeg in pdf
