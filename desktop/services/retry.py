"""Short transactions that another station may race: run again on a concurrent change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from desktop.store.vouchers import ConcurrentChange

T = TypeVar("T")
ATTEMPTS = 3


def retry_on_conflict(attempt: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Call ``attempt`` (one whole transaction) again when the voucher changed meanwhile."""
    for _ in range(attempts - 1):
        try:
            return attempt()
        except ConcurrentChange:
            continue
    return attempt()
