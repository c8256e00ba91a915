"""The history table model: pages of the store's SQL query, fetched lazily in the background;
the count and totals of what matches are asked apart, once per change of filters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desktop.domain.limatime import Clock, utc_now
from desktop.services.lookup import (
    CurrencyTotal,
    HistoryQuery,
    HistoryRow,
    HistoryRows,
    HistoryTotals,
    filters_of,
)
from desktop.ui.format import STATUS_COLORS
from desktop.ui.pages.history.columns import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    COL_AMOUNT,
    COL_CHECKED,
    COL_CIP,
    COL_CONCEPT,
    COL_CREATED,
    COL_CUSTOMER,
    COL_EXPIRES,
    COL_STATUS,
    HEADERS,
    ID_ROLE,
    RAW_ROLE,
    SORT_KEYS,
    cell_raw,
    cell_text,
    cell_tooltip,
    header_text,
    header_tooltip,
)
from desktop.ui.tasks import Lane, TaskRunner

__all__ = [  # the table's columns and roles, as the page and the tests read them here
    "COL_AMOUNT",
    "COL_CHECKED",
    "COL_CIP",
    "COL_CONCEPT",
    "COL_CREATED",
    "COL_CUSTOMER",
    "COL_EXPIRES",
    "COL_STATUS",
    "HEADERS",
    "ID_ROLE",
    "RAW_ROLE",
    "SORT_KEYS",
    "HistoryModel",
]

PAGE_SIZE = 200
_ROOT = QModelIndex()


RowsLoader = Callable[[HistoryQuery], HistoryRows]
"""Reads one page of a query (on a worker thread)."""
TotalsLoader = Callable[[HistoryQuery], HistoryTotals]
"""Counts and adds up everything a query matches (on a worker thread)."""


class HistoryModel(QAbstractTableModel):
    """Rows of ``HistoryQuery`` sorted and filtered in SQL. ``fetchMore`` asks the task runner
    for the next page; answers to an outdated query (a newer one was asked) are ignored.
    The count and totals read every match (a million vouchers take a while): they are asked
    beside the first page when the filters change, and again on ``refresh``, never for a
    further page or another sort."""

    loaded = Signal()  # rows for the current query arrived
    totals_changed = Signal()  # the totals became unknown (new filters) or arrived
    load_failed = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        load_rows: RowsLoader,
        load_totals: TotalsLoader,
        query: HistoryQuery,
        clock: Clock = utc_now,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._load_rows = load_rows
        self._load_totals = load_totals
        self._clock = clock
        self._page_size = page_size
        self._query = replace(query, offset=0, limit=page_size)
        self._rows: list[HistoryRow] = []
        self._more = False  # vouchers follow the rows loaded
        self._answered = False  # rows for the current query arrived
        self._totals: HistoryTotals | None = None  # of ``_totals_for``; None: not known yet
        self._totals_for: HistoryQuery | None = None  # the filters they were last asked for
        self._generation = 0
        self._totals_generation = 0
        self._waiting = False  # a first page or a refresh is under way
        self._fetching = False  # a further page is under way
        self._counting = False  # the totals are under way
        self._now = clock()

    # -- state -------------------------------------------------------------------------

    @property
    def query(self) -> HistoryQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """How many vouchers match (None while the current filters' count is not known)."""
        return self._totals.total if self._totals else None

    @property
    def totals(self) -> dict[str, CurrencyTotal]:
        """Per currency, every status (what matches)."""
        return dict(self._totals.totals) if self._totals else {}

    @property
    def collected(self) -> dict[str, CurrencyTotal]:
        """Per currency, the paid ones of what matches."""
        return dict(self._totals.collected) if self._totals else {}

    @property
    def pending(self) -> dict[str, CurrencyTotal]:
        """Per currency, the ones still payable of what matches."""
        return dict(self._totals.pending) if self._totals else {}

    @property
    def loading(self) -> bool:
        """Rows or totals are under way."""
        return self._waiting or self._fetching or self._counting

    @property
    def rows_loading(self) -> bool:
        """Rows are under way (the totals may still be, after them)."""
        return self._waiting or self._fetching

    @property
    def answered(self) -> bool:
        """The current query's first rows arrived (an empty page means nothing matches)."""
        return self._answered

    def row_of(self, voucher_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == voucher_id:
                return row
        return None

    def voucher_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- asking the store ---------------------------------------------------------------

    def set_query(self, query: HistoryQuery) -> None:
        """Show ``query`` from its first page; rows stay on screen until the answer comes.
        Only new filters ask for the totals again (another sort matches the same)."""
        self._query = replace(query, offset=0, limit=self._page_size)
        self._answered = False
        self._request(0, self._page_size, "replace")
        if filters_of(self._query) != self._totals_for:
            self._totals = None  # not those of the new filters: unknown until they come
            self._count()

    def refresh(self) -> None:
        """Ask again for everything loaded so far (unchanged rows stay, changed ones
        repaint) and for the totals: the vouchers changed. The totals shown stay until the
        new ones come (they are of the same filters)."""
        self._request(0, max(self._page_size, len(self._rows)), "refresh")
        self._count()

    def _count(self) -> None:
        self._totals_generation += 1
        self._totals_for = filters_of(self._query)
        self._counting = True
        generation, query, load = self._totals_generation, self._query, self._load_totals
        self.totals_changed.emit()
        self._tasks.run(
            lambda: load(query),
            lambda answer: self._on_totals_answered(generation, answer),
            lambda error: self._on_totals_failed(generation, error),
            lane=Lane.NETWORK,
            owner=self,
        )

    def _on_totals_answered(self, generation: int, answer: HistoryTotals) -> None:
        if generation != self._totals_generation:
            return  # of filters no longer shown (or older than a refresh's)
        self._counting = False
        self._totals = answer
        self.totals_changed.emit()

    def _on_totals_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._totals_generation:
            return
        self._counting = False
        self._totals_for = None  # ask again with the next query
        self.totals_changed.emit()
        self.load_failed.emit(error)

    def _request(self, offset: int, limit: int, mode: str) -> None:
        if mode == "append":
            self._fetching = True
        else:
            self._generation += 1
            self._waiting = True
            self._fetching = False
        generation = self._generation
        query = replace(self._query, offset=offset, limit=limit)
        load = self._load_rows
        self._tasks.run(
            lambda: load(query),
            lambda answer: self._on_store_answered(generation, mode, offset, answer),
            lambda error: self._on_store_failed(generation, error),
            lane=Lane.NETWORK,
            owner=self,
        )

    def _on_store_answered(
        self, generation: int, mode: str, offset: int, answer: HistoryRows
    ) -> None:
        if generation != self._generation:
            return  # an older question: a newer answer is on its way
        self._now = self._clock()
        if mode == "append":
            self._fetching = False
            if offset == len(self._rows) and answer.rows:
                self.beginInsertRows(QModelIndex(), offset, offset + len(answer.rows) - 1)
                self._rows.extend(answer.rows)
                self.endInsertRows()
        else:
            self._waiting = False
            if mode == "refresh":
                self._merge(answer.rows)
            else:
                self.beginResetModel()
                self._rows = list(answer.rows)
                self.endResetModel()
        self._more, self._answered = answer.more, True
        self.loaded.emit()

    def _on_store_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._waiting = self._fetching = False
        self.load_failed.emit(error)

    def _merge(self, fresh: list[HistoryRow]) -> None:
        """Keep the view steady: repaint changed rows, or insert new ones at the top."""
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in fresh]
        if new_ids == old_ids:
            self._repaint(fresh)
            return
        first = new_ids.index(old_ids[0]) if old_ids and old_ids[0] in new_ids else 0
        if first > 0 and new_ids[first:] == old_ids[: len(new_ids) - first]:
            self.beginInsertRows(QModelIndex(), 0, first - 1)
            self._rows[:0] = fresh[:first]
            self.endInsertRows()
            if len(self._rows) > len(fresh):  # the window keeps its size
                self.beginRemoveRows(QModelIndex(), len(fresh), len(self._rows) - 1)
                del self._rows[len(fresh) :]
                self.endRemoveRows()
            self._repaint(fresh)
            return
        self.beginResetModel()
        self._rows = list(fresh)
        self.endResetModel()

    def _repaint(self, fresh: list[HistoryRow]) -> None:
        start: int | None = None
        for row, item in enumerate([*fresh, None]):
            if item is not None and item != self._rows[row]:
                self._rows[row] = item
                start = row if start is None else start
            elif start is not None:
                self.dataChanged.emit(self.index(start, 0), self.index(row - 1, COL_CHECKED))
                start = None

    def tick(self) -> None:
        """Time passed: "vence en 3 h" and "hace 5 min" read differently now."""
        self._now = self._clock()
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(
                self.index(0, COL_EXPIRES),
                self.index(last, COL_CHECKED),
                [Qt.ItemDataRole.DisplayRole],
            )

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not (parent.isValid() or self.rows_loading) and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.canFetchMore(parent):
            self._request(len(self._rows), self._page_size, "append")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the store sorts (in SQL), the model asks again from the top. A
        column that is not offered for sorting (``SORT_KEYS``) changes nothing."""
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    def sorted_column(self) -> int:
        """The column of the current sort (-1 when it is none of the table's)."""
        return SORT_KEYS.index(self._query.sort) if self._query.sort in SORT_KEYS else -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if section == COL_AMOUNT else ALIGN_LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tooltip(section)
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(item, column, self._now)
        if role == ID_ROLE:
            return item.id
        if role == RAW_ROLE:
            return cell_raw(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column == COL_AMOUNT else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QColor(STATUS_COLORS.get(item.status, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(item, column)
        return None
