"""Test-wide set-up: Qt offscreen before PySide6 loads; every test gets its own PAGODESK_HOME."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def pagodesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test ever touches the real user folders."""
    home = tmp_path / "pagodesk-home"
    monkeypatch.setenv("PAGODESK_HOME", str(home))
    yield home
