"""Change notices on PostgreSQL: the stations LISTEN on the channel that migration 0012's
trigger NOTIFYs for every new voucher event, on a connection of their own."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

import psycopg
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

CHANNEL = "pagodesk_cambios"


class ChangeListener:
    """``notices()`` drains what arrived without waiting: how many notices, or None when it
    is not listening (not PostgreSQL, or the connection was lost: the next call listens
    again, and the caller reads the store itself meanwhile)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._raw: Any = None
        self.enabled = engine.dialect.name == "postgresql"

    def notices(self) -> int | None:
        if not self.enabled:
            return None
        try:
            if self._raw is None:
                self._listen()
                return None  # just started: what came before it is the caller's to read
            connection = self._raw.driver_connection
            return sum(1 for _ in connection.notifies(timeout=0, stop_after=10_000))
        except (SQLAlchemyError, psycopg.Error, OSError):  # listen again next time
            self.close()
            return None

    def close(self) -> None:
        if self._raw is not None:
            with suppress(SQLAlchemyError, psycopg.Error, OSError):
                self._raw.invalidate()  # never back to the pool: it is LISTENing
            self._raw = None

    def _listen(self) -> None:
        raw = self._engine.raw_connection()
        connection = raw.driver_connection
        assert connection is not None
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        self._raw = raw
