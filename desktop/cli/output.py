"""How vouchers look on the command line: JSON for machines, aligned lines for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.domain.display import (
    actor_label,
    event_line,
    full_name,
    lima_short,
    source_label,
    status_label,
)
from desktop.domain.limatime import to_lima

if TYPE_CHECKING:
    from desktop.services.views import EventView, VoucherView


def lima_iso(moment: datetime | None) -> str | None:
    return None if moment is None else to_lima(moment).replace(microsecond=0).isoformat()


def customer_name(voucher: VoucherView) -> str:
    return full_name(voucher.first_name, voucher.last_name) or voucher.email


def voucher_json(voucher: VoucherView, events: Sequence[EventView] | None = None) -> dict[str, Any]:
    """A voucher as plain JSON: amounts as decimal strings, times in Lima with offset."""
    data: dict[str, Any] = {
        "id": voucher.id,
        "transaction_code": voucher.transaction_code,
        "cip": voucher.cip,
        "cip_url": voucher.cip_url,
        "status": voucher.status,
        "status_label": status_label(voucher.status),
        "amount": voucher.money.plain(),
        "currency": voucher.money.currency.value,
        "concept": voucher.concept,
        "customer": {
            "first_name": voucher.first_name,
            "last_name": voucher.last_name,
            "email": voucher.email,
            "doc_type": voucher.doc_type,
            "doc_number": voucher.doc_number,
            "phone": voucher.phone,
        },
        "created_at": lima_iso(voucher.created_at),
        "expires_at": lima_iso(voucher.expires_at),
        "paid_at": lima_iso(voucher.paid_at),
        "annulled_at": lima_iso(voucher.annulled_at),
        "last_checked_at": lima_iso(voucher.last_checked_at),
        "operation_number": voucher.operation_number,
        "failure_code": voucher.failure_code,
        "retry_of": voucher.retry_of,
    }
    if events is not None:
        data["events"] = [
            {
                "sequence": e.sequence,
                "kind": e.kind,
                "from": e.from_status,
                "to": e.to_status,
                "source": e.source,
                "actor": e.actor,
                "actor_id": e.actor_id,
                "reason": e.reason,
                "at": lima_iso(e.created_at),
                "slip": _slip_json(e.evidence),
            }
            for e in events
        ]
    return data


def _slip_json(evidence: str | None) -> dict[str, str] | None:
    from desktop.services.slips import slip_named

    named = slip_named(evidence)
    return None if named is None else {"sha256": named.sha256, "name": named.name}


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


LIST_HEADER = (
    f"{'CIP':>10}  {'Emitido':16}  {'Cliente':24}  {'Concepto':20}  {'Monto':>14}  "
    f"{'Estado':17}  Vence"
)


def voucher_line(voucher: VoucherView) -> str:
    cip = str(voucher.cip) if voucher.cip else "—"
    amount = str(voucher.money)
    return (
        f"{cip:>10}  {lima_short(voucher.created_at):16}  {customer_name(voucher)[:24]:24}  "
        f"{(voucher.concept or '')[:20]:20}  {amount:>14}  {status_label(voucher.status):17}  "
        f"{lima_short(voucher.expires_at)}"
    )


def voucher_details(voucher: VoucherView, events: Sequence[EventView] | None = None) -> str:
    from desktop.services.slips import slip_named

    amount = str(voucher.money)
    lines = [
        f"CIP:               {voucher.cip or '— (sin CIP confirmado)'}",
        f"Estado:            {status_label(voucher.status)}",
        f"Monto:             {amount}",
        f"Concepto:          {voucher.concept or ''}",
        f"Cliente:           {customer_name(voucher)} <{voucher.email}>",
        f"Referencia:        {voucher.transaction_code}",
        f"Emitido:           {lima_short(voucher.created_at)}",
        f"Vence:             {lima_short(voucher.expires_at)}",
        f"Enlace de pago:    {voucher.cip_url or ''}",
    ]
    if voucher.paid_at:
        lines.append(
            f"Pagado:            {lima_short(voucher.paid_at)} "
            f"(operación {voucher.operation_number or '—'})"
        )
    if events is None:
        return "\n".join(lines)
    lines.append("Historial:")
    for e in events:
        lines.append(
            f"  {lima_short(e.created_at)}  {event_line(e):40} {source_label(e.source):12} "
            f"{actor_label(e.actor)}{'  ' + e.reason if e.reason else ''}"
        )
        named = slip_named(e.evidence)
        if named is not None:  # the slip itself: pagodesk evidence CIP --out FILE
            lines.append(f"{'':20}constancia: {named.name} (sha256 {named.sha256[:12]}…)")
    return "\n".join(lines)
