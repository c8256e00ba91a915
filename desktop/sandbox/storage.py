"""The sandbox's own SQLite file: CIP rows and a key/value table, behind one lock."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.domain.money import from_cents

GENERATED = 22
PAID = 23
EXPIRED = 21
DELETED = 25

FIRST_CIP = 2_600_001

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cips (
    cip INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL,
    guid TEXT NOT NULL UNIQUE,
    currency TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    transaction_code TEXT NOT NULL,
    user_email TEXT NOT NULL,
    status INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    paid_at INTEGER,
    removed_at INTEGER,
    operation_number TEXT,
    details TEXT NOT NULL DEFAULT '{}'
);
"""

_COLUMNS = (
    "cip, service_id, guid, currency, amount_cents, transaction_code, user_email, status, "
    "created_at, expires_at, paid_at, removed_at, operation_number, details"
)


def _moment(epoch: int | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC)


def epoch(moment: datetime) -> int:
    """Whole seconds since the epoch (the sandbox keeps second precision, like the API)."""
    return int(moment.timestamp())


@dataclass(frozen=True)
class CipRecord:
    """One CIP as stored; ``status`` is the stored one, see :meth:`status_at`."""

    cip: int
    service_id: int
    guid: str
    currency: str
    amount_cents: int
    transaction_code: str
    user_email: str
    status: int
    created_at: datetime
    expires_at: datetime
    paid_at: datetime | None
    removed_at: datetime | None
    operation_number: str | None
    details: dict[str, str] = field(default_factory=dict)

    @property
    def amount(self) -> Decimal:
        return from_cents(self.amount_cents)

    def status_at(self, now: datetime) -> int:
        """Expiry applied by time: a generated CIP past its ``dateExpiry`` reads as expired."""
        if self.status == GENERATED and self.expires_at <= now:
            return EXPIRED
        return self.status

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> CipRecord:
        created, expires = _moment(row[8]), _moment(row[9])
        assert created is not None and expires is not None
        cip, service_id, guid, currency, cents, code, email, status = row[:8]
        return cls(
            cip=cip,
            service_id=service_id,
            guid=guid,
            currency=currency,
            amount_cents=cents,
            transaction_code=code,
            user_email=email,
            status=status,
            created_at=created,
            expires_at=expires,
            paid_at=_moment(row[10]),
            removed_at=_moment(row[11]),
            operation_number=row[12],
            details=json.loads(row[13]),
        )


class Storage:
    """A thread-safe wrapper of one SQLite connection (``:memory:`` or a file path)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=10.0
        )
        try:
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)
        except sqlite3.Error:
            self._conn.close()
            raise

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, serialised across threads and processes."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        with self.write() as conn:
            set_meta_in(conn, key, value)

    def get_cip(self, cip: int, conn: sqlite3.Connection | None = None) -> CipRecord | None:
        with self._lock:
            row = (
                (conn or self._conn)
                .execute(f"SELECT {_COLUMNS} FROM cips WHERE cip = ?", (cip,))
                .fetchone()
            )
        return None if row is None else CipRecord.from_row(row)

    def get_by_guid(self, guid: str) -> CipRecord | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM cips WHERE guid = ?", (guid.upper(),)
            ).fetchone()
        return None if row is None else CipRecord.from_row(row)

    def find_by_transaction_code(self, code: str) -> list[CipRecord]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM cips WHERE transaction_code = ? ORDER BY cip", (code,)
            ).fetchall()
        return [CipRecord.from_row(row) for row in rows]


def set_meta_in(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    """Set (or with None, remove) a meta value inside an open transaction."""
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def insert_cip(conn: sqlite3.Connection, record: CipRecord) -> None:
    """Insert a new CIP row inside an open transaction."""
    conn.execute(
        f"INSERT INTO cips ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.cip,
            record.service_id,
            record.guid,
            record.currency,
            record.amount_cents,
            record.transaction_code,
            record.user_email,
            record.status,
            epoch(record.created_at),
            epoch(record.expires_at),
            None if record.paid_at is None else epoch(record.paid_at),
            None if record.removed_at is None else epoch(record.removed_at),
            record.operation_number,
            json.dumps(record.details, ensure_ascii=False),
        ),
    )


def update_cip(conn: sqlite3.Connection, cip: int, **columns: Any) -> None:
    """Update some columns of a CIP inside an open transaction (datetimes become epochs)."""
    values = [epoch(v) if isinstance(v, datetime) else v for v in columns.values()]
    assignments = ", ".join(f"{name} = ?" for name in columns)
    conn.execute(f"UPDATE cips SET {assignments} WHERE cip = ?", (*values, cip))
