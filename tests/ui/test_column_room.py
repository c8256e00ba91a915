"""Long names: the customer's column takes the largest share of the room the fixed columns
leave (history and reconciliation queues), grows with the window, and a name that is still
cut has its tooltip in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.domain.status import VoucherStatus as S
from desktop.ui.context import UiContext
from desktop.ui.pages.history.model import COL_CHECKED, COL_CONCEPT, COL_CUSTOMER
from tests.staffing import person
from tests.ui.test_history_page import add
from tests.ui.test_history_page import open_page as open_history
from tests.ui.test_reconcile_page import issue
from tests.ui.test_reconcile_page import open_page as open_reconcile

NAME = "José María Núñez Pérez de la Quintana"
CONCEPT = "Pedido 1043 - torta de tres leches con fresas"


def cut(table: QTableView, row: int, column: int) -> bool:
    """Whether the cell's text is wider than its column (the view elides it)."""
    text = table.model().index(row, column).data()
    return table.fontMetrics().horizontalAdvance(text) + 12 > table.columnWidth(column)


def test_history_gives_the_name_the_largest_share_and_the_full_text_as_tooltip(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    first, last = NAME.split(" ", 2)[:2], NAME.split(" ", 2)[2]
    add(ui_ctx, "A", cip=2_701_001, first_name=" ".join(first), last_name=last, concept=CONCEPT)
    page = open_history(qtbot, ui_ctx)
    table = page.table
    page.resize(900, 600)
    qtbot.waitUntil(lambda: table.columnWidth(COL_CUSTOMER) > table.columnWidth(COL_CONCEPT))
    narrow = table.columnWidth(COL_CUSTOMER)
    assert narrow >= 180 and table.isColumnHidden(COL_CHECKED)  # the name before the last check
    assert cut(table, 0, COL_CUSTOMER)  # at this width the name is cut ...
    tip = table.model().index(0, COL_CUSTOMER).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == NAME  # ... and the tooltip has it whole
    assert table.model().index(0, COL_CONCEPT).data(Qt.ItemDataRole.ToolTipRole) == CONCEPT

    page.resize(1500, 600)  # a wider window: the name gets most of the new room
    qtbot.waitUntil(lambda: table.columnWidth(COL_CUSTOMER) > narrow + 100)
    assert not cut(table, 0, COL_CUSTOMER)
    room = table.viewport().width()
    used = sum(table.columnWidth(c) for c in range(8) if not table.isColumnHidden(c))
    assert abs(room - used) <= 2  # the columns fill the table, no scroll bar


def test_queues_share_the_room_with_the_name_first(qtbot: QtBot, ui_ctx: UiContext) -> None:
    voucher = issue(ui_ctx)
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="pagó en bodega", operation_number="77"
    )
    ui_ctx.runtime.sync.run()  # a discrepancy: paid here, still pending there
    page = open_reconcile(qtbot, ui_ctx)
    view = page.show_queue("discrepancies")
    table = view.table
    model = view.model
    customer = next(n for n, c in enumerate(model.columns) if c.header == "Cliente")
    problem = next(n for n, c in enumerate(model.columns) if c.header == "Problema")
    qtbot.waitUntil(lambda: table.columnWidth(customer) > table.columnWidth(problem) > 0)
    before = table.columnWidth(customer)
    page.resize(page.width() + 300, page.height())
    qtbot.waitUntil(lambda: table.columnWidth(customer) > before + 100)  # not a fixed 200
    tip = model.index(0, customer).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["Rosa Quispe Núñez", "rosa.quispe@gmail.com"]
    assert model.rows[0].status == S.PAID.value
