"""«Mover a otra PC»: the move file carries the database (checked), settings, logo and slips
and never a key; brought in on a "new PC" (another PAGODESK_HOME) its audit chain verifies;
a damaged, truncated or path-escaping file is refused by name and nothing is written; an
existing profile needs --replace, and a profile open elsewhere is never replaced."""

from __future__ import annotations

import base64
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.config import data_dir, profile_database_path
from desktop.services import secrets
from desktop.services.audit import audit_profile
from desktop.services.backup import BackupError, restore_backup, take_backup
from desktop.services.chain_keys import chain_key
from desktop.services.databases import open_profile_store
from desktop.services.merchant_logo import keep_logo, kept_logos
from desktop.services.move import move_in, move_out, slips_folder
from desktop.services.profile_lock import hold, holders
from desktop.services.profiles import Environment, Profile, ProfileRegistry
from desktop.services.runtime import Runtime
from desktop.store.seal import DEMO_KEY
from tests.conftest import MemoryKeyring
from tests.services.test_backup import issue, key_for

LOGO = Path(__file__).resolve().parents[2] / "resources" / "icons" / "pagodesk.png"
ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def held_elsewhere(profile: str) -> Iterator[int]:
    """Another process (as the app or the receiver) holds ``profile`` open until it is
    killed, as in a crash: its lock file stays behind, the OS lock goes."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "from desktop.services.profile_lock import hold; "
         f"h = hold({profile!r}); print('abierto', flush=True); input()"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "abierto"
        yield holder.pid
    finally:
        holder.kill()
        holder.wait()


def members_text(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(info) for info in archive.infolist())


def dressed(runtime: Runtime) -> ProfileRegistry:
    """The demo profile with vouchers, a merchant name, a logo and a slip."""
    from dataclasses import replace

    for amount in ("15.00", "22.50", "7.00"):
        issue(runtime, amount)
    registry = ProfileRegistry()
    logo = keep_logo(LOGO)
    general = replace(
        registry.load().general,
        merchant_name="Bodega Rosa",
        merchant_logo=str(logo),
        printer_uri="tcp://192.168.1.50",
    )
    registry.set_general(general)
    slip = slips_folder("demo") / "ab" / "constancia.pdf"
    slip.parent.mkdir(parents=True)
    slip.write_bytes(b"%PDF-1.4 constancia")
    return registry


def test_move_out_then_in_on_another_pc_keeps_everything_and_the_chain_verifies(
    runtime: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = dressed(runtime)
    moved = move_out(runtime.profile, registry, tmp_path / "mudanza.zip")
    assert moved.vouchers == 3 and moved.slips == 1 and moved.head
    runtime.close()
    content = members_text(moved.path)
    from desktop.sandbox import DEMO_CONFIG

    for secret in (DEMO_CONFIG.access_key, DEMO_CONFIG.secret_key):
        assert secret.encode() not in content
    assert DEMO_KEY not in content and base64.b32encode(DEMO_KEY) not in content

    monkeypatch.setenv("PAGODESK_HOME", str(tmp_path / "otra-pc"))
    new = ProfileRegistry()
    new.set_general(new.load().general.__class__(printer_uri="tcp://10.0.0.9"))
    came = move_in(moved.path, new)
    assert (came.vouchers, came.head, came.audited) == (3, moved.head, True)
    report = audit_profile("demo", ProfileRegistry())
    assert report.intact and report.vouchers == 3
    general = ProfileRegistry().load().general
    assert general.merchant_name == "Bodega Rosa"
    assert general.printer_uri == "tcp://10.0.0.9"  # this PC's printer stays
    assert Path(general.merchant_logo) == kept_logos()[0] and kept_logos()[0].is_relative_to(
        data_dir()
    )
    assert (slips_folder("demo") / "ab" / "constancia.pdf").read_bytes() == b"%PDF-1.4 constancia"

    with pytest.raises(BackupError) as refused:  # it is there now
        move_in(moved.path, ProfileRegistry())
    assert (refused.value.code, refused.value.detail) == ("profile_exists", "demo")
    replaced = move_in(moved.path, ProfileRegistry(), replace_existing=True)
    assert replaced.safety_copy is not None and replaced.safety_copy.exists()


def test_a_real_profile_moves_without_any_of_its_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    registry = ProfileRegistry()
    tienda = Profile("tienda", Environment.SANDBOX, service_id=77)
    registry.add(tienda)
    secrets.store_credentials("tienda", "ACCESO-tienda-1234", "SECRETO-tienda-5678")
    engine = open_profile_store(tienda)
    key = chain_key(tienda, engine)
    engine.dispose()
    code = secrets.load_chain_key("tienda")
    assert code

    moved = move_out(tienda, registry, tmp_path / "tienda.zip")
    content = members_text(moved.path)
    for secret in (b"ACCESO-tienda-1234", b"SECRETO-tienda-5678", code.encode(), key):
        assert secret not in content
    assert base64.b32encode(key).rstrip(b"=") not in content

    monkeypatch.setenv("PAGODESK_HOME", str(tmp_path / "otra-pc"))
    memory_keyring.entries.clear()  # the new PC's keyring knows nothing
    came = move_in(moved.path, ProfileRegistry())
    assert came.profile == ProfileRegistry().get("tienda") and not came.audited
    assert memory_keyring.entries == {}


@pytest.mark.parametrize("damage", ["truncated", "escaping", "edited", "not_a_zip", "huge"])
def test_a_bad_move_file_is_refused_by_name_and_nothing_is_written(
    runtime: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    issue(runtime, "15.00")
    moved = move_out(runtime.profile, ProfileRegistry(), tmp_path / "bien.zip")
    runtime.close()
    bad = tmp_path / "mala.zip"
    raw = moved.path.read_bytes()
    if damage == "truncated":
        bad.write_bytes(raw[: len(raw) // 2])
    elif damage == "not_a_zip":
        bad.write_bytes(b"PK no es un zip" * 50)
    else:
        with zipfile.ZipFile(moved.path) as source, zipfile.ZipFile(bad, "w") as target:
            for info in source.infolist():
                data = source.read(info)
                if damage == "edited" and info.filename == "base.sqlite3":
                    data = data[:-4096] + bytes(4096)
                target.writestr(info, data)
            if damage == "escaping":
                target.writestr("constancias/../../../fuera.txt", b"x")
            if damage == "huge":
                target.writestr("constancias/grande.pdf", bytes(26 * 1024 * 1024))
    home = tmp_path / "otra-pc"
    monkeypatch.setenv("PAGODESK_HOME", str(home))
    with pytest.raises(BackupError) as refused:
        move_in(bad, ProfileRegistry())
    expected = {"edited": "integrity", "huge": "move_too_big"}.get(damage, "bad_move_file")
    assert (refused.value.code, refused.value.detail) == (expected, "mala.zip")
    assert not profile_database_path("demo").exists() and not (tmp_path / "fuera.txt").exists()
    assert not (home / "config" / "settings.json").exists()


def test_restore_is_refused_while_another_process_has_the_profile_open(
    runtime: Runtime, tmp_path: Path
) -> None:
    issue(runtime, "15.00")
    copy = take_backup(runtime.profile, tmp_path, key_for(runtime))
    runtime.close()
    mine = hold("demo")  # this process's own hold never stops it (the app restoring)
    with held_elsewhere("demo") as pid:
        assert holders("demo") == [pid]
        with pytest.raises(BackupError) as refused:
            restore_backup(runtime.profile, copy.path, key_for(runtime))
        assert (refused.value.code, refused.value.detail) == ("in_use", str(pid))
    assert holders("demo") == []
    assert restore_backup(runtime.profile, copy.path, key_for(runtime)).vouchers == 1
    mine.release()
    assert not list((data_dir() / "profiles" / "demo.en-uso").iterdir())
