"""What the app says when it meets a hostile or clumsy world: a name it cannot print, a
database emptied behind its back, a logs folder it cannot write."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.app import run_gui
from desktop.ui.context import UiContext
from tests.ui.test_issue_page import WAIT, fill, make_page, vouchers


def test_a_name_the_voucher_cannot_print_is_shown_beside_the_field(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    page = make_page(qtbot, ui_ctx)
    fill(qtbot, page, first="山田")
    qtbot.keyClick(page.form.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.form.problem_text("first_name")), timeout=WAIT)
    assert page.form.problem_text("first_name") == (
        "«山田» no se puede imprimir en el voucher: escríbalo con letras latinas."
    )
    assert vouchers(ui_ctx) == [] and page.panels.currentWidget() is page.empty


def test_an_emptied_database_stops_the_app_with_a_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pagodesk_home: Path
) -> None:
    from desktop.services.databases import open_profile_store
    from desktop.services.profiles import Environment, Profile

    monkeypatch.setenv("PAGODESK_DEMO_PORT", "0")
    open_profile_store(Profile("demo", Environment.DEMO)).dispose()  # this PC knew it
    database = pagodesk_home / "data" / "profiles" / "demo.sqlite3"
    database.write_bytes(b"")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    assert run_gui() == 1
    (text,) = shown
    assert text.startswith("La base de datos del perfil «demo»") and str(database) in text
    assert "está vacía" in text and database.stat().st_size == 0


def test_broken_settings_stop_the_app_with_a_message_not_a_traceback(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pagodesk_home: Path
) -> None:
    settings = pagodesk_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"\xff\xfe not json")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    assert run_gui() == 1
    assert shown and shown[0].startswith("Los ajustes de PagoDesk no se pueden leer")
