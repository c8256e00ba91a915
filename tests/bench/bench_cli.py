"""The command line, timed from outside: ``--help`` beside ``python -c pass``, and ``list``
and ``show`` on a demo profile of 100,000 vouchers (bench_store's seeding), interleaved run by
run (medians). The profile is built once and kept in a cache folder."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.bench_startup import shipped_environment
from tests.bench.bench_store import ROWS
from tests.bench.harness import report

ROOT = Path(__file__).resolve().parents[2]
RUNS = 9
HELP_TARGET_MS = 150.0
HELP_TARGET_RATIO = 5.0
READ_TARGET_MS = 400.0
CACHE_ENV = "PAGODESK_BENCH_CACHE"


def cache_folder() -> Path:
    """Where the seeded profile is kept between runs (``PAGODESK_BENCH_CACHE`` overrides)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pagodesk-bench"


def environment(home: Path) -> dict[str, str]:
    """As an installed app runs: its own data folder, bytecode cached (see bench_startup)."""
    return shipped_environment(PAGODESK_HOME=str(home), PAGODESK_DEMO_PORT="0")


def pagodesk(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=environment(home),
        capture_output=True,
        text=True,
        check=True,
    )


def seeded_home() -> Path:
    """A demo profile holding ``ROWS`` vouchers, made once (``pagodesk list`` creates the
    database as a first start does, then bench_store's rows go in) and reused after."""
    home = cache_folder() / f"cli-{ROWS}"
    done = home / "seeded"
    if done.exists():
        return home
    from desktop.store.engine import make_engine, refresh_statistics
    from tests.bench.bench_store import seed

    print(f"(building a profile of {ROWS:,} vouchers in {home}, once)", flush=True)
    pagodesk(home, "list")
    engine = make_engine(f"sqlite:///{home / 'data' / 'profiles' / 'demo.sqlite3'}")
    try:
        seed(engine)
        refresh_statistics(engine)  # as a start of the app after they were written would
    finally:
        engine.dispose()
    done.write_text("ok\n", encoding="utf-8")
    return home


def some_cip(home: Path) -> str:
    """A CIP from the middle of the store."""
    with sqlite3.connect(home / "data" / "profiles" / "demo.sqlite3") as connection:
        row = connection.execute(
            "SELECT cip FROM vouchers WHERE cip IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?",
            (ROWS // 2,),
        ).fetchone()
    return str(row[0])


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def verdict(figure: float, target: float, unit: str) -> str:
    return f"target <= {target:g}{unit}: {'OK' if figure <= target else 'over'}"


def run(runs: int = RUNS) -> None:
    home = seeded_home()
    cip = some_cip(home)
    env = environment(home)
    app = [sys.executable, "-m", "desktop"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "pagodesk --help": [*app, "--help"],
        "pagodesk list --limit 20": [*app, "list", "--limit", "20"],
        f"pagodesk show {cip}": [*app, "show", cip],
    }
    for command in commands.values():  # warm the page cache (and upgrade the schema if due)
        timed(command, env)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # one of each per round
        for name, command in commands.items():
            samples[name].append(timed(command, env))
    median = {name: statistics.median(found) * 1000 for name, found in samples.items()}
    bare = median["python -c pass"]
    help_s = median["pagodesk --help"]
    rows = [
        ("python -c pass", bare, f"median of {runs}"),
        ("pagodesk --help", help_s, verdict(help_s, HELP_TARGET_MS, " ms")),
        (
            "  ratio to python -c pass",
            help_s / bare,
            verdict(help_s / bare, HELP_TARGET_RATIO, "x"),
        ),
    ]
    for name in list(commands)[2:]:
        rows.append(
            (
                f"{name} ({ROWS:,} vouchers)",
                median[name],
                verdict(median[name], READ_TARGET_MS, " ms"),
            )
        )
    report(f"Command line ({runs} interleaved runs, median ms)", rows)


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
