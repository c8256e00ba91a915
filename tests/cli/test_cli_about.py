"""``pagodesk about``: what support needs, without opening the profile or showing a key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from desktop.services import secrets
from desktop.services.profiles import Environment, Profile, ProfileRegistry
from tests.conftest import MemoryKeyring


def test_json_names_version_folders_database_and_keyring(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path
) -> None:
    assert main(["about", "--json"]) == 0
    about = json.loads(capsys.readouterr().out)
    assert about["pagodesk"] == __version__ and about["frozen"] is False
    assert about["profile"] == "demo"
    assert about["data_folder"] == str(pagodesk_home / "data")
    assert about["database"].startswith("SQLite ")
    assert set(about["keyring"]) >= {"backend", "usable", "problem", "message", "shipped"}
    # Describing the profile does not open it: no database file, no sandbox state.
    assert not (pagodesk_home / "data" / "profiles" / "demo.sqlite3").exists()


def test_text_for_a_profile_with_keys_never_shows_them(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    ProfileRegistry().add(Profile("tienda", Environment.PRODUCTION, service_id=321))
    secrets.store_credentials("tienda", "AK-visible-nunca", "SK-visible-nunca")
    assert main(["--profile", "tienda", "about"]) == 0
    out = capsys.readouterr().out
    assert "Perfil: tienda (production)" in out
    assert "MemoryKeyring — utilizable" in out
    assert "visible-nunca" not in out


def test_unknown_profile_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--profile", "nadie", "about"]) == 2
    assert "nadie" in capsys.readouterr().err
