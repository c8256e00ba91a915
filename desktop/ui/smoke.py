"""``pagodesk --smoke-gui``: quit once the main window has painted, reporting on one line."""

# tests/smoke/smoke_frozen.py proves with it that a build starts and closes cleanly, and times
# it. The line starts with ``pagodesk-smoke:`` and carries JSON.

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, QTranslator, qVersion
from PySide6.QtWidgets import QApplication, QWidget

MARK = "pagodesk-smoke:"


class _FirstPaint(QObject):
    """Reports and quits after the window's first paint has been delivered."""

    def __init__(
        self, app: QApplication, window: QWidget, started: float, translators: list[QTranslator]
    ) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._started = started
        self._translators = translators
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        elapsed = time.perf_counter() - self._started
        bundle = getattr(sys, "_MEIPASS", None)
        report = {
            "main_window_ms": round(elapsed * 1000),
            "platform": self._app.platformName(),
            "qt": qVersion(),
            "frozen": bool(getattr(sys, "frozen", False)),
            "translations": [_where(t.filePath(), bundle) for t in self._translators],
            "window_icon": not self._app.windowIcon().isNull(),
            "title": self._window.windowTitle(),
        }
        print(MARK, json.dumps(report, ensure_ascii=False), flush=True)
        self._window.close()
        self._app.quit()


def _where(path: str, bundle: str | None) -> str:
    """A catalog's path, relative to the bundle when it was loaded from there."""
    if bundle:
        try:
            return Path(path).resolve().relative_to(Path(bundle).resolve()).as_posix()
        except ValueError:
            pass
    return path


def quit_after_first_paint(
    app: QApplication, window: QWidget, started: float, translators: list[QTranslator]
) -> None:
    """Arm the smoke check on a shown window; ``started`` is a ``time.perf_counter()``."""
    window.installEventFilter(_FirstPaint(app, window, started, translators))
