"""The start: the window paints first, the profile opens behind it, only the Resumen is built
at once and every other page on its first visit; shortcuts work from any page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.secrets import KeyringUnavailable
from desktop.ui.app import PAGES, build_window
from desktop.ui.context import UiContext
from desktop.ui.opening import ProfileOpening
from desktop.ui.pages.history.page import HistoryScreen
from desktop.ui.pages.issue.page import IssuePage
from desktop.ui.pages.summary.page import SummaryPage
from desktop.ui.smoke import MARK, READY_MARK
from tests.ui.test_main_window import show_active

ROOT = Path(__file__).resolve().parents[2]


def test_only_the_resumen_is_built_at_start_and_shortcuts_build_their_page(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    window = build_window(ui_ctx)
    qtbot.addWidget(window)
    assert isinstance(window.current_page(), SummaryPage)
    assert [key for key in PAGES if window.page(key) is not None] == ["summary"]
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), IssuePage)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    history = window.current_page()
    assert isinstance(history, HistoryScreen) and history.search.hasFocus()
    assert window.page("reconcile") is None and window.page("settings") is None
    window.close()


# Run in a process of its own: the app's own event loop, started and ended as in real life,
# must not leave the test process's Qt state behind.
OPENS_AFTER_PAINT = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from desktop.services import runtime as runtime_module
from desktop.ui.app import run_gui
from desktop.ui.main_window import MainWindow

class Paints(QObject):
    painted = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            Paints.painted = True
        return False

app = QApplication(sys.argv)
paints = Paints()
app.installEventFilter(paints)
seen = []
opener = runtime_module.open_runtime
def open_runtime(*args, **kwargs):
    seen.append(Paints.painted)
    return opener(*args, **kwargs)
runtime_module.open_runtime = open_runtime
code = run_gui(smoke=True)
print("opened-after-paint:", json.dumps({"code": code, "seen": seen}))
"""


def test_the_window_paints_before_the_profile_opens_then_the_resumen_shows_it(
    pagodesk_home: Path,
) -> None:
    env = {**os.environ, "PAGODESK_HOME": str(pagodesk_home), "PAGODESK_DEMO_PORT": "0"}
    done = subprocess.run(
        [sys.executable, "-c", OPENS_AFTER_PAINT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = done.stdout.splitlines()

    def payload(mark: str) -> dict[str, Any]:
        found: dict[str, Any] = json.loads(
            next(x for x in lines if x.startswith(mark))[len(mark) :]
        )
        return found

    assert payload("opened-after-paint:") == {"code": 0, "seen": [True]}
    painted, ready = payload(MARK), payload(READY_MARK)
    assert painted["since"] == "process"  # the clock starts when the process did (Linux)
    assert 0 < painted["main_window_ms"] <= ready["ready_ms"]


def test_the_profile_opens_off_the_gui_thread_and_a_locked_key_file_is_asked_for_on_it(
    qtbot: QtBot,
) -> None:
    gui = threading.get_ident()
    attempts: list[int] = []
    asked: list[tuple[int, str]] = []

    def open_profile() -> Any:
        attempts.append(threading.get_ident())
        if len(attempts) == 1:
            raise KeyringUnavailable("keyring_file_locked", backend="key file")
        return "runtime"

    def unlock(error: BaseException) -> bool:
        asked.append((threading.get_ident(), getattr(error, "code", "")))
        return len(asked) == 1  # the password is typed once; a second lock is cancelled

    opening = ProfileOpening(open_profile, unlock)
    with qtbot.waitSignal(opening.opened, timeout=5000) as opened:
        opening.start()
    assert opened.args == ["runtime"] and opening.leftover() is None  # the caller owns it
    assert asked == [(gui, "keyring_file_locked")]
    assert len(attempts) == 2 and gui not in attempts

    attempts.clear()
    with qtbot.waitSignal(opening.failed, timeout=5000) as failed:
        opening.start()
    assert isinstance(failed.args[0], KeyringUnavailable) and len(asked) == 2
