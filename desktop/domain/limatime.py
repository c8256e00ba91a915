"""Lima time helpers: the API speaks ISO-8601 in Lima time with an explicit offset."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

LIMA = ZoneInfo("America/Lima")

Clock = Callable[[], datetime]
"""A source of the current time; always returns a timezone-aware datetime."""


def utc_now() -> datetime:
    """The real clock, timezone-aware (UTC)."""
    return datetime.now(UTC)


def to_lima(moment: datetime) -> datetime:
    """Convert an aware datetime to Lima time. Naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: timestamps must be timezone-aware")
    return moment.astimezone(LIMA)


def format_api_datetime(moment: datetime) -> str:
    """``2026-11-26T15:45:00-05:00``: Lima time, second precision, offset with a colon."""
    return to_lima(moment).replace(microsecond=0).isoformat()


_API_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$"
)

SENTINEL_YEAR_MAX = 1900
"""PagoEfectivo writes ``1900-01-01T00:00:00-05:00`` for "no date"; .NET defaults to 0001."""


def parse_api_datetime(text: str | None, *, naive_tz: ZoneInfo = LIMA) -> datetime | None:
    """Parse an API timestamp (``T`` or space, any offset, ``Z``).

    Returns ``None`` for empty values and for the sentinel dates (year 1900 or earlier).
    A value without an offset is read in ``naive_tz`` (Lima by default).
    Raises ``ValueError`` when the text is not a timestamp.
    """
    if text is None:
        return None
    text = text.strip()
    if not text:
        return None
    match = _API_DATETIME.match(text)
    if not match:
        raise ValueError(f"not an ISO-8601 timestamp: {text!r}")
    year = int(match.group(1))
    if year <= SENTINEL_YEAR_MAX:
        return None
    normalised = text.replace(" ", "T", 1)
    if normalised.endswith("Z"):
        normalised = normalised[:-1] + "+00:00"
    offset = match.group(8)
    if offset and ":" not in offset and offset != "Z":
        normalised = normalised[: -len(offset)] + offset[:3] + ":" + offset[3:]
    moment = datetime.fromisoformat(normalised)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=naive_tz)
    return moment


def lima_now(clock: Clock = utc_now) -> datetime:
    """The current time in Lima."""
    return to_lima(clock())


def shifted_clock(offset: timedelta, base: Clock = utc_now) -> Clock:
    """A clock that runs ``offset`` ahead of ``base`` (tests and the sandbox's clock faults)."""

    def clock() -> datetime:
        return base() + offset

    return clock
