"""Detalle del voucher, "Ver constancia" on a second cashier's PC: another runtime on the same
database file, with its own data folder, opens the slip recorded at the first PC; a slip an
older version kept only on its own PC, or one altered in the database, is explained."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.config import data_dir
from desktop.services.runtime import Runtime
from desktop.store.engine import open_store
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.dialogs.detail.dialog import DetailDialog, open_detail
from tests.services.test_reconcile_slips import paid_as_before
from tests.ui.test_detail_actions import slip
from tests.ui.test_detail_dialog import WAIT, issue


@pytest.fixture
def second_pc(
    ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[UiContext]:
    """Luis's PC: its own data folder and engine, the first PC's database file."""
    first = ui_ctx.runtime
    monkeypatch.setenv("PAGODESK_HOME", str(tmp_path / "caja2"))
    engine = open_store(first.engine.url.render_as_string(hide_password=False))
    runtime: Runtime = dataclasses.replace(
        first, engine=engine, actor="Luis (caja 2)", sandbox=None
    )
    yield UiContext(runtime, ui_ctx.tasks, UiEvents(), ui_ctx.registry)
    ui_ctx.tasks.wait(10_000)
    engine.dispose()  # the client and the sandbox are the first PC's: it closes them


_HOSTS: list[QWidget] = []


@pytest.fixture(autouse=True)
def hosts() -> Iterator[None]:
    """The windows the details open from stay alive for the test."""
    yield
    _HOSTS.clear()


def open_on(qtbot: QtBot, ctx: UiContext, voucher_id: int, opened: list[Path]) -> DetailDialog:
    host = QWidget()
    qtbot.addWidget(host)
    _HOSTS.append(host)
    open_detail(ctx, voucher_id, host)
    (dialog,) = host.findChildren(DetailDialog)
    dialog.action_bar._open_file = lambda path: opened.append(path) or True
    qtbot.waitUntil(lambda: dialog.action_buttons["evidence"].isVisible(), timeout=WAIT)
    return dialog


def test_the_slip_recorded_at_one_pc_opens_on_another(
    qtbot: QtBot, ui_ctx: UiContext, second_pc: UiContext, tmp_path: Path
) -> None:
    voucher_id = issue(ui_ctx, "42.00").voucher.id or 0
    photo = slip(tmp_path, "boleta BCP.png")
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher_id, actor="Ana (caja 1)", reason="mostró la boleta", evidence_file=photo
    )
    content = photo.read_bytes()
    photo.unlink()
    first_folder = ui_ctx.runtime.reconciliation.evidence_dir
    second_folder = second_pc.runtime.reconciliation.evidence_dir
    assert second_folder == data_dir() / "evidence" / "demo" != first_folder

    opened: list[Path] = []
    dialog = open_on(qtbot, second_pc, voucher_id, opened)
    dialog.action_buttons["evidence"].click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT)

    (path,) = opened
    assert path.parent == second_folder / str(voucher_id) and path.suffix == ".png"
    assert path.read_bytes() == content and dialog.feedback.text() == ""
    assert not first_folder.exists()  # nothing was ever written at the recording PC


def test_an_old_local_slip_or_an_altered_one_is_explained(
    qtbot: QtBot, ui_ctx: UiContext, second_pc: UiContext, tmp_path: Path
) -> None:
    old_id = issue(ui_ctx, "12.00").voucher.id or 0
    paid_as_before(ui_ctx.runtime.engine, old_id, "ab" * 32, "foto.png")
    opened: list[Path] = []
    dialog = open_on(qtbot, second_pc, old_id, opened)
    dialog.action_buttons["evidence"].click()
    qtbot.waitUntil(lambda: "ábrala en esa PC" in dialog.feedback.text(), timeout=WAIT)
    assert opened == []

    new_id = issue(ui_ctx, "13.00").voucher.id or 0
    ui_ctx.runtime.reconciliation.mark_paid(
        new_id, actor="Ana (caja 1)", reason="pagó", evidence_file=slip(tmp_path)
    )
    with ui_ctx.runtime.engine.begin() as connection:
        connection.execute(
            text("UPDATE evidence_slips SET content = :c WHERE voucher_id = :v"),
            {"c": b"\x89PNG otra imagen", "v": new_id},
        )
    dialog = open_on(qtbot, second_pc, new_id, opened)
    dialog.action_buttons["evidence"].click()
    qtbot.waitUntil(lambda: "fue alterada" in dialog.feedback.text(), timeout=WAIT)
    assert opened == []
