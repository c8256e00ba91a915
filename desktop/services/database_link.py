"""Whether this station can reach its database, and reaching it again by itself when not.

A PostgreSQL server restarted, a cable pulled, a SQLite file on a drive that went away: the
loss is seen where it happens, by the engine itself (its ``handle_error`` hook sees every
failed statement and every failed connection, whichever service or watch ran it), so no
caller has to report it. From then on the link is *lost* (since when, the last error) and,
once ``start`` was called, a thread of its own tries again after 1, 2, 4, 8, 16 and then
every 30 seconds (``wake`` tries at once) until a plain ``SELECT 1`` answers; listeners hear
every change of ``status`` on whatever thread it happened.

Issuing asks ``require`` first: a station that knows its database is gone refuses before
PagoEfectivo is called (the issuing protocol writes the voucher before calling anyway, so a
CIP is never created for a voucher nobody recorded).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from desktop.domain.limatime import Clock, utc_now

_log = logging.getLogger(__name__)

ERA = "pagodesk_link_era"
"""Where a pooled connection notes the link's era it was opened in."""
BACKOFF: tuple[float, ...] = (1, 2, 4, 8, 16, 30)
"""Seconds before each new attempt; the last one repeats."""


@dataclass(frozen=True)
class LinkStatus:
    """``connected``, or lost ``since`` with ``attempts`` failed so far and the next one at
    ``next_try`` (None while one runs). ``detail``: the last error, one line, no secrets."""

    connected: bool = True
    since: datetime | None = None
    attempts: int = 0
    next_try: datetime | None = None
    detail: str = ""

    def retry_in(self, now: datetime) -> timedelta | None:
        """How long until the next attempt (None when connected or trying right now)."""
        if self.connected or self.next_try is None:
            return None
        return max(self.next_try - now, timedelta(0))


class DatabaseLost(Exception):
    """The database is known unreachable: nothing was written, nothing was sent."""

    def __init__(self, status: LinkStatus) -> None:
        self.status = status
        super().__init__(f"database unreachable since {status.since}: {status.detail}")


class Pause:
    """The wait between attempts: ``wait`` returns after ``seconds`` or at once on ``wake``
    (from any thread). Tests hand in one that does not wait on the wall clock."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def wait(self, seconds: float) -> None:
        self._event.wait(seconds)
        self._event.clear()

    def wake(self) -> None:
        self._event.set()


Listener = Callable[[LinkStatus], None]


def is_loss(context: ExceptionContext) -> bool:
    """A dropped connection, or one that could not be opened at all; not a failed ping the
    pool answers itself by reconnecting, nor a statement's own error (a lock, a bad value)."""
    if context.is_pre_ping:
        return False
    if context.is_disconnect:
        return True
    return context.connection is None and isinstance(context.sqlalchemy_exception, OperationalError)


class DatabaseLink:
    """The link of one engine: thread-safe; ``close`` detaches it from the engine."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Clock = utc_now,
        pause: Pause | None = None,
        backoff: Sequence[float] = BACKOFF,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._pause = pause or Pause()
        self._backoff = tuple(backoff)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._status = LinkStatus()
        self._listeners: list[Listener] = []
        self._thread: threading.Thread | None = None
        self._closed = False
        self._era = 0  # one more at each loss: a connection of an earlier era is a dead one
        event.listen(engine, "handle_error", self._on_engine_error)
        event.listen(engine, "connect", self._on_connect)

    @property
    def status(self) -> LinkStatus:
        with self._lock:
            return self._status

    @property
    def connected(self) -> bool:
        return self.status.connected

    def subscribe(self, listener: Listener) -> None:
        """``listener(status)`` on every change, on the thread that saw it."""
        with self._lock:
            self._listeners.append(listener)

    def delay(self, attempts: int) -> float:
        """Seconds to wait before attempt ``attempts + 1``."""
        return self._backoff[min(attempts, len(self._backoff) - 1)]

    def lost(self, detail: str) -> None:
        """The database could not be used (``detail``: what failed, one line)."""
        with self._lock:
            if self._closed:
                return
            was = self._status
            if was.connected:
                self._era += 1
                self._status = LinkStatus(False, since=self._clock(), detail=detail)
                _log.warning("database unreachable: %s", detail)
            else:
                self._status = replace(was, detail=detail)
            changed = was.connected
            self._changed.notify_all()
        if changed:
            self._tell()

    def check(self) -> bool:
        """One attempt now: connected again when ``SELECT 1`` answers (listeners told)."""
        try:
            with self._engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            self.lost(_one_line(exc))  # the hook saw it too; this keeps a failure lost
            return False
        with self._lock:
            was = self._status
            self._status = LinkStatus()
        if not was.connected:
            _log.info("database reachable again (after %s attempts)", was.attempts + 1)
            self._tell()
        return True

    def require(self) -> None:
        """Raise ``DatabaseLost`` when the database is known unreachable."""
        status = self.status
        if not status.connected:
            raise DatabaseLost(status)

    def reconnect(self) -> bool:
        """Try again with the backoff until connected (True) or closed (False)."""
        while True:
            with self._lock:
                if self._closed:
                    return False
                status = self._status
                if status.connected:
                    return True
                wait = self.delay(status.attempts)
                self._status = replace(status, next_try=self._clock() + timedelta(seconds=wait))
            self._tell()
            self._pause.wait(wait)
            with self._lock:
                if self._closed:
                    return False
                self._status = replace(self._status, next_try=None)
            if self.check():
                return True
            with self._lock:
                self._status = replace(self._status, attempts=self._status.attempts + 1)

    def start(self) -> None:
        """From now on a loss starts the reconnection, on a thread of the link's own."""
        with self._lock:
            if self._closed or self._thread is not None:
                return
            self._thread = threading.Thread(
                target=self._run, name="pagodesk-database-link", daemon=True
            )
            self._thread.start()

    def wake(self) -> None:
        """Try again now instead of at the end of the current wait."""
        self._pause.wake()

    def close(self) -> None:
        """No more attempts nor changes; the reconnection thread ends."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._changed.notify_all()
            thread = self._thread
        for name, hook in (("handle_error", self._on_engine_error), ("connect", self._on_connect)):
            if event.contains(self._engine, name, hook):
                event.remove(self._engine, name, hook)
        self._pause.wake()
        if thread is not None and thread is not threading.current_thread():
            thread.join(10)

    def _run(self) -> None:
        """The reconnection thread: sleeps while connected, reconnects while lost."""
        while True:
            with self._lock:
                while self._status.connected and not self._closed:
                    self._changed.wait()
                if self._closed:
                    return
            self.reconnect()

    def _tell(self) -> None:
        with self._lock:
            if self._closed:
                return
            status, listeners = self._status, list(self._listeners)
        for listener in listeners:
            try:
                listener(status)
            except Exception:  # a listener's bug must not break the query that saw the loss
                _log.exception("a database link listener failed")

    def _on_connect(self, _dbapi_connection: object, record: ConnectionPoolEntry) -> None:
        record.info[ERA] = self._era

    def _on_engine_error(self, context: ExceptionContext) -> None:
        if is_loss(context) and not self._from_before(context):
            self.lost(_one_line(context.original_exception))

    def _from_before(self, context: ExceptionContext) -> bool:
        """The error of a connection opened before the last loss (one a watch or the sync
        lease kept open through it): the server it spoke to is gone, not the one now."""
        if context.connection is None:
            return False
        try:
            era = context.connection.info.get(ERA, 0)
        except SQLAlchemyError:
            return False
        with self._lock:
            return bool(era < self._era)


def _one_line(error: BaseException) -> str:
    """The error's kind and first line (a driver's message names host and port, never the
    password: PagoDesk keeps that in ``~/.pgpass``)."""
    original = getattr(error, "orig", None) or error
    first = str(original).strip().splitlines()[0] if str(original).strip() else ""
    return f"{type(original).__name__}: {first}"[:300]
