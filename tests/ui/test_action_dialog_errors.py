"""«Marcar pagado», «Marcar expirado» and «Aprobar pago» refuse with every problem at once,
each beside its field, no field squeezed under a wrapped error, and no «Guardando…» left
behind when nothing was saved."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QDateTimeEdit, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import UiContext
from desktop.ui.dialogs.detail.action_dialog import ActionDialog, lima_qdatetime
from desktop.ui.dialogs.detail.reconcile_dialogs import (
    ApproveDialog,
    MarkExpiredDialog,
    MarkPaidDialog,
)
from desktop.ui.message_style import Severity, severity_of
from tests.ui.conftest import type_text
from tests.ui.test_detail_actions import (  # noqa: F401 (host: autouse)
    host,
    open_dialog,
    start,
    stored,
    submit,
)
from tests.ui.test_detail_dialog import WAIT, issue


def squeezed(action: ActionDialog) -> list[str]:
    """Rows whose editors are shorter than they need, or overlapped by their error line."""
    found = []
    for key, row in action.rows.items():
        error = row.error
        if error.isVisible() and error.height() < error.heightForWidth(error.width()):
            found.append(f"{key}: error cut")
        for editor in row.findChildren(QWidget):
            if not isinstance(editor, QLineEdit | QDateTimeEdit | QAbstractButton):
                continue
            if not editor.isVisible() or isinstance(editor.parentWidget(), QAbstractSpinBox):
                continue  # a date edit's own line edit is the date edit's business
            if editor.height() < editor.minimumSizeHint().height():
                found.append(f"{key}: {type(editor).__name__} squeezed")
            if error.isVisible() and editor.geometry().bottom() >= error.geometry().top():
                found.append(f"{key}: error over {type(editor).__name__}")
    return found


def test_mark_paid_says_every_problem_at_once_and_keeps_each_field_whole(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    result = issue(ui_ctx, "25.50")
    voucher_id = result.voucher.id or 0
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)
    events_before = len(stored(ui_ctx, voucher_id).events)
    action = start(qtbot, dialog, "mark_paid", MarkPaidDialog)
    qtbot.waitExposed(action)
    height_before = action.height()
    not_a_slip = tmp_path / "foto.gif"
    not_a_slip.write_bytes(b"GIF89a-no-es-foto")
    action.set_evidence(str(not_a_slip))
    qtbot.keyClicks(action.operation_edit, "OP 12/34")
    action.paid_at_check.setChecked(True)
    action.paid_at_edit.setDateTime(lima_qdatetime(ui_ctx.clock() + timedelta(days=2)))

    submit(qtbot, action)
    assert {key: row.error_text for key, row in action.rows.items()} == {
        "operation": "Número de operación no válido: hasta 14 letras, dígitos o guiones.",
        "evidence": "Adjunte una foto (JPG o PNG) o un PDF de la constancia.",
        "reason": "Explique el motivo.",
        "paid_at": "La fecha del pago no puede estar en el futuro.",
        "actor": "",  # who records it is who is signed in: nothing to type
    }
    assert action.status.text() == ""  # no «Guardando…»: nothing was saved
    assert action.ok_button.isEnabled() and action.isVisible()
    qtbot.waitUntil(lambda: squeezed(action) == [], timeout=3000)
    assert action.height() > height_before  # it grew for the errors instead
    assert len(stored(ui_ctx, voucher_id).events) == events_before

    # Fixed: the errors go, and the next try is judged afresh.
    action.operation_edit.clear()
    qtbot.keyClicks(action.operation_edit, "004512")
    action.set_evidence("")
    action.paid_at_check.setChecked(False)
    type_text(qtbot, action.reason_edit, "mostró el voucher pagado")
    submit(qtbot, action)
    # Accepted this time (the dialog closes): the payment is recorded as the one signed in.
    qtbot.waitUntil(lambda: stored(ui_ctx, voucher_id).voucher.status == "paid", timeout=WAIT)
    assert stored(ui_ctx, voucher_id).events[-1].actor == ui_ctx.runtime.actor.name


def test_mark_expired_and_approve_clear_the_working_line_on_a_refusal(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    result = issue(ui_ctx, "18.00")
    voucher_id = result.voucher.id or 0
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)
    # The detail's button waits for the deadline; the fields are checked before it anyway.
    action = MarkExpiredDialog(
        ui_ctx.tasks,
        ui_ctx.runtime.reconciliation,
        result.voucher,
        ui_ctx.runtime.actor,
        clock=ui_ctx.clock,
        parent=dialog,
    )
    action.show()
    submit(qtbot, action)
    assert action.rows["reason"].error_text == "Explique el motivo."
    assert action.status.text() == ""
    action.reject()

    ui_ctx.runtime.reconciliation.require_second_approval = True
    ana = ui_ctx.runtime.staff.authenticate("Ana", "1357")  # the demo's cashier
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher_id, actor=ana, reason="pagó en agente", operation_number="OP-9"
    )
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.action_buttons["approve"].isVisible(), timeout=WAIT)
    approve = start(qtbot, dialog, "approve", ApproveDialog)
    approve.supervisor_edit.clear()
    type_text(qtbot, approve.supervisor_edit, "ana")
    type_text(qtbot, approve.pin_edit, "1357")
    submit(qtbot, approve)
    assert approve.rows["user"].error_text.startswith("Quien pidió la aprobación no puede")
    assert approve.status.text() == "" and severity_of(approve.rows["user"].error) is (
        Severity.ERROR
    )
