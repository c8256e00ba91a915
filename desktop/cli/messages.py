"""Words for the command line: field problems and statuses in Spanish, flags named."""

from __future__ import annotations

from desktop.domain.status import VoucherStatus
from desktop.domain.validation import FieldProblem

FIELD_FLAGS = {
    "amount": "--amount",
    "email": "--email",
    "currency": "--currency",
    "concept": "--concept",
    "first_name": "--first-name",
    "last_name": "--last-name",
    "doc_type": "--doc-type",
    "doc_number": "--doc-number",
    "phone": "--phone",
    "expiry": "--expires-in/--expires-at",
    "actor": "--user",
}

PROBLEMS = {
    "required": "es obligatorio",
    "invalid": "no es válido",
    "too_long": "admite como máximo {limit} caracteres",
    "not_positive": "debe ser mayor que cero",
    "too_many_decimals": "admite como máximo dos decimales",
    "above_maximum": "supera el máximo permitido al comercio ({limit})",
    "wrong_length": "debe tener {limit} dígitos",
    "past": "esa fecha y hora ya pasaron: elija una futura",
    "too_soon": "debe vencer al menos 1 hora después de ahora",
    "too_late": "no puede vencer más allá de {limit}",
    "conflict": "use solo uno de --expires-in o --expires-at",
    "invalid_characters": "tiene caracteres de control o invisibles; escríbalo de nuevo",
    "unprintable": "«{limit}» no se puede imprimir en el voucher; escríbalo con letras latinas",
}

STATUS_WORDS = {
    **{status.value: status for status in VoucherStatus},
    "pendiente": VoucherStatus.PENDING,
    "pagado": VoucherStatus.PAID,
    "expirado": VoucherStatus.EXPIRED,
    "anulado": VoucherStatus.ANNULLED,
    "sin-confirmar": VoucherStatus.ISSUING,
    "emitiendo": VoucherStatus.ISSUING,
    "no-emitido": VoucherStatus.FAILED,
}


def describe_problem(problem: FieldProblem) -> str:
    """``--amount: debe ser mayor que cero``."""
    flag = FIELD_FLAGS.get(problem.field, problem.field)
    text = PROBLEMS.get(problem.code, problem.code).format(limit=problem.limit)
    return f"{flag}: {text}"
