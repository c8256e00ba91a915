"""The history table view: row selection, compact rows, column widths, a quiet header."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from shiboken6 import isValid

from desktop.ui.format import relative_expiry, relative_past
from desktop.ui.pages.history.model import (
    COL_AMOUNT,
    COL_CHECKED,
    COL_CIP,
    COL_CONCEPT,
    COL_CREATED,
    COL_CUSTOMER,
    COL_EXPIRES,
    COL_STATUS,
    SORT_KEYS,
    HistoryModel,
)

WIDTHS = {
    COL_CIP: 80,
    COL_CREATED: 126,
    COL_AMOUNT: 104,
    COL_STATUS: 132,
    COL_EXPIRES: 112,
    COL_CHECKED: 122,
}
"""Fixed widths that fit 1180x760; customer and concept share what is left (3:2). The two
relative columns widen to their longest usual text in the table's font (``_fitted``)."""

_AT = datetime(2026, 1, 1, tzinfo=UTC)
_CELL_PADDING = 16  # the item's padding both sides and the frame
_ARROW = 14  # a header's sort arrow

TEXT_MIN = 120
"""Below this the customer's name is cut to a few letters: a narrow table (a 1024x768 screen)
leaves out "Última consulta" first, which the voucher's detail still shows."""

TEXT_FLOOR = 96
"""Where even ``TEXT_MIN`` each does not fit (1024x768 once the fixed columns have what their
text needs), the text columns go down to this rather than push the table into a sideways
scroll that hides "Vence"."""

NAME_WANTED = 180
"""A customer's name ("José María Núñez Pérez") before "Última consulta" gets any room."""

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


def build_history_table(model: HistoryModel, parent: QWidget) -> QTableView:
    """A read-only, row-selecting table whose header clicks sort through ``model.sort``."""
    table = read_only_table(model, parent)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    widths = _fitted(table)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    # The store's default order (newest first); enabling sorting then asks the model once.
    header.setSortIndicator(COL_CREATED, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)
    SortIndicatorKeeper(table, model)
    ShareColumns(
        table,
        {COL_CUSTOMER: 3, COL_CONCEPT: 2},
        wanted={COL_CUSTOMER: NAME_WANTED},
        optional=(COL_CHECKED, widths[COL_CHECKED]),
    )
    return table


def _fitted(table: QTableView) -> dict[int, int]:
    """``WIDTHS``, with "vence en 59 min" and "hace un momento" never cut."""
    longest = {  # in the language shown now
        COL_EXPIRES: (
            relative_expiry(_AT - timedelta(days=30), _AT, "expired"),  # "venció hace 30 d"
            relative_expiry(_AT + timedelta(minutes=59), _AT, "pending"),  # "vence en 59 min"
        ),
        COL_CHECKED: (
            relative_past(_AT, _AT),  # "hace un momento"
            relative_past(_AT - timedelta(minutes=59), _AT),  # "hace 59 min"
        ),
    }
    metrics = table.fontMetrics()
    bold = QFont(table.horizontalHeader().font())
    bold.setBold(True)  # the header's look (STYLE)
    titles = QFontMetrics(bold)
    model = table.model()
    widths = dict(WIDTHS)
    for column, texts in longest.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        needed = max(
            *(metrics.horizontalAdvance(text) for text in texts),
            titles.horizontalAdvance(title) + _ARROW,
        )
        widths[column] = max(widths[column], needed + _CELL_PADDING)
    return widths


class SortIndicatorKeeper(QObject):
    """A click on a header that does not sort (``SORT_KEYS``: None) leaves the arrow where
    the rows are sorted; the model ignores the click itself."""

    def __init__(self, table: QTableView, model: HistoryModel) -> None:
        super().__init__(table)
        self._header = table.horizontalHeader()
        self._model = model
        self._header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)

    def _on_header_sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if 0 <= section < len(SORT_KEYS) and SORT_KEYS[section] is not None:
            return
        descending = self._model.query.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._header.blockSignals(True)  # the arrow only: the rows are sorted already
        self._header.setSortIndicator(self._model.sorted_column(), order)
        self._header.blockSignals(False)


class ShareColumns(QObject):
    """The text columns share what the fixed ones leave, by weight (a customer's name gets
    more than a concept), each from the width it wants (``wanted``, ``TEXT_MIN`` by default);
    short of that room, the ``optional`` column (column, width: the history's last check) is
    left out first, then every text column shrinks towards ``TEXT_MIN``. Cut text has its
    tooltip in full (the models give it)."""

    def __init__(
        self,
        table: QTableView,
        weights: dict[int, int],
        *,
        wanted: dict[int, int] | None = None,
        optional: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._weights = weights
        self._wanted = {c: max((wanted or {}).get(c, TEXT_MIN), TEXT_MIN) for c in weights}
        self._optional = optional
        header = table.horizontalHeader()
        for column in weights:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def fit(self) -> None:
        table = self._table
        skip = set(self._weights) | ({self._optional[0]} if self._optional else set())
        fixed = sum(
            table.columnWidth(c) for c in range(table.model().columnCount()) if c not in skip
        )
        room = table.viewport().width() - fixed
        wanted = sum(self._wanted.values())
        if self._optional is not None:
            column, width = self._optional
            keep = room - width >= wanted
            table.setColumnHidden(column, not keep)
            if keep:
                table.setColumnWidth(column, width)
                room -= width
        least = TEXT_MIN if room >= TEXT_MIN * len(self._weights) else TEXT_FLOOR
        base = self._wanted if room >= wanted else dict.fromkeys(self._weights, least)
        spare = max(room - sum(base.values()), 0)
        total = sum(self._weights.values())
        for column, weight in self._weights.items():
            table.setColumnWidth(column, base[column] + spare * weight // total)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Not while the table is being torn down (its viewport may still be resized).
        if event.type() == QEvent.Type.Resize and isValid(self._table) and self._table.model():
            self.fit()
        return super().eventFilter(watched, event)
