"""Words of the voucher detail: what each event means, sources, failure reasons, share text."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.display import SYSTEM_ACTORS, full_name, lima_short
from desktop.domain.display import actor_label as spanish_actor
from desktop.domain.display import source_label as spanish_source
from desktop.domain.events import REFUSALS, EventKind, Reason, has_code, reason_code
from desktop.services.share import share_text as customer_share_text
from desktop.services.slips import slip_named
from desktop.services.views import EventView, VoucherView
from desktop.ui.format import status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "VoucherDetail"

# The source words and PagoDesk's own actor are domain/display.py's; marked here for the
# catalogs (a test keeps the lists equal).
MARKED_SOURCE_LABELS = (
    QT_TRANSLATE_NOOP("VoucherDetail", "PagoEfectivo"),
    QT_TRANSLATE_NOOP("VoucherDetail", "consulta"),
    QT_TRANSLATE_NOOP("VoucherDetail", "notificación"),
    QT_TRANSLATE_NOOP("VoucherDetail", "personal"),
    QT_TRANSLATE_NOOP("VoucherDetail", "archivo de liquidación"),
)
MARKED_SYSTEM_ACTORS = (QT_TRANSLATE_NOOP("VoucherDetail", "PagoDesk"),)

# Codes that start an event's reason (domain/events.py), in the staff's words.
REASON_CODES = {
    Reason.LATE: QT_TRANSLATE_NOOP("VoucherDetail", "pago confirmado después del vencimiento"),
    Reason.REVERSAL: QT_TRANSLATE_NOOP("VoucherDetail", "extorno"),
    Reason.RETRIED: QT_TRANSLATE_NOOP("VoucherDetail", "se emitió un nuevo intento"),
    Reason.DISCARDED: QT_TRANSLATE_NOOP("VoucherDetail", "descartado por el personal"),
    Reason.NOT_ALLOWED: QT_TRANSLATE_NOOP("VoucherDetail", "cambio no permitido"),
    Reason.REVERSAL_REQUIRED: QT_TRANSLATE_NOOP(
        "VoucherDetail", "un pago solo se revierte con extorno"
    ),
    Reason.NOT_A_REVERSAL: QT_TRANSLATE_NOOP("VoucherDetail", "no corresponde a un extorno"),
    Reason.AMOUNT_DIFFERS: QT_TRANSLATE_NOOP("VoucherDetail", "el monto no coincide"),
    Reason.CURRENCY_DIFFERS: QT_TRANSLATE_NOOP("VoucherDetail", "la moneda no coincide"),
    Reason.REMOTE_DIFFERS: QT_TRANSLATE_NOOP("VoucherDetail", "PagoEfectivo informa otro estado"),
    Reason.APPROVAL_REQUESTED: QT_TRANSLATE_NOOP(
        "VoucherDetail", "espera la aprobación de otra persona"
    ),
    Reason.APPROVAL_REJECTED: QT_TRANSLATE_NOOP(
        "VoucherDetail", "solicitud rechazada por un supervisor"
    ),
    Reason.OPERATION_DIFFERS: QT_TRANSLATE_NOOP(
        "VoucherDetail", "el número de operación no coincide"
    ),
    Reason.TRANSACTION_CODE_DIFFERS: QT_TRANSLATE_NOOP(
        "VoucherDetail", "la referencia del pedido no coincide"
    ),
    Reason.PAID_AFTER_ANNULMENT: QT_TRANSLATE_NOOP("VoucherDetail", "pagado después de anularlo"),
    Reason.OPERATION_LEARNED: QT_TRANSLATE_NOOP("VoucherDetail", "operación recibida"),
    # Whole reasons the services write in Spanish: translated as they are.
    Reason.EXTENDED: QT_TRANSLATE_NOOP("VoucherDetail", "vencimiento extendido"),
    Reason.SEALED: QT_TRANSLATE_NOOP(
        "VoucherDetail", "sellado: los datos del voucher quedaron registrados en la auditoría"
    ),
    Reason.REMOTE_EXTENDED: QT_TRANSLATE_NOOP(
        "VoucherDetail", "vencimiento extendido en PagoEfectivo"
    ),
    Reason.REMOTE_DEADLINE: QT_TRANSLATE_NOOP(
        "VoucherDetail", "vencimiento cambiado en PagoEfectivo"
    ),
    Reason.CONFIRMED: QT_TRANSLATE_NOOP("VoucherDetail", "confirmado por consulta"),
    Reason.GRACE_EXPIRED: QT_TRANSLATE_NOOP(
        "VoucherDetail", "vencido: pasó el plazo de gracia sin pago"
    ),
}

FAILURES = {
    Reason.OUTCOME_UNKNOWN: QT_TRANSLATE_NOOP(
        "VoucherDetail",
        "Se pidió el código a PagoEfectivo pero no llegó la respuesta: no se sabe si se "
        "generó. No entregue ningún código al cliente; reintente o descarte este voucher.",
    ),
    Reason.SERVER: QT_TRANSLATE_NOOP(
        "VoucherDetail",
        "PagoEfectivo tuvo un error interno y no confirmó el código. Intente más tarde.",
    ),
    "connection": QT_TRANSLATE_NOOP(
        "VoucherDetail", "No se pudo conectar con PagoEfectivo; no se envió nada."
    ),
    "authentication": QT_TRANSLATE_NOOP(
        "VoucherDetail",
        "PagoEfectivo rechazó las credenciales del perfil (o el reloj de esta PC está "
        "desfasado). Revíselas en Ajustes.",
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def source_label(source: str) -> str:
    return tr(spanish_source(source))


def actor_label(actor: str | None) -> str:
    """A person's name as written; PagoDesk's own sync rounds by the program's name."""
    return tr(spanish_actor(actor)) if actor in SYSTEM_ACTORS else (actor or "")


def _status(value: str | None) -> str:
    return status_label(value) if value else "—"


def describe_event(event: EventView, *, late: bool | None = None) -> str:
    """ "Emitido por PagoEfectivo", "Pagado", "Discrepancia: …": one line per event.
    ``late``: whether a payment was late by the rule (services.lateness); None trusts the
    code the move was recorded with."""
    kind, before, after = event.kind, event.from_status, event.to_status
    reason = event.reason or ""
    if late is None:
        late = has_code(reason, Reason.LATE)
    if kind == EventKind.CREATED:
        return QCoreApplication.translate("VoucherDetail", "Creado")
    if kind == EventKind.DISCREPANCY and has_code(reason, Reason.APPROVAL_REQUESTED):
        if after == "expired":
            return QCoreApplication.translate(
                "VoucherDetail", "Vencimiento manual solicitado: espera aprobación"
            )
        return QCoreApplication.translate(
            "VoucherDetail", "Pago manual solicitado: espera aprobación"
        )
    if kind == EventKind.DISCREPANCY:
        return QCoreApplication.translate("VoucherDetail", "Discrepancia: {what}").format(
            what=_discrepancy(before, after, reason)
        )
    if kind == EventKind.NOTE:
        return _note(event)
    if kind != EventKind.MOVE:
        return str(kind)
    if after == "pending":
        if before == "issuing":
            return QCoreApplication.translate("VoucherDetail", "Emitido por PagoEfectivo")
        if before == "expired":
            return QCoreApplication.translate(
                "VoucherDetail", "Vencimiento extendido: vuelve a estar pendiente"
            )
        if before == "paid":
            return QCoreApplication.translate("VoucherDetail", "Extorno: el pago fue revertido")
    if after == "paid":
        if late:
            return QCoreApplication.translate("VoucherDetail", "Pagado fuera de plazo")
        if event.source == "import":
            return QCoreApplication.translate("VoucherDetail", "Pagado según la liquidación")
        if event.source == "manual":
            return QCoreApplication.translate("VoucherDetail", "Marcado como pagado a mano")
        return QCoreApplication.translate("VoucherDetail", "Pagado")
    if after == "expired":
        return QCoreApplication.translate("VoucherDetail", "Expirado")
    if after == "annulled":
        return QCoreApplication.translate("VoucherDetail", "Anulado")
    if after == "failed":
        if event.source == "api":
            return QCoreApplication.translate("VoucherDetail", "Rechazado por PagoEfectivo")
        if has_code(reason, Reason.RETRIED):
            return QCoreApplication.translate("VoucherDetail", "Reemplazado por un nuevo intento")
        return QCoreApplication.translate("VoucherDetail", "Descartado")
    return QCoreApplication.translate("VoucherDetail", "{before} → {after}").format(
        before=_status(before), after=_status(after)
    )


def _note(event: EventView) -> str:
    """A recorded change without a move: a new deadline, or a note of the staff."""
    if has_code(event.reason, Reason.SEALED):
        return QCoreApplication.translate("VoucherDetail", "Sellado para la auditoría")
    try:
        details = json.loads(event.details or "{}")
    except (ValueError, AttributeError):
        details = {}
    deadline = details.get("expires_at") if isinstance(details, dict) else None
    if deadline:
        try:
            when = lima_short(datetime.fromisoformat(str(deadline)))
        except ValueError:
            when = str(deadline)
        return QCoreApplication.translate("VoucherDetail", "Nuevo vencimiento: {when}").format(
            when=when
        )
    if has_code(event.reason, Reason.REVIEWED):
        return QCoreApplication.translate("VoucherDetail", "Revisado")
    if has_code(event.reason, Reason.APPROVAL_REJECTED):
        return QCoreApplication.translate("VoucherDetail", "Solicitud rechazada")
    operation = details.get("operation_number") if isinstance(details, dict) else None
    if operation:  # Reason.OPERATION_LEARNED: paid by polling, then told the operation
        return QCoreApplication.translate(
            "VoucherDetail", "Número de operación recibido: {operation}"
        ).format(operation=operation)
    return QCoreApplication.translate("VoucherDetail", "Nota")


def _discrepancy(before: str | None, after: str | None, reason: str) -> str:
    code = reason_code(reason)
    if code == Reason.AMOUNT_DIFFERS:
        return QCoreApplication.translate(
            "VoucherDetail", "el monto confirmado por PagoEfectivo no coincide con el registrado"
        )
    if code == Reason.CURRENCY_DIFFERS:
        return QCoreApplication.translate(
            "VoucherDetail", "la moneda confirmada por PagoEfectivo no coincide con la registrada"
        )
    if code == Reason.REMOTE_DIFFERS and after:
        return QCoreApplication.translate(
            "VoucherDetail", "PagoEfectivo informa «{after}», aquí está «{before}»"
        ).format(after=_status(after), before=_status(before))
    if code == Reason.UNKNOWN_STATUS:
        return QCoreApplication.translate(
            "VoucherDetail", "PagoEfectivo informó un estado desconocido"
        )
    if code in REFUSALS and after:
        return QCoreApplication.translate(
            "VoucherDetail", "se informó «{after}» pero el voucher está «{before}»"
        ).format(after=_status(after), before=_status(before))
    if after:
        return QCoreApplication.translate("VoucherDetail", "se informó «{after}»").format(
            after=_status(after)
        )
    return reason_text(reason) or QCoreApplication.translate("VoucherDetail", "sin detalle")


def reason_text(reason: str | None, *, late: bool | None = None) -> str:
    """An event's reason for people: known codes translated, API JSON reduced to its message.
    ``late`` (see ``describe_event``) overrides the recorded "late" code."""
    parts = []
    if late and not has_code(reason, Reason.LATE):
        parts.append(tr(REASON_CODES[Reason.LATE]))
    rest = reason or ""
    while rest:
        head, sep, tail = rest.partition(":")
        if head.strip() == Reason.LATE and late is False:  # recorded so by an older rule
            rest = tail.strip() if sep else ""
            continue
        if head.strip() == Reason.UNKNOWN_STATUS:
            parts.append(
                QCoreApplication.translate(
                    "VoucherDetail", "estado desconocido en PagoEfectivo (código {code})"
                ).format(code=tail.strip() or "?")
            )
            rest = ""
            break
        if head.strip() == Reason.REVIEWED:  # the event reads "Revisado": keep the note
            rest = tail.strip() if sep else ""
            continue
        if head.strip() in REASON_CODES:
            parts.append(tr(REASON_CODES[Reason(head.strip())]))
            rest = tail.strip() if sep else ""
            continue
        break
    if rest:
        parts.append(_api_text(rest))
    return "; ".join(p for p in parts if p)


def _api_text(text: str) -> str:
    """ "511: {"message": …}" (a refusal as stored) → "511: Monto excede el máximo"."""
    head, sep, tail = text.partition(":")
    coded = bool(sep) and head.strip().isdigit()
    candidate = tail.strip() if coded else text
    try:
        data = json.loads(candidate)
    except ValueError:
        return text
    if not isinstance(data, dict):
        return text
    message = str(data.get("message") or "")
    fields = data.get("fields") or []
    details = [f"{f.get('field')}: {f.get('message')}" for f in fields if isinstance(f, dict)]
    joined = "; ".join([message, *details]) if message else "; ".join(details)
    return f"{head.strip()}: {joined}" if coded else joined


def failure_text(code: str | None, detail: str | None) -> str:
    """Why a voucher was not issued (failed) or is unconfirmed, in words."""
    if not code:
        return ""
    if code in FAILURES:
        return tr(FAILURES[code])
    message = _api_text(f"{code}: {detail}") if detail else code
    return QCoreApplication.translate(
        "VoucherDetail", "PagoEfectivo rechazó la solicitud (código {message})"
    ).format(message=message)


def no_receipt_text(status: str) -> str:
    """Why a voucher has no CIP to show and nothing to print."""
    if status == "issuing":
        return QCoreApplication.translate(
            "VoucherDetail",
            "Este voucher está sin confirmar: se pidió el código a PagoEfectivo pero no llegó "
            "la respuesta. No tiene un CIP válido que mostrar ni imprimir; no entregue ningún "
            "código al cliente.",
        )
    return QCoreApplication.translate(
        "VoucherDetail",
        "Este voucher no se emitió: PagoEfectivo no generó ningún código de pago, así que no "
        "hay CIP ni comprobante que imprimir.",
    )


def customer_name(voucher: VoucherView) -> str:
    return full_name(voucher.first_name, voucher.last_name)


def share_text(voucher: VoucherView) -> str:
    """The message for the customer: the same Spanish text the issue page shares (only a
    voucher with a confirmed CIP has one)."""
    assert voucher.cip is not None and voucher.expires_at is not None
    return customer_share_text(
        cip=voucher.cip,
        money=voucher.money,
        expires_at=voucher.expires_at,
        first_name=voucher.first_name,
        cip_url=voucher.cip_url,
    )


def evidence_file(evidence: str | None) -> tuple[str, str] | None:
    """(sha256, original file name) of the slip kept with a manual payment or a request, or
    None when the event keeps none."""
    named = slip_named(evidence)
    return None if named is None else (named.sha256, named.name)
