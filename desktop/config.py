"""Where PagoDesk keeps its data: platformdirs folders, or one folder named by PAGODESK_HOME."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_config_path, user_data_path, user_log_path

from desktop.domain.settings import SettingsError

APP_NAME = "PagoDesk"
HOME_ENV = "PAGODESK_HOME"
SETTINGS_VERSION = 1
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600
MAX_SETTINGS_BYTES = 1024 * 1024


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Databases, payment slips, the demo sandbox's state. Created on first use, private."""
    home = _home()
    return private_dir(home / "data" if home else user_data_path(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings files (never secrets: those live in the OS keyring)."""
    home = _home()
    return private_dir(home / "config" if home else user_config_path(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Log files."""
    home = _home()
    return private_dir(home / "logs" if home else user_log_path(APP_NAME, appauthor=False))


def private_dir(path: Path) -> Path:
    """``path`` made if missing, readable by this user only (0700 on POSIX; a folder made by
    an older version with the umask's 0755 is tightened). They hold personal data."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    tighten(path, PRIVATE_DIR)
    return path


def tighten(path: Path, mode: int) -> None:
    """Take group and other permissions off ``path`` (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError):
        if path.stat().st_mode & 0o077:
            path.chmod(mode)


def demo_sandbox_path() -> Path:
    """The embedded sandbox's persistent state for the demo profile."""
    return data_dir() / "demo-sandbox.sqlite3"


def settings_path() -> Path:
    """The typed settings file: profiles, the active one and general options (no secrets)."""
    return config_dir() / "settings.json"


def profile_database_path(profile: str) -> Path:
    """The SQLite file of one profile, so data of different profiles never mix."""
    return private_dir(data_dir() / "profiles") / f"{profile}.sqlite3"


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, LF) at once, its folder created if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` at once: readers (and a crash) see the old file or
    the new one, never half of it. The folder must exist."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def read_settings_json(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path`` (``None`` if there is no file); its version is checked."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SettingsError("bad_settings_file", f"{path} cannot be read: {exc.strerror}") from None
    if len(raw) > MAX_SETTINGS_BYTES:
        raise SettingsError("bad_settings_file", f"{path} is too big for a settings file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SettingsError("bad_settings_file", f"{path} is not UTF-8 text") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except ValueError as exc:
        raise SettingsError("bad_settings_file", f"{path} is not valid JSON: {exc}") from None
    except RecursionError:
        raise SettingsError("bad_settings_file", f"{path} is nested too deeply") from None
    if not isinstance(data, dict):
        raise SettingsError("bad_settings_file", f"{path} must hold a JSON object")
    version = data.get("version", SETTINGS_VERSION)
    if version != SETTINGS_VERSION:
        raise SettingsError(
            "bad_settings_file",
            f"{path} has version {version!r}; this PagoDesk reads version {SETTINGS_VERSION}",
        )
    return data


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        raise ValueError("a key appears twice")
    return data
