"""The app's backups as a person meets them: the daily copy when the window opens, the copy on
close (skipped while a good one is fresh), the status bar's warning after 3 days that opens
Ajustes → Copias de seguridad, «Hacer copia ahora», «Restaurar…» (checked, then the profile
closed and restored) and «Mover a otra PC…»."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.config import data_dir
from desktop.domain.settings import GeneralSettings
from desktop.domain.validation import IssueInput, validate_issue
from desktop.services.audit import audit_profile
from desktop.services.auto_backup import AutoBackup
from desktop.services.backup_record import read_record
from desktop.services.profiles import ProfileRegistry
from desktop.ui.backups import (
    BackupScheduler,
    BackupWarning,
    finish_backups,
    restore_after,
    start_app_backups,
)
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.settings.backup_panel import BackupPanel
from desktop.ui.pages.settings.page import SettingsPage
from tests.ui.test_store_follow import open_window

WAIT = 15_000


class MovedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def copies_done(ui_ctx: UiContext) -> Iterator[None]:
    """Every copy on close done before the test's home goes (as before the process ends)."""
    yield
    for scheduler in ui_ctx.events.findChildren(BackupScheduler):
        scheduler.closing()
        scheduler.finish()


def issue(ctx: UiContext) -> None:
    data = IssueInput(amount="15.00", email="rosa@example.pe", expires_in=timedelta(hours=48))
    ctx.runtime.issuer.issue(validate_issue(data, datetime.now(UTC)))


def started(
    qtbot: QtBot, ctx: UiContext, after: dict[str, object] | None = None
) -> tuple[MainWindow, BackupScheduler]:
    window, _ = open_window(qtbot, ctx, "summary")
    scheduler = start_app_backups(ctx, window, after, None)
    assert isinstance(scheduler, BackupScheduler)
    return window, scheduler


def test_the_daily_copy_at_start_and_the_copy_on_close_only_when_stale(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    issue(ui_ctx)
    clock = MovedClock(datetime.now(UTC))
    ui_ctx.clock = clock
    lock = data_dir() / "profiles" / "demo.en-uso"
    window, scheduler = started(qtbot, ui_ctx)
    qtbot.waitUntil(
        lambda: scheduler.state is not None and scheduler.state.last_good is not None, timeout=WAIT
    )
    assert [e.reason for e in read_record("demo")] == ["daily"] and read_record("demo")[0].ok
    assert list(lock.glob("*.lock"))  # the app holds its profile: restore waits
    window.close()  # a good copy a moment ago: closing stays fast, no copy
    finish_backups(scheduler)
    assert [e.reason for e in read_record("demo")] == ["daily"]
    assert not list(lock.glob("*.lock"))

    clock.now += timedelta(minutes=31)
    runtime = ui_ctx.runtime
    auto = AutoBackup(runtime.profile, runtime.engine, runtime.general, clock=clock)
    again = BackupScheduler(auto, ui_ctx.tasks, parent=ui_ctx.events)
    again.copy_when_closed(window)
    window.show()
    window.close()
    again.finish()  # the process waits for the copy before it ends
    entries = read_record("demo")
    assert [e.reason for e in entries] == ["close", "daily"] and entries[0].ok


def test_the_warning_after_three_days_opens_the_panel_and_a_copy_clears_it(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, spanish: None
) -> None:
    issue(ui_ctx)  # a voucher of now; the app opens 4 days later with the USB drive out
    ui_ctx.clock = MovedClock(datetime.now(UTC) + timedelta(days=4))
    unplugged = tmp_path / "usb"
    ui_ctx.runtime.general = GeneralSettings(backup_folder=str(unplugged))
    ui_ctx.registry.set_general(ui_ctx.runtime.general)
    window, scheduler = started(qtbot, ui_ctx)
    warning = window.statusBar().findChild(BackupWarning)
    assert isinstance(warning, BackupWarning)
    qtbot.waitUntil(lambda: scheduler.state is not None and scheduler.state.last is not None)
    assert warning.isVisible()
    assert warning.text() == "⚠ Sin copia de seguridad"
    assert "«Hacer copia ahora»" in warning.toolTip()

    warning.click()
    page = window.current_page()
    assert isinstance(page, SettingsPage) and page.tabs.tabText(page.tabs.currentIndex()) == (
        "Copias de seguridad"
    )
    panel = page.findChild(BackupPanel)
    assert isinstance(panel, BackupPanel)
    assert f"falló: la carpeta {unplugged} no está: conecte la memoria USB" in (
        panel.state_label.text()
    )
    panel.save_button.click()  # the folder still missing: said beside it, nothing saved
    qtbot.waitUntil(lambda: panel.rows["backup_folder"].error_text != "", timeout=WAIT)
    assert "Esa carpeta no existe" in panel.rows["backup_folder"].error_text
    unplugged.mkdir()  # plugged in
    with qtbot.waitSignal(panel.saved, timeout=WAIT):
        panel.save_button.click()
    assert ProfileRegistry().load().general.backup_folder == str(unplugged)
    with qtbot.waitSignal(scheduler.state_changed, timeout=WAIT):
        panel.copy_button.click()
    assert not warning.isVisible() and list(unplugged.glob("demo-*.sqlite3"))
    assert "OK (1 cobro; sello " in panel.state_label.text()
    assert "Copia comprobada en " in panel.status_label.text()


def test_restaurar_checks_the_file_then_the_closed_profile_is_restored(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    issue(ui_ctx)
    after: dict[str, object] = {}
    window, scheduler = started(qtbot, ui_ctx, after)
    qtbot.waitUntil(
        lambda: scheduler.state is not None and scheduler.state.last_good is not None, timeout=WAIT
    )
    assert scheduler.state is not None and scheduler.state.last_good is not None
    copy = Path(scheduler.state.last_good.file)
    issue(ui_ctx)  # after the copy: gone once restored
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.show_backups()
    panel = page.findChild(BackupPanel)
    assert isinstance(panel, BackupPanel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("desktop.ui.backups.QCoreApplication.quit", lambda: None)
    with qtbot.waitSignal(scheduler.restore_requested, timeout=WAIT):
        panel.restore_button.click()
    assert after["restore"] == copy and scheduler.restoring
    window.close()  # closing to restore: no copy on close
    ui_ctx.tasks.wait(10_000)
    ui_ctx.runtime.close()
    finish_backups(scheduler)
    done = restore_after(after)
    assert done is not None and done[0] and done[1].startswith(f"Copia «{copy.name}» restaurada")
    report = audit_profile("demo", ProfileRegistry())
    assert report.intact and report.vouchers == 1
    assert [e.reason for e in read_record("demo")] == ["daily"]


def test_a_damaged_file_is_refused_before_anything_closes(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window, scheduler = started(qtbot, ui_ctx)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    panel = page.findChild(BackupPanel)
    assert isinstance(panel, BackupPanel)
    bad = tmp_path / "dañada.sqlite3"
    bad.write_bytes(b"no" * 2000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.restore_button.click()
    qtbot.waitUntil(lambda: "no es una copia" in panel.status_label.text(), timeout=WAIT)
    assert "«dañada.sqlite3» no es una copia de PagoDesk que se pueda leer" in (
        panel.status_label.text()
    )
    assert not scheduler.restoring


def test_mover_a_otra_pc_writes_the_move_file(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    issue(ui_ctx)
    window, _ = started(qtbot, ui_ctx)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    panel = page.findChild(BackupPanel)
    assert isinstance(panel, BackupPanel)
    target = tmp_path / "mudanza.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.move_out_button.click()
    qtbot.waitUntil(lambda: panel.status_label.text().startswith("Listo"), timeout=WAIT)
    assert target.exists() and "No lleva claves" in panel.status_label.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    panel.move_in_button.click()  # the same profile, open here: not replaced from the app
    qtbot.waitUntil(lambda: "ya existe en esta PC" in panel.status_label.text(), timeout=WAIT)


def test_a_postgresql_profile_is_copied_by_the_server(qtbot: QtBot, ui_ctx: UiContext) -> None:
    shared = replace(ui_ctx.runtime.profile, database_url="postgresql+psycopg://u@h/db")
    auto = AutoBackup(shared, ui_ctx.runtime.engine, GeneralSettings())
    scheduler = BackupScheduler(auto, ui_ctx.tasks)
    panel = BackupPanel(ui_ctx.tasks, ui_ctx.registry, scheduler, GeneralSettings())
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(scheduler.state_changed, timeout=WAIT):
        scheduler.start()
    assert panel.postgres_note.isVisible() and "pg_dump" in panel.postgres_note.text()
    assert not panel.copy_button.isEnabled() and not panel.restore_button.isEnabled()
    assert not scheduler.take("manual") and read_record("demo") == []
