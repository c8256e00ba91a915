"""Where the screens keep their own state (window sizes and places, the last folder used): one
file of the config folder, apart from the settings (nothing a user sets), private (0600)."""

from __future__ import annotations

from pathlib import Path

from desktop import config

UI_STATE_FILE = "ui-state.ini"


def ui_state_path() -> Path:
    return config.config_dir() / UI_STATE_FILE


def make_private(path: Path) -> None:
    """Readable by this user only (it names folders and files of the user's)."""
    config.tighten(path, config.PRIVATE_FILE)
