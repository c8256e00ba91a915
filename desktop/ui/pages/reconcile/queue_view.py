"""One queue on screen: a hint, the sortable table (or "Nada pendiente"), the row's actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.pages.history.table import NAME_WANTED, ShareColumns, read_only_table
from desktop.ui.pages.reconcile.queue_model import ID_ROLE, Column, QueueModel

EMPTY_STYLE = (
    "QLabel#queueEmpty{color:#5f6b73;font-size:15px;background:white;border:1px solid #c9cdd0;}"
)
PRIMARY_STYLE = (
    "QPushButton#primary{background:#1f5a73;color:white;font-weight:600;border:none;"
    "border-radius:4px;padding:6px 16px;}QPushButton#primary:disabled{background:#8aa7b4;}"
)


def voucher_id_of(row: Any) -> int | None:
    """The voucher a queue row stands for (the default of every queue but "CIP ajenos")."""
    voucher_id: int | None = row.voucher_id
    return voucher_id


class QueueView(QWidget):
    """A queue table whose buttons act on the selected row; Enter or a double-click opens
    the voucher (``voucher_activated``)."""

    voucher_activated = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column],
        hint: str,
        row_id: Callable[[Any], int | None] = voucher_id_of,
        parent: QWidget | None = None,
        background: Callable[[Any], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = QueueModel(columns, row_id, self, background)
        self._buttons: list[tuple[QPushButton, Callable[[Any], bool] | None]] = []
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#46545c;")
        layout.addWidget(self.hint)
        self.table = self._build_table(columns)
        self.empty_label = QLabel(self.tr("Nada pendiente"), self)
        self.empty_label.setObjectName("queueEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(EMPTY_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(8)
        self.button_row.addStretch(1)
        layout.addLayout(self.button_row)
        self.setStyleSheet(PRIMARY_STYLE)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)
        self.set_rows([])

    def _build_table(self, columns: Sequence[Column]) -> QTableView:
        table = read_only_table(self.model, self)
        header = table.horizontalHeader()
        for number, column in enumerate(columns):
            if column.width is not None:
                table.setColumnWidth(number, column.width)
        shares = {n: c.stretch for n, c in enumerate(columns) if c.width is None}
        wanted = {
            n: NAME_WANTED for n, c in enumerate(columns) if c.width is None and c.stretch > 2
        }
        ShareColumns(table, shares, wanted=wanted)
        # The service's order (e.g. soonest first) until a header is clicked.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    # -- what the page uses --------------------------------------------------------------

    def add_action(
        self,
        text: str,
        slot: Callable[[Any], None],
        *,
        primary: bool = False,
        allowed: Callable[[Any], bool] | None = None,
    ) -> QPushButton:
        """A button acting on the selected row (enabled only with one, and ``allowed``)."""
        button = QPushButton(text, self)
        button.setMinimumHeight(30)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(lambda: self._on_action_clicked(slot))
        self.button_row.addWidget(button)
        self._buttons.append((button, allowed))
        self._on_selection_changed()
        return button

    def set_rows(self, rows: Sequence[Any]) -> None:
        """New contents, keeping the selected row (by id) when it is still there."""
        kept = self.selected_id()
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        row = None if kept is None else self.model.row_of(kept)
        if row is not None:
            self.table.selectRow(row)
        self._on_selection_changed()

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_at(index.row())

    def selected_id(self) -> int | None:
        row = self.selected()
        return None if row is None else self.model.data(self.table.currentIndex(), ID_ROLE)

    def select_id(self, row_id: int) -> bool:
        row = self.model.row_of(row_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def set_busy(self, busy: bool) -> None:
        """While an action runs, no second click can start another one."""
        self._busy = busy
        self._on_selection_changed()

    # -- slots ---------------------------------------------------------------------------

    def _on_action_clicked(self, slot: Callable[[Any], None]) -> None:
        row = self.selected()
        if row is not None and not self._busy:
            slot(row)

    def _on_selection_changed(self, *_args: object) -> None:
        row = self.selected()
        for button, allowed in self._buttons:
            ok = row is not None and not self._busy
            button.setEnabled(ok and (allowed is None or allowed(row)))

    def _on_table_activated(self, index: QModelIndex) -> None:
        voucher_id = index.data(ID_ROLE)
        if voucher_id is not None:
            self.voucher_activated.emit(voucher_id)
