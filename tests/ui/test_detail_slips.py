"""Detalle del voucher, "Ver constancia": the slip shows inside the app (a photo, a PDF's
pages), also on a second cashier's PC (another runtime on the same database file, with its own
data folder), without writing any file; a copy can be saved; a slip an older version kept only
on its own PC, or one altered in the database, is explained without any path of ours."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.config import data_dir
from desktop.services.receipts import PaperFormat
from desktop.services.runtime import Runtime
from desktop.store.engine import open_store
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.dialogs.detail.dialog import DetailDialog, open_detail
from desktop.ui.message_style import Severity, severity_of
from tests.services.test_reconcile_slips import paid_as_before
from tests.staffing import person
from tests.ui.test_detail_actions import shown_slip, slip
from tests.ui.test_detail_dialog import WAIT, issue


@pytest.fixture
def second_pc(
    ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[UiContext]:
    """Luis's PC: its own data folder and engine, the first PC's database file."""
    first = ui_ctx.runtime
    monkeypatch.setenv("PAGODESK_HOME", str(tmp_path / "caja2"))
    engine = open_store(first.engine.url.render_as_string(hide_password=False))
    runtime: Runtime = dataclasses.replace(first, engine=engine, actor=person("Luis (caja 2)"))
    yield UiContext(runtime, ui_ctx.tasks, UiEvents(), ui_ctx.registry)
    ui_ctx.tasks.wait(10_000)
    runtime.close()  # its engine, and whatever it reached on its own


_HOSTS: list[QWidget] = []


@pytest.fixture(autouse=True)
def hosts() -> Iterator[None]:
    """The windows the details open from stay alive for the test."""
    yield
    _HOSTS.clear()


def open_on(qtbot: QtBot, ctx: UiContext, voucher_id: int) -> DetailDialog:
    host = QWidget()
    qtbot.addWidget(host)
    _HOSTS.append(host)
    open_detail(ctx, voucher_id, host)
    (dialog,) = host.findChildren(DetailDialog)
    qtbot.waitUntil(lambda: dialog.action_buttons["evidence"].isVisible(), timeout=WAIT)
    return dialog


def test_the_slip_recorded_at_one_pc_shows_on_another(
    qtbot: QtBot, ui_ctx: UiContext, second_pc: UiContext, tmp_path: Path
) -> None:
    voucher_id = issue(ui_ctx, "42.00").voucher.id or 0
    photo = slip(tmp_path, "boleta BCP.png")
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher_id, actor=person("Ana (caja 1)"), reason="mostró la boleta", evidence_file=photo
    )
    content = photo.read_bytes()
    photo.unlink()
    first_folder = ui_ctx.runtime.reconciliation.evidence_dir
    second_folder = second_pc.runtime.reconciliation.evidence_dir
    assert second_folder == data_dir() / "evidence" / "demo" != first_folder

    dialog = open_on(qtbot, second_pc, voucher_id)
    dialog.action_buttons["evidence"].click()
    viewer = shown_slip(qtbot, dialog)
    assert viewer.slip.content == content and len(viewer.view.page_labels) == 1
    assert dialog.feedback.text() == ""
    assert not first_folder.exists() and not second_folder.exists()  # shown, not written


def test_a_pdf_slip_shows_its_pages_and_a_copy_can_be_saved(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    voucher_id = issue(ui_ctx, "64.00").voucher.id or 0
    scan = tmp_path / "escaneo.pdf"
    scan.write_bytes(ui_ctx.runtime.receipts.render(f"#{voucher_id}", PaperFormat.A4))
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher_id, actor=person("Ana (caja 1)"), reason="trajo el escaneo", evidence_file=scan
    )
    dialog = open_on(qtbot, ui_ctx, voucher_id)
    dialog.action_buttons["evidence"].click()
    viewer = shown_slip(qtbot, dialog)
    assert viewer.slip.is_pdf and len(viewer.view.page_labels) == 1
    page = viewer.view.page_labels[0].pixmap()
    assert page.height() > page.width()  # an A4 page, rendered here

    copies = tmp_path / "copias"
    copies.mkdir()
    started: list[str] = []

    def save_as(_parent: QWidget, _title: str, default: str, pattern: str) -> tuple[str, str]:
        started.append(default)
        return str(copies / "constancia"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    viewer.save_button.click()
    qtbot.waitUntil(lambda: viewer.open_folder_button.isVisible(), timeout=WAIT)
    assert Path(started[0]).name == "escaneo.pdf"
    assert (copies / "constancia.pdf").read_bytes() == scan.read_bytes()
    assert viewer.status.text() == "Copia guardada: constancia.pdf"


def test_an_old_local_slip_or_an_altered_one_is_explained(
    qtbot: QtBot, ui_ctx: UiContext, second_pc: UiContext, tmp_path: Path
) -> None:
    old_id = issue(ui_ctx, "12.00").voucher.id or 0
    paid_as_before(ui_ctx.runtime.engine, old_id, "ab" * 32, "foto.png")
    dialog = open_on(qtbot, second_pc, old_id)
    dialog.action_buttons["evidence"].click()
    qtbot.waitUntil(lambda: "ábrala en esa PC" in dialog.feedback.text(), timeout=WAIT)
    assert dialog.action_bar.slip_viewer is None
    assert severity_of(dialog.feedback) is Severity.ERROR

    new_id = issue(ui_ctx, "13.00").voucher.id or 0
    ui_ctx.runtime.reconciliation.mark_paid(
        new_id, actor=person("Ana (caja 1)"), reason="pagó", evidence_file=slip(tmp_path)
    )
    with ui_ctx.runtime.engine.begin() as connection:
        connection.execute(
            text("UPDATE evidence_slips SET content = :c WHERE voucher_id = :v"),
            {"c": b"\x89PNG otra imagen", "v": new_id},
        )
    dialog = open_on(qtbot, second_pc, new_id)
    dialog.action_buttons["evidence"].click()
    qtbot.waitUntil(lambda: "fue alterada" in dialog.feedback.text(), timeout=WAIT)
    assert dialog.action_bar.slip_viewer is None
    for folder in (tmp_path, data_dir()):  # no path of ours in what the cashier reads
        assert str(folder) not in dialog.feedback.text()
