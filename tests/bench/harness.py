"""Timing helpers shared by the benchmarks: median milliseconds and a printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], *, repeat: int = 30, warmup: int = 3) -> float:
    """Median wall time of ``action`` in milliseconds."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def report(title: str, rows: list[tuple[str, float, str]]) -> None:
    """Print ``name  figure  note`` rows under a title."""
    print(f"\n== {title}")
    width = max(len(name) for name, _, _ in rows)
    for name, figure, note in rows:
        print(f"  {name:<{width}}  {figure:10.2f}  {note}")
