"""Spanish words for settlement imports on the command line: file faults, kinds, line problems."""

from __future__ import annotations

from desktop.domain.display import status_label
from desktop.domain.money import money_or_dash
from desktop.services.settlement import LineKind, SettlementLine
from desktop.services.settlement_file import SettlementFileError

FIELD_NAMES = {
    "cip": "el CIP",
    "amount": "el monto",
    "currency": "la moneda",
    "paid_at": "la fecha de pago",
    "operation_number": "el número de operación",
}
SHORT_NAMES = {
    "cip": "CIP",
    "amount": "monto",
    "currency": "moneda",
    "paid_at": "fecha de pago",
    "operation_number": "operación",
}
FIELD_ALIASES = {
    **{name: name for name in FIELD_NAMES},
    "monto": "amount",
    "importe": "amount",
    "moneda": "currency",
    "fecha": "paid_at",
    "operacion": "operation_number",
    "operación": "operation_number",
}
KIND_LABELS = {
    LineKind.MATCHED: "Coinciden (se marcan pagados)",
    LineKind.AMOUNT_DIFFERS: "Monto o moneda distintos",
    LineKind.UNKNOWN_CIP: "CIP desconocidos",
    LineKind.ALREADY_PAID: "Ya pagados",
    LineKind.NOT_PAYABLE: "No admiten pago",
    LineKind.INVALID: "Líneas no válidas",
}
FILE_PROBLEMS = {
    "not_found": "no existe el archivo «{path}»",
    "unreadable": "no se pudo leer «{path}» ({detail}); ¿está abierto en otro programa o dañado?",
    "unsupported_type": "«{path}» no es un CSV ni un Excel .xlsx; guárdelo en uno de esos formatos",
    "too_large": "«{path}» es demasiado grande ({detail}); divídalo en archivos más pequeños",
    "not_a_table": "«{path}» no parece una tabla: hacen falta encabezados y al menos dos columnas",
    "empty": "«{path}» no tiene líneas de datos",
}
LINE_PROBLEMS = {
    "cip_missing": "falta el CIP",
    "cip_invalid": "CIP no válido «{detail}»",
    "amount_missing": "falta el monto",
    "amount_invalid": "monto no válido «{detail}»",
    "amount_not_positive": "el monto debe ser mayor que cero «{detail}»",
    "amount_decimals": "el monto admite como máximo dos decimales «{detail}»",
    "currency_invalid": "moneda no válida «{detail}» (use PEN o USD)",
    "currency_conflict": "la moneda «{detail}» no coincide con el símbolo del monto",
    "paid_at_invalid": "fecha de pago no válida «{detail}» (use dd/mm/aaaa hh:mm)",
    "paid_at_future": "la fecha de pago «{detail}» está en el futuro",
    "operation_invalid": "número de operación no válido «{detail}»",
    "duplicate": "CIP repetido: ya figura en la línea {detail}",
}


def file_problem(error: SettlementFileError, path: str) -> str:
    if error.code == "unsupported_type" and error.detail == "xls":
        return f"«{path}» es un Excel antiguo (.xls): ábralo y guárdelo como .xlsx o CSV"
    template = FILE_PROBLEMS.get(error.code, "«{path}»: {detail}")
    return template.format(path=path, detail=error.detail)


def describe_line(line: SettlementLine) -> str:
    """Why a line needs a person, in one phrase."""
    if line.kind is LineKind.INVALID:
        return LINE_PROBLEMS.get(line.problem or "", line.problem or "").format(detail=line.detail)
    if line.kind is LineKind.UNKNOWN_CIP:
        return "CIP desconocido: no es un voucher de este perfil"
    if line.kind is LineKind.NOT_PAYABLE:
        return f"el voucher está «{_status(line.local_status)}»: no admite un pago"
    if line.kind is LineKind.AMOUNT_DIFFERS:
        theirs, ours = money_or_dash(line.money), money_or_dash(line.local_money)
        return f"monto distinto: archivo {theirs}, voucher {ours}"
    if line.problem == "operation_differs":
        return (
            f"ya pagado con otra operación: archivo {line.operation_number}, "
            f"voucher {line.local_operation_number}"
        )
    if line.kind is LineKind.ALREADY_PAID:
        return "ya pagado"
    return (
        "coincide; pago fuera de plazo (pagado después del vencimiento)"
        if line.late
        else "coincide"
    )


def needs_a_person(line: SettlementLine) -> bool:
    """Lines worth listing: everything but plain matches and plain earlier payments."""
    plain = line.kind in (LineKind.MATCHED, LineKind.ALREADY_PAID) and line.problem is None
    return not plain


def _status(status: str | None) -> str:
    try:
        return status_label(status or "")
    except ValueError:
        return status or "—"
