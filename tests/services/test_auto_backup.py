"""The app's automatic backups on SQLite with an injected clock: the daily copy once a day,
the copy on close skipped while a good one is fresh, the rotation the settings say over a
month, each attempt recorded (0600), and the status bar's stale warning."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.settings import GeneralSettings
from desktop.services.auto_backup import AutoBackup, backup_folder
from desktop.services.backup_record import read_record, record_path
from desktop.services.runtime import Runtime
from tests.services.test_backup import START, MovedClock, issue


def auto(runtime: Runtime, clock: MovedClock, folder: Path, **settings: int) -> AutoBackup:
    general = GeneralSettings(backup_folder=str(folder), **settings)
    return AutoBackup(runtime.profile, runtime.engine, general, clock=clock)


def test_the_daily_copy_is_due_once_a_day_and_the_close_copy_waits_for_a_stale_one(
    runtime: Runtime, tmp_path: Path
) -> None:
    issue(runtime, "15.00")
    clock = MovedClock(START)
    copies = auto(runtime, clock, tmp_path)
    assert copies.due_today() and copies.due_on_close()  # no copy at all yet

    entry = copies.take("daily")
    assert entry.ok and Path(entry.file).parent == tmp_path and entry.vouchers == 1
    assert entry.head and not copies.due_today() and not copies.due_on_close()
    clock.now = START + timedelta(minutes=29)
    assert not copies.due_on_close()  # closing stays fast: a fresh good copy exists
    clock.now = START + timedelta(minutes=31)
    assert copies.due_on_close() and not copies.due_today()
    clock.now = START + timedelta(hours=14, minutes=1)  # 00:01 in Lima the next day
    assert copies.due_today()  # the app left open past midnight

    record = record_path("demo")
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    saved = json.loads(record.read_text(encoding="utf-8"))["copias"]
    assert saved[0]["ok"] is True and saved[0]["head"] == entry.head


def test_a_failed_copy_is_recorded_with_its_reason_and_does_not_count(
    runtime: Runtime, tmp_path: Path
) -> None:
    issue(runtime, "15.00")
    clock = MovedClock(START)
    unplugged = tmp_path / "usb-no-conectada"
    copies = auto(runtime, clock, unplugged)
    entry = copies.take("close")
    assert not entry.ok and (entry.error, entry.detail) == ("folder_missing", str(unplugged))
    state = copies.state()
    assert state.last == entry and state.last_good is None and copies.due_today()
    assert not unplugged.exists()  # nothing made where the merchant's drive should be


def test_rotation_over_a_month_keeps_what_the_settings_say(
    runtime: Runtime, tmp_path: Path
) -> None:
    issue(runtime, "15.00")
    clock = MovedClock(START)
    copies = auto(runtime, clock, tmp_path, backup_daily=3, backup_weekly=2)
    for day in range(31):
        clock.now = START + timedelta(days=day)
        if copies.due_today():
            assert copies.take("daily").ok
        clock.now += timedelta(hours=9)  # closing in the evening, a stale copy: one more
        if copies.due_on_close():
            assert copies.take("close").ok
    kept = sorted(p.name for p in tmp_path.glob("demo-*.sqlite3"))
    # The evening copy of the last 3 days (30/03 to 01/04), and the newest of each ISO week
    # met in the last 2 weeks' days (from 19/03: the Sundays 22/03 and 29/03).
    days = ["20260322", "20260329", "20260330", "20260331", "20260401"]
    assert kept == [f"demo-{day}-190000.sqlite3" for day in days]
    assert len(read_record("demo")) == 20  # the record keeps the last 20 attempts


def test_the_warning_after_three_days_without_a_good_copy(runtime: Runtime, tmp_path: Path) -> None:
    clock = MovedClock(datetime.now(UTC))  # issue() stamps vouchers with the wall clock
    copies = auto(runtime, clock, tmp_path)
    assert not copies.state().stale  # nothing to lose yet
    issue(runtime, "15.00")
    assert not copies.state().stale  # a voucher of today
    clock.now += timedelta(days=3, minutes=1)
    assert copies.state().stale  # vouchers older than 3 days and no copy
    assert copies.take("manual").ok and not copies.state().stale
    clock.now += timedelta(days=3, minutes=1)
    assert copies.state().stale


def test_a_postgresql_profile_gets_no_copy_from_the_app(runtime: Runtime, tmp_path: Path) -> None:
    shared = replace(runtime.profile, database_url="postgresql+psycopg://u@h/db")
    copies = AutoBackup(shared, runtime.engine, GeneralSettings(), clock=MovedClock(START))
    state = copies.state()
    assert not state.automatic and not state.stale
    assert not copies.due_today() and not copies.due_on_close()


def test_the_folder_is_the_chosen_one_or_the_data_folders() -> None:
    assert backup_folder(GeneralSettings(backup_folder="/media/usb")) == Path("/media/usb")
    assert backup_folder(GeneralSettings()).name == "copias"
