"""A PC with no system keyring keeps the keys in an encrypted file, chosen knowingly with
``pagodesk profile key-file``; every command that needs the keys asks for its password."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import secrets
from tests.cli.test_cli import own_demo_port, remote_sandbox, run  # noqa: F401 (autouse)
from tests.conftest import MemoryKeyring
from tests.integration.conftest import TEST_CREDENTIALS

PASSWORD = "mi frase de bodega larga"


def test_the_file_is_made_only_knowingly_and_with_a_long_password(
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAGODESK_KEY_FILE_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "profile", "key-file")  # the risk not accepted
    assert code == 2 and "--yes" in err and not secrets.key_file_in_use()
    assert "menos seguro" in out  # the warning came first
    monkeypatch.setenv("PAGODESK_KEY_FILE_PASSWORD", "corta")
    code, _, err = run(capsys, "profile", "key-file", "--yes")
    assert code == 2 and "10 caracteres" in err and not secrets.key_file_in_use()
    monkeypatch.delenv("PAGODESK_KEY_FILE_PASSWORD")
    code, _, err = run(capsys, "profile", "key-file", "--yes")  # no terminal to ask
    assert code == 2 and "terminal" in err and not secrets.key_file_in_use()
    assert err.count("\n") == 1


def test_commands_use_the_file_and_ask_for_its_password(
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    pagodesk_home: Path,
) -> None:
    monkeypatch.setenv("PAGODESK_KEY_FILE_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "profile", "key-file", "--yes")
    assert code == 0, err
    with remote_sandbox(tmp_path) as sandbox:
        code, _, err = run(
            capsys, "profile", "add", "pruebas", "--environment", "sandbox",
            "--service-id", str(TEST_CREDENTIALS.service_id), "--base-url", sandbox.base_url,
            "--access-key", TEST_CREDENTIALS.access_key,
            "--secret-key", TEST_CREDENTIALS.secret_key, "--use",
        )  # fmt: skip
        assert code == 0, err
        assert memory_keyring.entries == {}  # not in the system keyring: in the file
        secrets.key_file().lock()  # each command is a new process

        code, _, err = run(capsys, "profile", "test")
        assert code == 0, err

        secrets.key_file().lock()
        monkeypatch.setenv("PAGODESK_KEY_FILE_PASSWORD", "otra frase cualquiera")
        code, _, err = run(capsys, "profile", "test")
        assert code == 1 and "contraseña" in err and "no es correcta" in err

        secrets.key_file().lock()
        monkeypatch.delenv("PAGODESK_KEY_FILE_PASSWORD")
        code, _, err = run(capsys, "issue", "--amount", "10", "--email", "a@b.pe")
        assert code == 1 and "archivo cifrado" in err and "contraseña" in err
        assert err.count("\n") == 1

    for path in pagodesk_home.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert TEST_CREDENTIALS.secret_key.encode() not in content
            assert PASSWORD.encode() not in content
