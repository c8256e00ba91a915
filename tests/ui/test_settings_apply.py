"""Ajustes saved in the running app reach every page at once: the voucher printed from Nuevo
cobro right after names the new merchant, and the issue form starts from the new defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.app import build_window
from desktop.ui.context import UiContext
from tests.receipts.helpers import page_text
from tests.ui.conftest import type_text
from tests.ui.test_issue_page import fill, wait_for

WAIT = 15_000


def test_a_voucher_issued_right_after_saving_the_merchant_names_the_new_merchant(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = build_window(ui_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    settings: Any = window.show_page("settings")
    general = settings.general
    type_text(qtbot, general.name_edit, "Bodega Doña Rosa")
    type_text(qtbot, general.ruc_edit, "20100070970")
    type_text(qtbot, general.address_edit, "Av. Arequipa 1234, Lince")
    general.ticket_box.setCurrentIndex(general.ticket_box.findData("80mm"))
    general.expiry_spin.setValue(24)
    with qtbot.waitSignal(ui_ctx.events.settings_changed, timeout=WAIT):
        general.save_button.click()

    page: Any = window.show_page("issue")
    assert page.form.expiry.selected_hours() == 24  # the new default, without a restart
    fill(qtbot, page)
    qtbot.keyClick(page.form.phone, Qt.Key.Key_Return)
    wait_for(qtbot, page, lambda p: p.result)
    assert page.result.paper.currentData() == "80mm"

    target = tmp_path / "voucher.pdf"

    def save_as(_parent: QWidget, _title: str, _default: str, _filter: str) -> tuple[str, str]:
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.result.save_button.click()
    qtbot.waitUntil(lambda: target.exists() and page.result.save_button.isEnabled(), timeout=WAIT)
    text = page_text(target.read_bytes())
    assert "Bodega Doña Rosa" in text and "20100070970" in text
    assert "Av. Arequipa 1234, Lince" in text
    assert "Comercio de demostración" not in text
    window.close()
