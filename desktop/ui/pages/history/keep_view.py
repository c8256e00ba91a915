"""The history keeps the person's place while it refreshes on its own: the selected voucher
stays selected, and a view scrolled down keeps the same rows in sight when newer vouchers
arrive above (at the very top, the newest come into view)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.ui.pages.history.model import ID_ROLE, HistoryModel


class ViewKeeper(QObject):
    """Watches ``model`` resets and insertions at the top, on behalf of ``table``."""

    def __init__(self, table: QTableView, model: HistoryModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._selected_id: int | None = None
        self._top_id: int | None = None
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        model.modelReset.connect(self._on_model_reset)
        model.rowsAboutToBeInserted.connect(self._on_model_rows_about_to_be_inserted)
        model.rowsInserted.connect(self._on_model_rows_inserted)

    def _on_model_about_to_be_reset(self) -> None:
        index = self._table.currentIndex()
        self._selected_id = index.data(ID_ROLE) if index.isValid() else None
        self._remember_top()

    def _on_model_reset(self) -> None:
        wanted = self._selected_id
        row = None if wanted is None else self._model.row_of(wanted)
        if row is not None:
            self._table.selectRow(row)
        self._restore_top()

    def _on_model_rows_about_to_be_inserted(
        self, _parent: QModelIndex, first: int, _last: int
    ) -> None:
        if first == 0:
            self._remember_top()

    def _on_model_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first == 0:
            self._restore_top()

    def _remember_top(self) -> None:
        scrolled = self._table.verticalScrollBar().value() > 0
        self._top_id = self._model.voucher_id(self._table.rowAt(0)) if scrolled else None

    def _restore_top(self) -> None:
        row = None if self._top_id is None else self._model.row_of(self._top_id)
        self._top_id = None
        if row is not None:
            hint = QAbstractItemView.ScrollHint.PositionAtTop
            self._table.scrollTo(self._model.index(row, 0), hint)
