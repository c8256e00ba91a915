"""How a person's name, a moment and a status read anywhere (screens, command line, files,
receipts). The screens translate these Spanish texts; nothing else words them again."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.limatime import to_lima
from desktop.domain.status import VoucherStatus

STATUS_LABELS: dict[VoucherStatus, str] = {
    VoucherStatus.ISSUING: "Sin confirmar",
    VoucherStatus.FAILED: "No emitido",
    VoucherStatus.PENDING: "Pendiente de pago",
    VoucherStatus.PAID: "Pagado",  # never PagoEfectivo's "Cancelado": staff read it as voided
    VoucherStatus.EXPIRED: "Expirado",
    VoucherStatus.ANNULLED: "Anulado",
}


def status_label(status: str | None) -> str:
    """``Pendiente de pago``; an unknown code as it is, and ``—`` for none."""
    if not status:
        return "—"
    try:
        return STATUS_LABELS[VoucherStatus(status)]
    except ValueError:
        return status


def full_name(first: str | None, last: str | None) -> str:
    """``José Núñez``; empty when neither is known."""
    return " ".join(part for part in (first, last) if part)


def lima_short(moment: datetime | None) -> str:
    """``26/11/2026 15:45`` in Lima time; empty for no moment."""
    return "" if moment is None else f"{to_lima(moment):%d/%m/%Y %H:%M}"
