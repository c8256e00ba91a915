"""Runs the frozen executable for the smoke checks; freezes a bare PySide6 window to compare."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MARK = "pagodesk-smoke:"
WINDOWS = sys.platform == "win32"
# Lines that mean a frozen build is missing something even when it exits 0.
BAD_OUTPUT = (
    "Traceback",
    "ModuleNotFoundError",
    "ImportError",
    "FileNotFoundError",
    "QThread: Destroyed",
    "Could not load the Qt platform plugin",
    "Could not find the Qt platform plugin",
)
START_TIMEOUT = 60.0  # a start that has not ended by then is killed and reported
HELLO = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("{mark}", flush=True), app.quit()))
            watched.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
window = QLabel("Hola")
window.installEventFilter(FirstPaint(window))
window.show()
sys.exit(app.exec())
"""


class Smoke:
    """Runs the frozen executable in a throwaway data folder and keeps the failures."""

    def __init__(self, dist: Path, workdir: Path) -> None:
        self.dist = dist
        self.exe = program(dist)
        self.workdir = workdir
        self.home = workdir / "home"
        self.failures: list[str] = []
        self.env = clean_environment(
            PAGODESK_HOME=str(self.home), PAGODESK_DEMO_PORT="0", QT_QPA_PLATFORM="offscreen"
        )

    def check(self, condition: bool, failure: str) -> bool:
        if not condition:
            self.failures.append(failure)
            print(f"  FALLA: {failure}")
        return condition

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.exe), *args],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
        shown = " ".join(args)
        self.check(done.returncode == 0, f"`pagodesk {shown}` salió con {done.returncode}")
        self.check_output(shown, done.stdout + done.stderr)
        return done

    def check_output(self, what: str, output: str) -> None:
        for bad in BAD_OUTPUT:
            if bad in output:
                self.check(False, f"`pagodesk {what}` escribió «{bad}»:\n{tail(output)}")
                return

    def start_gui(self) -> tuple[float, dict[str, Any]]:
        """One start: seconds from launch to the painted main window, and the app's report."""
        return timed_start([str(self.exe), "--smoke-gui"], self.workdir, self.env, self)

    def log_tail(self) -> str:
        logs = sorted((self.home / "logs").glob("*.log"))
        return tail(logs[-1].read_text(encoding="utf-8", errors="replace")) if logs else ""


def program(dist: Path) -> Path:
    """The executable that has a console (on Windows and macOS the windowed one has none);
    ``dist`` may also name a one-file build."""
    if dist.is_file():
        return dist
    names = ["pagodesk-cli", "pagodesk"]
    for name in names:
        path = dist / (name + ".exe" if WINDOWS else name)
        if path.is_file():
            return path
    raise SystemExit(f"no executable in {dist}: run `make dist` first")


def clean_environment(**extra: str) -> dict[str, str]:
    """This environment without anything that would let the build borrow the dev venv."""
    skip = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update(extra)
    return env


def timed_start(
    command: Sequence[str], cwd: Path, env: dict[str, str], smoke: Smoke | None
) -> tuple[float, dict[str, Any]]:
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        assert process.stdout is not None
        watchdog = threading.Timer(START_TIMEOUT, process.kill)
        watchdog.start()
        shown, report = float("nan"), {}
        try:
            for line in process.stdout:
                if line.startswith(MARK):
                    shown = time.perf_counter() - started
                    payload = line[len(MARK) :].strip()
                    report = json.loads(payload) if payload else {}
            code = process.wait()
        finally:
            watchdog.cancel()
        errors.seek(0)
        error_text = errors.read()
    if smoke is not None:
        smoke.check(code == 0, f"la ventana salió con {code}:\n{tail(error_text)}")
        painted = not math.isnan(shown)
        smoke.check(painted, f"la ventana principal no se mostró:\n{tail(error_text)}")
        smoke.check_output("--smoke-gui", error_text)
    return shown, report


def tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def folder_size(folder: Path) -> int:
    if folder.is_file():
        return folder.stat().st_size
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def hello_build(workdir: Path) -> Path:
    """A bare PySide6 window frozen by the same PyInstaller (debug symbols stripped on Linux,
    as build.spec does for PagoDesk), for the size and start-up baselines."""
    script = workdir / "hello.py"
    script.write_text(HELLO.replace("{mark}", MARK), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--log-level=WARN",
        "--name=hello",
        f"--distpath={workdir / 'dist'}",
        f"--workpath={workdir / 'build'}",
        f"--specpath={workdir}",
        str(script),
    ]
    if sys.platform.startswith("linux"):
        command.insert(-1, "--strip")
    subprocess.run(command, check=True, cwd=workdir)
    return workdir / "dist" / "hello"
