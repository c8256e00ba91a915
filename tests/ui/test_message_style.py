"""One message style per severity, app-wide: a failure or a disagreement never shows in the
colour of a success (the detail's footer used green for everything)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import UiContext
from desktop.ui.message_style import TEXT_COLORS, Severity, severity_of, show_message
from tests.staffing import person
from tests.ui.test_detail_actions import host, open_dialog, sandbox_of  # noqa: F401 (host: autouse)
from tests.ui.test_detail_dialog import WAIT, issue


def test_each_severity_has_its_own_look(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert severity_of(label) is None
    looks = set()
    for severity in Severity:
        show_message(label, "texto", severity)
        assert severity_of(label) is severity and label.text() == "texto"
        assert TEXT_COLORS[severity] in label.styleSheet()
        looks.add(label.styleSheet())
        show_message(label, "texto", severity, boxed=True)
        looks.add(label.styleSheet())
    assert len(looks) == 2 * len(Severity)


def test_the_detail_footer_warns_of_a_disagreement_and_shows_failures_as_errors(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = issue(ui_ctx, "25.50")
    voucher_id = result.voucher.id or 0
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher_id, actor=person("Ana"), reason="mostró el voucher", operation_number="OP-1"
    )
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)

    # Paid here, still pending at PagoEfectivo: recorded as a discrepancy, said as a warning.
    dialog.action_bar.recheck()
    qtbot.waitUntil(lambda: "informa algo distinto" in dialog.feedback.text(), timeout=WAIT)
    assert severity_of(dialog.feedback) is Severity.WARNING

    # PagoEfectivo fails: an error, never in the success colour.
    sandbox_of(ui_ctx).faults.add("error", count=None, path="/v1/cips/search", status=500)
    dialog.action_bar.recheck()
    qtbot.waitUntil(lambda: "error interno" in dialog.feedback.text(), timeout=WAIT)
    assert severity_of(dialog.feedback) is Severity.ERROR
    assert TEXT_COLORS[Severity.SUCCESS] not in dialog.feedback.styleSheet()

    # A copy succeeds; a PDF that cannot be written fails.
    dialog.copy_cip_button.click()
    assert severity_of(dialog.feedback) is Severity.SUCCESS
    blocked = tmp_path / "no-es-carpeta"
    blocked.write_text("x")

    def save_as(_parent: QWidget, *_args: object) -> tuple[str, str]:
        return str(blocked / "voucher.pdf"), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.waitUntil(lambda: dialog.preview.save_button.isEnabled(), timeout=WAIT)
    dialog.preview.save_button.click()
    qtbot.waitUntil(lambda: "No se pudo" in dialog.feedback.text(), timeout=WAIT)
    assert severity_of(dialog.feedback) is Severity.ERROR
