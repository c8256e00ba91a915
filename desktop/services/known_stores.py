"""Which database this PC has used for each profile (``<config>/stores.json``: profile ->
the id made with its database), read without loading the database machinery."""

from __future__ import annotations

import json
from pathlib import Path

from desktop import config


def known_stores_path() -> Path:
    return config.config_dir() / "stores.json"


def known_stores() -> dict[str, str]:
    """Profile -> store id, as remembered (empty when the file is missing or unreadable)."""
    try:
        data = json.loads(known_stores_path().read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}
