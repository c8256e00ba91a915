"""The history's totals read every match: asked once per change of filters (and on a refresh),
never for a further page or another sort, and shown when they come. And a column that cannot
sort fast is not offered for sorting."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop.domain.status import VoucherStatus
from desktop.services.lookup import HistoryQuery, HistoryTotals
from desktop.ui.context import UiContext
from desktop.ui.pages.history.model import COL_AMOUNT, COL_CREATED, COL_STATUS, SORT_KEYS
from desktop.ui.pages.history.page import HistoryScreen
from tests.ui.conftest import type_text
from tests.ui.test_history_page import open_page, seed, settle

TOTALS_SQL = "GROUP BY vouchers.status, vouchers.currency"


@pytest.fixture
def totals_queries(ui_ctx: UiContext) -> Iterator[list[str]]:
    """Every totals query the database is sent (the one grouped SELECT of the totals)."""
    sent: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if TOTALS_SQL in statement:
            sent.append(statement)

    engine = ui_ctx.runtime.engine
    event.listen(engine, "before_cursor_execute", seen)
    yield sent
    event.remove(engine, "before_cursor_execute", seen)


def click_header(qtbot: QtBot, page: HistoryScreen, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_totals_are_asked_once_per_change_of_filters(
    qtbot: QtBot, ui_ctx: UiContext, totals_queries: list[str], spanish: None
) -> None:
    seed(ui_ctx, 450)
    page = open_page(qtbot, ui_ctx)
    assert len(totals_queries) == 1 and page.totals_label.text().startswith("450 cobros")
    page.table.scrollToBottom()  # a further page
    qtbot.waitUntil(lambda: page.model.rowCount() == 400 and not page.model.loading)
    for _ in range(2):  # a sort, then the other way
        before = page.model.query.descending
        click_header(qtbot, page, COL_AMOUNT)
        qtbot.waitUntil(
            lambda b=before: page.model.query.descending is not b and not page.model.loading
        )
    assert page.model.query.sort == "amount" and len(totals_queries) == 1
    type_text(qtbot, page.search, "cliente1")  # new filters: 1, 10-19, 100-199
    qtbot.waitUntil(lambda: page.model.total == 111 and not page.model.loading, timeout=5000)
    assert len(totals_queries) == 2 and page.totals_label.text().startswith("111 cobros")
    click_header(qtbot, page, COL_CREATED)
    qtbot.waitUntil(lambda: page.model.query.sort == "created" and not page.model.loading)
    assert len(totals_queries) == 2
    page.refresh()  # the vouchers changed: the totals may have too
    qtbot.waitUntil(lambda: len(totals_queries) == 3 and not page.model.loading)


def test_footer_says_calculating_until_the_totals_come(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    """The rows do not wait for the totals: the footer says so, then shows them."""
    seed(ui_ctx, 5)
    lookup = ui_ctx.runtime.lookup
    real, gate = lookup.totals, threading.Event()

    def slow_totals(query: HistoryQuery) -> HistoryTotals:
        if query.statuses:
            assert gate.wait(5)
        return real(query)

    monkeypatch.setattr(lookup, "totals", slow_totals)
    page = open_page(qtbot, ui_ctx)
    assert page.totals_label.text().startswith("5 cobros")
    page.status_filter.actions_by_status[VoucherStatus.PENDING].trigger()
    qtbot.waitUntil(lambda: page.model.answered and not page.model.rows_loading)
    assert page.model.rowCount() == 5 and page.stack.currentWidget() is page.table
    assert page.totals_label.text() == "Calculando totales…" and page.model.total is None
    gate.set()
    qtbot.waitUntil(lambda: page.totals_label.text().startswith("5 cobros · Cobrado S/ 0.00"))


def test_a_column_that_cannot_sort_fast_is_not_offered(
    qtbot: QtBot, ui_ctx: UiContext, spanish: None
) -> None:
    """«Estado» would sort by the stored code (neither the labels' order nor a useful one);
    its header says to use the status filter, and a click keeps the rows and the arrow."""
    seed(ui_ctx, 3)
    page = open_page(qtbot, ui_ctx)
    assert [i for i, key in enumerate(SORT_KEYS) if key is None] == [COL_STATUS]
    header = page.table.horizontalHeader()
    tip = page.model.headerData(COL_STATUS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "filtro «Estado»" in tip
    asked: list[HistoryQuery] = []
    page.model.rowsAboutToBeRemoved.connect(lambda *_: asked.append(page.model.query))
    page.model.modelAboutToBeReset.connect(lambda: asked.append(page.model.query))
    click_header(qtbot, page, COL_STATUS)
    assert header.sortIndicatorSection() == COL_CREATED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.query.sort == "created" and not page.model.loading and asked == []
    click_header(qtbot, page, COL_AMOUNT)  # the others still sort
    qtbot.waitUntil(lambda: page.model.query.sort == "amount")
    settle(qtbot, page)
    assert header.sortIndicatorSection() == COL_AMOUNT
