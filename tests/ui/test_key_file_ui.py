"""A PC with no system keyring: Ajustes says in Spanish what to install, and offers the
encrypted key file only after a warning that must be ticked; at start the app asks for the
file's password (again when wrong), and the keys are never shown or stored in clear."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.services import secrets
from desktop.services.secrets import KeyringUnavailable
from desktop.ui.context import UiContext
from desktop.ui.key_file_prompt import unlock_asking
from desktop.ui.pages.settings.key_file_dialog import KeyFileDialog
from tests.conftest import MemoryKeyring
from tests.ui.conftest import type_text
from tests.ui.test_settings_page import ACCESS, SECRET, WAIT, make_page

PASSWORD = "frase larga de la bodega"


def test_no_keyring_offers_the_encrypted_file_after_a_warning(
    qtbot: QtBot,
    ui_ctx: UiContext,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keyring.set_keyring(fail.Keyring())  # this PC has none (memory_keyring restores it)
    page = make_page(qtbot, ui_ctx)
    panel, form = page.profiles, page.profiles.form
    panel.new_button.click()
    type_text(qtbot, form.name_edit, "tienda-lince")
    form.environment_box.setCurrentIndex(form.environment_box.findData("production"))
    type_text(qtbot, form.service_edit, "4321")
    type_text(qtbot, form.access_edit, ACCESS)
    type_text(qtbot, form.secret_edit, SECRET)
    panel.save_button.click()
    qtbot.waitUntil(lambda: form.form_error.isVisible(), timeout=WAIT)
    said = form.form_error.text()
    assert "gnome-keyring" in said and "archivo cifrado" in said
    assert "keyring." not in said and "PYTHON_KEYRING" not in said
    assert form.key_file_button.isVisible() and not secrets.key_file_in_use()

    def choose(dialog: KeyFileDialog) -> int:
        type_text(qtbot, dialog.password_edit, PASSWORD)
        type_text(qtbot, dialog.confirm_edit, PASSWORD)
        assert not dialog.ok_button.isEnabled()  # the warning is not ticked yet
        dialog.understood.setChecked(True)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
        return dialog.result()

    monkeypatch.setattr(KeyFileDialog, "exec", choose)
    form.key_file_button.click()
    qtbot.waitUntil(lambda: form.editing == "tienda-lince", timeout=WAIT)  # saved, retried
    assert secrets.key_file_in_use() and not form.key_file_button.isVisible()
    assert secrets.load_credentials("tienda-lince") == (ACCESS, SECRET)
    raw = secrets.key_file().path.read_bytes()
    assert ACCESS.encode() not in raw and SECRET.encode() not in raw


def test_the_dialog_refuses_a_short_or_mismatched_password(qtbot: QtBot, ui_ctx: UiContext) -> None:
    dialog = KeyFileDialog(ui_ctx.tasks)
    qtbot.addWidget(dialog)
    dialog.understood.setChecked(True)
    type_text(qtbot, dialog.password_edit, "corta")
    assert "10 caracteres" in dialog.problem.text() and not dialog.ok_button.isEnabled()
    dialog.password_edit.setText(PASSWORD)
    type_text(qtbot, dialog.confirm_edit, "otra frase larga")
    assert "no coinciden" in dialog.problem.text() and not dialog.ok_button.isEnabled()


def test_the_app_asks_the_file_password_at_start_until_it_opens(
    memory_keyring: MemoryKeyring,
) -> None:
    secrets.create_key_file(PASSWORD)
    secrets.store_credentials("tienda", ACCESS, SECRET)
    secrets.key_file().lock()  # as a new start finds it

    def open_keys() -> tuple[str, str]:
        loaded = secrets.load_credentials("tienda")
        assert loaded is not None
        return loaded

    asked: list[bool] = []
    answers = iter(["no es la contraseña", PASSWORD])

    def ask(wrong: bool) -> str | None:
        asked.append(wrong)
        return next(answers)

    with pytest.raises(KeyringUnavailable) as locked:
        open_keys()
    assert unlock_asking(locked.value, ask)  # True: the start opens the profile again
    assert open_keys() == (ACCESS, SECRET)
    assert asked == [False, True]  # the second time it says the first was wrong

    secrets.key_file().lock()
    with pytest.raises(KeyringUnavailable) as again:
        open_keys()
    assert again.value.code == "keyring_file_locked"
    assert not unlock_asking(again.value, lambda wrong: None)  # cancelled: the start stops
