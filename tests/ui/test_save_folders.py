"""Every save dialog starts in the user's Documents, then in the last folder used (remembered in
the UI state file); open dialogs too. After an export, «Abrir carpeta» shows the folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.services.ui_state import ui_state_path
from desktop.ui.context import UiContext
from desktop.ui.ui_state import documents_folder, last_folder
from tests.ui.test_detail_dialog import WAIT, issue, make_dialog
from tests.ui.test_history_page import open_page as open_history
from tests.ui.test_history_page import seed
from tests.ui.test_reconcile_page import open_page as open_reconcile


class SaveDialog:
    """The save dialog's stand-in: remembers where it started and answers ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[Path] = []
        self.answer: Path | None = None
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self.ask))

    def ask(self, _parent: Any, _title: str, default: str, pattern: str, *_: Any) -> Any:
        self.started.append(Path(default).parent)
        return str(self.answer), pattern


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_history_export_starts_in_documents_then_the_last_folder_and_offers_it(
    qtbot: QtBot,
    ui_ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_urls: list[QUrl],
) -> None:
    seed(ui_ctx, 3)
    page = open_history(qtbot, ui_ctx)
    dialog = SaveDialog(monkeypatch)
    folder = tmp_path / "exportes"
    folder.mkdir()
    dialog.answer = folder / "caja.csv"
    assert not page.open_folder_button.isVisible()
    with qtbot.waitSignal(page.exporter.finished, timeout=WAIT):
        page.export_csv_action.trigger()
    assert dialog.started == [documents_folder()]
    assert (folder / "caja.csv").exists()
    assert page.open_folder_button.isVisible() and page.open_folder_button.text() == (
        "Abrir carpeta"
    )
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(folder))]

    dialog.answer = folder / "caja.xlsx"
    with qtbot.waitSignal(page.exporter.finished, timeout=WAIT):
        page.export_xlsx_action.trigger()
    assert dialog.started[1] == folder  # the last folder used, remembered
    assert str(folder) in ui_state_path().read_text(encoding="utf-8")


def test_the_voucher_pdf_and_the_day_report_start_in_the_last_folder(
    qtbot: QtBot,
    ui_ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_urls: list[QUrl],
) -> None:
    dialog = SaveDialog(monkeypatch)
    voucher_id = issue(ui_ctx).voucher.id or 0
    detail = make_dialog(qtbot, ui_ctx, voucher_id)
    qtbot.waitUntil(lambda: detail.preview.save_button.isEnabled(), timeout=WAIT)
    vouchers = tmp_path / "vouchers"
    vouchers.mkdir()
    dialog.answer = vouchers / "copia.pdf"
    detail.preview.save_button.click()
    qtbot.waitUntil(lambda: detail.open_folder_button.isVisible(), timeout=WAIT)
    assert dialog.started == [documents_folder()] and last_folder() == vouchers
    detail.open_folder_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(vouchers))]

    page = open_reconcile(qtbot, ui_ctx)
    dialog.answer = vouchers / "cierre"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog.ask))
    qtbot.mouseClick(page.closing_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.closing.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_folder_button.isVisible(), timeout=WAIT)
    assert dialog.started[1] == vouchers and (vouchers / "cierre.pdf").exists()
    page.open_folder_button.click()
    assert opened_urls[-1] == QUrl.fromLocalFile(str(vouchers))


def test_open_dialogs_look_in_the_last_folder_too(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.pages.settings.general_panel import GeneralPanel

    looked: list[str] = []
    logos = tmp_path / "logos"
    logos.mkdir()

    def choose(_parent: Any, _title: str, folder: str, _pattern: str, *_: Any) -> Any:
        looked.append(folder)
        return str(logos / "logo.png"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    panel = GeneralPanel(ui_ctx.tasks, ui_ctx.registry, ui_ctx.runtime.general)
    qtbot.addWidget(panel)
    panel.logo_button.click()
    panel.logo_button.click()
    assert looked == [str(documents_folder()), str(logos)]


def test_a_missing_documents_folder_starts_the_dialogs_at_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh Linux account may have no Documents: the open dialog then started in the
    home with «Documents» typed in as the file name."""
    home = tmp_path / "cajera"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert documents_folder() == home
    (home / "Documents").mkdir()
    assert documents_folder() == home / "Documents"
