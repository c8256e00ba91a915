"""Words of the settlement import screen: fields, kinds of line, file and line problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.events import Reason
from desktop.domain.money import money_or_dash
from desktop.services.settlement import LineKind, SettlementLine
from desktop.services.settlement_file import SettlementFileError
from desktop.ui.format import status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "SettlementImport"

FIELDS = {
    "cip": QT_TRANSLATE_NOOP("SettlementImport", "CIP"),
    "amount": QT_TRANSLATE_NOOP("SettlementImport", "Monto"),
    "currency": QT_TRANSLATE_NOOP("SettlementImport", "Moneda"),
    "paid_at": QT_TRANSLATE_NOOP("SettlementImport", "Fecha de pago"),
    "operation_number": QT_TRANSLATE_NOOP("SettlementImport", "Nro. de operación"),
}
KINDS = {
    LineKind.MATCHED: QT_TRANSLATE_NOOP("SettlementImport", "Coinciden"),
    LineKind.AMOUNT_DIFFERS: QT_TRANSLATE_NOOP("SettlementImport", "Monto distinto"),
    LineKind.UNKNOWN_CIP: QT_TRANSLATE_NOOP("SettlementImport", "CIP desconocido"),
    LineKind.ALREADY_PAID: QT_TRANSLATE_NOOP("SettlementImport", "Ya pagados"),
    LineKind.NOT_PAYABLE: QT_TRANSLATE_NOOP("SettlementImport", "No admiten pago"),
    LineKind.INVALID: QT_TRANSLATE_NOOP("SettlementImport", "No válidas"),
}
KIND_COLORS = {
    LineKind.MATCHED: ("#1b7a36", "#eaf6ee"),
    LineKind.AMOUNT_DIFFERS: ("#a33a3a", "#fbecec"),
    LineKind.UNKNOWN_CIP: ("#8a5300", "#fff4e0"),
    LineKind.ALREADY_PAID: ("#46545c", "#f1f3f4"),
    LineKind.NOT_PAYABLE: ("#a33a3a", "#fbecec"),
    LineKind.INVALID: ("#6b6b6b", "#f6f0f6"),
}
"""Text and row background per kind of line."""
FILE_PROBLEMS = {
    "not_found": QT_TRANSLATE_NOOP("SettlementImport", "No se encuentra el archivo."),
    "unreadable": QT_TRANSLATE_NOOP(
        "SettlementImport",
        "No se pudo leer el archivo ({detail}). ¿Está abierto en otro programa o dañado?",
    ),
    "unsupported_type": QT_TRANSLATE_NOOP(
        "SettlementImport", "El archivo no es un CSV ni un Excel (.xlsx). Guárdelo en uno de esos."
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "SettlementImport", "El archivo es demasiado grande ({detail}). Divídalo en partes."
    ),
    "not_a_table": QT_TRANSLATE_NOOP(
        "SettlementImport",
        "El archivo no parece una tabla: hacen falta encabezados y al menos dos columnas.",
    ),
    "empty": QT_TRANSLATE_NOOP("SettlementImport", "El archivo no tiene líneas de datos."),
    "missing_column": QT_TRANSLATE_NOOP("SettlementImport", "Elija la columna de: {detail}."),
    "bad_mapping": QT_TRANSLATE_NOOP(
        "SettlementImport", "Revise las columnas elegidas ({detail})."
    ),
}
LINE_PROBLEMS = {
    "cip_missing": QT_TRANSLATE_NOOP("SettlementImport", "Falta el CIP"),
    "cip_invalid": QT_TRANSLATE_NOOP("SettlementImport", "CIP no válido «{detail}»"),
    "amount_missing": QT_TRANSLATE_NOOP("SettlementImport", "Falta el monto"),
    "amount_invalid": QT_TRANSLATE_NOOP("SettlementImport", "Monto no válido «{detail}»"),
    "amount_not_positive": QT_TRANSLATE_NOOP(
        "SettlementImport", "El monto debe ser mayor que cero «{detail}»"
    ),
    "amount_decimals": QT_TRANSLATE_NOOP(
        "SettlementImport", "El monto admite como máximo dos decimales «{detail}»"
    ),
    "currency_invalid": QT_TRANSLATE_NOOP(
        "SettlementImport", "Moneda no válida «{detail}» (use PEN o USD)"
    ),
    "currency_conflict": QT_TRANSLATE_NOOP(
        "SettlementImport", "La moneda «{detail}» no coincide con el símbolo del monto"
    ),
    "paid_at_invalid": QT_TRANSLATE_NOOP(
        "SettlementImport", "Fecha de pago no válida «{detail}» (use dd/mm/aaaa hh:mm)"
    ),
    "paid_at_future": QT_TRANSLATE_NOOP(
        "SettlementImport", "La fecha de pago «{detail}» está en el futuro"
    ),
    "operation_invalid": QT_TRANSLATE_NOOP(
        "SettlementImport", "Número de operación no válido «{detail}»"
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "SettlementImport", "CIP repetido: ya figura en la línea {detail}"
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(name: str) -> str:
    return tr(FIELDS[name]) if name in FIELDS else name


def kind_label(kind: LineKind) -> str:
    return tr(KINDS[kind])


def file_problem(error: SettlementFileError) -> str:
    if error.code == "unsupported_type" and error.detail == "xls":
        return QCoreApplication.translate(
            "SettlementImport",
            "Es un Excel antiguo (.xls): ábralo y guárdelo como .xlsx o CSV.",
        )
    if error.code in FILE_PROBLEMS:
        return tr(FILE_PROBLEMS[error.code]).format(detail=error.detail)
    return QCoreApplication.translate(
        "SettlementImport", "No se puede usar el archivo: {error}"
    ).format(error=error)


def line_text(line: SettlementLine) -> str:
    """Why a line is what it is, in one phrase."""
    if line.kind is LineKind.INVALID:
        template = LINE_PROBLEMS.get(line.problem or "")
        return tr(template).format(detail=line.detail or "") if template else line.problem or ""
    if line.kind is LineKind.UNKNOWN_CIP:
        return QCoreApplication.translate("SettlementImport", "No es un voucher de este perfil")
    if line.kind is LineKind.NOT_PAYABLE:
        return QCoreApplication.translate(
            "SettlementImport", "El voucher está «{status}»: no admite un pago"
        ).format(status=_status(line.local_status))
    if line.kind is LineKind.AMOUNT_DIFFERS:
        return QCoreApplication.translate(
            "SettlementImport", "Archivo {theirs}, voucher {ours}"
        ).format(theirs=money_or_dash(line.money), ours=money_or_dash(line.local_money))
    if line.problem == Reason.OPERATION_DIFFERS:
        return QCoreApplication.translate(
            "SettlementImport", "Ya pagado con otra operación ({ours})"
        ).format(ours=line.local_operation_number or "—")
    if line.kind is LineKind.ALREADY_PAID:
        return QCoreApplication.translate("SettlementImport", "Ya estaba pagado")
    if line.late:
        return QCoreApplication.translate(
            "SettlementImport", "Se marcará pagado (fuera de plazo: pagado después del vencimiento)"
        )
    return QCoreApplication.translate("SettlementImport", "Se marcará pagado")


def _status(status: str | None) -> str:
    return status_label(status) if status else "—"
