"""The shared document helpers: error words, the save dialog's ``.pdf``, print and save jobs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.receipts import NoReceipt, Page
from desktop.ui.documents import (
    FailureWords,
    ask_pdf_path,
    failure_text,
    print_document,
    save_document,
)
from desktop.ui.tasks import TaskRunner

WORDS = FailureWords(
    failed="no se preparó: {error}",
    os_error="no se imprimió ni guardó: {error}",
    no_receipt="sin CIP confirmado",
)


def test_failure_words() -> None:
    no_receipt = NoReceipt.__new__(NoReceipt)  # the words never read the voucher
    assert failure_text(no_receipt, WORDS) == "sin CIP confirmado"
    denied = PermissionError(13, "Permission denied", "/x.pdf")
    assert failure_text(denied, WORDS) == "no se imprimió ni guardó: Permission denied"
    bare = OSError("the printer could not be started")
    assert failure_text(bare, WORDS) == "no se imprimió ni guardó: the printer could not be started"
    assert failure_text(ValueError("raro"), WORDS) == "no se preparó: raro"


def test_failure_words_without_their_own_cases() -> None:
    words = FailureWords(failed="No se pudo completar: {error}")
    no_receipt = NoReceipt.__new__(NoReceipt)
    no_receipt.args = ("voucher #3 has no confirmed CIP (failed)",)
    assert failure_text(no_receipt, words) == (
        "No se pudo completar: voucher #3 has no confirmed CIP (failed)"
    )
    disk_full = OSError(28, "No space left on device")
    assert failure_text(disk_full, words) == "No se pudo completar: No space left on device"


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [("", None), ("/tmp/a/voucher", "/tmp/a/voucher.pdf"), ("/tmp/a/v.PDF", "/tmp/a/v.PDF")],
)
def test_the_save_dialog_suggests_and_adds_pdf(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, chosen: str, expected: str | None
) -> None:
    asked: list[tuple[str, str, str]] = []

    def save_as(_parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((title, suggested, filters))
        return chosen, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    parent = QWidget()
    qtbot.addWidget(parent)
    path = ask_pdf_path(parent, "Guardar", Path("/home/ana/voucher-123.pdf"), "PDF (*.pdf)")
    assert asked == [("Guardar", "/home/ana/voucher-123.pdf", "PDF (*.pdf)")]
    assert path == (Path(expected) if expected else None)


def test_save_writes_the_pdf_and_reports_a_disk_refusal(qtbot: QtBot, tmp_path: Path) -> None:
    runner, owner = TaskRunner(), QWidget()
    qtbot.addWidget(owner)
    saved: list[Path] = []
    errors: list[BaseException] = []
    target = tmp_path / "voucher-1.pdf"
    save_document(runner, owner, lambda: b"%PDF-1.4", target, saved.append, errors.append)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert saved == [target] and target.read_bytes() == b"%PDF-1.4" and errors == []

    blocker = tmp_path / "archivo"
    blocker.write_text("no es carpeta")
    save_document(
        runner, owner, lambda: b"%PDF-1.4", blocker / "v.pdf", saved.append, errors.append
    )
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert len(saved) == 1 and isinstance(errors[0], OSError)


class Cancelled(QDialog):
    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(parent)

    def exec(self) -> int:
        return QDialog.DialogCode.Rejected.value


def one_page() -> tuple[Page, ...]:
    return (Page(226.8, 340.2, 11.3, ()),)  # an empty 80 x 120 mm ticket


def test_print_ready_then_cancelled_or_failed(qtbot: QtBot) -> None:
    runner, owner = TaskRunner(), QWidget()
    qtbot.addWidget(owner)
    steps: list[object] = []

    def run(pages: Callable[[], tuple[Page, ...]]) -> None:
        print_document(
            runner,
            owner,
            pages,
            steps.append,
            steps.append,
            dialog_factory=Cancelled,
            on_ready=lambda: steps.append("ready"),
        )
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)

    run(one_page)
    assert steps == ["ready", False]  # the pages were ready before the dialog opened

    def boom() -> tuple[Page, ...]:
        raise ValueError("sin PDF")

    steps.clear()
    run(boom)
    assert len(steps) == 1 and isinstance(steps[0], ValueError)
