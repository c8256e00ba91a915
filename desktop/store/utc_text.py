"""How a moment is kept in SQLite: naive UTC text, ``2026-11-26 15:45:00.000000`` (sortable
as text). Plain Python, shared by the column type (store/types.py) and the read-only path
(store/quick_read.py)."""

from __future__ import annotations

from datetime import UTC, datetime

SQLITE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
"""SQLAlchemy's SQLite ``DateTime`` storage format (always with microseconds)."""


def sqlite_text(moment: datetime) -> str:
    """An aware moment as stored: its UTC time, without an offset."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware datetimes")
    return moment.astimezone(UTC).strftime(SQLITE_FORMAT)


def sqlite_utc(value: object) -> datetime | None:
    """``2026-11-26 15:45:00.000000`` (naive UTC, as stored) -> an aware UTC datetime."""
    if value is None:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text + "+00:00")  # UTC itself, not an equal offset
    except ValueError:  # not the stored form (an offset already, say): the general way
        moment = datetime.fromisoformat(text)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
