"""A long job's two threads of contact: progress to the GUI, a cancel request to the worker."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class JobControl(QObject):
    """Lives on the GUI thread. The worker calls ``report(done, total)`` (the signal crosses
    to the GUI thread queued) and polls ``cancelled()``; the GUI calls ``cancel()``."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()
