"""Where PagoDesk keeps its data: platformdirs folders, or one folder named by PAGODESK_HOME."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

APP_NAME = "PagoDesk"
HOME_ENV = "PAGODESK_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Databases and the demo sandbox's state. Created on first use."""
    home = _home()
    path = home / "data" if home else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Settings files (never secrets: those live in the OS keyring)."""
    home = _home()
    path = home / "config" if home else user_config_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """Log files."""
    home = _home()
    path = home / "logs" if home else user_log_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_sandbox_path() -> Path:
    """The embedded sandbox's persistent state for the demo profile."""
    return data_dir() / "demo-sandbox.sqlite3"
