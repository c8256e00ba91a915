"""How a person's name, a moment and a status read anywhere (screens, command line, files,
receipts). The screens translate these Spanish texts; nothing else words them again."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.events import EventKind, EventMove
from desktop.domain.limatime import to_lima
from desktop.domain.status import EventSource, VoucherStatus

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


# Where an event came from, in the staff's words ("manual" is a person at PagoDesk, not only
# a payment marked by hand: issuing is one too).
SOURCE_LABELS: dict[EventSource, str] = {
    EventSource.API: "PagoEfectivo",
    EventSource.POLL: "consulta",
    EventSource.WEBHOOK: "notificación",
    EventSource.MANUAL: "personal",
    EventSource.IMPORT: "archivo de liquidación",
}

# Actors PagoDesk itself writes (services/sync.py's rounds), shown as the program's name.
SYSTEM_ACTORS = {"sync": "PagoDesk"}


def source_label(source: str | None) -> str:
    """``notificación``; an unknown code as it is."""
    try:
        return SOURCE_LABELS[EventSource(source or "")]
    except ValueError:
        return source or ""


def actor_label(actor: str | None) -> str:
    """A person's name as written; PagoDesk's own rounds as ``PagoDesk``."""
    return SYSTEM_ACTORS.get(actor or "", actor or "")


def count_of(number: int, one: str, many: str) -> str:
    """``1 línea``, ``0 líneas``, ``3 cobros pagados``: for the command line and files
    (the screens use Qt's %n plural forms)."""
    return f"{number} {one if number == 1 else many}"


_KIND_WORDS: dict[str, str] = {
    EventKind.CREATED: "Creado",
    EventKind.NOTE: "Nota",
    EventKind.DISCREPANCY: "Discrepancia",
}


def event_line(event: EventMove) -> str:
    """``Creado``, ``Sin confirmar → Pendiente de pago``, ``Discrepancia: Pagado → Anulado``
    (an event's kind and move, for the command line and files; the screens word more)."""
    if event.kind == EventKind.MOVE:
        return f"{status_label(event.from_status)} → {status_label(event.to_status)}"
    word = _KIND_WORDS.get(event.kind, str(event.kind))
    if event.kind == EventKind.DISCREPANCY and event.to_status:
        return f"{word}: {status_label(event.from_status)} → {status_label(event.to_status)}"
    return word


def full_name(first: str | None, last: str | None) -> str:
    """``José Núñez``; empty when neither is known."""
    return " ".join(part for part in (first, last) if part)


def lima_short(moment: datetime | None) -> str:
    """``26/11/2026 15:45`` in Lima time; empty for no moment."""
    return "" if moment is None else f"{to_lima(moment):%d/%m/%Y %H:%M}"
