"""Words of the issue page: field problems and PagoEfectivo refusals, translated (source: es)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from desktop.domain.money import Money
from desktop.domain.validation import FieldProblem
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "IssueMessages"

# Wording for one field, when the generic one would be vague.
SPECIFIC: dict[tuple[str, ...], str] = {
    ("amount", "required"): QT_TRANSLATE_NOOP("IssueMessages", "Ingrese el monto."),
    ("amount", "invalid"): QT_TRANSLATE_NOOP(
        "IssueMessages", "Escriba el monto en números, por ejemplo 25.50."
    ),
    ("email", "required"): QT_TRANSLATE_NOOP("IssueMessages", "Ingrese el correo del cliente."),
    ("email", "invalid"): QT_TRANSLATE_NOOP(
        "IssueMessages", "Revise el correo (ejemplo: cliente@correo.pe)."
    ),
    ("doc_type", "required"): QT_TRANSLATE_NOOP("IssueMessages", "Elija el tipo de documento."),
    ("doc_type", "invalid"): QT_TRANSLATE_NOOP("IssueMessages", "Tipo de documento no válido."),
    ("doc_number", "required"): QT_TRANSLATE_NOOP(
        "IssueMessages", "Ingrese el número de documento."
    ),
    ("doc_number", "invalid"): QT_TRANSLATE_NOOP(
        "IssueMessages", "Solo letras y números, sin espacios ni guiones."
    ),
    ("doc_number", "wrong_length", "8"): QT_TRANSLATE_NOOP(
        "IssueMessages", "El DNI debe tener 8 dígitos."
    ),
    ("doc_number", "wrong_length", "11"): QT_TRANSLATE_NOOP(
        "IssueMessages", "El RUC debe tener 11 dígitos."
    ),
    ("phone", "invalid"): QT_TRANSLATE_NOOP(
        "IssueMessages", "Solo números, por ejemplo 987 654 321."
    ),
    ("currency", "invalid"): QT_TRANSLATE_NOOP("IssueMessages", "Elija soles o dólares."),
    ("expiry", "invalid"): QT_TRANSLATE_NOOP("IssueMessages", "Elija una fecha y hora válidas."),
}
GENERIC = {
    "required": QT_TRANSLATE_NOOP("IssueMessages", "Este dato es obligatorio."),
    "invalid": QT_TRANSLATE_NOOP("IssueMessages", "Este dato no es válido."),
    "too_long": QT_TRANSLATE_NOOP("IssueMessages", "Admite como máximo {limit} caracteres."),
    "not_positive": QT_TRANSLATE_NOOP("IssueMessages", "El monto debe ser mayor que cero."),
    "too_many_decimals": QT_TRANSLATE_NOOP("IssueMessages", "Use como máximo dos decimales."),
    "above_maximum": QT_TRANSLATE_NOOP(
        "IssueMessages", "Supera el máximo permitido al comercio ({limit})."
    ),
    "wrong_length": QT_TRANSLATE_NOOP("IssueMessages", "Debe tener {limit} dígitos."),
    "past": QT_TRANSLATE_NOOP(
        "IssueMessages", "Esa fecha y hora ya pasaron: elija una fecha futura."
    ),
    "too_soon": QT_TRANSLATE_NOOP("IssueMessages", "Debe vencer al menos 1 hora después de ahora."),
    "too_late": QT_TRANSLATE_NOOP("IssueMessages", "No puede vencer en más de {limit} días."),
    "conflict": QT_TRANSLATE_NOOP("IssueMessages", "Elija un plazo o una fecha, no ambos."),
    "invalid_characters": QT_TRANSLATE_NOOP(
        "IssueMessages",
        "Tiene caracteres de control o invisibles (quizá pegados de otro programa): "
        "escríbalo de nuevo.",
    ),
    "unprintable": QT_TRANSLATE_NOOP(
        "IssueMessages",
        "«{limit}» no se puede imprimir en el voucher: escríbalo con letras latinas.",
    ),
}

# PagoEfectivo's field names (POST /v1/cips) -> the form's fields.
API_FIELDS = {
    "amount": "amount",
    "currency": "currency",
    "paymentConcept": "concept",
    "userName": "first_name",
    "userLastName": "last_name",
    "userEmail": "email",
    "userDocumentType": "doc_type",
    "userDocumentNumber": "doc_number",
    "userPhone": "phone",
    "userCodeCountry": "phone",
    "dateExpiry": "expiry",
}
API_FIELD_CODES = {
    "112": QT_TRANSLATE_NOOP("IssueMessages", "PagoEfectivo pide este dato."),
    "113": QT_TRANSLATE_NOOP("IssueMessages", "PagoEfectivo no acepta este valor."),
}
FAILURES = {
    "111": QT_TRANSLATE_NOOP(
        "IssueMessages",
        "PagoEfectivo rechazó algunos datos. Corrija los campos marcados y vuelva a emitir.",
    ),
    "511": QT_TRANSLATE_NOOP(
        "IssueMessages", "El monto supera el máximo que PagoEfectivo permite a este comercio."
    ),
    "connection": QT_TRANSLATE_NOOP(
        "IssueMessages",
        "No se pudo conectar con PagoEfectivo; no se generó ningún código. "
        "Revise la conexión a internet y vuelva a emitir.",
    ),
    "authentication": QT_TRANSLATE_NOOP(
        "IssueMessages",
        "PagoEfectivo no aceptó las credenciales de este perfil, o el reloj de esta PC no está "
        "en hora. Revíselo en Ajustes.",
    ),
    "server": QT_TRANSLATE_NOOP(
        "IssueMessages",
        "PagoEfectivo tuvo un problema interno y no emitió el código. "
        "Intente de nuevo en unos minutos.",
    ),
}
OVER_API_MAXIMUM = QT_TRANSLATE_NOOP("IssueMessages", "Supera el máximo que PagoEfectivo permite.")
OTHER_FAILURE = QT_TRANSLATE_NOOP(
    "IssueMessages", "PagoEfectivo no emitió el código ({code}: {message})."
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def describe_problem(problem: FieldProblem, currency: str = "PEN") -> str:
    """The sentence shown under a field for one of the domain's problem codes."""
    text = (
        SPECIFIC.get((problem.field, problem.code, problem.limit or ""))
        or SPECIFIC.get((problem.field, problem.code))
        or GENERIC.get(problem.code)
    )
    if text is None:
        text = GENERIC["invalid"]
    limit = problem.limit or ""
    if problem.code == "above_maximum":
        with contextlib.suppress(ValueError):
            limit = str(Money.of(limit, currency))
    elif problem.code == "too_late":
        limit = limit.rstrip("d")
    return tr(text).format(limit=limit)


@dataclass(frozen=True)
class Failure:
    """Why PagoEfectivo did not issue: a sentence for the banner and notes per form field."""

    summary: str
    fields: dict[str, str] = field(default_factory=dict)


def describe_failure(code: str | None, detail: str | None) -> Failure:
    """Read a failed voucher's ``failure_code`` and ``failure_detail`` (JSON for refusals)."""
    code = code or ""
    message, api_fields = _parse_detail(detail)
    fields: dict[str, str] = {}
    unplaced: list[str] = []
    for item in api_fields:
        ours = API_FIELDS.get(str(item.get("field", "")))
        note = API_FIELD_CODES.get(str(item.get("code", "")))
        if ours is not None:
            fields.setdefault(ours, tr(note) if note else str(item.get("message") or ""))
        else:
            unplaced.append(f"{item.get('field', '')}: {item.get('message', '')}")
    if code == "511":
        fields.setdefault("amount", tr(OVER_API_MAXIMUM))
    if code in FAILURES:
        summary = tr(FAILURES[code])
    else:
        summary = tr(OTHER_FAILURE).format(code=code or "?", message=message or detail or "")
    if unplaced:
        summary += " (" + "; ".join(unplaced) + ")"
    return Failure(summary, fields)


def _parse_detail(detail: str | None) -> tuple[str, list[dict[str, object]]]:
    if not detail:
        return "", []
    try:
        data = json.loads(detail)
    except ValueError:
        return detail, []
    if not isinstance(data, dict):
        return detail, []
    items = data.get("fields")
    found = [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []
    return str(data.get("message") or ""), found
