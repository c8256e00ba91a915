"""A table model for one queue: plain rows, columns declared once, sorted in Python.

Queues are short (the service caps them), so sorting the list in place is instant and keeps
the model simple; the id role lets the view keep the selection across refreshes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

ID_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header (a ``QT_TRANSLATE_NOOP`` text of ``context``), what a cell shows,
    what it sorts by (defaults to the text), its colour and width."""

    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    right: bool = False
    color: Callable[[Any], str | None] | None = None
    width: int | None = None  # None: shares the room left, by ``stretch``
    stretch: int = 2  # a customer's name 3: it is what a cashier reads first
    context: str = "ReconcileColumns"
    tip: Callable[[Any], str | None] | None = None  # the tooltip (defaults to the text)


def moment_key(moment: datetime | None) -> float:
    """Sort key of a time (absent ones first)."""
    return moment.timestamp() if moment is not None else float("-inf")


class QueueModel(QAbstractTableModel):
    """Rows of one queue (``QueueItem`` or ``UnknownNotification``), read-only."""

    def __init__(
        self,
        columns: Sequence[Column],
        row_id: Callable[[Any], int | None],
        parent: Any = None,
        background: Callable[[Any], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._row_id = row_id
        self._background = background
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(column.context, column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.right else _LEFT
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tip or column.text)(row) or None
        if role == ID_ROLE:
            return self._row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.right else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            color = self._background(row)
            return QColor(color) if color else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._order()
        position = {id(row): n for n, row in enumerate(self._rows)}
        sources = self.persistentIndexList()
        targets = [self.index(position[id(old[i.row()])], i.column()) for i in sources]
        self.changePersistentIndexList(sources, targets)
        self.layoutChanged.emit()

    # -- ours ----------------------------------------------------------------------------

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """New contents (a refresh); the current sort order is kept."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._order()
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int | None) -> int | None:
        for n, row in enumerate(self._rows):
            if self._row_id(row) == row_id:
                return n
        return None

    def _order(self) -> None:
        assert self._sort is not None
        column, order = self._sort
        spec = self.columns[column]
        self._rows.sort(
            key=lambda row: self._key(spec, row),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    @staticmethod
    def _key(column: Column, row: Any) -> Any:
        value = column.sort(row) if column.sort is not None else column.text(row)
        if value is None:
            return (1, 0)
        return (0, value.casefold() if isinstance(value, str) else value)
