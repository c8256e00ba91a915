"""Detalle del voucher, actions: buttons follow the state; re-check (F5), extend, annul, mark
paid with a slip, second approval (mark expired: test_detail_deadline.py) — each through its
real dialog, the real services and the demo sandbox, asserted on the store; each refused case
stores nothing."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.ui.context import UiContext
from desktop.ui.dialogs.detail.action_dialog import ActionDialog, lima_qdatetime
from desktop.ui.dialogs.detail.change_dialogs import AnnulDialog, ExtendDialog
from desktop.ui.dialogs.detail.dialog import DetailDialog, open_detail
from desktop.ui.dialogs.detail.reconcile_dialogs import ApproveDialog, MarkPaidDialog
from desktop.ui.dialogs.detail.slip_viewer import SlipViewer
from tests.ui.conftest import type_text
from tests.ui.test_detail_dialog import WAIT, issue

D = TypeVar("D", bound=ActionDialog)
# Before its deadline ("Marcar expirado" waits for it: test_detail_deadline.py).
PENDING_ACTIONS = {"recheck", "extend", "annul", "mark_paid"}


def sandbox_of(ctx: UiContext) -> SandboxServer:
    assert ctx.runtime.sandbox is not None
    return ctx.runtime.sandbox


_HOSTS: list[QWidget] = []


@pytest.fixture(autouse=True)
def host(qtbot: QtBot) -> Any:
    """The window the details open from (kept alive for the test)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    _HOSTS.append(widget)
    yield widget
    _HOSTS.remove(widget)


def open_dialog(qtbot: QtBot, ctx: UiContext, voucher_id: int) -> DetailDialog:
    """The detail as the app opens it (lists refresh on its changes)."""
    parent = _HOSTS[-1]
    open_detail(ctx, voucher_id, parent)
    (dialog,) = parent.findChildren(DetailDialog)
    qtbot.waitUntil(lambda: dialog.voucher is not None, timeout=WAIT)
    return dialog


def shown_slip(qtbot: QtBot, dialog: DetailDialog, before: SlipViewer | None = None) -> SlipViewer:
    """The slip viewer «Ver constancia» opened (a new one, not ``before``)."""
    bar = dialog.action_bar
    qtbot.waitUntil(
        lambda: bar.slip_viewer is not None and bar.slip_viewer is not before, timeout=WAIT
    )
    viewer = bar.slip_viewer
    assert viewer is not None
    qtbot.waitExposed(viewer)
    return viewer


def enabled(dialog: DetailDialog) -> set[str]:
    return {key for key, button in dialog.action_buttons.items() if button.isEnabled()}


def start(qtbot: QtBot, dialog: DetailDialog, key: str, kind: type[D]) -> D:
    """Click an action and return the small dialog it opened."""
    before = set(dialog.findChildren(kind))
    dialog.action_buttons[key].click()
    (action,) = [d for d in dialog.findChildren(kind) if d not in before and d.isVisible()]
    return action


def submit(qtbot: QtBot, action: ActionDialog) -> None:
    """Accept and wait for the work to end (closed on success, an error shown otherwise)."""
    action.ok_button.click()
    qtbot.waitUntil(lambda: not action.busy, timeout=WAIT)


def stored(ctx: UiContext, voucher_id: int) -> Any:
    return ctx.runtime.lookup.detail(f"#{voucher_id}")


def changed_to(qtbot: QtBot, dialog: DetailDialog, status: str) -> None:
    qtbot.waitUntil(
        lambda: dialog.voucher is not None and dialog.voucher.status == status, timeout=WAIT
    )


def test_buttons_follow_the_state_and_f5_rechecks(qtbot: QtBot, ui_ctx: UiContext) -> None:
    result = issue(ui_ctx, "25.50")
    voucher_id, cip = result.voucher.id or 0, result.voucher.cip or 0
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)
    assert enabled(dialog) == PENDING_ACTIONS
    assert not dialog.action_buttons["approve"].isVisible()
    assert "F5" in dialog.action_buttons["recheck"].toolTip()

    sandbox_of(ui_ctx).pay(cip, "OP-77")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    with qtbot.waitSignal(ui_ctx.events.vouchers_changed, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_F5)
    changed_to(qtbot, dialog, "paid")
    assert dialog.feedback.text() == "Consultado: ahora está «Pagado»."
    assert enabled(dialog) == {"recheck"}
    assert dialog.action_buttons["annul"].toolTip() == "No disponible para un voucher «Pagado»."
    assert dialog.fields.is_shown("paid")
    voucher = stored(ui_ctx, voucher_id).voucher
    assert voucher.status == "paid" and voucher.last_checked_at is not None

    dialog.action_bar.recheck()  # nothing new: says so
    qtbot.waitUntil(lambda: "sin cambios" in dialog.feedback.text(), timeout=WAIT)


def test_recheck_failure_is_explained(qtbot: QtBot, ui_ctx: UiContext) -> None:
    result = issue(ui_ctx, "12.00")
    dialog = open_dialog(qtbot, ui_ctx, result.voucher.id or 0)
    sandbox_of(ui_ctx).faults.add("error", count=None, path="/v1/cips/search", status=500)
    dialog.action_buttons["recheck"].click()
    assert not dialog.action_buttons["extend"].isEnabled()  # nothing else while it asks
    qtbot.waitUntil(lambda: "error interno" in dialog.feedback.text(), timeout=WAIT)
    assert enabled(dialog) == PENDING_ACTIONS
    assert stored(ui_ctx, result.voucher.id or 0).voucher.last_checked_at is None


def test_extend_pending_and_expired(qtbot: QtBot, ui_ctx: UiContext) -> None:
    result = issue(ui_ctx, "40.00")
    voucher_id, cip = result.voucher.id or 0, result.voucher.cip or 0
    sandbox = sandbox_of(ui_ctx)
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)

    # Refused before anything is sent, the date left as typed: beyond the profile's longest
    # expiry, or already past ("Otra fecha" never moves it into the allowed window).
    action = start(qtbot, dialog, "extend", ExtendDialog)
    too_far = ui_ctx.clock() + ui_ctx.runtime.limits.max_expiry + timedelta(days=2)
    action.picker.set_custom(too_far)
    submit(qtbot, action)
    assert "No puede vencer en más de" in action.rows["expiry"].error_text
    assert action.isVisible() and action.deadline is None
    past = ui_ctx.clock() - timedelta(days=1)
    action.picker.set_custom(past)
    submit(qtbot, action)
    assert action.picker.custom.dateTime() == lima_qdatetime(past)
    assert action.rows["expiry"].error_text == (
        "Esa fecha y hora ya pasaron: elija una fecha futura."
    )
    assert action.isVisible() and action.deadline is None
    remote_before = sandbox.state.get(cip)
    assert remote_before is not None and remote_before.expires_at == result.voucher.expires_at
    action.reject()

    action = start(qtbot, dialog, "extend", ExtendDialog)
    assert action.picker.buttons[72].text() == "+72 h"
    action.picker.choose(72)
    submit(qtbot, action)
    qtbot.waitUntil(lambda: "Vencimiento extendido" in dialog.feedback.text(), timeout=WAIT)
    detail = stored(ui_ctx, voucher_id)
    assert result.voucher.expires_at is not None
    expected = result.voucher.expires_at + timedelta(hours=72)  # added to the deadline
    assert detail.voucher.expires_at is not None
    assert abs(detail.voucher.expires_at - expected) < timedelta(minutes=1)
    remote = sandbox.state.get(cip)
    assert remote is not None and remote.expires_at == detail.voucher.expires_at
    last = detail.events[-1]
    assert (last.kind, last.source, last.actor) == ("note", "api", "Ana (caja 1)")
    qtbot.waitUntil(lambda: dialog.events_model.rowCount() == len(detail.events), timeout=WAIT)
    assert (
        dialog.events_model.index(len(detail.events) - 1, 1)
        .data()
        .startswith("Nuevo vencimiento: ")
    )

    # An expired voucher becomes payable again with the same CIP.
    sandbox.expire(cip)
    dialog.action_bar.recheck()
    changed_to(qtbot, dialog, "expired")
    assert enabled(dialog) == {"recheck", "extend", "mark_paid"}
    action = start(qtbot, dialog, "extend", ExtendDialog)
    assert "Venció" in action.intro.text()
    action.picker.choose(24)
    submit(qtbot, action)
    changed_to(qtbot, dialog, "pending")
    extended = stored(ui_ctx, voucher_id).voucher.expires_at  # past deadline: from now
    assert abs(extended - (ui_ctx.clock() + timedelta(hours=24))) < timedelta(minutes=1)
    assert stored(ui_ctx, voucher_id).events[-1].reason == "vencimiento extendido"


def test_annul_needs_a_reason_and_refusals_change_nothing(qtbot: QtBot, ui_ctx: UiContext) -> None:
    result = issue(ui_ctx, "60.00")
    voucher_id, cip = result.voucher.id or 0, result.voucher.cip or 0
    sandbox = sandbox_of(ui_ctx)
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)
    events_before = len(stored(ui_ctx, voucher_id).events)

    action = start(qtbot, dialog, "annul", AnnulDialog)
    assert action.note.text() == "El cliente ya no podrá pagar este código."
    submit(qtbot, action)
    assert action.rows["reason"].error_text == "Explique el motivo."
    remote = sandbox.state.get(cip)
    assert remote is not None and remote.status == 22  # nothing was sent
    assert len(stored(ui_ctx, voucher_id).events) == events_before

    type_text(qtbot, action.reason_edit, "El cliente canceló el pedido (señora Núñez)")
    submit(qtbot, action)
    changed_to(qtbot, dialog, "annulled")
    assert dialog.feedback.text().startswith("Anulado en PagoEfectivo")
    detail = stored(ui_ctx, voucher_id)
    last = detail.events[-1]
    assert (last.to_status, last.source, last.actor) == ("annulled", "api", "Ana (caja 1)")
    assert last.reason == "El cliente canceló el pedido (señora Núñez)"
    remote = sandbox.state.get(cip)
    assert remote is not None and remote.status == 25
    assert enabled(dialog) == {"recheck"}


def test_annul_refused_by_pagoefectivo(qtbot: QtBot, ui_ctx: UiContext) -> None:
    result = issue(ui_ctx, "61.00")
    voucher_id, cip = result.voucher.id or 0, result.voucher.cip or 0
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)
    sandbox_of(ui_ctx).pay(cip)  # paid there, not known here yet: the delete is refused
    events_before = len(stored(ui_ctx, voucher_id).events)
    action = start(qtbot, dialog, "annul", AnnulDialog)
    type_text(qtbot, action.reason_edit, "pedido duplicado")
    submit(qtbot, action)
    assert action.isVisible()
    assert "PagoEfectivo rechazó el cambio" in action.status.text()
    assert "no se cambió nada" in action.status.text()
    detail = stored(ui_ctx, voucher_id)
    assert detail.voucher.status == "pending" and len(detail.events) == events_before


def slip(tmp_path: Path, name: str = "constancia.png") -> Path:
    path = tmp_path / name
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f4f4"))
    assert image.save(str(path))
    return path


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_mark_paid_with_a_slip_and_open_it(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = issue(ui_ctx, "25.50")
    voucher_id = result.voucher.id or 0
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)
    events_before = len(stored(ui_ctx, voucher_id).events)

    action = start(qtbot, dialog, "mark_paid", MarkPaidDialog)
    assert action.rows["actor"].findChild(QLabel).text() == "Ana (caja 1)"  # who is signed in
    type_text(qtbot, action.reason_edit, "El cliente mostró la constancia")
    submit(qtbot, action)  # no operation number and no slip: refused beside the field
    assert action.rows["operation"].error_text == (
        "Indique el número de operación o adjunte la constancia de pago."
    )
    fake = tmp_path / "falsa.png"
    fake.write_text("no es una imagen")
    choose_file(monkeypatch, fake)
    action.evidence_button.click()
    submit(qtbot, action)
    assert "foto (JPG o PNG) o un PDF" in action.rows["evidence"].error_text
    assert len(stored(ui_ctx, voucher_id).events) == events_before

    good = slip(tmp_path)
    choose_file(monkeypatch, good)
    action.evidence_button.click()
    assert action.evidence_edit.text() == "constancia.png"
    qtbot.keyClicks(action.operation_edit, "004512")
    submit(qtbot, action)
    changed_to(qtbot, dialog, "paid")
    assert dialog.feedback.text() == "Marcado como pagado por Ana (caja 1)."

    detail = stored(ui_ctx, voucher_id)
    assert detail.voucher.operation_number == "004512"
    last = detail.events[-1]
    assert (last.to_status, last.source, last.actor) == ("paid", "manual", "Ana (caja 1)")
    assert last.actor_id == ui_ctx.runtime.actor.user_id
    assert last.reason == "El cliente mostró la constancia"
    proof = json.loads(last.evidence or "{}")
    assert proof["name"] == "constancia.png" and "file" not in proof
    evidence_dir = ui_ctx.runtime.reconciliation.evidence_dir
    assert not evidence_dir.exists()  # kept in the database, not on this PC

    # «Ver constancia»: the slip inside the app, from the database; no file written.
    button = dialog.action_buttons["evidence"]
    assert button.isVisible() and button.isEnabled()
    button.click()
    viewer = shown_slip(qtbot, dialog)
    assert (viewer.slip.name, viewer.slip.content) == ("constancia.png", good.read_bytes())
    (page,) = viewer.view.page_labels
    assert page.isVisible() and page.pixmap().size() == QSize(64, 40)
    assert "constancia.png" in viewer.windowTitle() and dialog.feedback.text() == ""
    assert not evidence_dir.exists()
    row = len(detail.events) - 1
    assert "Ver constancia" in dialog.events_view.toPlainText()
    dialog.events_view.anchorClicked.emit(QUrl(f"evidence:{row}"))
    assert shown_slip(qtbot, dialog, viewer).slip.content == good.read_bytes()
    assert dialog.events_model.index(row, 1).data() == "Marcado como pagado a mano"


def test_second_approval_from_the_detail(qtbot: QtBot, ui_ctx: UiContext) -> None:
    """The supervisor override: a cashier asks, the same cashier cannot approve (by
    identity), a supervisor's wrong PIN is refused, the supervisor's PIN approves."""
    ui_ctx.runtime.reconciliation.require_second_approval = True
    result = issue(ui_ctx, "99.90")
    voucher_id = result.voucher.id or 0
    ana = ui_ctx.runtime.sign_in("Ana", "1357")  # the demo's cashier
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)

    action = start(qtbot, dialog, "mark_paid", MarkPaidDialog)
    assert "Un supervisor deberá aprobar" in action.note.text()
    qtbot.keyClicks(action.operation_edit, "OP-9")
    type_text(qtbot, action.reason_edit, "pagó en agente")
    submit(qtbot, action)
    qtbot.waitUntil(lambda: dialog.action_buttons["approve"].isVisible(), timeout=WAIT)
    assert dialog.voucher is not None and dialog.voucher.status == "pending"
    assert "Pago manual pendiente de aprobación (solicitado por Ana" in dialog.notice.text()
    assert not dialog.action_buttons["mark_paid"].isEnabled()
    assert "esperando la aprobación" in dialog.action_buttons["mark_paid"].toolTip()
    assert dialog.feedback.text() == "Solicitud registrada: un supervisor debe aprobar el pago."
    assert dialog.events_model.index(dialog.events_model.rowCount() - 1, 1).data() == (
        "Pago manual solicitado: espera aprobación"
    )

    approve = start(qtbot, dialog, "approve", ApproveDialog)
    assert approve.supervisor_edit.text() == ""  # the requester is not proposed
    assert "Número de operación: OP-9" in approve.intro.text()
    type_text(qtbot, approve.supervisor_edit, "Ana")
    type_text(qtbot, approve.pin_edit, "1357")
    submit(qtbot, approve)
    assert approve.rows["user"].error_text.startswith("Quien pidió la aprobación no puede")
    assert stored(ui_ctx, voucher_id).voucher.status == "pending"

    approve.supervisor_edit.clear()
    type_text(qtbot, approve.supervisor_edit, "Sofía")
    type_text(qtbot, approve.pin_edit, "0000")
    submit(qtbot, approve)
    assert approve.rows["pin"].error_text == "PIN incorrecto (intentos restantes: 4)."
    assert approve.pin_edit.text() == ""  # a PIN is never left on screen
    type_text(qtbot, approve.pin_edit, "2468")
    submit(qtbot, approve)
    changed_to(qtbot, dialog, "paid")
    last = stored(ui_ctx, voucher_id).events[-1]
    sofia = next(u for u in ui_ctx.runtime.staff.users() if u.name == "Sofía")
    assert (last.to_status, last.actor, last.actor_id) == ("paid", "Sofía", sofia.id)
    assert json.loads(last.evidence or "{}")["requested_by_id"] == ana.user_id
    assert "pedido por Ana" in (last.reason or "")
    assert not dialog.notice.isVisible() and not dialog.action_buttons["approve"].isVisible()


def test_a_supervisor_rejects_a_request_from_the_detail(qtbot: QtBot, ui_ctx: UiContext) -> None:
    ui_ctx.runtime.reconciliation.require_second_approval = True
    result = issue(ui_ctx, "45.00")
    voucher_id = result.voucher.id or 0
    ana = ui_ctx.runtime.staff.authenticate("Ana", "1357")
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher_id, actor=ana, reason="dijo que pagó", operation_number="OP-1"
    )
    dialog = open_dialog(qtbot, ui_ctx, voucher_id)
    qtbot.waitUntil(lambda: dialog.action_buttons["approve"].isVisible(), timeout=WAIT)
    approve = start(qtbot, dialog, "approve", ApproveDialog)
    approve.supervisor_edit.clear()
    type_text(qtbot, approve.supervisor_edit, "Sofía")
    type_text(qtbot, approve.pin_edit, "2468")
    approve.reject_button.click()
    qtbot.waitUntil(lambda: not approve.busy, timeout=WAIT)
    assert approve.rows["reason"].error_text == "Explique el motivo."  # a rejection says why

    type_text(qtbot, approve.pin_edit, "2468")
    type_text(qtbot, approve.why_edit, "no trajo constancia")
    approve.reject_button.click()
    qtbot.waitUntil(lambda: dialog.feedback.text() != "", timeout=WAIT)
    assert dialog.feedback.text() == "Solicitud rechazada: el voucher no cambió."
    qtbot.waitUntil(lambda: not dialog.action_buttons["approve"].isVisible(), timeout=WAIT)
    detail = stored(ui_ctx, voucher_id)
    assert detail.voucher.status == "pending"
    last = detail.events[-1]
    assert (last.kind, last.actor, last.reason) == (
        "note",
        "Sofía",
        "approval_rejected: no trajo constancia",
    )
    assert dialog.events_model.index(dialog.events_model.rowCount() - 1, 1).data() == (
        "Solicitud rechazada"
    )
