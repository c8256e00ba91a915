"""A write transaction that starts only if it can start now (SQLite's lock is free)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from desktop.store.engine import WRITE_OPTION, session_scope


class WriterBusy(Exception):
    """Another connection holds SQLite's write lock: nothing was done; try again where waiting
    is harmless (``session_scope`` waits for the lock, up to the busy timeout)."""


@contextmanager
def nowait_session(engine: Engine) -> Iterator[Session]:
    """``session_scope(engine)``, except that on SQLite, when another connection (another
    process, or another thread of ours) is writing, ``WriterBusy`` is raised at once instead
    of waiting. For a caller that must not block: an event loop. Other engines: no change."""
    if engine.dialect.name != "sqlite":
        with session_scope(engine) as session:
            yield session
        return
    with (
        engine.connect().execution_options(**{WRITE_OPTION: True}) as connection,
        Session(bind=connection, expire_on_commit=False) as session,
        session.begin(),  # committed at the end, rolled back on an error
    ):
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        (patience,) = driver.execute("PRAGMA busy_timeout").fetchone()
        driver.execute("PRAGMA busy_timeout = 0")
        try:
            session.connection()  # BEGIN IMMEDIATE: takes the write lock or fails now
        except OperationalError as exc:
            if getattr(exc.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY:
                raise WriterBusy from exc
            raise
        finally:
            driver.execute(f"PRAGMA busy_timeout = {int(patience)}")
        yield session
