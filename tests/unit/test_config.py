"""PAGODESK_HOME puts every folder under one root."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import config


def test_pagodesk_home_holds_data_config_and_logs(pagodesk_home: Path) -> None:
    assert config.data_dir() == pagodesk_home / "data"
    assert config.config_dir() == pagodesk_home / "config"
    assert config.log_dir() == pagodesk_home / "logs"
    assert config.demo_sandbox_path().parent == pagodesk_home / "data"
    assert (pagodesk_home / "data").is_dir()


def test_without_pagodesk_home_platform_folders_are_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PAGODESK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert config.data_dir() == tmp_path / "xdg" / "PagoDesk"
