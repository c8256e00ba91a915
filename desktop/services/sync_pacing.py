"""How fast a sync round asks PagoEfectivo: as fast as it answers, slower only when it says so.

No fixed pause between search requests (it held a round of 10,000 to 48 vouchers a second).
A request that comes back throttled (HTTP 429), failed on PagoEfectivo's side (5xx, 166) or
unanswered (timeout) is asked again after a wait that doubles each time (from ``first`` up to
``cap``, longer if a 429 said ``Retry-After``); each good answer halves the wait, back to
none. After ``tries`` attempts the round stops, and the scheduler's round back-off applies.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from desktop.pagoefectivo import OutcomeUnknown, PagoEfectivoError, ServerError, Throttled

T = TypeVar("T")

# What says "not now" rather than "never": asking the same search again is safe.
TRANSIENT = (Throttled, ServerError, OutcomeUnknown)


class Pacer:
    """The wait before the next search request of a round (seconds; 0 while all is well)."""

    def __init__(
        self,
        *,
        first: float = 0.25,
        cap: float = 8.0,
        tries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if tries < 1 or not 0 < first <= cap:
            raise ValueError("tries must be at least 1 and 0 < first <= cap")
        self.delay = 0.0
        self._first, self._cap, self._tries, self._sleep = first, cap, tries, sleep

    def wait(self) -> None:
        if self.delay > 0:
            self._sleep(self.delay)

    def ask(self, request: Callable[[], T]) -> T:
        """``request()``, asked again after a growing wait while it fails for a passing
        reason; the last such error propagates, as does any other at once."""
        attempt = 1
        while True:
            try:
                answer = request()
            except TRANSIENT as exc:
                self._slow_down(exc)
                if attempt == self._tries:
                    raise
                attempt += 1
                self.wait()
                continue
            self.delay = self.delay / 2 if self.delay / 2 >= self._first else 0.0
            return answer

    def _slow_down(self, error: PagoEfectivoError) -> None:
        wanted = max(self._first, self.delay * 2)
        if isinstance(error, Throttled) and error.retry_after is not None:
            wanted = max(wanted, error.retry_after)
        self.delay = min(self._cap, wanted)
