"""The global error handler: logged, shown with a copyable detail, the app keeps running."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.ui import errors
from desktop.ui.errors import ErrorDialog, install_excepthook


def test_uncaught_error_is_logged_and_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[ErrorDialog] = []

    def fake_exec(dialog: ErrorDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(errors.ErrorDialog, "exec", fake_exec)
    previous = sys.excepthook
    install_excepthook(None)
    try:
        try:
            raise RuntimeError("impresora sin papel")
        except RuntimeError:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert "impresora sin papel" in dialog.detail.toPlainText()
    assert "a salvo" in dialog.summary.text()
    assert any("impresora sin papel" in r.getMessage() for r in caplog.records)
    dialog._on_copy_clicked()
    assert "impresora sin papel" in QGuiApplication.clipboard().text()
