"""Short transactions that another station may race: run again on a concurrent change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from desktop.store.vouchers import ConcurrentChange

T = TypeVar("T")
ATTEMPTS = 3


def retry_on_conflict(
    attempt: Callable[[], T],
    attempts: int = ATTEMPTS,
    also: tuple[type[Exception], ...] = (),
) -> T:
    """Call ``attempt`` (one whole transaction) again when the voucher changed meanwhile, or
    on any of ``also`` (e.g. a unique-key clash with a twin writer)."""
    conflicts: tuple[type[Exception], ...] = (ConcurrentChange, *also)
    for _ in range(attempts - 1):
        try:
            return attempt()
        except conflicts:
            continue
    return attempt()
