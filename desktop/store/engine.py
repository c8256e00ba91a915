"""Engine factory (SQLite by default, any SQLAlchemy URL) and schema upgrade on start."""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision[^=\n]*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)
ANALYZE_FROM_ROWS = 1000
WRITE_OPTION = "pagodesk_writes"
PG_LINK_DEFAULTS: dict[str, int] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 15_000,
}
"""libpq's connection parameters when the URL does not set them: a server behind a pulled
cable is given up after seconds (a connection attempt after 5 s, an idle connection's
keepalives after ~25 s, unanswered data after 15 s), not after the system's minutes."""


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
    if make_url(url).get_backend_name() == "postgresql":
        given = make_url(url).query
        unset = {k: v for k, v in PG_LINK_DEFAULTS.items() if k not in given}
        options["connect_args"] = {**unset, **options.get("connect_args", {})}
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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (Alembic's own check; see ``schema_is_current`` for
    the one a start makes first)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@functools.cache
def head_revision() -> str | None:
    """The newest migration, read off the scripts' ``revision`` and ``down_revision`` lines
    without loading Alembic; None when that reading is not one single head (then only
    Alembic can tell)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def schema_is_current(engine: Engine) -> bool:
    """The database is at the newest migration: one cheap read of ``alembic_version``, so an
    up-to-date database opens without importing Alembic. False when in doubt."""
    head = head_revision()
    if head is None:
        return False
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DBAPIError:  # no such table yet: a new database
        return False
    return [row[0] for row in found] == [head]


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
