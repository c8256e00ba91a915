"""A counter screen of 1024x768 shows every page whole: no two widgets of one row overlap, the
window is not larger than the screen, and the history keeps room for the customer's name."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.app import build_window
from desktop.ui.context import UiContext
from desktop.ui.pages.history.model import COL_CHECKED, COL_CONCEPT, COL_CUSTOMER, COL_EXPIRES
from tests.ui.test_detail_dialog import issue, make_dialog

PAGES = ("summary", "issue", "history", "reconcile", "settings")


def _visible_widgets(layout: QLayout) -> list[QWidget]:
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isVisible():
            found.append(widget)
    return found


def overlaps(root: QWidget) -> list[str]:
    """Pairs of visible widgets placed by the same layout whose rectangles cross."""
    problems = []
    for layout in root.findChildren(QLayout):
        parent = layout.parentWidget()
        if parent is None or not parent.isVisible():
            continue
        widgets = _visible_widgets(layout)
        for i, first in enumerate(widgets):
            for second in widgets[i + 1 :]:
                shared: QRect = first.geometry().intersected(second.geometry())
                if shared.width() > 1 and shared.height() > 1:
                    problems.append(
                        f"{type(first).__name__}({first.objectName() or first.toolTip()[:30]}) "
                        f"x {type(second).__name__}({second.objectName()})"
                    )
    return problems


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_every_page_fits_the_counter_screen(
    qtbot: QtBot, ui_ctx: UiContext, size: tuple[int, int]
) -> None:
    window = build_window(ui_ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1024
    for key in PAGES:
        page: Any = window.show_page(key)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        assert overlaps(window) == [], key
    history: Any = window.show_page("history")
    for column in (COL_CUSTOMER, COL_CONCEPT):
        assert history.table.columnWidth(column) >= 96  # table.py's TEXT_FLOOR
    # Only a narrow screen gives up "Última consulta" (the detail still shows it).
    assert history.table.isColumnHidden(COL_CHECKED) == (size[0] < 1100)
    window.close()


@pytest.mark.parametrize("points", [9, 11])
def test_history_columns_fit_a_larger_system_font_at_1024(
    qtbot: QtBot, ui_ctx: UiContext, points: int
) -> None:
    """A desk whose system font is larger: "vence en 59 min" is not cut and the table does not
    scroll sideways (the text columns give way first)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    app.setFont(QFont(font.family(), points))
    try:
        window = build_window(ui_ctx)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        table: Any = window.show_page("history").table
        qtbot.waitUntil(table.isVisible)
        metrics = table.fontMetrics()
        for text in ("vence en 59 min", "venció hace 30 d"):
            assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(COL_EXPIRES), text
        shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
        assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
        for column in (COL_CUSTOMER, COL_CONCEPT):
            assert table.columnWidth(column) >= 96
        window.close()
    finally:
        app.setFont(font)


def test_the_first_window_is_never_larger_than_the_screen(qtbot: QtBot, ui_ctx: UiContext) -> None:
    window = build_window(ui_ctx)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    window.close()


def test_a_voucher_detail_fits_the_counter_screen(qtbot: QtBot, ui_ctx: UiContext) -> None:
    voucher = issue(ui_ctx).voucher
    assert voucher.id is not None
    dialog = make_dialog(qtbot, ui_ctx, voucher.id)
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768 - 40  # a taskbar and a title bar
    dialog.resize(1024, 728)
    qtbot.waitUntil(lambda: dialog.width() == 1024)
    assert overlaps(dialog) == []
    dialog.close()
