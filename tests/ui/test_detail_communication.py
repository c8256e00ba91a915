"""The detail's «Comunicación» tab and «Exportar para reclamo…», driven on the real dialog."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.context import UiContext
from desktop.ui.message_style import Severity, severity_of
from tests.ui.test_detail_dialog import WAIT, issue, make_dialog


def test_the_tab_reads_on_first_show_and_exports_the_package(
    qtbot: QtBot,
    ui_ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    spanish: None,
) -> None:
    voucher = issue(ui_ctx, "75.40").voucher
    dialog = make_dialog(qtbot, ui_ctx, voucher.id or 0)
    panel = dialog.communication
    assert not panel.loaded  # nothing read until the tab is looked at

    dialog.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.record is not None, timeout=WAIT)
    text = panel.view.toPlainText()
    assert "Creado" in text and "Pedido POST /v1/cips → HTTP 201" in text
    assert '"amount": 75.40' in text  # the body as sent
    assert panel.summary.text() == "1 pedido a PagoEfectivo · 0 notificaciones"

    target = tmp_path / "reclamo.zip"

    def save(*_args: Any) -> tuple[str, str]:
        return str(target), "ZIP (*.zip)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    panel.export_button.click()
    qtbot.waitUntil(lambda: target.exists() and panel.export_button.isEnabled(), timeout=WAIT)
    with zipfile.ZipFile(target) as zf:
        assert {"voucher.pdf", "manifiesto.json", "comunicacion.pdf"} <= set(zf.namelist())
    assert dialog.feedback.text() == "Paquete para reclamo guardado: reclamo.zip"
    assert severity_of(dialog.feedback) is Severity.SUCCESS
    assert dialog.open_folder_button.isVisible()

    ui_ctx.runtime.sync.recheck(voucher.id or 0)  # one more request: the tab follows
    dialog.reload()
    qtbot.waitUntil(lambda: "/v1/cips/search" in panel.view.toPlainText(), timeout=WAIT)
