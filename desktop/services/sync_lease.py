"""One station at a time runs the automatic sync of a profile on a shared PostgreSQL.

The lease is a PostgreSQL session advisory lock, keyed by the profile, held on a connection
of its own for as long as the station runs: the station that took it first runs the rounds,
the others skip theirs; when it closes (or its connection drops) the lock goes with it, and
the next station to try takes over at its next interval. A SQLite profile lives on one PC:
it always holds the lease. «Sincronizar ahora» does not ask for it (a person asked).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

_log = logging.getLogger(__name__)


def lease_key(profile: str) -> int:
    """A stable signed 64-bit key for ``pg_try_advisory_lock``."""
    digest = hashlib.sha256(f"pagodesk-sync:{profile}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class SyncLease:
    def __init__(self, engine: Engine, profile: str) -> None:
        self._engine = engine
        self._key = lease_key(profile)
        self._shared = engine.dialect.name == "postgresql"
        self._held: Connection | None = None
        self._lock = threading.Lock()

    @property
    def held(self) -> bool:
        return not self._shared or self._held is not None

    def acquire(self) -> bool:
        """Hold the lease (kept while it is held; taken again after a lost connection)."""
        if not self._shared:
            return True
        with self._lock:
            if self._held is not None and self._alive(self._held):
                return True
            self._drop()
            connection = self._engine.connect()
            try:
                taken = bool(
                    connection.execute(
                        text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key}
                    ).scalar_one()
                )
                connection.commit()
            except SQLAlchemyError:
                connection.close()
                raise
            if not taken:
                connection.close()
                return False
            self._held = connection
            _log.info("this station runs the automatic sync")
            return True

    def release(self) -> None:
        with self._lock:
            if self._held is not None:
                try:
                    self._held.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})
                    self._held.commit()
                except SQLAlchemyError:
                    pass  # the connection is gone: so is the lock
            self._drop()

    def _alive(self, connection: Connection) -> bool:
        try:
            connection.execute(text("SELECT 1"))
            connection.commit()
        except SQLAlchemyError:
            return False
        return True

    def _drop(self) -> None:
        if self._held is not None:
            with contextlib.suppress(SQLAlchemyError):
                self._held.close()
            self._held = None
