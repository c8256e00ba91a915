"""Start-up, timed from outside the process: from spawning ``python -m desktop`` to its main
window painted, beside a bare PySide6 window spawned the same way, interleaved run by run so
that the machine's noise hits both alike (medians). Also when the Resumen shows its figures."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.harness import report
from tests.smoke.runner import HELLO, MARK, clean_environment

ROOT = Path(__file__).resolve().parents[2]
READY_MARK = "pagodesk-ready:"  # desktop/ui/smoke.py: the Resumen shows the profile's figures
RUNS = 9
TARGET_MS = 600.0
TARGET_RATIO = 4.0


def shipped_environment(**extra: str) -> dict[str, str]:
    """This environment as an installed app meets it: bytecode cached as pip (or the frozen
    build) leaves it, even where the developer's shell turns caching off."""
    env = clean_environment(**extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def app_environment(home: Path) -> dict[str, str]:
    """The app as it ships, on its own data folder; the demo sandbox on any free port so a
    developer's running app is never joined."""
    return shipped_environment(
        PAGODESK_HOME=str(home),
        PAGODESK_DEMO_PORT="0",
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )


def painted(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``command`` to the line it prints once its window has painted,
    and to the line saying its first page shows the data (NaN when it prints none)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    shown = ready = math.nan
    for line in process.stdout:
        if line.startswith(MARK):
            shown = time.perf_counter() - started
        elif line.startswith(READY_MARK):
            ready = time.perf_counter() - started
    if process.wait(60) != 0 or math.isnan(shown):
        raise RuntimeError(f"{' '.join(command)} did not paint and end cleanly")
    return shown, ready


def prepared_home(folder: Path) -> Path:
    """A demo profile that has been opened once (its database made), as on any later day."""
    home = folder / "used"
    subprocess.run(
        [sys.executable, "-m", "desktop", "list"],
        cwd=ROOT,
        env=app_environment(home),
        check=True,
        capture_output=True,
    )
    return home


def verdict(figure: float, target: float, unit: str) -> str:
    return f"target <= {target:g}{unit}: {'OK' if figure <= target else 'over'}"


def run(runs: int = RUNS) -> None:
    app = [sys.executable, "-m", "desktop", "--smoke-gui"]
    with tempfile.TemporaryDirectory(prefix="pagodesk-bench-start-") as temporary:
        folder = Path(temporary)
        hello = folder / "hello.py"
        hello.write_text(HELLO.replace("{mark}", MARK), encoding="utf-8")
        platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
        bare_env = shipped_environment(QT_QPA_PLATFORM=platform)
        used = app_environment(prepared_home(folder))
        bare: list[float] = []
        warm: list[tuple[float, float]] = []
        first: list[tuple[float, float]] = []
        for n in range(runs):  # A/B/C in turn, one of each per round
            bare.append(painted([sys.executable, str(hello)], bare_env)[0])
            warm.append(painted(app, used))
            first.append(painted(app, app_environment(folder / f"new-{n}")))
    base = statistics.median(bare) * 1000
    rows = [("bare PySide6 window (python hello.py)", base, f"median of {runs}")]
    for name, samples in (
        ("python -m desktop, demo profile used before", warm),
        ("python -m desktop, first start (empty folder)", first),
    ):
        median = statistics.median(shown for shown, _ in samples) * 1000
        rows.append((name, median, verdict(median, TARGET_MS, " ms")))
        ratio = median / base
        rows.append(("  ratio to the bare window", ratio, verdict(ratio, TARGET_RATIO, "x")))
        ready = statistics.median(ready for _, ready in samples) * 1000
        rows.append(("  then the Resumen shows its figures", ready, "the data, after the paint"))
    title = f"Start-up: process start to main window painted ({runs} interleaved runs, median ms)"
    report(title, rows)


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
