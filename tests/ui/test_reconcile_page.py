"""Conciliación: each queue built from real situations (sandbox, sync, faults, manual marks),
its buttons clicked, the store checked afterwards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from desktop.domain.validation import IssueInput, validate_issue
from desktop.services.queues import ReconciliationQueues
from desktop.services.sync import SyncReport
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import events_of
from desktop.ui.context import UiContext
from desktop.ui.message_style import Severity, severity_of
from desktop.ui.pages.reconcile.page import ReconcilePage, create
from desktop.ui.pages.reconcile.queue_view import QueueView
from tests.staffing import person
from tests.ui.conftest import type_text

WAIT = 15_000


def issue(ctx: UiContext, amount: str = "1500.15", hours: float = 48) -> Voucher:
    data = IssueInput(
        amount=amount,
        email="rosa.quispe@gmail.com",
        first_name="Rosa",
        last_name="Quispe Núñez",
        concept="Pedido 1043",
        expires_in=timedelta(hours=hours),
    )
    return ctx.runtime.issuer.issue(validate_issue(data, datetime.now(UTC))).voucher


def stored(ctx: UiContext, voucher_id: int) -> tuple[Voucher, list[VoucherEvent]]:
    with Session(ctx.runtime.engine) as session:
        voucher = session.get(Voucher, voucher_id)
        assert voucher is not None
        return voucher, events_of(session, voucher_id)


def open_page(qtbot: QtBot, ctx: UiContext) -> ReconcilePage:
    page = create(ctx)
    assert isinstance(page, ReconcilePage)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=WAIT)
    return page


def reload(qtbot: QtBot, page: ReconcilePage, key: str, title: str) -> QueueView:
    page.refresh()
    qtbot.waitUntil(lambda: page.tab_title(key) == title, timeout=WAIT)
    return page.show_queue(key)


def cells(view: QueueView, column: int) -> list[str]:
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def button(view: QueueView, text: str) -> QPushButton:
    (found,) = [b for b in view.findChildren(QPushButton) if b.text() == text]
    return found


def select_first(view: QueueView) -> None:
    view.table.setFocus()
    view.table.selectRow(0)


def test_expiring_soon_is_extended_24_hours_with_one_click(qtbot: QtBot, ui_ctx: UiContext) -> None:
    soon, _later = issue(ui_ctx, hours=3), issue(ui_ctx, "20", hours=40)
    page = open_page(qtbot, ui_ctx)
    view = page.show_queue("expiring")
    assert page.tab_title("expiring") == "Por vencer (1)"
    assert cells(view, 0) == [str(soon.cip)]
    assert cells(view, 1) == ["Rosa Quispe Núñez"] and cells(view, 3) == ["S/ 1,500.15"]
    assert cells(view, 5)[0].startswith("vence en ")
    extend = button(view, "Extender 24 h")
    assert not extend.isEnabled()  # nothing selected yet

    select_first(view)
    assert extend.isEnabled()
    qtbot.mouseClick(extend, Qt.MouseButton.LeftButton)

    assert soon.expires_at is not None
    wanted = soon.expires_at + timedelta(hours=24)
    qtbot.waitUntil(lambda: stored(ui_ctx, soon.id or 0)[0].expires_at == wanted, timeout=WAIT)
    _voucher, events = stored(ui_ctx, soon.id or 0)
    assert (events[-1].kind, events[-1].reason, events[-1].actor) == (
        "note",
        "vencimiento extendido",
        "Ana (caja 1)",
    )
    remote = ui_ctx.runtime.sandbox.state.get(soon.cip or 0)  # type: ignore[union-attr]
    assert remote is not None and remote.expires_at == wanted
    qtbot.waitUntil(lambda: page.tab_title("expiring") == "Por vencer (0)", timeout=WAIT)
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text() == "Nada pendiente"
    assert "ahora vence el" in page.feedback.text() and str(soon.cip) in page.feedback.text()


def test_a_discrepancy_is_marked_reviewed_with_a_note(qtbot: QtBot, ui_ctx: UiContext) -> None:
    voucher = issue(ui_ctx)
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="pagó en bodega", operation_number="77"
    )
    ui_ctx.runtime.sync.run()  # PagoEfectivo still says "generated"
    page = open_page(qtbot, ui_ctx)
    view = page.show_queue("discrepancies")
    assert page.tab_title("discrepancies") == "Discrepancias (1)"
    assert cells(view, 3) == ["Pagado"]
    assert cells(view, 4) == ["PagoEfectivo dice «Pendiente de pago»"]

    select_first(view)
    qtbot.mouseClick(button(view, "Marcar revisado…"), Qt.MouseButton.LeftButton)
    dialog = page.queue_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.accept_button.isEnabled()  # a note is required
    type_text(qtbot, dialog.field, "Llamé a PagoEfectivo: el pago está en camino")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.tab_title("discrepancies") == "Discrepancias (0)", timeout=WAIT)
    assert page.queue_actions.dialog is None  # closed (and deleted)
    note = stored(ui_ctx, voucher.id or 0)[1][-1]
    assert (note.kind, note.actor, note.reason) == (
        "note",
        "Ana (caja 1)",
        "revisado: Llamé a PagoEfectivo: el pago está en camino",
    )
    assert "marcado como revisado" in page.feedback.text()


def test_unconfirmed_retry_opens_the_new_voucher_and_discard_asks_first(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = ui_ctx.runtime.sandbox
    assert sandbox is not None
    sandbox.faults.add("drop", count=2, method="POST", path="/v1/cips")
    lost, dropped = issue(ui_ctx), issue(ui_ctx, "30")
    assert lost.status == dropped.status == "issuing"
    page = open_page(qtbot, ui_ctx)
    view = page.show_queue("unconfirmed")
    assert page.tab_title("unconfirmed") == "Sin confirmar (2)"
    assert cells(view, 0) == [lost.transaction_code, dropped.transaction_code]
    assert cells(view, 3)[0] == "Sin respuesta de PagoEfectivo"

    view.select_id(lost.id or 0)
    with qtbot.waitSignal(ui_ctx.events.open_voucher, timeout=WAIT) as opened:
        qtbot.mouseClick(button(view, "Reintentar"), Qt.MouseButton.LeftButton)
    old, _ = stored(ui_ctx, lost.id or 0)
    new, _ = stored(ui_ctx, opened.args[0])
    assert old.status == "failed" and new.status == "pending" and new.retry_of == lost.id
    assert f"CIP {new.cip}" in page.feedback.text()
    qtbot.waitUntil(lambda: page.tab_title("unconfirmed") == "Sin confirmar (1)", timeout=WAIT)

    answers = [QMessageBox.StandardButton.No]
    questions: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_: Any) -> Any:
        questions.append(text)
        return answers[-1]

    monkeypatch.setattr(QMessageBox, "question", question)
    select_first(view)
    qtbot.mouseClick(button(view, "Descartar"), Qt.MouseButton.LeftButton)
    assert questions and dropped.transaction_code in questions[0] and "S/ 30.00" in questions[0]
    assert stored(ui_ctx, dropped.id or 0)[0].status == "issuing"

    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(button(view, "Descartar"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(ui_ctx, dropped.id or 0)[0].status == "failed", timeout=WAIT)
    assert stored(ui_ctx, dropped.id or 0)[1][-1].actor == "Ana (caja 1)"
    qtbot.waitUntil(lambda: page.tab_title("unconfirmed") == "Sin confirmar (0)", timeout=WAIT)


def test_a_late_payment_is_marked_reviewed_without_a_question(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    voucher = issue(ui_ctx)
    sandbox = ui_ctx.runtime.sandbox
    assert sandbox is not None
    sandbox.expire(voucher.cip or 0)
    ui_ctx.runtime.sync.run()
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher.id or 0, actor=person("Luis"), reason="constancia del agente", operation_number="9"
    )
    page = open_page(qtbot, ui_ctx)
    view = page.show_queue("late_payments")
    assert page.tab_title("late_payments") == "Pagos tardíos (1)"
    assert cells(view, 0) == [str(voucher.cip)] and cells(view, 5) == ["personal"]

    select_first(view)
    qtbot.mouseClick(button(view, "Marcar revisado"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tab_title("late_payments") == "Pagos tardíos (0)", timeout=WAIT)
    assert page.queue_actions.dialog is None
    note = stored(ui_ctx, voucher.id or 0)[1][-1]
    assert (note.kind, note.reason, note.actor) == ("note", "revisado", "Ana (caja 1)")


def test_approval_needs_another_person(qtbot: QtBot, ui_ctx: UiContext) -> None:
    reconciliation = ui_ctx.runtime.reconciliation
    page = open_page(qtbot, ui_ctx)
    assert not page.is_tab_shown("approvals")  # second approval is off and nothing waits
    reconciliation.require_second_approval = True
    voucher = issue(ui_ctx)
    ana = ui_ctx.runtime.staff.authenticate("Ana", "1357")  # the demo's cashier
    reconciliation.mark_paid(voucher.id or 0, actor=ana, reason="Yape", operation_number="55")
    view = reload(qtbot, page, "approvals", "Aprobaciones (1)")
    assert page.is_tab_shown("approvals")
    assert cells(view, 3) == ["Yape"] and cells(view, 4) == ["Ana"]

    select_first(view)
    qtbot.mouseClick(button(view, "Aprobar…"), Qt.MouseButton.LeftButton)
    dialog = page.queue_actions.approval
    assert dialog is not None
    dialog.supervisor_edit.clear()
    type_text(qtbot, dialog.supervisor_edit, "ana")
    type_text(qtbot, dialog.pin_edit, "1357")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.rows["user"].error_text), timeout=WAIT)
    assert dialog.rows["user"].error_text.startswith("Quien pidió la aprobación no puede")
    assert stored(ui_ctx, voucher.id or 0)[0].status == "pending"

    dialog.supervisor_edit.clear()
    type_text(qtbot, dialog.supervisor_edit, "Sofía")
    type_text(qtbot, dialog.pin_edit, "2468")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(ui_ctx, voucher.id or 0)[0].status == "paid", timeout=WAIT)
    assert stored(ui_ctx, voucher.id or 0)[1][-1].actor == "Sofía"
    qtbot.waitUntil(lambda: page.tab_title("approvals") == "Aprobaciones (0)", timeout=WAIT)
    assert "Aprobado:" in page.feedback.text()


def test_enter_and_double_click_open_the_voucher_and_headers_sort(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    first, second = issue(ui_ctx, "80", hours=5), issue(ui_ctx, "9.50", hours=2)
    page = open_page(qtbot, ui_ctx)
    view = page.show_queue("expiring")
    assert cells(view, 0) == [str(second.cip), str(first.cip)]  # soonest first

    view.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    assert cells(view, 3) == ["S/ 80.00", "S/ 9.50"]
    view.select_id(second.id or 0)
    page.refresh()  # the selection survives a refresh
    qtbot.waitUntil(lambda: not page._loading, timeout=WAIT)  # noqa: SLF001
    assert view.selected_id() == second.id and cells(view, 3) == ["S/ 80.00", "S/ 9.50"]

    with qtbot.waitSignal(ui_ctx.events.open_voucher) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [second.id]
    rect = view.table.visualRect(view.model.index(0, 1))
    with qtbot.waitSignal(ui_ctx.events.open_voucher) as opened:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [first.id]


def test_sync_now_shows_progress_can_cancel_and_refreshes_after(
    qtbot: QtBot, ui_ctx: UiContext, spanish: None
) -> None:
    voucher = issue(ui_ctx)
    page = open_page(qtbot, ui_ctx)
    bar = page.sync_bar
    assert not bar.is_running() and bar.sync_button.isEnabled()

    with qtbot.waitSignal(ui_ctx.events.sync_requested):
        qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    assert bar.is_running() and not bar.sync_button.isEnabled()
    ui_ctx.events.sync_progress.emit(2, 5)
    assert (bar.progress.value(), bar.progress.maximum()) == (2, 5)
    with qtbot.waitSignal(ui_ctx.events.sync_cancel_requested):
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert bar.cancel_button.text() == "Cancelando…"
    ui_ctx.events.sync_finished.emit(SyncReport(total=5, checked=2, cancelled=True))
    assert not bar.is_running() and bar.sync_button.isEnabled()
    assert page.feedback.text() == "Sincronización cancelada: 2 de 5 consultados."

    ui_ctx.runtime.reconciliation.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="pagó", operation_number="1"
    )
    report = ui_ctx.runtime.sync.run()  # as the scheduler would, then it reports
    ui_ctx.events.sync_finished.emit(report)
    done = "Sincronizado: 1 consultado, 0 cambios de estado, 1 discrepancia por revisar."
    qtbot.waitUntil(lambda: page.feedback.text() == done, timeout=WAIT)
    assert page.tab_title("discrepancies") == "Discrepancias (1)"


def test_after_a_review_the_sync_message_and_the_tab_agree(
    qtbot: QtBot, ui_ctx: UiContext, spanish: None
) -> None:
    """The round finds the reviewed disagreement again (and records it), but nobody has to
    look at it twice: the message counts what the tab counts, from the same query."""
    voucher = issue(ui_ctx)
    ui_ctx.runtime.reconciliation.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="pagó en bodega", operation_number="77"
    )
    assert len(ui_ctx.runtime.sync.run().discrepancies) == 1
    page = open_page(qtbot, ui_ctx)
    assert page.tab_title("discrepancies") == "Discrepancias (1)"
    runtime = ui_ctx.runtime
    queues = ReconciliationQueues(runtime.engine, runtime.profile.name, runtime.reconciliation)
    queues.mark_reviewed(voucher.id or 0, person("Ana"), "visto")
    reload(qtbot, page, "discrepancies", "Discrepancias (0)")

    report = ui_ctx.runtime.sync.run()
    assert len(report.discrepancies) == 1  # the round's own finding: a repeat
    ui_ctx.events.sync_finished.emit(report)
    done = "Sincronizado: 1 consultado, 0 cambios de estado, 0 discrepancias por revisar."
    qtbot.waitUntil(lambda: page.feedback.text() == done, timeout=WAIT)
    assert page.tab_title("discrepancies") == "Discrepancias (0)"


def test_unknown_notifications_show_only_when_there_are_some(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    from desktop.services.runtime import demo_credentials
    from desktop.services.webhook_intake import WebhookIntake
    from tests.webhook.helpers import paid_body, sign

    page = open_page(qtbot, ui_ctx)
    assert not page.is_tab_shown("unknown")
    secret = demo_credentials().secret_key
    intake = WebhookIntake(ui_ctx.runtime.engine, ui_ctx.runtime.profile.name, secret)
    body = paid_body(cip=4455667, operation="8080", amount="12.30")
    intake.receive(body, sign(body, secret), "127.0.0.1")
    view = reload(qtbot, page, "unknown", "CIP ajenos (1)")
    assert page.is_tab_shown("unknown")
    assert [cells(view, c) for c in (0, 1, 2)] == [["4455667"], ["S/ 12.30"], ["8080"]]
    assert not view.findChildren(QPushButton)  # nothing to do but know


def test_queue_model_passes_the_model_tester(qtbot: QtBot, ui_ctx: UiContext, qtmodeltester):  # type: ignore[no-untyped-def]
    issue(ui_ctx, hours=3)
    issue(ui_ctx, hours=4)
    page = open_page(qtbot, ui_ctx)
    view = page.views["expiring"]
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)


def test_the_page_is_in_the_main_window_between_history_and_settings(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    from desktop.ui.app import build_window

    window = build_window(ui_ctx)
    qtbot.addWidget(window)
    titles = [window.navigation.item(n).text() for n in range(window.navigation.count())]
    assert titles.index("Conciliación") == titles.index("Historial") + 1
    assert titles.index("Ajustes") == titles.index("Conciliación") + 1
    assert isinstance(window.show_page("reconcile"), ReconcilePage)


def test_an_extension_that_fails_says_why_and_changes_nothing(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    from desktop.domain.validation import IssueLimits
    from desktop.services.changes import VoucherChanges

    voucher = issue(ui_ctx, hours=3)
    sandbox = ui_ctx.runtime.sandbox
    assert sandbox is not None and voucher.expires_at is not None
    sandbox.faults.add("error", count=1, method="PATCH", path="/v1/cips/*", status=500)
    page = open_page(qtbot, ui_ctx)
    view = page.show_queue("expiring")
    select_first(view)
    extend = button(view, "Extender 24 h")
    qtbot.mouseClick(extend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no confirmó el cambio" in page.feedback.text(), timeout=WAIT)
    assert severity_of(page.feedback) is Severity.ERROR
    assert stored(ui_ctx, voucher.id or 0)[0].expires_at == voucher.expires_at

    runtime = ui_ctx.runtime  # a merchant whose vouchers may last one day at most
    runtime.changes = VoucherChanges(
        runtime.engine,
        runtime.client,
        runtime.profile.name,
        actor=runtime.actor,
        limits=IssueLimits(max_expiry=timedelta(days=1)),
    )
    qtbot.waitUntil(extend.isEnabled, timeout=WAIT)
    qtbot.mouseClick(extend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "vencimiento máximo permitido (1 d)" in page.feedback.text())
    assert stored(ui_ctx, voucher.id or 0)[0].expires_at == voucher.expires_at
