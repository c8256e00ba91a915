"""The history at 10,000, 100,000 and 1,000,000 vouchers (SQLite, seeded once and cached):
each page the screen asks (200 rows, ``VoucherLookup.rows``) against the same query written
by hand with the stdlib ``sqlite3`` module, measured turn about in one loop so noise hits
both; the totals (asked once per change of filters); then the real screen at a million in a
process of its own (``bench_history_gui``).

``python -m tests.bench.bench_history [ROWS ...]`` runs only those sizes (and no screen)."""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from desktop.domain.status import VoucherStatus
from desktop.services.lookup import HistoryQuery, VoucherLookup
from desktop.store import search
from desktop.store.engine import open_store, sqlite_url
from desktop.store.history import PAGE_COLUMNS, SORT_COLUMNS, SORT_THEN
from desktop.store.search import words
from desktop.ui.pages.history.model import SORT_KEYS
from tests.bench.bench_store import PROFILE, WINDOW_END, WINDOW_START, cached_store
from tests.bench.harness import report

SIZES = (10_000, 100_000, 1_000_000)
GUI_ROWS = 1_000_000
PAGE = 200  # what the screen asks
TARGET_MS = 30.0
TARGET_RATIO = 3.0
REPEAT = 25
SORTS = [key for key in SORT_KEYS if key is not None]  # those the screen offers

TOTALS_NOTE = "once per change of filters, off the GUI thread (no page or sort asks them)"
COLUMNS = ", ".join(column.key for column in PAGE_COLUMNS)
NEWEST = "created_at DESC, id DESC"
MATCH = "id IN (SELECT rowid FROM voucher_search WHERE voucher_search MATCH ?)"


@dataclass(frozen=True)
class Case:
    """One page the screen asks, and the hand-written SQL that gives the same rows."""

    name: str
    query: HistoryQuery
    where: str = "profile = ?"
    params: tuple[Any, ...] = (PROFILE,)
    order: str = NEWEST

    def raw(self, connection: sqlite3.Connection) -> int:
        """The page, by hand; a search as the store does it: its words looked up in the
        search index when they match few vouchers, read voucher by voucher otherwise."""
        query = self.query
        where, params = self.where, self.params
        terms = words(query.search)
        if terms:
            long = [t for t in terms if len(t) >= search.INDEXED_FROM]
            short = [t for t in terms if len(t) < search.INDEXED_FROM]
            counted = "SELECT count(*) FROM (SELECT 1 FROM voucher_search WHERE voucher_search "
            fts = " AND ".join(f'"{t}"*' for t in long)
            if long:
                sql = f"{counted}MATCH ? LIMIT ?)"
                few = connection.execute(sql, (fts, search.FEW)).fetchone()[0] < search.FEW
            scanned = short if long and few else terms
            if long and few:
                where, params = f"{where} AND {MATCH}", (*params, fts)
            for term in scanned:
                where, params = f"{where} AND search_text LIKE ?", (*params, f"% {term}%")
        sql = f"SELECT {COLUMNS} FROM vouchers WHERE {where} ORDER BY {self.order} LIMIT ? OFFSET ?"
        return len(connection.execute(sql, (*params, query.limit, query.offset)).fetchall())

    def raw_totals(self, connection: sqlite3.Connection) -> int:
        where, params = self.where, self.params
        if self.query.search:
            fts = " AND ".join(f'"{t}"*' for t in words(self.query.search))
            where, params = f"{where} AND {MATCH}", (*params, fts)
        sql = (
            "SELECT status, currency, count(*), coalesce(sum(amount_cents), 0) FROM vouchers "
            f"WHERE {where} GROUP BY status, currency"
        )
        return len(connection.execute(sql, params).fetchall())


def stored(moment: datetime) -> str:
    """A UTC instant as the store keeps it in SQLite (naive ISO text with microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def sort_case(sort: str, descending: bool) -> Case:
    way = "DESC" if descending else "ASC"
    column = SORT_COLUMNS[sort]
    nulls = " NULLS LAST" if column.expression.nullable else ""
    keys = [f"{column.key} {way}{nulls}"]
    if sort in SORT_THEN:
        keys.append(f"{SORT_THEN[sort].key} {way}")
    name = f"sort {sort} {'descending' if descending else 'ascending'}"
    query = HistoryQuery(PROFILE, sort=sort, descending=descending, limit=PAGE)
    return Case(name, query, order=", ".join([*keys, f"id {way}"]))


def search_case(typed: str, note: str) -> Case:
    query = HistoryQuery(PROFILE, search=typed, limit=PAGE)
    return Case(f'search "{typed}" ({note})', query)


def window_case() -> Case:
    statuses = [VoucherStatus.PENDING]
    query = HistoryQuery(
        PROFILE, statuses=statuses, since=WINDOW_START, until=WINDOW_END, limit=PAGE
    )
    where = "profile = ? AND status IN (?) AND created_at >= ? AND created_at < ?"
    params = (PROFILE, "pending", stored(WINDOW_START), stored(WINDOW_END))
    return Case("pending, 30-day window", query, where, params)


def cases() -> list[Case]:
    found = [
        Case("first page (newest first)", HistoryQuery(PROFILE, limit=PAGE)),
        Case("next page", HistoryQuery(PROFILE, offset=PAGE, limit=PAGE)),
        Case("tenth page", HistoryQuery(PROFILE, offset=9 * PAGE, limit=PAGE)),
        search_case("nunez", "a rare surname"),
        search_case("maria nunez", "two words"),
        search_case("garcia", "a common surname"),
        search_case("m", "one letter"),
        window_case(),
    ]
    return found + [sort_case(sort, way) for sort in SORTS for way in (False, True)]


def interleaved(ours: Callable[[], object], raw: Callable[[], object]) -> tuple[float, float]:
    """Median ms of each, measured turn about (which goes first alternates)."""
    for _ in range(3):
        ours(), raw()
    samples: dict[int, list[float]] = {0: [], 1: []}
    for turn in range(REPEAT):
        order = ((0, ours), (1, raw)) if turn % 2 == 0 else ((1, raw), (0, ours))
        for which, action in order:
            started = time.perf_counter()
            action()
            samples[which].append((time.perf_counter() - started) * 1000)
    return statistics.median(samples[0]), statistics.median(samples[1])


def verdict(figure: float, ratio: float) -> str:
    fast = "OK" if figure <= TARGET_MS else "over"
    near = "OK" if ratio <= TARGET_RATIO else "over"
    return (
        f"target <= {TARGET_MS:g} ms: {fast} ({figure / TARGET_MS:.2f}); ratio to raw "
        f"{ratio:.2f} (target <= {TARGET_RATIO:g}: {near})"
    )


def measure(rows: int) -> tuple[list[tuple[str, float, str]], float | None]:
    path, seeded = cached_store(rows)
    engine = open_store(sqlite_url(path))  # upgrades a cached copy made by an older schema
    lookup = VoucherLookup(engine, PROFILE)
    connection = sqlite3.connect(path)
    table: list[tuple[str, float, str]] = []
    try:
        for case in cases():
            if len(lookup.rows(case.query).rows) != case.raw(connection):
                raise RuntimeError(f"{case.name}: not the same rows as the raw query")
            ours, raw = interleaved(partial(lookup.rows, case.query), partial(case.raw, connection))
            table.append((case.name, ours, f"raw {raw:6.2f} ms; " + verdict(ours, ours / raw)))
        every = cases()
        for case in (every[0], every[3], every[5], every[7]):  # all; two searches; a window
            ours, raw = interleaved(
                partial(lookup.totals, case.query), partial(case.raw_totals, connection)
            )
            note = f"raw {raw:6.2f} ms; ratio {ours / raw:.2f}; no target: {TOTALS_NOTE}"
            table.append((f"totals: {case.name.split(' (')[0]}", ours, note))
    finally:
        connection.close()
        engine.dispose()
    return table, seeded


def run_gui(rows: int) -> list[tuple[str, float, str]]:
    """The screen bench in a fresh process (its peak memory is the screen's own)."""
    command = [sys.executable, "-m", "tests.bench.bench_history_gui", str(rows)]
    repo = Path(__file__).resolve().parents[2]  # this checkout's code, first on the path
    done = subprocess.run(command, capture_output=True, text=True, cwd=repo)
    if done.returncode != 0:
        raise RuntimeError(f"the screen bench failed:\n{done.stderr[-2000:]}")
    table = []
    for line in done.stdout.splitlines():
        name, figure, note = line.split("\t")
        table.append((name, float(figure), note))
    return table


def run(sizes: tuple[int, ...] = SIZES, gui: bool = True) -> None:
    for rows in sizes:
        table, seeded = measure(rows)
        if seeded is not None:
            report(f"Seeding {rows:,} vouchers (seconds, once; cached)", [("seed", seeded, "")])
        report(f"History on {rows:,} vouchers, SQLite, a page of {PAGE} (median ms)", table)
    if gui:
        report(f"History screen on {GUI_ROWS:,} vouchers (ms; MB)", run_gui(GUI_ROWS))


if __name__ == "__main__":
    chosen = tuple(int(a) for a in sys.argv[1:])
    run(chosen or SIZES, gui=not chosen)
