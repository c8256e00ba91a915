"""The record of a profile's last backups, for Ajustes and the status bar: when each was
taken, into which file, whether it passed its checks, its chain head, and what went wrong.

A small JSON file beside the profile's database (``profiles/<perfil>.copias.json``, 0600),
the newest first, at most ``KEEP`` entries. A missing or unreadable record reads as empty:
the next copy writes a good one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from desktop import config

KEEP = 20
MAX_RECORD_BYTES = 256 * 1024
REASONS = ("daily", "close", "manual", "restore")
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupEntry:
    """One attempt. ``error``: a ``BackupError`` code, ``folder_missing`` or ``os_error``
    (empty when it was good); ``detail`` names the file or the first problem."""

    at: datetime
    reason: str
    ok: bool
    file: str = ""
    head: str | None = None
    vouchers: int = 0
    error: str = ""
    detail: str = ""

    def to_json(self) -> dict[str, object]:
        return asdict(self) | {"at": self.at.isoformat()}

    @classmethod
    def from_json(cls, data: object) -> BackupEntry | None:
        if not isinstance(data, dict):
            return None
        try:
            at = datetime.fromisoformat(str(data["at"]))
            entry = cls(
                at=at,
                reason=str(data["reason"]),
                ok=data["ok"] is True,
                file=str(data.get("file", "")),
                head=None if data.get("head") is None else str(data["head"]),
                vouchers=int(data.get("vouchers", 0)),
                error=str(data.get("error", "")),
                detail=str(data.get("detail", "")),
            )
        except (KeyError, TypeError, ValueError):
            return None
        return entry if at.tzinfo is not None else None


def record_path(profile: str) -> Path:
    return config.private_dir(config.data_dir() / "profiles") / f"{profile}.copias.json"


def read_record(profile: str) -> list[BackupEntry]:
    """The last attempts, the newest first (empty when there is no record or it is damaged)."""
    path = record_path(profile)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_RECORD_BYTES + 1)
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_RECORD_BYTES else None
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        _log.warning("the backup record %s cannot be read: %s", path, exc)
        return []
    items = data.get("copias") if isinstance(data, dict) else None
    entries = [BackupEntry.from_json(item) for item in items or []]
    found = [entry for entry in entries if entry is not None]
    return sorted(found, key=lambda entry: entry.at, reverse=True)[:KEEP]


def add_entry(profile: str, entry: BackupEntry) -> list[BackupEntry]:
    """Record ``entry`` (written at once, readable by this user only); the record as it is
    now, the newest first."""
    entries = sorted([entry, *read_record(profile)], key=lambda e: e.at, reverse=True)[:KEEP]
    text = json.dumps({"copias": [e.to_json() for e in entries]}, ensure_ascii=False, indent=1)
    path = record_path(profile)
    config.atomic_write_text(path, text + "\n")  # a temporary file made 0600, then renamed
    config.tighten(path, config.PRIVATE_FILE)
    return entries


def last_good(entries: list[BackupEntry]) -> BackupEntry | None:
    return next((entry for entry in entries if entry.ok), None)
