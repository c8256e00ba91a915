"""The history table model: pages of the store's SQL query, fetched lazily in the background."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.domain.limatime import Clock, utc_now
from desktop.services.lookup import CurrencyTotal, HistoryQuery, VoucherPage, VoucherView
from desktop.ui.format import (
    STATUS_COLORS,
    lima_datetime,
    relative_expiry,
    relative_past,
    status_label,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.tasks import Lane, TaskRunner

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
SORT_KEYS = ("cip", "created", "customer", "concept", "amount", "status", "expires", "checked")
"""Column -> ``HistoryQuery.sort`` (a key of ``store.history.SORT_COLUMNS``)."""

ID_ROLE = Qt.ItemDataRole.UserRole
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
_ROOT = QModelIndex()
_NO_CIP = "—"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


Loader = Callable[[HistoryQuery], VoucherPage]
"""Reads one page of a query (on a worker thread)."""


class HistoryModel(QAbstractTableModel):
    """Rows of ``HistoryQuery`` sorted and filtered in SQL. ``fetchMore`` asks the task runner
    for the next page; answers to an outdated query (a newer one was asked) are ignored."""

    loaded = Signal()  # an answer for the current query arrived: total and totals are fresh
    load_failed = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        load: Loader,
        query: HistoryQuery,
        clock: Clock = utc_now,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._load = load
        self._clock = clock
        self._page_size = page_size
        self._query = replace(query, offset=0, limit=page_size)
        self._rows: list[VoucherView] = []
        self._total: int | None = None
        self._answer: VoucherPage | None = None  # the last one: counts and totals
        self._generation = 0
        self._waiting = False  # a first page or a refresh is under way
        self._fetching = False  # a further page is under way
        self._now = clock()

    # -- state -------------------------------------------------------------------------

    @property
    def query(self) -> HistoryQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """How many vouchers match (None before the first answer)."""
        return self._total

    @property
    def totals(self) -> dict[str, CurrencyTotal]:
        """Per currency, every status (what matches)."""
        return dict(self._answer.totals) if self._answer else {}

    @property
    def collected(self) -> dict[str, CurrencyTotal]:
        """Per currency, the paid ones of what matches."""
        return dict(self._answer.collected) if self._answer else {}

    @property
    def pending(self) -> dict[str, CurrencyTotal]:
        """Per currency, the ones still payable of what matches."""
        return dict(self._answer.pending) if self._answer else {}

    @property
    def loading(self) -> bool:
        return self._waiting or self._fetching

    def row_of(self, voucher_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == voucher_id:
                return row
        return None

    def voucher_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- asking the store ---------------------------------------------------------------

    def set_query(self, query: HistoryQuery) -> None:
        """Show ``query`` from its first page; rows stay on screen until the answer comes."""
        self._query = replace(query, offset=0, limit=self._page_size)
        self._request(0, self._page_size, "replace")

    def refresh(self) -> None:
        """Ask again for everything loaded so far; unchanged rows stay, changed ones repaint."""
        self._request(0, max(self._page_size, len(self._rows)), "refresh")

    def _request(self, offset: int, limit: int, mode: str) -> None:
        if mode == "append":
            self._fetching = True
        else:
            self._generation += 1
            self._waiting = True
            self._fetching = False
        generation = self._generation
        query = replace(self._query, offset=offset, limit=limit)
        load = self._load
        self._tasks.run(
            lambda: load(query),
            lambda answer: self._on_store_answered(generation, mode, offset, answer),
            lambda error: self._on_store_failed(generation, error),
            lane=Lane.NETWORK,
            owner=self,
        )

    def _on_store_answered(
        self, generation: int, mode: str, offset: int, answer: VoucherPage
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
        self._total, self._answer = answer.total, answer
        self.loaded.emit()

    def _on_store_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._waiting = self._fetching = False
        self.load_failed.emit(error)

    def _merge(self, fresh: list[VoucherView]) -> None:
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

    def _repaint(self, fresh: list[VoucherView]) -> None:
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
        if parent.isValid() or self._total is None or self.loading:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.canFetchMore(parent):
            self._request(len(self._rows), self._page_size, "append")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the store sorts (in SQL), the model asks again from the top."""
        if not 0 <= column < len(SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (SORT_KEYS[column], descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=SORT_KEYS[column], descending=descending))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == COL_AMOUNT else _LEFT
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
            return self._text(item, column)
        if role == ID_ROLE:
            return item.id
        if role == RAW_ROLE:
            return self._raw(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == COL_AMOUNT else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QColor(STATUS_COLORS.get(item.status, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return None

    def _text(self, item: VoucherView, column: int) -> str:
        if column == COL_CIP:
            return str(item.cip) if item.cip is not None else _NO_CIP
        if column == COL_CREATED:
            return lima_datetime(item.created_at)
        if column == COL_CUSTOMER:
            return item.customer or item.email
        if column == COL_CONCEPT:
            return item.concept or ""
        if column == COL_AMOUNT:
            return str(item.money)
        if column == COL_STATUS:
            return status_label(item.status)
        if column == COL_EXPIRES:
            return relative_expiry(item.expires_at, self._now, item.status)
        if column == COL_CHECKED:
            return relative_past(item.last_checked_at, self._now)
        return ""

    @staticmethod
    def _raw(item: VoucherView, column: int) -> Any:
        return (
            item.cip,
            item.created_at,
            item.customer,
            item.concept,
            item.money.cents,
            item.status,
            item.expires_at,
            item.last_checked_at,
        )[column]

    def _tooltip(self, item: VoucherView, column: int) -> str | None:
        if column == COL_CUSTOMER:
            lines = [item.customer, item.email, item.document]
            return "\n".join(line for line in lines if line)
        if column == COL_CONCEPT and item.concept:
            return item.concept or ""
        if column == COL_EXPIRES and item.expires_at is not None:
            return _tr("Vence el {when}").format(when=lima_datetime(item.expires_at))
        if column == COL_CHECKED and item.last_checked_at is not None:
            return lima_datetime(item.last_checked_at)
        if column == COL_CIP:
            return _tr("Código de transacción: {code}").format(code=item.transaction_code)
        return None
