"""The history table view: row selection, compact rows, column widths, a quiet header."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.pages.history.model import (
    COL_AMOUNT,
    COL_CHECKED,
    COL_CIP,
    COL_CONCEPT,
    COL_CREATED,
    COL_CUSTOMER,
    COL_EXPIRES,
    COL_STATUS,
)

WIDTHS = {
    COL_CIP: 80,
    COL_CREATED: 126,
    COL_AMOUNT: 104,
    COL_STATUS: 132,
    COL_EXPIRES: 112,
    COL_CHECKED: 122,
}
"""Fixed widths that fit 1180x760; customer and concept share what is left."""

TEXT_MIN = 120
"""Below this the customer's name is cut to a few letters: a narrow table (a 1024x768 screen)
leaves out "Última consulta" first, which the voucher's detail still shows."""

STYLE = (
    "QTableView#historyTable{border:1px solid #c9cdd0;background:white;"
    "alternate-background-color:#f6f8f9;selection-background-color:#1f5a73;}"
    "QTableView#historyTable::item{padding:0 4px;}"
    "QHeaderView::section{background:#eef1f3;color:#24323a;font-weight:600;"
    "border:none;border-bottom:1px solid #c9cdd0;border-right:1px solid #dde1e4;"
    "padding:5px 4px;}"
)


def read_only_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """The app's list look: read-only, one whole row selected, compact rows, a quiet header
    whose columns the user may resize (the history and the reconciliation queues use it)."""
    table = QTableView(parent)
    table.setObjectName("historyTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setStyleSheet(STYLE)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def build_history_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A read-only, row-selecting table whose header clicks sort through ``model.sort``."""
    table = read_only_table(model, parent)
    header = table.horizontalHeader()
    header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_CONCEPT, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in WIDTHS.items():
        table.setColumnWidth(column, width)
    # The store's default order (newest first); enabling sorting then asks the model once.
    header.setSortIndicator(COL_CREATED, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)
    _ColumnFitter(table)
    return table


class _ColumnFitter(QObject):
    """Hides the last-checked column when keeping it would leave customer and concept too
    narrow to read, and shows it again when the table is wide enough."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            room = self._table.viewport().width() - sum(WIDTHS.values())
            self._table.setColumnHidden(COL_CHECKED, room < 2 * TEXT_MIN)
        return super().eventFilter(watched, event)
