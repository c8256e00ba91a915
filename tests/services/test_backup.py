"""Backups of a SQLite profile: taken while another thread issues, checked, restored with a
safety copy; a damaged file refused by name; rotation over a simulated month."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.config import profile_database_path
from desktop.domain.validation import IssueInput, validate_issue
from desktop.services.audit import audit_profile
from desktop.services.backup import (
    BackupError,
    dump_postgres,
    restore_backup,
    rotate,
    take_backup,
)
from desktop.services.chain_keys import chain_key
from desktop.services.profiles import ProfileRegistry
from desktop.services.runtime import Runtime

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # a Monday, 10:00 in Lima


class MovedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def issue(runtime: Runtime, amount: str) -> int:
    data = IssueInput(amount=amount, email="rosa@example.pe", expires_in=timedelta(hours=48))
    return runtime.issuer.issue(validate_issue(data, datetime.now(UTC))).voucher.id or 0


def key_for(runtime: Runtime):  # type: ignore[no-untyped-def]
    return lambda engine: chain_key(runtime.profile, engine)


def test_a_copy_taken_while_issuing_restores_to_a_store_whose_audit_verifies(
    runtime: Runtime, tmp_path: Path
) -> None:
    for n in range(5):
        issue(runtime, f"{10 + n}.00")
    busy, done = threading.Event(), threading.Event()

    def keep_issuing() -> None:
        n = 0
        while not done.is_set() and n < 40:
            issue(runtime, f"{20 + n}.50")
            n += 1
            busy.set()

    writer = threading.Thread(target=keep_issuing)
    writer.start()
    assert busy.wait(10)
    try:
        copy = take_backup(runtime.profile, tmp_path, key_for(runtime))
    finally:
        done.set()
        writer.join()

    assert copy.path.name.startswith("demo-") and copy.vouchers >= 6
    assert stat.S_IMODE(copy.path.stat().st_mode) == 0o600
    note = json.loads(copy.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert note["sha256"] == copy.sha256 and note["cadena_de_auditoria"] == copy.head
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    issue(runtime, "99.00")  # after the copy: gone once it is restored
    runtime.close()
    restored = restore_backup(runtime.profile, copy.path, key_for(runtime))
    assert restored.vouchers == copy.vouchers and restored.head == copy.head
    assert restored.safety_copy.exists()  # the data it replaced, kept
    report = audit_profile("demo", ProfileRegistry())
    assert report.intact and report.vouchers == copy.vouchers


def test_a_damaged_copy_is_refused_by_name_and_nothing_changes(
    runtime: Runtime, tmp_path: Path
) -> None:
    issue(runtime, "15.00")
    copy = take_backup(runtime.profile, tmp_path, key_for(runtime))
    runtime.close()
    database = profile_database_path("demo")
    before = database.read_bytes()

    truncated = tmp_path / "truncada.sqlite3"
    truncated.write_bytes(copy.path.read_bytes()[: copy.path.stat().st_size // 2])
    with pytest.raises(BackupError) as refused:
        restore_backup(runtime.profile, truncated, key_for(runtime))
    assert refused.value.code in ("integrity", "unreadable") and "truncada" in str(refused.value)
    garbage = tmp_path / "no-es-base.sqlite3"
    garbage.write_bytes(b"esto no es una base de datos" * 100)
    with pytest.raises(BackupError) as refused:
        restore_backup(runtime.profile, garbage, key_for(runtime))
    assert refused.value.code == "unreadable" and refused.value.detail == "no-es-base.sqlite3"
    assert database.read_bytes() == before


def test_an_edited_copy_fails_the_audit(runtime: Runtime, tmp_path: Path) -> None:
    issue(runtime, "15.00")
    copy = take_backup(runtime.profile, tmp_path, key_for(runtime))
    runtime.close()
    import sqlite3

    with sqlite3.connect(copy.path) as connection:
        connection.execute("UPDATE vouchers SET amount_cents = 1")
    connection.close()
    with pytest.raises(BackupError) as refused:
        restore_backup(runtime.profile, copy.path, key_for(runtime))
    assert refused.value.code == "audit"


def test_rotation_keeps_seven_days_and_four_weeks(runtime: Runtime, tmp_path: Path) -> None:
    issue(runtime, "15.00")
    clock = MovedClock(START)
    for day in range(31):  # a copy each morning and each evening for a month
        for hours in (0, 8):
            clock.now = START + timedelta(days=day, hours=hours)
            take_backup(runtime.profile, tmp_path, key_for(runtime), clock=clock)
        rotate(tmp_path, "demo", clock=clock)
    kept = sorted(p.name for p in tmp_path.glob("demo-*.sqlite3"))
    # The evening copy of each of the last 7 days (26/03 to 01/04), and the newest of each
    # earlier ISO week of the last 4 (weeks of 02/03, 09/03 and 16/03).
    days = ["20260308", "20260315", "20260322"] + [f"202603{d}" for d in range(26, 32)]
    assert kept == [f"demo-{day}-180000.sqlite3" for day in [*days, "20260401"]]
    assert sorted(p.stem for p in tmp_path.glob("*.json")) == [k[:-8] for k in kept]


def test_a_profile_not_on_sqlite_is_said(runtime: Runtime) -> None:
    from dataclasses import replace

    shared = replace(runtime.profile, database_url="postgresql+psycopg://u@h/db")
    with pytest.raises(BackupError) as refused:
        take_backup(shared, Path("."), key_for(runtime))
    assert refused.value.code == "not_sqlite"


def test_a_postgresql_profile_is_dumped_and_checked_or_told_what_to_install(
    runtime: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    url = os.environ.get("PAGODESK_TEST_PG_URL")
    if not url:
        pytest.skip("PAGODESK_TEST_PG_URL not set")
    shared = replace(runtime.profile, database_url=url)
    path = dump_postgres(shared, tmp_path, clock=lambda: START)
    assert path.name == "demo-20260302-100000.dump" and path.stat().st_size > 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    listed = subprocess.run(["pg_restore", "--list", str(path)], capture_output=True, text=True)
    assert listed.returncode == 0 and "dbname: " in listed.stdout  # a custom-format archive

    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(BackupError) as refused:
        dump_postgres(shared, tmp_path)
    assert (refused.value.code, refused.value.detail) == ("pg_dump_missing", "postgresql-client")
