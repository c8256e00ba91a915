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


def interleaved_ms(
    first: Callable[[], object],
    second: Callable[[], object],
    *,
    repeat: int = 40,
    warmup: int = 3,
) -> tuple[float, float, float]:
    """Medians of ``first`` and ``second`` run turn about (A, B, A, B…, so a noisy moment hits
    both), and the median of the per-turn ratios first/second."""
    for _ in range(warmup):
        first()
        second()
    a_samples, b_samples = [], []
    for _ in range(repeat):
        for action, samples in ((first, a_samples), (second, b_samples)):
            start = time.perf_counter()
            action()
            samples.append((time.perf_counter() - start) * 1000)
    ratios = [a / b for a, b in zip(a_samples, b_samples, strict=True) if b > 0]
    return statistics.median(a_samples), statistics.median(b_samples), statistics.median(ratios)


def report(title: str, rows: list[tuple[str, float, str]]) -> None:
    """Print ``name  figure  note`` rows under a title."""
    print(f"\n== {title}")
    width = max(len(name) for name, _, _ in rows)
    for name, figure, note in rows:
        print(f"  {name:<{width}}  {figure:10.2f}  {note}")
