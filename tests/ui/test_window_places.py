"""The main window and the voucher detail open where they were closed: remembered in the UI
state file of the config folder (not the settings, 0600), used only on a screen still
connected and pulled inside it."""

from __future__ import annotations

import stat

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services.ui_state import ui_state_path
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_state import remember_place, save_place, saved_place
from tests.ui.test_detail_dialog import issue, make_dialog


def screen_area() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def opened(qtbot: QtBot) -> MainWindow:
    window = MainWindow("demo", "demo")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_opens_where_it_was_closed(qtbot: QtBot) -> None:
    free = screen_area()
    window = opened(qtbot)
    window.resize(free.width() - 100, free.height() - 120)
    window.move(free.left() + 40, free.top() + 30)
    qtbot.waitUntil(lambda: window.pos() == QPoint(free.left() + 40, free.top() + 30))
    window.close()

    path = ui_state_path()
    assert path.parent.name == "config" and path.name == "ui-state.ini"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "settings" not in path.read_text()  # its own file, not the settings
    again = opened(qtbot)
    assert again.size() == QSize(free.width() - 100, free.height() - 120)
    assert again.pos() == QPoint(free.left() + 40, free.top() + 30)


def test_a_place_on_a_screen_no_longer_there_is_not_used(qtbot: QtBot) -> None:
    probe = QWidget()
    qtbot.addWidget(probe)
    free = screen_area()
    probe.resize(500, 400)
    probe.move(free.right() + 2000, free.top())  # the second monitor, since unplugged
    save_place("main", probe)
    window = MainWindow("demo", "demo")
    qtbot.addWidget(window)
    assert free.contains(QRect(window.pos(), window.size()))
    assert window.size() == QSize(min(1180, free.width()), min(760, free.height()))


def test_a_remembered_place_is_pulled_inside_the_screen(qtbot: QtBot, ui_ctx: UiContext) -> None:
    probe = QWidget()
    qtbot.addWidget(probe)
    free = screen_area()
    probe.resize(free.width() + 300, free.height() // 2)  # wider than this screen
    probe.move(free.left() + free.width() // 2, free.top() + 10)  # half of it off the edge
    save_place("detail", probe)

    dialog = make_dialog(qtbot, ui_ctx, issue(ui_ctx).voucher.id or 0)
    assert QRect(dialog.pos(), dialog.size()) == QRect(
        free.left(), free.top() + 10, free.width(), free.height() // 2
    )
    dialog.resize(free.width() - 50, free.height() - 60)
    dialog.move(free.left() + 25, free.top() + 20)
    dialog.close()
    rect, maximized = saved_place("detail")
    assert rect == QRect(free.left() + 25, free.top() + 20, free.width() - 50, free.height() - 60)
    assert not maximized


def test_nothing_remembered_gives_the_preferred_size(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    assert not remember_place(widget, "nueva", 300, 200)
    assert widget.size() == QSize(300, 200)
