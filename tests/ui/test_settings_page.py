"""Ajustes: merchant data saved (or refused beside the field), profiles with keys only in the
keyring and never shown back, "Probar conexión" with the clock difference."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.config import data_dir, settings_path
from desktop.domain.limatime import shifted_clock
from desktop.sandbox import DEMO_CONFIG
from desktop.services import secrets
from desktop.ui.context import UiContext
from desktop.ui.pages.settings import page as settings_page
from desktop.ui.pages.settings.page import SettingsPage
from tests.conftest import MemoryKeyring
from tests.ui.conftest import type_text

WAIT = 15_000
ACCESS = "AK-PROD-0123456789"
SECRET = "SK/prod+secret=0123456789"


def make_page(qtbot: QtBot, ctx: UiContext) -> SettingsPage:
    page = settings_page.create(ctx)
    assert isinstance(page, SettingsPage)
    qtbot.addWidget(page)
    page.resize(990, 720)
    page.show()
    return page


def all_line_edit_text(page: QWidget) -> str:
    return "\n".join(edit.text() for edit in page.findChildren(QLineEdit))


def test_merchant_data_is_saved(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ui_ctx)
    general = page.general
    type_text(qtbot, general.name_edit, "Bodega Doña Rosa")
    type_text(qtbot, general.ruc_edit, "20100070970")
    type_text(qtbot, general.address_edit, "Av. Arequipa 1234, Lince")
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b5c7a"))
    assert image.save(str(logo))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(logo), ""))
    )
    general.logo_button.click()
    assert not general.logo_preview.pixmap().isNull() and general.logo_clear.isEnabled()
    general.ticket_box.setCurrentIndex(general.ticket_box.findData("80mm"))
    general.expiry_spin.setValue(24)
    with qtbot.waitSignal(ui_ctx.events.settings_changed, timeout=WAIT):
        qtbot.keyClick(general.address_edit, Qt.Key.Key_Return)  # Enter saves
    assert "guardados" in general.status_label.text()

    stored = ui_ctx.registry.load().general
    assert (stored.merchant_name, stored.merchant_ruc) == ("Bodega Doña Rosa", "20100070970")
    assert stored.merchant_address == "Av. Arequipa 1234, Lince"
    kept = data_dir() / "logo-comercio.png"  # a copy in the data folder, not the original
    assert stored.merchant_logo == str(kept) and kept.read_bytes() == logo.read_bytes()
    assert general.logo_path == str(kept) and general.logo_preview.toolTip() == str(kept)
    logo.unlink()  # the original moved away: saving again still works, the logo stays
    with qtbot.waitSignal(ui_ctx.events.settings_changed, timeout=WAIT):
        general.save_button.click()
    assert ui_ctx.registry.load().general.merchant_logo == str(kept) and kept.exists()
    assert (stored.ticket_format, stored.default_expiry_hours) == ("80mm", 24)
    assert ui_ctx.runtime.general == stored  # the running app uses it at once

    general.logo_clear.click()
    assert general.logo_path == "" and not general.logo_clear.isEnabled()


def test_bad_ruc_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    page = make_page(qtbot, ui_ctx)
    general = page.general
    type_text(qtbot, general.name_edit, "Bodega Doña Rosa")
    type_text(qtbot, general.ruc_edit, "20100070971")  # wrong check digit
    general.save_button.click()
    row = general.rows["merchant_ruc"]
    qtbot.waitUntil(lambda: bool(row.error_text), timeout=WAIT)
    assert "dígito verificador" in row.error_text
    assert general.rows["merchant_name"].error_text == ""
    assert "no se guardó nada" in general.status_label.text()
    assert not settings_path().exists()
    assert ui_ctx.registry.load().general.merchant_name == ""


def test_sync_interval_and_second_approval_apply_at_once(qtbot: QtBot, ui_ctx: UiContext) -> None:
    page = make_page(qtbot, ui_ctx)
    general = page.general
    assert general.sync_spin.value() == 5 and not general.approval_check.isChecked()
    general.sync_spin.setValue(0)
    assert general.sync_spin.text() == "Solo a mano"
    general.sync_spin.setValue(15)
    general.approval_check.setChecked(True)
    with qtbot.waitSignal(ui_ctx.events.settings_changed, timeout=WAIT) as applied:
        general.save_button.click()
    assert applied.args[0].sync_minutes == 15
    stored = ui_ctx.registry.load().general
    assert (stored.sync_minutes, stored.require_second_approval) == (15, 1)
    assert ui_ctx.runtime.reconciliation.require_second_approval is True  # at once

    general.approval_check.setChecked(False)
    with qtbot.waitSignal(ui_ctx.events.settings_changed, timeout=WAIT):
        general.save_button.click()
    assert ui_ctx.runtime.reconciliation.require_second_approval is False


def test_the_health_light_thresholds_are_refused_beside_their_field(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    page = make_page(qtbot, ui_ctx)
    general = page.general
    assert (general.health_warning_spin.value(), general.health_bad_spin.value()) == (99, 95)
    general.health_warning_spin.setValue(90)
    general.health_bad_spin.setValue(97)
    general.save_button.click()
    row = general.rows["health_bad_percent"]
    qtbot.waitUntil(lambda: bool(row.error_text), timeout=WAIT)
    assert row.error_text == "Debe ser menor o igual que el de «atención» (90 %)."
    assert ui_ctx.registry.load().general.health_bad_percent == 95
    general.health_bad_spin.setValue(85)
    general.health_silent_spin.setValue(12)
    with qtbot.waitSignal(ui_ctx.events.settings_changed, timeout=WAIT) as applied:
        general.save_button.click()
    saved = applied.args[0]
    assert (saved.health_warning_percent, saved.health_bad_percent) == (90, 85)
    assert saved.health_silent_hours == 12 and row.error_text == ""


def add_production_profile(qtbot: QtBot, page: SettingsPage) -> None:
    panel = page.profiles
    panel.new_button.click()
    form = panel.form
    assert form.name_edit.hasFocus() or not page.isActiveWindow()
    type_text(qtbot, form.name_edit, "tienda-lince")
    form.environment_box.setCurrentIndex(form.environment_box.findData("production"))
    assert form.url_edit.text() == "https://services.pagoefectivo.pe"
    type_text(qtbot, form.service_edit, "4321")
    type_text(qtbot, form.access_edit, ACCESS)
    type_text(qtbot, form.secret_edit, SECRET)
    panel.save_button.click()
    qtbot.waitUntil(lambda: form.editing == "tienda-lince", timeout=WAIT)


def test_production_profile_keys_go_to_the_keyring_and_are_never_shown(
    qtbot: QtBot,
    ui_ctx: UiContext,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, ui_ctx)
    add_production_profile(qtbot, page)
    assert secrets.load_credentials("tienda-lince") == (ACCESS, SECRET)
    text = settings_path().read_text(encoding="utf-8")
    assert '"tienda-lince"' in text and ACCESS not in text and SECRET not in text
    assert ui_ctx.registry.load().profiles[0].service_id == 4321

    form = page.profiles.form
    qtbot.waitUntil(lambda: "guardada" in form.access_edit.placeholderText(), timeout=WAIT)
    assert form.access_edit.text() == "" and form.secret_edit.text() == ""
    assert form.access_edit.echoMode() == QLineEdit.EchoMode.Password
    page.profiles.select("demo")
    page.profiles.select("tienda-lince")
    qtbot.waitUntil(lambda: "guardada" in form.secret_edit.placeholderText(), timeout=WAIT)
    shown = all_line_edit_text(page)
    assert ACCESS not in shown and SECRET not in shown

    # Editing without typing keys keeps them; "Usar este perfil" applies on restart.
    form.service_edit.setText("999")
    with qtbot.waitSignal(ui_ctx.events.status_message, timeout=WAIT) as saved:
        page.profiles.save_button.click()
    assert "guardado" in saved.args[0]
    assert ui_ctx.registry.load().profiles[0].service_id == 999
    assert secrets.load_credentials("tienda-lince") == (ACCESS, SECRET)
    # No go-live check passed here: switching to production warns; a supervisor goes on.
    page.profiles.use_button.click()
    guard = page.profiles.guard
    assert guard is not None
    qtbot.waitUntil(lambda: guard.warning is not None, timeout=WAIT)
    assert guard.warning is not None
    with qtbot.waitSignal(ui_ctx.events.status_message, timeout=WAIT) as message:
        guard.warning.override_button.click()
    assert "reiniciar" in message.args[0]
    assert ui_ctx.registry.load().active_profile == "tienda-lince"
    assert "reiniciar" in page.profiles.restart_note.text()

    # Removing it also removes its keys.
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    page.profiles.select("tienda-lince")
    page.profiles.remove_button.click()
    # The profile goes from the list first, its keys right after (one task): wait for both.
    qtbot.waitUntil(
        lambda: ui_ctx.registry.load().profiles == () and memory_keyring.entries == {},
        timeout=WAIT,
    )


def test_wrong_production_host_is_refused_beside_the_url(
    qtbot: QtBot, ui_ctx: UiContext, memory_keyring: MemoryKeyring
) -> None:
    page = make_page(qtbot, ui_ctx)
    panel = page.profiles
    panel.new_button.click()
    form = panel.form
    type_text(qtbot, form.name_edit, "tienda")
    form.environment_box.setCurrentIndex(form.environment_box.findData("production"))
    form.url_edit.setText("https://pre1a.services.pagoefectivo.pe")
    type_text(qtbot, form.service_edit, "4321")
    type_text(qtbot, form.access_edit, ACCESS)
    type_text(qtbot, form.secret_edit, SECRET)
    qtbot.keyClick(form.secret_edit, Qt.Key.Key_Return)  # Enter saves
    row = form.rows["base_url"]
    qtbot.waitUntil(lambda: bool(row.error_text), timeout=WAIT)
    assert "pre1a.services.pagoefectivo.pe" in row.error_text
    assert "producción" in row.error_text
    assert form.rows["name"].error_text == "" and form.rows["access_key"].error_text == ""
    assert not settings_path().exists() and memory_keyring.entries == {}


def test_probar_conexion_on_the_demo_sandbox(qtbot: QtBot, ui_ctx: UiContext) -> None:
    page = make_page(qtbot, ui_ctx)
    panel = page.profiles
    assert panel.form.editing == "demo" and not panel.remove_button.isEnabled()
    assert "activo" in panel.profile_list.currentItem().text()
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.result.kind == "ok", timeout=WAIT)
    text = panel.result.text()
    assert "Conexión correcta" in text and DEMO_CONFIG.code_service in text
    assert re.search(r"Diferencia de reloj con PagoEfectivo: [+-]\d s\.", text)  # seconds


def test_a_pc_clock_off_by_minutes_is_a_loud_warning(
    qtbot: QtBot, ui_ctx: UiContext, memory_keyring: MemoryKeyring
) -> None:
    late = replace(ui_ctx, clock=shifted_clock(-timedelta(minutes=9)))
    page = make_page(qtbot, late)
    panel = page.profiles
    panel.new_button.click()
    form = panel.form
    type_text(qtbot, form.name_edit, "local")
    form.url_edit.setText(ui_ctx.runtime.sandbox_url or "")
    type_text(qtbot, form.service_edit, str(DEMO_CONFIG.service_id))
    type_text(qtbot, form.access_edit, DEMO_CONFIG.access_key)
    type_text(qtbot, form.secret_edit, DEMO_CONFIG.secret_key)
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.result.kind == "alarm", timeout=WAIT)
    assert "reloj de esta PC difiere +8 min" in panel.result.text()  # about 9 min behind
    assert memory_keyring.entries == {}  # a test saves nothing
