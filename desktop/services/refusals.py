"""What a flood of refused requests may cost: a few kept per minute, the rest counted.

Anyone who finds the receiver's address can post to it. Each refused request (bad signature,
unreadable, too large) used to be stored with 2,000 characters of its body for 180 days: a
flood filled the disk. Now at most ``PER_MINUTE`` are stored per minute (their beginning
only), the others are counted and the count is logged and stored with the next one kept; and
refused rows go after ``REFUSED_RETENTION`` (retention.py). Accepted notifications are always
stored whole and kept 180 days.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta

PER_MINUTE = 5
REFUSED_EXCERPT = 300
"""Characters of a refused body kept: enough to see what it was."""
REFUSED_RETENTION = timedelta(days=14)


class RefusalBudget:
    """Thread-safe: the receiver's loop and its workers take from one budget."""

    def __init__(
        self, per_minute: int = PER_MINUTE, ticker: Callable[[], float] = time.monotonic
    ) -> None:
        self._per_minute = per_minute
        self._ticker = ticker
        self._lock = threading.Lock()
        self._start = ticker()
        self._kept = 0
        self._counted = 0

    def take(self) -> tuple[bool, int]:
        """Whether to store this refusal, and how many were only counted in the minute that
        just ended (to say once)."""
        with self._lock:
            now, ended = self._ticker(), 0
            if now - self._start >= 60:
                ended, self._start, self._kept, self._counted = self._counted, now, 0, 0
            if self._kept < self._per_minute:
                self._kept += 1
                return True, ended
            self._counted += 1
            return False, ended

    def counted(self) -> int:
        """Refusals only counted so far in this minute (said when the receiver stops)."""
        with self._lock:
            return self._counted
