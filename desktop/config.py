"""Where PagoDesk keeps its data: platformdirs folders, or one folder named by PAGODESK_HOME."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from platformdirs import user_config_path, user_data_path, user_log_path

from desktop.domain.ruc import is_valid_ruc
from desktop.domain.validation import DEFAULT_EXPIRY, DEFAULT_MAX_EXPIRY

APP_NAME = "PagoDesk"
HOME_ENV = "PAGODESK_HOME"
SETTINGS_VERSION = 1
TICKET_FORMATS = ("a4", "80mm", "58mm")
LANGUAGES = ("es", "en")
SYNC_MINUTES_MAX = 240


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


def settings_path() -> Path:
    """The typed settings file: profiles, the active one and general options (no secrets)."""
    return config_dir() / "settings.json"


def profile_database_path(profile: str) -> Path:
    """The SQLite file of one profile, so data of different profiles never mix."""
    folder = data_dir() / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{profile}.sqlite3"


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` at once: readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


class SettingsError(ValueError):
    """A setting was refused, or ``settings.json`` cannot be used as it is. ``code`` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class GeneralSettings:
    """App-wide options; a field added here with its default is stored and checked."""

    default_expiry_hours: int = int(DEFAULT_EXPIRY.total_seconds() // 3600)
    max_expiry_days: int = DEFAULT_MAX_EXPIRY.days
    ticket_format: str = "a4"
    language: str = "es"
    merchant_name: str = ""
    merchant_ruc: str = ""
    merchant_address: str = ""
    merchant_logo: str = ""  # path of a PNG/JPEG file; empty for none
    require_second_approval: int = 0  # 1: a manual "paid" waits for another person's approval
    sync_minutes: int = 5  # the app re-checks open vouchers this often; 0: only by hand

    def __post_init__(self) -> None:
        for item in fields(self):
            expected = {"int": int, "str": str}[str(item.type)]
            if type(getattr(self, item.name)) is not expected:
                raise SettingsError("bad_setting", f"general.{item.name} must be {item.type}")
        if not 1 <= self.max_expiry_days <= 365:
            raise SettingsError("bad_setting", "general.max_expiry_days must be 1 to 365")
        if not 1 <= self.default_expiry_hours <= self.max_expiry_days * 24:
            raise SettingsError(
                "bad_setting", "general.default_expiry_hours must be 1 to max_expiry_days * 24"
            )
        if self.ticket_format not in TICKET_FORMATS:
            raise SettingsError("bad_setting", f"general.ticket_format must be in {TICKET_FORMATS}")
        if self.language not in LANGUAGES:
            raise SettingsError("bad_setting", f"general.language must be in {LANGUAGES}")
        if self.merchant_ruc and not is_valid_ruc(self.merchant_ruc):
            raise SettingsError(
                "bad_ruc", "general.merchant_ruc must be an 11-digit RUC with a valid check digit"
            )
        if self.require_second_approval not in (0, 1):
            raise SettingsError("bad_setting", "general.require_second_approval must be 0 or 1")
        if not 0 <= self.sync_minutes <= SYNC_MINUTES_MAX:
            raise SettingsError(
                "bad_setting", f"general.sync_minutes must be 0 to {SYNC_MINUTES_MAX}"
            )
        for name, limit in (("merchant_name", 60), ("merchant_address", 120)):
            if len(getattr(self, name)) > limit:
                raise SettingsError("bad_setting", f"general.{name} admits {limit} characters")

    def to_json(self) -> dict[str, Any]:
        return {item.name: getattr(self, item.name) for item in fields(self)}

    @classmethod
    def from_json(cls, data: object, where: str = "general") -> GeneralSettings:
        return cls(**known_keys(data, {item.name for item in fields(cls)}, where))


def known_keys(data: object, allowed: set[str], where: str) -> dict[str, Any]:
    """``data`` if it is a JSON object with no key outside ``allowed``, else ``SettingsError``."""
    if not isinstance(data, dict):
        raise SettingsError("bad_setting", f"{where} must be a JSON object")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise SettingsError("unknown_setting", f"{where}: unknown setting(s) {', '.join(unknown)}")
    return data


def read_settings_json(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path`` (``None`` if there is no file); its version is checked."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except ValueError as exc:
        raise SettingsError("bad_settings_file", f"{path} is not valid JSON: {exc}") from None
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
