"""The history table's columns: their headers, which ones sort (and by what), and what each
cell shows of a voucher."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.display import document_label, full_name
from desktop.services.lookup import HistoryRow
from desktop.ui.format import lima_datetime, relative_expiry, relative_past, status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP

(
    COL_CIP,
    COL_CREATED,
    COL_CUSTOMER,
    COL_CONCEPT,
    COL_AMOUNT,
    COL_STATUS,
    COL_EXPIRES,
    COL_CHECKED,
) = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "CIP"),
    QT_TRANSLATE_NOOP("HistoryModel", "Fecha"),
    QT_TRANSLATE_NOOP("HistoryModel", "Cliente"),
    QT_TRANSLATE_NOOP("HistoryModel", "Concepto"),
    QT_TRANSLATE_NOOP("HistoryModel", "Monto"),
    QT_TRANSLATE_NOOP("HistoryModel", "Estado"),
    QT_TRANSLATE_NOOP("HistoryModel", "Vence"),
    QT_TRANSLATE_NOOP("HistoryModel", "Última consulta"),
)
SORT_KEYS: tuple[str | None, ...] = (
    "cip",
    "created",
    "customer",
    "concept",
    "amount",
    None,
    "expires",
    "checked",
)
"""Column -> ``HistoryQuery.sort`` (a key of ``store.history.SORT_COLUMNS``), each served by
an index at any size. None: not offered. «Estado» would sort by the stored code, an order
that is neither the labels' (they change with the language) nor a useful one, and an order
by the translated label cannot walk an index (at a million vouchers it read and sorted all
of them); the status filter shows one or several states instead."""

ID_ROLE = Qt.ItemDataRole.UserRole
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_NO_CIP = "—"


def header_text(column: int) -> str:
    return QCoreApplication.translate("HistoryModel", HEADERS[column])


def header_tooltip(column: int) -> str | None:
    """Why a column does not sort (the others need no word)."""
    if SORT_KEYS[column] is not None:
        return None
    return QCoreApplication.translate(
        "HistoryModel", "Esta columna no se ordena: para ver un estado, use el filtro «Estado»."
    )


def cell_text(item: HistoryRow, column: int, now: datetime) -> str:
    """What a cell shows (``now``: for "vence en 3 h" and "hace 5 min")."""
    if column == COL_CIP:
        return str(item.cip) if item.cip is not None else _NO_CIP
    if column == COL_CREATED:
        return lima_datetime(item.created_at)
    if column == COL_CUSTOMER:
        return full_name(item.first_name, item.last_name) or item.email
    if column == COL_CONCEPT:
        return item.concept or ""
    if column == COL_AMOUNT:
        return str(item.money)
    if column == COL_STATUS:
        return status_label(item.status)
    if column == COL_EXPIRES:
        return relative_expiry(item.expires_at, now, item.status)
    if column == COL_CHECKED:
        return relative_past(item.last_checked_at, now)
    return ""


def cell_raw(item: HistoryRow, column: int) -> Any:
    """A cell's value as stored (tests and anything that compares)."""
    return (
        item.cip,
        item.created_at,
        full_name(item.first_name, item.last_name),
        item.concept,
        item.amount_cents,
        item.status,
        item.expires_at,
        item.last_checked_at,
    )[column]


def cell_tooltip(item: HistoryRow, column: int) -> str | None:
    """The whole of what a cell may cut, or what it leaves out."""
    if column == COL_CUSTOMER:
        name = full_name(item.first_name, item.last_name)
        lines = [name, item.email, document_label(item.doc_type, item.doc_number)]
        return "\n".join(line for line in lines if line)
    if column == COL_CONCEPT and item.concept:
        return item.concept or ""
    if column == COL_EXPIRES and item.expires_at is not None:
        when = lima_datetime(item.expires_at)
        return QCoreApplication.translate("HistoryModel", "Vence el {when}").format(when=when)
    if column == COL_CHECKED and item.last_checked_at is not None:
        return lima_datetime(item.last_checked_at)
    if column == COL_CIP:
        text = QCoreApplication.translate("HistoryModel", "Código de transacción: {code}")
        return text.format(code=item.transaction_code)
    return None
