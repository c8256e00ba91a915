"""The one task runner: service calls off the GUI thread, results back on it."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

_log = logging.getLogger(__name__)


class Lane(StrEnum):
    """Storage writes queue on one worker; network calls may run side by side; printer
    jobs queue on their own worker (one ticket after another, never blocking the others)."""

    STORAGE = "storage"
    NETWORK = "network"
    DEVICE = "device"


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a worker's outcome back there."""

    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception and its traceback, formatted on the worker


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the caller's failure callback
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs ``work`` on a worker thread and calls ``on_success(result)`` or
    ``on_failure(exception)`` on the GUI thread. Workers never touch widgets; with an
    ``owner``, a result that arrives after the owner was destroyed reaches no callback."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, network_threads: int = 4) -> None:
        super().__init__(parent)
        self._pools = {lane: QThreadPool(self) for lane in Lane}
        self._pools[Lane.STORAGE].setMaxThreadCount(1)
        self._pools[Lane.DEVICE].setMaxThreadCount(1)
        self._pools[Lane.NETWORK].setMaxThreadCount(network_threads)
        self._relays: set[_Relay] = set()
        self._quiet: set[_Relay] = set()  # running, but not work a person waits for

    @property
    def pending(self) -> int:
        return len(self._relays)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        lane: Lane = Lane.NETWORK,
        *,
        owner: QObject | None = None,
        quiet: bool = False,
    ) -> None:
        """``owner``: the widget the callbacks belong to. Once it is destroyed (its window
        closed) they are skipped, and a failure is only logged. ``quiet``: background upkeep
        (the store watch) that does not count as work under way (``pending``, busy)."""
        relay = _Relay()
        (self._quiet if quiet else self._relays).add(relay)

        def gone() -> bool:
            return owner is not None and not isValid(owner)

        @Slot(object)
        def succeeded(result: Any) -> None:
            self._finish(relay)
            if on_success is not None and not gone():
                on_success(result)

        @Slot(object, str)
        def failed(error: BaseException, text: str) -> None:
            self._finish(relay)
            _log.warning("background task failed: %s", text)
            if gone():
                return
            if on_failure is not None:
                on_failure(error)
            else:
                raise error

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        if not quiet:
            self.busy_changed.emit(self.pending)
        self._pools[lane].start(_Job(work, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every worker is done (tests and shutdown)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def _finish(self, relay: _Relay) -> None:
        relay.deleteLater()
        if relay in self._quiet:
            self._quiet.discard(relay)
            return
        self._relays.discard(relay)
        self.busy_changed.emit(self.pending)
