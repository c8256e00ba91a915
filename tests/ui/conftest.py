"""A real UI context for page tests: temp home, real SQLite, the demo sandbox on a free port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.profiles import ProfileRegistry
from desktop.services.runtime import open_runtime
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def ui_ctx(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[UiContext]:
    monkeypatch.setenv("PAGODESK_DEMO_PORT", "0")  # never join a developer's sandbox
    registry = ProfileRegistry()
    runtime = open_runtime(None, actor="Ana (caja 1)", registry=registry)
    tasks = TaskRunner()
    ctx = UiContext(runtime=runtime, tasks=tasks, events=UiEvents(), registry=registry)
    yield ctx
    tasks.wait(10_000)
    runtime.close()


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type like a person, one key event per character (keyClicks aborts on non-ASCII here)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]
