"""Voucher documents for stored vouchers: only confirmed CIPs ever reach paper."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.settings import GeneralSettings
from desktop.domain.status import VoucherStatus
from desktop.receipts import layout_voucher, render_voucher
from desktop.receipts.drawing import Box as Box
from desktop.receipts.drawing import Cells as Cells
from desktop.receipts.drawing import Outline as Outline
from desktop.receipts.drawing import Page as Page
from desktop.receipts.drawing import Photo as Photo
from desktop.receipts.drawing import Rule as Rule
from desktop.receipts.drawing import TextRun as TextRun
from desktop.receipts.drawing import to_page
from desktop.receipts.model import DocumentState, VoucherDocument
from desktop.receipts.model import Merchant as Merchant
from desktop.receipts.model import PaperFormat as PaperFormat
from desktop.services.errors import service
from desktop.services.lookup import VoucherLookup
from desktop.services.views import VoucherView

DEMO_MERCHANT_NAME = "Comercio de demostración"
DEFAULT_MERCHANT_NAME = "Mi comercio"
_STATES = {
    VoucherStatus.PENDING: DocumentState.PENDING,
    VoucherStatus.PAID: DocumentState.PAID,
    VoucherStatus.EXPIRED: DocumentState.EXPIRED,
    VoucherStatus.ANNULLED: DocumentState.ANNULLED,
}
_log = logging.getLogger(__name__)


class NoReceipt(Exception):
    """This voucher has no confirmed CIP (unconfirmed or not issued): nothing to print."""

    def __init__(self, voucher: VoucherView) -> None:
        self.voucher = voucher
        super().__init__(f"voucher #{voucher.id} has no confirmed CIP ({voucher.status})")


def merchant_from_settings(general: GeneralSettings, *, demo: bool) -> Merchant:
    """Who collects, as the settings say; a logo that cannot be read is left out (logged)."""
    logo: bytes | None = None
    if general.merchant_logo:
        try:
            logo = Path(general.merchant_logo).expanduser().read_bytes()
        except OSError as exc:
            _log.warning("merchant logo not readable (%s); printing without it", exc)
    default = DEMO_MERCHANT_NAME if demo else DEFAULT_MERCHANT_NAME
    return Merchant(
        name=general.merchant_name or default,
        ruc=general.merchant_ruc or None,
        address=general.merchant_address or None,
        logo=logo,
    )


def document_for(voucher: VoucherView, environment: str, now: datetime) -> VoucherDocument:
    """The printable form of a voucher of a profile in ``environment`` (demo | sandbox |
    production), printed at ``now``; ``NoReceipt`` when PagoEfectivo never confirmed it."""
    state = _STATES.get(voucher.status)
    if state is None or voucher.cip is None or voucher.expires_at is None:
        raise NoReceipt(voucher)
    name = voucher.customer or None
    return VoucherDocument(
        cip=voucher.cip,
        money=voucher.money,
        expires_at=voucher.expires_at,
        transaction_code=voucher.transaction_code,
        environment=environment,
        state=state,
        cip_url=voucher.cip_url,
        concept=voucher.concept,
        customer_name=name,
        created_at=voucher.created_at,
        paid_at=voucher.paid_at,
        operation_number=voucher.operation_number,
        printed_at=now,
    )


@service
class ReceiptService:
    """Renders the vouchers of one profile as PDF bytes."""

    def __init__(
        self,
        lookup: VoucherLookup,
        merchant: Merchant | Callable[[], Merchant],
        *,
        environment: str,
        clock: Clock = utc_now,
    ) -> None:
        """``merchant``: who collects, or a provider asked at each render (so a change in
        Ajustes reaches every document at once). ``environment``: the profile's; outside
        production every document carries the "DEMO — sin valor" band."""
        self._lookup = lookup
        self._merchant = merchant if callable(merchant) else (lambda: merchant)
        self.environment = environment
        self._clock = clock

    def render(self, ref: str, paper: PaperFormat) -> bytes:
        """One voucher by CIP, transaction code or ``#id``."""
        return self.render_voucher(self._lookup.find(ref), paper)

    def render_voucher(self, voucher: VoucherView, paper: PaperFormat) -> bytes:
        document = document_for(voucher, self.environment, self._clock())
        return render_voucher(document, self._merchant(), paper)

    def drawing(self, ref: str, paper: PaperFormat) -> tuple[Page, ...]:
        """The voucher's page as vector drawing orders (the system print dialog's path)."""
        document = document_for(self._lookup.find(ref), self.environment, self._clock())
        return (to_page(layout_voucher(document, self._merchant(), PaperFormat(paper))),)
