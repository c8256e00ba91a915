"""Column types: timezone-aware UTC datetimes on every engine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from desktop.store.utc_text import sqlite_utc


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; refuses naive values; always returns aware UTC datetimes.

    SQLite keeps ISO text without an offset (sortable as text); PostgreSQL keeps timestamptz.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware datetimes")
        moment: datetime = value.astimezone(UTC)
        return moment.replace(tzinfo=None) if dialect.name == "sqlite" else moment

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[Any], datetime | None] | None:
        # SQLite's text in one C call: a page of the history reads a thousand of them, and
        # parsing then ``replace(tzinfo=...)`` cost more than the query itself.
        if dialect.name == "sqlite":
            return sqlite_utc
        return super().result_processor(dialect, coltype)
