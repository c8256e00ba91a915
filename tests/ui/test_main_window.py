"""The main window opens with the profile badge visible."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def test_demo_badge_and_sandbox_note(qtbot: QtBot) -> None:
    window = MainWindow(profile_name="demo", sandbox_url="http://127.0.0.1:5555")
    qtbot.addWidget(window)
    window.show()
    assert window.badge.text() == "DEMO" and window.badge.isVisible()
    assert (
        "http://127.0.0.1:5555" in window.centralWidget().findChildren(type(window.badge))[1].text()
    )
