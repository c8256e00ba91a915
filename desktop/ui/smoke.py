"""``pagodesk --smoke-gui``: report once the main window has painted, then quit once the first
page shows the profile's figures, one line each.

tests/smoke/smoke_frozen.py proves with it that a build starts and closes cleanly, and times
it. The first line starts with ``pagodesk-smoke:`` and carries JSON (``main_window_ms``: from
the process's start, as the operating system recorded it, to the first paint); the second,
``pagodesk-ready:``, says when the Resumen's figures were shown (``ready_ms``)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, QTranslator, qVersion
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow

MARK = "pagodesk-smoke:"
READY_MARK = "pagodesk-ready:"
READY_POLL_MS = 20
READY_WAIT_MS = 60_000


def process_age() -> tuple[float, str]:
    """Seconds since this process started, and from what: the operating system's record of
    the start (Linux, Windows), else the import of this package (a little late)."""
    if sys.platform.startswith("linux"):
        try:
            return _linux_age(), "process"
        except (OSError, ValueError, IndexError):
            pass
    if sys.platform == "win32":
        try:
            return _windows_age(), "process"
        except OSError:
            pass
    import desktop

    return time.perf_counter() - desktop.IMPORTED, "import"


def _linux_age() -> float:
    """``/proc/self/stat``'s start time (clock ticks since boot) against the boot clock."""
    stat = Path("/proc/self/stat").read_text(encoding="ascii")
    fields = stat[stat.rindex(")") + 2 :].split()
    ticks = int(fields[19])  # field 22 of the whole line: starttime
    started = ticks / os.sysconf("SC_CLK_TCK")
    return time.clock_gettime(time.CLOCK_BOOTTIME) - started


def _windows_age() -> float:
    """GetProcessTimes' creation time against the system's precise clock (100 ns units)."""
    import ctypes
    from ctypes import wintypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    creation, exited, kernel_time, user_time, now = (wintypes.FILETIME() for _ in range(5))
    if not kernel.GetProcessTimes(
        kernel.GetCurrentProcess(),
        ctypes.byref(creation),
        ctypes.byref(exited),
        ctypes.byref(kernel_time),
        ctypes.byref(user_time),
    ):
        raise OSError("GetProcessTimes failed")
    kernel.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

    def value(moment: wintypes.FILETIME) -> int:
        return (moment.dwHighDateTime << 32) | moment.dwLowDateTime

    return (value(now) - value(creation)) / 10_000_000


class _Smoke(QObject):
    """Reports the first paint of the window, then its first page's figures, then quits."""

    def __init__(self, app: QApplication, window: MainWindow, translators: list[QTranslator]):
        super().__init__(window)
        self._app = app
        self._window = window
        self._translators = translators
        self._painted = False
        self._waited_ms = 0
        self._poll = QTimer(self)
        self._poll.setInterval(READY_POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        elapsed, since = process_age()
        bundle = getattr(sys, "_MEIPASS", None)
        report = {
            "main_window_ms": round(elapsed * 1000),
            "since": since,
            "platform": self._app.platformName(),
            "qt": qVersion(),
            "frozen": bool(getattr(sys, "frozen", False)),
            "translations": [_where(t.filePath(), bundle) for t in self._translators],
            "window_icon": not self._app.windowIcon().isNull(),
            "title": self._window.windowTitle(),
        }
        print(MARK, json.dumps(report, ensure_ascii=False), flush=True)
        self._poll.start()

    def _on_poll_timeout(self) -> None:
        self._waited_ms += READY_POLL_MS
        page = self._window.page("summary")
        if getattr(page, "figures", None) is None and self._waited_ms < READY_WAIT_MS:
            return
        self._poll.stop()
        if self._waited_ms < READY_WAIT_MS:
            elapsed, _ = process_age()
            print(READY_MARK, json.dumps({"ready_ms": round(elapsed * 1000)}), flush=True)
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


def quit_when_ready(app: QApplication, window: MainWindow, translators: list[QTranslator]) -> None:
    """Arm the smoke check on a window about to be shown."""
    window.installEventFilter(_Smoke(app, window, translators))
