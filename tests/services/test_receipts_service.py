"""The receipt service prints what the profile is: the band on a demo or sandbox profile's
vouchers, none in production; the time of printing decides how an expired voucher reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from desktop.domain.validation import IssueInput, validate_issue
from desktop.services.issuing import IssueService
from desktop.services.lookup import VoucherLookup
from desktop.services.receipts import Merchant, PaperFormat, ReceiptService
from desktop.store.tables import Voucher
from tests.receipts.helpers import decode, page_text
from tests.services.helpers import expire_by_hand_as_before

FORMATS = list(PaperFormat)


def issued(issuer: IssueService) -> Voucher:
    data = IssueInput(amount="1500.15", email="cliente@example.pe")
    voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    assert voucher.cip is not None
    return voucher


def service(engine: Engine, environment: str, now: datetime) -> ReceiptService:
    lookup = VoucherLookup(engine, "demo")
    return ReceiptService(
        lookup, Merchant("Bodega Rosita"), environment=environment, clock=lambda: now
    )


@pytest.mark.parametrize("paper", FORMATS, ids=[p.value for p in FORMATS])
@pytest.mark.parametrize(
    ("environment", "band"),
    [("demo", "DEMO — SIN VALOR"), ("sandbox", "SANDBOX — SIN VALOR"), ("production", None)],
)
def test_the_profile_environment_reaches_the_paper(
    issuer: IssueService, engine: Engine, paper: PaperFormat, environment: str, band: str | None
) -> None:
    voucher = issued(issuer)
    now = voucher.created_at + timedelta(minutes=1)

    pdf = service(engine, environment, now).render(str(voucher.cip), paper)

    text = page_text(pdf).upper()
    if band is None:
        assert "SIN VALOR" not in text
    else:
        assert band in text
    found = decode(pdf, 0, paper)
    assert found["code128"] == [str(voucher.cip)] and found["qr"] == [voucher.cip_url]


@pytest.mark.parametrize("paper", FORMATS, ids=[p.value for p in FORMATS])
def test_a_voucher_marked_expired_before_its_deadline_reads_honestly(
    issuer: IssueService, engine: Engine, paper: PaperFormat
) -> None:
    """Data kept from versions that allowed it: the deadline is still ahead, so the PDF never
    says "Venció" nor "ya no se puede pagar" (PagoEfectivo may still take the payment)."""
    voucher = issued(issuer)
    assert voucher.expires_at is not None
    marked = voucher.created_at + timedelta(hours=1)
    expire_by_hand_as_before(engine, voucher.id or 0, marked)

    before = page_text(service(engine, "demo", marked).render(str(voucher.cip), paper))
    after = page_text(
        service(engine, "demo", voucher.expires_at + timedelta(hours=1)).render(
            str(voucher.cip), paper
        )
    )

    assert "Venció el" not in before and "ya no se puede pagar" not in before
    assert "Vence el" in before and "antes de vencer" in before
    assert "Venció el" in after and "ya no se puede pagar" in after
