"""The main window opens Acerca de from F1 and from the status-bar button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.app import build_window
from desktop.ui.context import UiContext
from desktop.ui.dialogs.about import AboutDialog


def test_f1_and_the_button_open_about(qtbot: QtBot, ui_ctx: UiContext) -> None:
    window = build_window(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = window.findChildren(AboutDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    qtbot.waitUntil(dialogs[0].copy_button.isEnabled, timeout=10_000)
    dialogs[0].close()
    qtbot.waitUntil(lambda: not window.findChildren(AboutDialog), timeout=3000)
    window.about_button.click()
    assert len(window.findChildren(AboutDialog)) == 1
