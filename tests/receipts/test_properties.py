"""Random vouchers on every format: no error, nothing off the page or on a code, codes decode."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.limatime import LIMA
from desktop.domain.money import Currency, Money
from desktop.receipts import Merchant, PaperFormat, VoucherDocument, layout_voucher, render_voucher
from tests.receipts.helpers import decode, layout_problems, logo_png, page_size, page_text

LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúüñ" + "ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÚÜÑ"
NAME_CHARS = LETTERS + "     '-.,&/()0123456789"
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=LIMA)
LOGO = logo_png()

names = st.text(alphabet=NAME_CHARS, min_size=1, max_size=200)
optional_names = st.none() | names
amounts = st.builds(
    Money,
    st.integers(min_value=10, max_value=3_000_000),
    st.sampled_from(list(Currency)),
)
deadlines = st.integers(min_value=60, max_value=30 * 24 * 3600).map(
    lambda seconds: NOW + timedelta(seconds=seconds)
)
cips = st.integers(min_value=1_000_000, max_value=999_999_999_999)
urls = st.none() | st.builds(
    lambda cip, token: f"https://pagoefectivo.pe/pago/cip/{cip}?t={token}",
    cips,
    st.text(alphabet="0123456789abcdef", min_size=0, max_size=64),
)

vouchers = st.builds(
    VoucherDocument,
    cip=cips,
    money=amounts,
    expires_at=deadlines,
    transaction_code=st.text(alphabet=NAME_CHARS, min_size=1, max_size=60),
    cip_url=urls,
    concept=optional_names,
    customer_name=optional_names,
    created_at=st.none() | st.just(NOW),
)
merchants = st.builds(
    Merchant,
    name=names,
    ruc=st.none() | st.just("20601234567"),
    address=optional_names,
    logo=st.none() | st.just(LOGO),
)


@settings(
    max_examples=36,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(doc=vouchers, merchant=merchants, paper=st.sampled_from(list(PaperFormat)))
def test_any_voucher_renders_inside_the_page_with_codes_that_decode(
    doc: VoucherDocument, merchant: Merchant, paper: PaperFormat
) -> None:
    sheet = layout_voucher(doc, merchant, paper)
    assert layout_problems(sheet) == []
    pdf = render_voucher(doc, merchant, paper)
    width, height = page_size(pdf)
    assert abs(width - sheet.width) < 0.01 and abs(height - sheet.height) < 0.01
    found = decode(pdf, 0, paper)
    assert found == {"qr": [doc.cip_url or str(doc.cip)], "code128": [str(doc.cip)]}
    assert "Código de pago (CIP)" in page_text(pdf)
