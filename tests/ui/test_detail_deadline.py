"""Detalle del voucher and the deadline: "Marcar expirado" only once it passed (the button
waits and says why, the dialog shows the service's refusal), and a voucher marked expired
early by an older version, or paid "late" by its rule, reads honestly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.display import lima_short
from desktop.domain.limatime import utc_now
from desktop.services.profiles import ProfileRegistry
from desktop.services.runtime import open_runtime
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.dialogs.detail.dialog import DetailDialog, open_detail
from desktop.ui.dialogs.detail.reconcile_dialogs import MarkExpiredDialog
from desktop.ui.format import relative_expiry
from desktop.ui.tasks import TaskRunner
from tests.services.helpers import expire_by_hand_as_before, pay_as_before
from tests.staffing import person, signed_in
from tests.ui.conftest import type_text
from tests.ui.test_detail_dialog import WAIT, issue


class MovableClock:
    """The wall clock, moved forward by the test (the runtime's and the screens' clock)."""

    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def __call__(self) -> datetime:
        return utc_now() + self.ahead


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def ctx(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, clock: MovableClock) -> Iterator[UiContext]:
    monkeypatch.setenv("PAGODESK_DEMO_PORT", "0")
    registry = ProfileRegistry()
    runtime = signed_in(open_runtime(None, registry=registry, clock=clock), person("Ana (caja 1)"))
    tasks = TaskRunner()
    yield UiContext(runtime=runtime, tasks=tasks, events=UiEvents(), registry=registry, clock=clock)
    tasks.wait(10_000)
    runtime.close()


@pytest.fixture
def host(qtbot: QtBot) -> Any:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def opened(qtbot: QtBot, ctx: UiContext, host: Any, voucher_id: int) -> DetailDialog:
    open_detail(ctx, voucher_id, host)
    (dialog,) = [
        d for d in host.findChildren(DetailDialog) if d.voucher_id == voucher_id and d.isVisible()
    ]
    qtbot.waitUntil(lambda: dialog.voucher is not None, timeout=WAIT)
    return dialog


def test_mark_expired_waits_for_the_deadline_then_needs_a_reason(
    qtbot: QtBot, ctx: UiContext, host: Any, clock: MovableClock
) -> None:
    voucher = issue(ctx, "18.00").voucher
    deadline = voucher.expires_at
    assert deadline is not None
    dialog = opened(qtbot, ctx, host, voucher.id or 0)
    button = dialog.action_buttons["mark_expired"]

    assert not button.isEnabled()
    tip = button.toolTip()
    assert f"Se podrá marcar expirado desde el {lima_short(deadline)}" in tip
    assert "PagoEfectivo acepta el pago" in tip and "«Anular…»" in tip
    assert dialog.action_buttons["annul"].isEnabled()  # the way to stop a payment now
    timer = dialog.action_bar.deadline_timer
    assert timer.isActive()

    clock.ahead = deadline - utc_now() + timedelta(minutes=1)  # the deadline passes
    timer.setInterval(20)  # the button looks again on its own, without a reload
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    assert not timer.isActive() and button.toolTip() == "Registrar que este voucher no se pagará"

    events_before = len(ctx.runtime.lookup.detail(f"#{voucher.id}").events)
    button.click()
    (action,) = [d for d in dialog.findChildren(MarkExpiredDialog) if d.isVisible()]
    assert f"Venció el {lima_short(deadline)}" in action.intro.text()
    action.ok_button.click()
    qtbot.waitUntil(lambda: not action.busy, timeout=WAIT)
    assert action.rows["reason"].error_text == "Explique el motivo."
    assert len(ctx.runtime.lookup.detail(f"#{voucher.id}").events) == events_before

    type_text(qtbot, action.reason_edit, "El cliente desistió")
    action.ok_button.click()
    qtbot.waitUntil(
        lambda: dialog.voucher is not None and dialog.voucher.status == "expired", timeout=WAIT
    )
    last = ctx.runtime.lookup.detail(f"#{voucher.id}").events[-1]
    assert (last.to_status, last.source, last.actor, last.reason) == (
        "expired",
        "manual",
        "Ana (caja 1)",
        "El cliente desistió",
    )
    assert dialog.feedback.text() == "Marcado como expirado."
    assert "venció hace" in dialog.fields.text("expires")


def test_the_dialog_shows_the_service_refusal_before_the_deadline(
    qtbot: QtBot, ctx: UiContext, host: Any
) -> None:
    """The service is the authority: a dialog opened anyway (the clock went back, another
    station extended the deadline) gets the refusal, and nothing is stored."""
    voucher = issue(ctx, "19.00").voucher
    deadline = voucher.expires_at
    assert deadline is not None
    action = MarkExpiredDialog(
        ctx.tasks,
        ctx.runtime.reconciliation,
        voucher,
        ctx.runtime.actor,
        clock=ctx.clock,
        parent=host,
    )
    qtbot.addWidget(action)
    action.show()
    type_text(qtbot, action.reason_edit, "no vino")
    action.ok_button.click()
    qtbot.waitUntil(lambda: not action.busy and bool(action.status.text()), timeout=WAIT)

    assert action.isVisible() and action.result_value is None
    assert action.status.text() == (
        "Todavía no se puede marcar expirado: PagoEfectivo acepta el pago hasta el "
        f"{lima_short(deadline)}. Para que no se pueda pagar desde ahora, anúlelo."
    )
    stored = ctx.runtime.lookup.detail(f"#{voucher.id}")
    assert stored.voucher.status == "pending" and len(stored.events) == 2


def test_a_voucher_marked_expired_early_by_an_older_version_reads_honestly(
    qtbot: QtBot, ctx: UiContext, host: Any, clock: MovableClock
) -> None:
    voucher = issue(ctx, "20.00").voucher
    deadline = voucher.expires_at
    assert deadline is not None
    marked = clock() + timedelta(minutes=5)
    expire_by_hand_as_before(ctx.runtime.engine, voucher.id or 0, marked)
    clock.ahead = timedelta(hours=1)

    dialog = opened(qtbot, ctx, host, voucher.id or 0)

    assert dialog.status_chip.text() == "Expirado"
    expires = dialog.fields.text("expires")
    assert "vence en" not in expires and "venció" not in expires
    assert expires == (
        f"{lima_short(deadline)} · marcado expirado el {lima_short(marked)}, antes de vencer"
    )
    assert relative_expiry(deadline, clock(), "expired") == "marcado expirado antes de vencer"
    assert not dialog.action_buttons["mark_expired"].isEnabled()  # not pending any more
    dialog.action_buttons["extend"].click()
    from desktop.ui.dialogs.detail.change_dialogs import ExtendDialog

    (extend,) = [d for d in dialog.findChildren(ExtendDialog) if d.isVisible()]
    assert extend.intro.text().startswith(f"Vence el {lima_short(deadline)}")
    extend.reject()


def test_a_payment_in_time_recorded_late_by_an_older_version_is_not_late(
    qtbot: QtBot, ctx: UiContext, host: Any, clock: MovableClock
) -> None:
    """Marked expired early, then paid before the deadline: the old code said "late". The
    detail (fields and timeline) follows the rule, domain.status.is_late_payment."""
    voucher = issue(ctx, "21.00").voucher
    assert voucher.expires_at is not None
    engine, start = ctx.runtime.engine, clock()
    expire_by_hand_as_before(engine, voucher.id or 0, start + timedelta(minutes=5))
    pay_as_before(engine, voucher.id or 0, start + timedelta(hours=1), start + timedelta(hours=1))
    late = issue(ctx, "22.00").voucher
    assert late.expires_at is not None
    after = late.expires_at + timedelta(hours=1)
    clock.ahead = after - utc_now() + timedelta(hours=2)
    ctx.runtime.reconciliation.mark_expired(late.id or 0, actor=person("Ana"), reason="no vino")
    ctx.runtime.reconciliation.mark_paid(
        late.id or 0, actor=person("Ana"), reason="trajo la constancia", operation_number="55"
    )

    dialog = opened(qtbot, ctx, host, voucher.id or 0)
    model = dialog.events_model
    assert model.index(model.rowCount() - 1, 1).data() == "Pagado"
    assert "fuera de plazo" not in dialog.events_view.toPlainText()
    assert "después del vencimiento" not in dialog.events_view.toPlainText()
    assert "fuera de plazo" not in dialog.fields.text("paid")
    dialog.close()

    other = opened(qtbot, ctx, host, late.id or 0)
    model = other.events_model
    assert model.index(model.rowCount() - 1, 1).data() == "Pagado fuera de plazo"
    assert other.fields.text("paid").endswith("· fuera de plazo · operación 55")
