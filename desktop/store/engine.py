"""Engine factory (SQLite by default, any SQLAlchemy URL) and schema upgrade on start."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, make_url
from sqlmodel import Session

MIGRATIONS = Path(__file__).with_name("migrations")
ANALYZE_FROM_ROWS = 1000
WRITE_OPTION = "pagodesk_writes"


def make_engine(url: str, **options: Any) -> Engine:
    """An engine for ``url``. SQLite gets WAL, ``synchronous=NORMAL``, foreign keys and a
    busy timeout; transactions begin explicitly so a write waits instead of failing. Its file
    is private to this user (0600 on POSIX, its WAL and shared memory follow)."""
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:":
            _private_file(Path(database))
        engine = create_engine(
            url, connect_args={"timeout": 15, "check_same_thread": False}, **options
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=15000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            # A write transaction takes the write lock at once (and waits for it, up to the
            # busy timeout); a deferred one that read first would fail instead of waiting.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, **options)


def _private_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does (it would follow the umask, often
    0644); take group and other permissions off one an older version made."""
    if os.name != "posix" or not path.parent.is_dir():
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            if part.stat().st_mode & 0o077:
                part.chmod(0o600)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (every start calls this; it is quick when current)."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def refresh_statistics(engine: Engine) -> None:
    """Give SQLite's planner current statistics (a bounded, quick ANALYZE).

    Without them it may walk a whole profile's index instead of starting from the few
    search matches. Only ``vouchers`` is analysed, and only once it is big enough: statistics
    taken of a near-empty database (or of FTS5's internal tables) make later inserts plan
    badly. PostgreSQL's autovacuum keeps its own statistics.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as connection:
        rows = connection.exec_driver_sql("SELECT COUNT(*) FROM vouchers").scalar_one()
        if rows >= ANALYZE_FROM_ROWS:
            connection.exec_driver_sql("PRAGMA analysis_limit=1000")
            connection.exec_driver_sql("ANALYZE vouchers")


def open_store(url: str) -> Engine:
    """Engine for ``url`` with the schema upgraded to the newest revision and fresh statistics."""
    engine = make_engine(url)
    upgrade(engine)
    refresh_statistics(engine)
    return engine


@contextmanager
def session_scope(engine: Engine, *, writes: bool = True) -> Iterator[Session]:
    """A short session: committed on success, rolled back on error. A writing session takes
    SQLite's write lock when it begins, so reading then writing never fails half-way."""
    with Session(engine, expire_on_commit=False) as session:
        if writes:
            session.connection(execution_options={WRITE_OPTION: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
