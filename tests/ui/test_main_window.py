"""The main window: badge per environment, pages, shortcuts reach the current page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


class _Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def refresh(self) -> None:
        self.calls.append("refresh")

    def print_current(self) -> None:
        self.calls.append("print")

    def focus_search(self) -> None:
        self.calls.append("search")

    def activate(self) -> None:
        self.calls.append("activate")


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts only fire in the active window; offscreen needs a nudge to activate it."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def test_demo_badge_is_loud_and_production_is_quiet(qtbot: QtBot) -> None:
    demo = MainWindow("demo", "demo")
    qtbot.addWidget(demo)
    demo.show()
    assert demo.badge.text() == "DEMO" and demo.badge.isVisible()
    production = MainWindow("tienda", "production")
    qtbot.addWidget(production)
    assert production.badge.text() == "tienda"


def test_shortcuts_reach_the_pages(qtbot: QtBot) -> None:
    window = MainWindow("demo", "demo")
    qtbot.addWidget(window)
    issue, history = _Page(), _Page()
    window.add_page("issue", "Nuevo cobro", issue)
    window.add_page("history", "Historial", history)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is history and history.calls == ["activate", "search"]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert history.calls[-2:] == ["refresh", "print"]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is issue and issue.calls == ["activate"]


def test_a_page_is_built_on_its_first_visit_and_a_shortcut_waits_for_it(qtbot: QtBot) -> None:
    window = MainWindow("demo", "demo")
    qtbot.addWidget(window)
    for key in ("summary", "issue", "history"):
        window.add_page(key, key.title())  # as the app shows them while the profile opens
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.page("history") is None and window.navigation.currentRow() == 2
    built: list[str] = []

    def factory(key: str) -> _Page:
        built.append(key)
        return _Page()

    for key in ("summary", "issue", "history"):  # the profile is open
        window.set_page_factory(key, lambda key=key: factory(key))
    history = window.page("history")
    assert built == ["history"]  # the page on screen, no other
    assert isinstance(history, _Page) and window.current_page() is history
    assert history.calls == ["search"]  # Ctrl+F, pressed while it opened, is honoured
    window.navigation.setCurrentRow(0)  # a click on Resumen
    assert built == ["history", "summary"] and window.current_page() is window.page("summary")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert built == ["history", "summary"] and history.calls == ["search", "activate", "search"]
    assert window.page("issue") is None


def test_busy_and_last_sync(qtbot: QtBot) -> None:
    window = MainWindow("demo", "demo")
    qtbot.addWidget(window)
    window.set_busy(2)
    assert "2" in window.busy_label.text()
    window.set_busy(0)
    assert window.busy_label.text() == ""
    assert isinstance(window.sync_label, QLabel) and "nunca" in window.sync_label.text()


def test_last_sync_reads_like_a_person_would_say_it(qtbot: QtBot) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    window = MainWindow("demo", "demo", clock=lambda: now)
    qtbot.addWidget(window)
    window.set_last_sync(now - timedelta(seconds=20))
    assert window.sync_label.text() == "Última consulta: hace un momento"
    window.set_last_sync(now - timedelta(minutes=7, seconds=30))
    assert window.sync_label.text() == "Última consulta: hace 7 min"
