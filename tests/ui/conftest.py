"""A real UI context for page tests: temp home, real SQLite, the demo sandbox on a free port."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.profiles import ProfileRegistry
from desktop.services.runtime import open_runtime
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.tasks import TaskRunner
from tests.staffing import person, signed_in


@pytest.fixture
def ui_ctx(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[UiContext]:
    monkeypatch.setenv("PAGODESK_DEMO_PORT", "0")  # never join a developer's sandbox
    registry = ProfileRegistry()
    runtime = signed_in(open_runtime(None, registry=registry), person("Ana (caja 1)"))
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


@pytest.fixture
def spanish(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Spanish catalog compiled from the .ts and installed, as the app runs: plural
    (``%n``) messages need it for their singular ("1 discrepancia")."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    folder = tmp_path / "qm"
    folder.mkdir()
    catalog = i18n.translations_dir() / "pagodesk_es.ts"
    qm = folder / "pagodesk_es.qm"
    subprocess.run([str(lrelease), "-silent", str(catalog), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "es")
    yield
    for translator in installed:
        app.removeTranslator(translator)
