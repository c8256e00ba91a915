"""Whether the store changed since the last look, cheaply enough to ask every second.

Every change a screen shows leaves an event (issued, paid, extended, annulled, reviewed...),
whoever wrote it: this process, the webhook receiver, the command line, another station on the
same PostgreSQL. So one indexed query on the event table tells: the newest event id, and how
many events lie above a floor a little below it. The count catches a slower writer that
commits a lower id after a higher one was seen (PostgreSQL hands out ids before commit);
SQLite writes one at a time, so there the newest id alone would do. The query runs on a
connection of its own, kept open between looks and never left inside a transaction (an open
read in SQLite's WAL would hold back its checkpoints).

An idle store costs no query on the event table: on SQLite a look first asks the file's
change counter (``PRAGMA data_version``, moved only by another connection's commit); on
PostgreSQL it drains the notices the event trigger sent (store/notices.py, LISTEN on a
connection of its own), and reads the table only when some came, or while not listening.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col

from desktop.store.notices import ChangeListener
from desktop.store.tables import VoucherEvent

LOOKBACK = 100
"""Event ids re-counted each look: a writer this far behind is not expected."""

Mark = tuple[int, int]
"""(newest event id, events above the floor)."""


class StoreWatch:
    """``look()`` answers whether events were recorded since the previous look (or ``seen``).
    Thread-safe; one look at a time. The first look only takes its bearings (False)."""

    def __init__(self, engine: Engine, lookback: int = LOOKBACK) -> None:
        self._engine = engine
        self._lookback = lookback
        self._lock = threading.Lock()
        self._connection: Connection | None = None
        self._floor = 0
        self._mark: Mark | None = None
        self._closed = False
        self._sqlite = engine.dialect.name == "sqlite"
        self._version: int | None = None
        self._listener = ChangeListener(engine)
        self.queries = 0
        """How many queries on the event table this watch ran (the cost, for tests and
        figures); ``looks`` counts every look, the idle ones on SQLite included."""
        self.looks = 0

    def look(self) -> bool:
        """One query (two when something changed, to move the floor up)."""
        with self._lock:
            if self._closed:
                return False
            self.looks += 1
            before = self._mark
            notices = self._listener.notices()  # PostgreSQL: what the trigger announced
            if before is not None and (notices == 0 or (notices is None and not self._touched())):
                return False
            mark = self._read(self._floor)
            if mark == before:
                return False
            self._settle(mark)
            return before is not None

    def seen(self) -> None:
        """Whatever is in the store now counts as seen: this process just said so itself."""
        with self._lock:
            if not self._closed:
                self._settle(self._read(self._floor))

    def close(self) -> None:
        """Close the connection; later looks answer False without asking."""
        with self._lock:
            self._closed = True
            self._listener.close()
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _touched(self) -> bool:
        """Whether anything was committed since the last look (always True off SQLite)."""
        if not self._sqlite:
            return True
        version = int(self._ask(lambda c: c.exec_driver_sql("PRAGMA data_version").scalar_one()))
        changed, self._version = version != self._version, version
        return changed

    def _settle(self, mark: Mark) -> None:
        floor = max(self._floor, mark[0] - self._lookback)  # only ever up
        if floor != self._floor:
            self._floor = floor
            mark = self._read(floor)
        self._mark = mark

    def _read(self, floor: int) -> Mark:
        statement: Any = select(
            func.coalesce(func.max(VoucherEvent.id), 0), func.count(col(VoucherEvent.id))
        ).where(col(VoucherEvent.id) > floor)
        self.queries += 1
        newest, count = self._ask(lambda c: c.execute(statement).one())
        return max(int(newest), floor), int(count)

    def _ask(self, query: Callable[[Connection], Any]) -> Any:
        """``query`` on the watch's own connection, the read ended at once; a broken
        connection is dropped and the next look opens one."""
        connection = self._connection or self._engine.connect()
        self._connection = connection
        try:
            answer = query(connection)
            connection.rollback()
        except SQLAlchemyError:
            self._connection = None
            connection.close()
            raise
        return answer
