"""Reading a page's data again without piling reads up: one read at a time off the GUI thread,
a request made meanwhile runs once it ends, and a burst of changes becomes one read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop.ui.tasks import Lane, TaskRunner

CHANGES_DELAY_MS = 300


class Reloader(QObject):
    """Runs ``read`` through the task runner for ``owner``; the answer goes to ``loaded``, a
    failure to ``failed`` (neither after ``owner`` is gone)."""

    def __init__(
        self,
        tasks: TaskRunner,
        read: Callable[[], Any],
        loaded: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        owner: QObject,
        delay_ms: int = CHANGES_DELAY_MS,
    ) -> None:
        super().__init__(owner)
        self._tasks = tasks
        self._read = read
        self._loaded = loaded
        self._failed = failed
        self._owner = owner
        self.loading = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.now)

    def now(self) -> None:
        """Read at once (or right after the read under way)."""
        self._timer.stop()
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._tasks.run(self._read, self._on_read, self._on_failed, Lane.NETWORK, owner=self._owner)

    def soon(self, *_args: object) -> None:
        """Something changed: read after a short pause (more changes in it, still one read)."""
        self._timer.start()

    def _on_read(self, answer: Any) -> None:
        self.loading = False
        self._loaded(answer)
        if self._again:
            self._again = False
            self.now()

    def _on_failed(self, error: BaseException) -> None:
        self.loading = self._again = False
        self._failed(error)
