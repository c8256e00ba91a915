"""Files shipped in ``resources/``, found the same way from source and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package (source) or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """A shipped file; raises FileNotFoundError with the path tried when it is missing."""
    path = resources_dir() / relative
    if not path.is_file():
        raise FileNotFoundError(f"missing resource: {path}")
    return path
