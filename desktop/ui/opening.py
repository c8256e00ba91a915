"""Opening the profile behind a window already shown: the database and the keys are read on a
thread of their own while the window paints, and the result comes back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

if TYPE_CHECKING:
    from desktop.services.runtime import Runtime

FIRST_PAINT_WAIT_MS = 400  # a window that does not paint (minimised) does not hold the start


class ProfileOpening(QObject):
    """Runs ``open_profile`` on a thread of its own; ``opened`` (the runtime) or ``failed``
    (the exception) is emitted on the GUI thread. A locked key file is asked for on the GUI
    thread by ``unlock`` (True: try again), as the start always did."""

    opened = Signal(object)
    failed = Signal(object)
    _finished = Signal()  # from the opening thread

    def __init__(
        self,
        open_profile: Callable[[], Runtime],
        unlock: Callable[[BaseException], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = open_profile
        self._unlock = unlock
        self._future: Future[Runtime] | None = None
        self._finished.connect(self._on_finished)

    def start(self) -> None:
        """Open the profile off the GUI thread (again, after an unlock)."""
        future: Future[Runtime] = Future()
        self._future = future
        # A daemon: an app closed while a database server keeps it waiting still exits.
        opener = threading.Thread(target=self._run, args=(future,), name="profile-opening")
        opener.daemon = True
        opener.start()

    def _run(self, future: Future[Runtime]) -> None:
        try:
            future.set_result(self._open())
        except BaseException as exc:  # delivered on the GUI thread
            future.set_exception(exc)
        self._finished.emit()

    def _on_finished(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        error = future.exception()
        self._future = None  # whoever takes the outcome now owns it
        if error is None:
            self.opened.emit(future.result())
        elif self._unlock(error):
            self.start()
        else:
            self.failed.emit(error)

    def leftover(self, timeout: float = 30.0) -> Runtime | None:
        """At exit: the runtime an opening still under way (or never delivered) made, to be
        closed; waits for the opening to end."""
        future = self._future
        self._future = None
        if future is None:
            return None
        try:
            return future.result(timeout)
        except BaseException:
            return None


class _FirstPaint(QObject):
    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._go)  # once this paint is delivered
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


def after_first_paint(window: QObject, then: Callable[[], None]) -> None:
    """Call ``then`` once ``window`` has painted (or after a short wait if it never does)."""
    _FirstPaint(window, then)
