"""What a voucher says, in Spanish, per state: every string the layouts place, and nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from babel.dates import format_datetime

from desktop.domain.limatime import LIMA, to_lima
from desktop.domain.money import Currency
from desktop.receipts.band import DemoBand, demo_band
from desktop.receipts.model import DocumentState, Merchant, VoucherDocument
from desktop.receipts.words import amount_in_words

NOTE = "Este documento no es un comprobante de pago."
CIP_LABEL = "Código de pago (CIP)"
HOW_TO_PAY = "Cómo pagar"  # a heading: tickets print it in capitals
BANKS = "BBVA, BCP, Interbank, Scotiabank, BanBif y Caja Arequipa"
AGENTS = "Kasnet, Western Union, Tambo+, FullCarga, Red Digital y más"
SERVICE = {Currency.PEN: "PagoEfectivo Soles", Currency.USD: "PagoEfectivo Dólares"}


def lima_datetime(moment: datetime, *, weekday: bool = True) -> str:
    """``sábado 12/12/2026 - 03:10 p. m.`` in Lima time (Babel, locale es_PE)."""
    pattern = "EEEE dd/MM/yyyy - hh:mm a" if weekday else "dd/MM/yyyy - hh:mm a"
    text = format_datetime(to_lima(moment), pattern, tzinfo=LIMA, locale="es_PE")
    # Babel writes "p.\u202fm."; a plain space keeps text search and every font happy.
    return str(text).replace("\u202f", " ").replace("\u00a0", " ")


@dataclass(frozen=True)
class Channel:
    """One way to pay: who offers it and the steps, short enough for a 58 mm ticket."""

    title: str
    where: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class Detail:
    """A labelled line of the order; long values wrap up to ``max_lines`` then end in "…"."""

    label: str
    value: str
    max_lines: int


@dataclass(frozen=True)
class Content:
    """Everything a voucher shows, already worded; layouts only decide where it goes."""

    merchant_name: str
    ruc: str | None
    address: str | None
    logo: bytes | None
    title: str
    state: DocumentState
    stamp: str | None  # PAGADO / EXPIRADO / ANULADO, shown in a band under the title
    notice: str | None  # why a voucher can no longer be paid
    cip: str
    amount_label: str
    amount: str
    amount_words: str
    when_label: str | None  # "Págalo antes del", "Pagado el", "Venció el" (or "Vence el")
    when: str | None
    details: tuple[Detail, ...]
    qr_data: str
    qr_caption: str
    channels: tuple[Channel, ...]  # empty unless the voucher can still be paid
    note: str = NOTE
    band: DemoBand | None = None  # "DEMO — sin valor" on every document of a test profile

    @property
    def mark(self) -> str | None:
        """The big diagonal word across a voucher that can no longer be paid."""
        return self.stamp if self.state in _DEAD else None


_DEAD = (DocumentState.EXPIRED, DocumentState.ANNULLED)
_TITLES = {
    DocumentState.PENDING: "Información para tu pago",
    DocumentState.PAID: "Constancia de pago",
    DocumentState.EXPIRED: "Código de pago expirado",
    DocumentState.ANNULLED: "Código de pago anulado",
}
_STAMPS = {
    DocumentState.PAID: "PAGADO",
    DocumentState.EXPIRED: "EXPIRADO",
    DocumentState.ANNULLED: "ANULADO",
}
_NOTICES = {
    DocumentState.PAID: "Pago recibido. Gracias por tu compra.",
    DocumentState.EXPIRED: "Este código de pago venció y ya no se puede pagar.",
    DocumentState.ANNULLED: "Este código de pago fue anulado y ya no se puede pagar.",
}
# Marked expired by hand before its deadline (data kept from before that was refused):
# PagoEfectivo may still take the payment until then, so the words never say it is over.
_EARLY_TITLE = "Código marcado como expirado"
_EARLY_NOTICE = "El comercio lo marcó como expirado antes de vencer: consúltele antes de pagar."


def expired_early(doc: VoucherDocument) -> bool:
    """Expired here while its deadline is still ahead (as of ``printed_at``)."""
    return (
        doc.state is DocumentState.EXPIRED
        and doc.printed_at is not None
        and doc.expires_at > doc.printed_at
    )


def channels(cip: str, currency: Currency) -> tuple[Channel, ...]:
    """How to pay with the CIP, per PagoEfectivo's published channels (API notes §7)."""
    return (
        Channel(
            "Banca móvil / internet",
            BANKS,
            (
                f"Pago de servicios > PagoEfectivo > {SERVICE[currency]}",
                f"Ingresa tu CIP {cip} y confirma el pago.",
            ),
        ),
        Channel(
            "Agentes y bodegas",
            AGENTS,
            (f"Di “PagoEfectivo” y tu CIP {cip}.", "Paga en efectivo y guarda tu constancia."),
        ),
    )


def _when(doc: VoucherDocument) -> tuple[str | None, str | None]:
    if doc.state is DocumentState.PENDING:
        return "Págalo antes del", lima_datetime(doc.expires_at)
    if doc.state is DocumentState.PAID:
        return ("Pagado el", lima_datetime(doc.paid_at)) if doc.paid_at else (None, None)
    if doc.state is DocumentState.EXPIRED:
        label = "Vence el" if expired_early(doc) else "Venció el"
        return label, lima_datetime(doc.expires_at)
    return None, None


def _clean(text: str | None) -> str | None:
    """Optional text with its whitespace collapsed; blank means absent."""
    return (" ".join(text.split()) or None) if text else None


def _details(doc: VoucherDocument) -> tuple[Detail, ...]:
    rows = []
    operation, concept, customer = (
        _clean(doc.operation_number),
        _clean(doc.concept),
        _clean(doc.customer_name),
    )
    if doc.state is DocumentState.PAID and operation:
        rows.append(Detail("Operación", operation, 1))
    if concept:
        rows.append(Detail("Concepto", concept, 3))
    if customer:
        rows.append(Detail("Cliente", customer, 2))
    rows.append(Detail("Referencia", _clean(doc.transaction_code) or "—", 2))
    if doc.created_at:
        rows.append(Detail("Emitido", lima_datetime(doc.created_at, weekday=False), 1))
    return tuple(rows)


def describe(doc: VoucherDocument, merchant: Merchant) -> Content:
    """Word a voucher for its state; raises ``ValueError`` for an unknown currency."""
    currency = doc.money.currency
    cip = str(doc.cip)
    when_label, when = _when(doc)
    early = expired_early(doc)
    return Content(
        merchant_name=_clean(merchant.name) or "",
        ruc=f"RUC {ruc}" if (ruc := _clean(merchant.ruc)) else None,
        address=_clean(merchant.address),
        logo=merchant.logo or None,
        title=_EARLY_TITLE if early else _TITLES[doc.state],
        state=doc.state,
        stamp=_STAMPS.get(doc.state),
        notice=_EARLY_NOTICE if early else _NOTICES.get(doc.state),
        cip=cip,
        amount_label="Monto pagado" if doc.state is DocumentState.PAID else "Monto a pagar",
        amount=str(doc.money),
        amount_words=amount_in_words(doc.money),
        when_label=when_label,
        when=when,
        details=_details(doc),
        qr_data=doc.cip_url or cip,
        qr_caption="Escanea para abrir tu código de pago" if doc.cip_url else "CIP en código QR",
        channels=channels(cip, currency) if doc.state is DocumentState.PENDING else (),
        band=demo_band(doc.environment),
    )
