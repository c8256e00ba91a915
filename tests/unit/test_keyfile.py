"""The encrypted key file: a PC with no system keyring keeps the keys there only when someone
chose it; the file never shows a key, opens only with its password and refuses tampering."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.services import secrets
from desktop.services.keyfile import KeyFile, KeyFileError
from desktop.services.secrets import KeyringUnavailable
from tests.conftest import MemoryKeyring

FAST = {"n": 2**10, "r": 8, "p": 1}  # the shipped cost (2**17) is measured, not needed here
PASSWORD = "una frase larga de bodega"
ACCESS = "AK-0123456789abcdef"
SECRET = "SK/very+secret=value-9876543210"


def new_file(tmp_path: Path) -> KeyFile:
    key_file = KeyFile(tmp_path / "claves.json")
    key_file.create(PASSWORD, kdf=FAST)
    return key_file


def test_keys_round_trip_and_never_appear_in_the_file(tmp_path: Path) -> None:
    key_file = new_file(tmp_path)
    key_file.set_password("PagoDesk", "tienda/secret_key", SECRET)
    assert key_file.get_password("PagoDesk", "tienda/secret_key") == SECRET
    assert key_file.get_password("PagoDesk", "otra/secret_key") is None
    raw = key_file.path.read_bytes()
    assert SECRET.encode() not in raw and PASSWORD.encode() not in raw
    if os.name == "posix":
        assert stat.S_IMODE(key_file.path.stat().st_mode) == 0o600


def test_another_process_opens_it_only_with_the_password(tmp_path: Path) -> None:
    new_file(tmp_path).set_password("PagoDesk", "tienda/access_key", ACCESS)
    later = KeyFile(tmp_path / "claves.json")
    with pytest.raises(KeyFileError) as wrong:
        later.unlock("otra contraseña larga")
    assert wrong.value.code == "wrong_password" and not later.unlocked
    later.unlock(PASSWORD)
    assert later.get_password("PagoDesk", "tienda/access_key") == ACCESS


def test_a_short_password_is_refused_and_no_file_is_left(tmp_path: Path) -> None:
    key_file = KeyFile(tmp_path / "claves.json")
    with pytest.raises(KeyFileError) as short:
        key_file.create("123456789", kdf=FAST)
    assert short.value.code == "password_too_short" and not key_file.exists()


def test_swapped_entries_and_a_damaged_file_are_refused(tmp_path: Path) -> None:
    key_file = new_file(tmp_path)
    key_file.set_password("PagoDesk", "tienda/access_key", ACCESS)
    key_file.set_password("PagoDesk", "tienda/secret_key", SECRET)
    document = json.loads(key_file.path.read_text())
    entries = document["entries"]
    entries["PagoDesk/tienda/access_key"], entries["PagoDesk/tienda/secret_key"] = (
        entries["PagoDesk/tienda/secret_key"],
        entries["PagoDesk/tienda/access_key"],
    )
    key_file.path.write_text(json.dumps(document))
    with pytest.raises(KeyFileError) as swapped:
        key_file.get_password("PagoDesk", "tienda/access_key")
    assert swapped.value.code == "unreadable"
    key_file.path.write_text("{not json")
    with pytest.raises(KeyFileError) as damaged:
        KeyFile(key_file.path).unlock(PASSWORD)
    assert damaged.value.code == "unreadable"


def test_a_pc_that_chose_the_file_keeps_the_keys_there_not_in_the_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    assert not secrets.key_file_in_use()
    secrets.create_key_file(PASSWORD)  # the shipped scrypt cost, once
    assert secrets.key_file_in_use()
    secrets.store_credentials("tienda", ACCESS, SECRET)
    assert memory_keyring.entries == {}
    assert secrets.load_credentials("tienda") == (ACCESS, SECRET)

    secrets.key_file().lock()  # as a new process finds it
    with pytest.raises(KeyringUnavailable) as locked:
        secrets.load_credentials("tienda")
    assert locked.value.code == "keyring_file_locked"
    assert "contraseña" in locked.value.message_es
    with pytest.raises(KeyFileError):
        secrets.unlock_key_file("no es la contraseña")
    secrets.unlock_key_file(PASSWORD)
    assert secrets.load_credentials("tienda") == (ACCESS, SECRET)
