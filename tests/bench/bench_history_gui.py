"""The real history screen on a seeded store, driven offscreen like a person: how long the GUI
thread stalls (the worst gap of a 5 ms heartbeat timer, so the acts' own work on the GUI
thread counts) and how soon the rows are shown, for opening the page, a click on every
header that sorts (each both ways), searches typed key by key (shown: after the 250 ms
debounce), and ten pages scrolled; the totals' arrival beside; then the process's memory,
at the start (the app's GUI modules loaded, the store open) and at its peak.

``bench_history`` runs it in a fresh process (``python -m tests.bench.bench_history_gui
ROWS``), so the peak is the screen's own, not that of the benches before it."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import desktop.ui.app  # noqa: F401  (the app's GUI modules, loaded as the app has them)
from desktop.services.lookup import VoucherLookup
from desktop.store.engine import open_store, sqlite_url
from desktop.ui.context import UiEvents
from desktop.ui.pages.history.model import SORT_KEYS
from desktop.ui.pages.history.page import HistoryScreen
from desktop.ui.tasks import TaskRunner
from tests.bench.bench_store import NOW, PROFILE, cached_store

STALL_MS = 100.0
SHOWN_MS = 250.0
PEAK_MB = 220.0
HEARTBEAT_MS = 5
SEARCHES = ("nunez", "maria nunez", "garcia")
PAGES = 10
WAIT_S = 60.0
OPEN, SORT, SEARCH, SCROLL = "open Historial", "header click", "search typed", "next page"
TOTALS = "totals shown (after the rows; no target)"


def memory_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak (MB)."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / 1024 / (1024 if sys.platform == "darwin" else 1)
    return peak_mb, peak_mb


class Heartbeat(QObject):
    """A timer that should fire every few ms: its worst gap is the longest GUI-thread stall."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._beat)
        self._timer.start(HEARTBEAT_MS)
        self.reset()

    def reset(self) -> None:
        self._last = time.perf_counter()
        self.worst = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self._last) * 1000)
        self._last = now


def spin_until(done: Callable[[], bool]) -> None:
    """Run the event loop (waiting in Qt, not polling in Python) until ``done()``, checked
    every millisecond."""
    if done():
        return
    loop = QEventLoop()
    checker = QTimer()
    checker.setTimerType(Qt.TimerType.PreciseTimer)
    checker.timeout.connect(lambda: loop.quit() if done() else None)
    checker.start(1)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(WAIT_S * 1000))
    loop.exec()
    checker.stop()
    if not done():
        raise TimeoutError("the history did not answer in time")


class Driver:
    """Acts on the screen and records (GUI stall, ms to the rows shown) per kind of act."""

    def __init__(self, screen: HistoryScreen, heartbeat: Heartbeat) -> None:
        self.screen = screen
        self.heartbeat = heartbeat
        self.figures: dict[str, list[tuple[float, float]]] = {}
        self.debounced = 0.0
        screen._search_timer.timeout.connect(self._on_debounce)

    def _on_debounce(self) -> None:
        self.debounced = time.perf_counter()

    def shown(self) -> bool:
        return self.screen.model.answered and not self.screen.model.rows_loading

    def act(
        self,
        kind: str,
        action: Callable[[], None],
        done: Callable[[], bool],
        since: Callable[[], float] | None = None,
    ) -> None:
        """Do ``action``, wait for ``done()``; the rows' time counts from ``since()`` (the
        act by default), then wait for the totals too when they are under way."""
        self.heartbeat.reset()
        started = time.perf_counter()
        action()
        spin_until(done)
        ended = time.perf_counter()
        origin = since() if since is not None else started
        self.figures.setdefault(kind, []).append((self.heartbeat.worst, (ended - origin) * 1000))
        if self.screen.model.total is None:
            spin_until(lambda: self.screen.model.total is not None)
            totals = (time.perf_counter() - origin) * 1000
            self.figures.setdefault(TOTALS, []).append((self.heartbeat.worst, totals))

    def click_header(self, column: int) -> None:
        header = self.screen.table.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        query = self.screen.model.query
        before = (query.sort, query.descending)

        def sorted_anew() -> bool:
            query = self.screen.model.query
            return (query.sort, query.descending) != before and self.shown()

        click = QPoint(x, header.height() // 2)
        mouse = Qt.MouseButton.LeftButton
        self.act(SORT, lambda: QTest.mouseClick(header.viewport(), mouse, pos=click), sorted_anew)

    def search(self, text: str) -> None:
        box = self.screen.search
        self.debounced = 0.0

        def typed() -> None:
            box.selectAll()
            if text:
                QTest.keyClicks(box, text)  # one key event per letter, as a person types
            else:
                box.clear()

        def found() -> bool:
            return self.debounced > 0 and self.screen.model.query.search == text and self.shown()

        self.act(SEARCH, typed, found, since=lambda: self.debounced)

    def scroll_page(self) -> None:
        model, table = self.screen.model, self.screen.table
        wanted = model.rowCount() + 200
        self.act(SCROLL, table.scrollToBottom, lambda: model.rowCount() >= wanted and self.shown())


def run_screen(rows: int) -> list[tuple[str, float, str]]:
    path, _ = cached_store(rows)
    app = QApplication.instance() or QApplication([])
    engine = open_store(sqlite_url(path))
    lookup = VoucherLookup(engine, PROFILE)
    tasks, events = TaskRunner(), UiEvents()
    heartbeat = Heartbeat()
    start_mb, _ = memory_mb()
    opened: list[HistoryScreen] = []

    def open_page() -> None:
        screen = HistoryScreen(lookup, tasks, events, clock=lambda: NOW)
        screen.resize(1366, 720)
        screen.show()
        opened.append(screen)

    driver: Driver | None = None
    heartbeat.reset()
    started = time.perf_counter()
    open_page()
    screen = opened[0]
    driver = Driver(screen, heartbeat)
    spin_until(driver.shown)
    driver.figures[OPEN] = [(heartbeat.worst, (time.perf_counter() - started) * 1000)]
    spin_until(lambda: screen.model.total is not None)
    driver.figures[TOTALS] = [(heartbeat.worst, (time.perf_counter() - started) * 1000)]
    for column, key in enumerate(SORT_KEYS):
        if key is not None:
            driver.click_header(column)
            driver.click_header(column)  # and the other way
    for text in SEARCHES:
        driver.search(text)
    _, peak_sorted = memory_mb()
    driver.search("")
    for _ in range(PAGES):
        driver.scroll_page()
    now_mb, peak_mb = memory_mb()
    tasks.wait(60_000)
    screen.close()
    engine.dispose()
    del app
    sorts = sum(1 for key in SORT_KEYS if key) * 2
    memory = (start_mb, peak_sorted, peak_mb, now_mb, sorts)
    return table_rows(driver.figures, memory)


def verdict(figure: float, target: float, unit: str = " ms") -> str:
    ok = "OK" if figure <= target else "over"
    return f"target <= {target:g}{unit}: {ok} (ratio {figure / target:.2f})"


def table_rows(
    figures: dict[str, list[tuple[float, float]]],
    memory: tuple[float, float, float, float, int],
) -> list[tuple[str, float, str]]:
    table: list[tuple[str, float, str]] = []
    for kind in (OPEN, SORT, SEARCH, SCROLL):
        samples = figures[kind]
        stalls, shown = [s for s, _ in samples], [w for _, w in samples]
        times = f"{len(samples)}x, median {statistics.median(stalls):.1f}"
        stall_note = f"{verdict(max(stalls), STALL_MS)}; {times}"
        table.append((f"{kind}: worst GUI stall", max(stalls), stall_note))
        median_shown = f"median {statistics.median(shown):.1f}"
        if kind == SEARCH:
            note = f"{verdict(max(shown), SHOWN_MS)}; {median_shown}"
            table.append((f"{kind}: rows shown after the debounce, worst", max(shown), note))
        else:
            table.append((f"{kind}: rows shown, worst", max(shown), median_shown))
    totals = [w for _, w in figures[TOTALS]]
    note = f"{len(totals)}x, median {statistics.median(totals):.1f}"
    table.append((f"{TOTALS}, worst", max(totals), note))
    start_mb, peak_sorted, peak_mb, now_mb, sorts = memory
    table.append(("memory at start (MB: app modules, store open)", start_mb, ""))
    table.append(
        (
            f"peak memory after opening, {sorts} sorts, {len(SEARCHES)} searches (MB)",
            peak_sorted,
            verdict(peak_sorted, PEAK_MB, " MB"),
        )
    )
    note = f"resident at the end {now_mb:.0f} MB"
    table.append((f"peak memory after {PAGES} pages more (MB)", peak_mb, note))
    return table


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    for name, figure, note in run_screen(rows):
        print(f"{name}\t{figure:.2f}\t{note}", flush=True)


if __name__ == "__main__":
    main()
