"""Acerca de: version and data folder at once, diagnostics off the GUI thread, copy for support."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop import __version__, config
from desktop.services.diagnostics import Diagnostics, collect
from desktop.ui.context import UiContext
from desktop.ui.dialogs.about import AboutDialog, open_about
from desktop.ui.tasks import TaskRunner


def test_shows_version_folder_and_copies_the_diagnostics(qtbot: QtBot, ui_ctx: UiContext) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_about(ui_ctx, parent)
    assert dialog.title.text() == f"PagoDesk {__version__}"
    assert dialog.folder.text() == str(config.data_dir())
    assert not dialog.copy_button.isEnabled()
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=10_000)
    text = dialog.details.toPlainText()
    assert "Perfil: demo (demo)" in text
    assert f"Qt: {qVersion()}" in text
    assert str(ui_ctx.runtime.profile.name) in text and "SQLite" in text
    assert "Llavero:" in text
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == text
    assert dialog.copy_button.text() == "Copiado"
    assert open_about(ui_ctx, parent) is dialog  # one at a time: the open one is raised
    dialog.close()


def test_open_folder_hands_the_data_folder_to_the_file_manager(
    qtbot: QtBot, tmp_path: Path
) -> None:
    opened: list[Path] = []
    tasks = TaskRunner()
    dialog = AboutDialog(
        tasks, lambda: collect(probe_keyring=False), tmp_path, open_folder=opened.append
    )
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert opened == [tmp_path]
    tasks.wait(10_000)


def test_a_failed_collection_is_shown_and_nothing_is_copied(qtbot: QtBot, tmp_path: Path) -> None:
    def broken() -> Diagnostics:
        raise RuntimeError("disco lleno")

    tasks = TaskRunner()
    dialog = AboutDialog(tasks, broken, tmp_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "disco lleno" in dialog.details.toPlainText(), timeout=10_000)
    assert dialog.details.toPlainText() == (
        "No se pudo reunir el diagnóstico: RuntimeError: disco lleno"
    )
    assert not dialog.copy_button.isEnabled()


def test_closing_before_the_diagnostics_arrive_is_harmless(qtbot: QtBot, tmp_path: Path) -> None:
    release = threading.Event()

    def slow() -> Diagnostics:
        release.wait(10)
        return collect(probe_keyring=False)

    tasks = TaskRunner()
    dialog = AboutDialog(tasks, slow, tmp_path)
    dialog.show()
    dialog.close()  # deleted on close
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=5_000)
    release.set()
    assert tasks.wait(10_000)
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5_000)
