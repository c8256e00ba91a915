"""The sync scheduler: rounds on time and on request (never two at once), cancel mid-round,
back-off after a failure, each payment notified once whoever recorded it, and the interval
and second approval pushed from Ajustes at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.reconcile import ManualReconciliation
from desktop.services.sync import SyncReport, SyncService
from desktop.ui.app import build_window
from desktop.ui.context import UiContext
from desktop.ui.sync_scheduler import SyncScheduler
from tests.staffing import person
from tests.ui.test_detail_dialog import WAIT, issue

MINUTE_MS = 400  # a "minute" of the scheduler in these tests


class Recorder:
    """Every app-wide signal the scheduler emits, in order."""

    def __init__(self, ctx: UiContext) -> None:
        self.paid: list[tuple[int, str]] = []
        self.finished: list[SyncReport] = []
        self.synced: list[datetime] = []
        self.changed = 0
        self.progress: list[tuple[int, int]] = []
        events = ctx.events
        events.voucher_paid.connect(lambda i, text: self.paid.append((i, text)))
        events.sync_finished.connect(self.finished.append)
        events.synced.connect(self.synced.append)
        events.vouchers_changed.connect(self._on_changed)
        events.sync_progress.connect(lambda done, total: self.progress.append((done, total)))

    def _on_changed(self) -> None:
        self.changed += 1


@pytest.fixture
def make_scheduler(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[Any]:
    made: list[SyncScheduler] = []

    def make(sync: SyncService | None = None, **options: Any) -> SyncScheduler:
        runtime = ui_ctx.runtime
        options = {"minutes": 0, "minute_ms": MINUTE_MS, "first_round_ms": 50} | options
        scheduler = SyncScheduler(
            sync or runtime.sync, runtime.lookup, ui_ctx.tasks, ui_ctx.events, **options
        )
        made.append(scheduler)
        return scheduler

    yield make
    for scheduler in made:
        scheduler.stop()
    ui_ctx.tasks.wait(10_000)


def start(qtbot: QtBot, scheduler: SyncScheduler) -> None:
    scheduler.start()
    qtbot.waitUntil(lambda: scheduler._mark is not None, timeout=WAIT)


def test_a_round_on_time_notifies_the_payment_once(
    qtbot: QtBot, ui_ctx: UiContext, make_scheduler: Any
) -> None:
    already = issue(ui_ctx, "10.00")
    sandbox = ui_ctx.runtime.sandbox
    assert sandbox is not None
    sandbox.pay(already.voucher.cip or 0)
    ui_ctx.runtime.sync.run()  # paid before the app started: never notified
    result = issue(ui_ctx, "25.50")
    voucher_id, cip = result.voucher.id or 0, result.voucher.cip or 0
    record = Recorder(ui_ctx)
    scheduler = make_scheduler(minutes=1)
    start(qtbot, scheduler)
    qtbot.waitUntil(lambda: len(record.finished) == 1, timeout=WAIT)  # the first round
    assert record.paid == [] and record.finished[0].reached

    sandbox.pay(cip, "OP-1")
    with qtbot.waitSignal(ui_ctx.events.voucher_paid, timeout=WAIT) as paid:
        pass  # the next round, one "minute" later
    assert paid.args == [voucher_id, f"CIP {cip} · S/ 25.50 · Rosa Quispe Núñez"]
    assert ui_ctx.runtime.lookup.find(f"#{voucher_id}").status == "paid"
    assert record.synced and record.changed >= 1
    assert record.progress[-1] == (record.finished[-1].total, record.finished[-1].total)
    rounds = len(record.finished)
    qtbot.waitUntil(lambda: len(record.finished) >= rounds + 2, timeout=WAIT)
    with qtbot.waitSignal(scheduler.payments_checked, timeout=WAIT) as checked:
        scheduler.check_payments()
    assert checked.args == [0]  # read again, and nothing new
    assert record.paid == [(voucher_id, f"CIP {cip} · S/ 25.50 · Rosa Quispe Núñez")]


def test_only_by_hand_and_never_two_rounds_at_once(
    qtbot: QtBot, ui_ctx: UiContext, make_scheduler: Any
) -> None:
    issue(ui_ctx, "11.00")
    record = Recorder(ui_ctx)
    scheduler = make_scheduler(minutes=0)
    start(qtbot, scheduler)  # its first step done: where the event log stands is known
    assert scheduler.next_round_in_ms is None  # 0: no round is armed, only by hand
    assert record.finished == [] and not scheduler.running

    started: list[int] = []
    ui_ctx.tasks.busy_changed.connect(started.append)
    ui_ctx.events.sync_requested.emit()
    assert scheduler.running and started == [1]
    ui_ctx.events.sync_requested.emit()  # ignored while one runs: no second task
    assert started == [1]
    qtbot.waitUntil(lambda: len(record.finished) == 1, timeout=WAIT)
    assert not scheduler.running and scheduler.next_round_in_ms is None  # none armed after
    assert len(record.finished) == 1 and record.finished[0].checked == 1
    assert len(record.synced) == 1

    scheduler.set_minutes(2)
    remaining = scheduler.next_round_in_ms
    assert remaining is not None and MINUTE_MS < remaining <= 2 * MINUTE_MS * 1.1  # timer slack


def test_cancel_stops_the_round_after_its_batch(
    qtbot: QtBot, ui_ctx: UiContext, make_scheduler: Any
) -> None:
    runtime = ui_ctx.runtime
    for amount in ("1.00", "2.00", "3.00", "4.00", "5.00", "6.00"):
        issue(ui_ctx, amount)
    slow = SyncService(
        runtime.engine, runtime.client, runtime.profile.name, batch_size=2, pause=0.3
    )
    record = Recorder(ui_ctx)
    scheduler = make_scheduler(slow)
    start(qtbot, scheduler)

    def cancel_after_first_batch(done: int, _total: int) -> None:
        if done == 2:
            ui_ctx.events.sync_cancel_requested.emit()

    ui_ctx.events.sync_progress.connect(cancel_after_first_batch)
    ui_ctx.events.sync_requested.emit()
    qtbot.waitUntil(lambda: len(record.finished) == 1, timeout=WAIT)
    report = record.finished[0]
    assert report.cancelled and not report.finished
    assert report.total == 6 and 2 <= report.checked < 6
    assert record.synced == []  # a stopped round is not a complete check
    assert not scheduler.running


def test_a_failed_round_waits_the_back_off(
    qtbot: QtBot, ui_ctx: UiContext, make_scheduler: Any
) -> None:
    issue(ui_ctx, "13.00")
    sandbox = ui_ctx.runtime.sandbox
    assert sandbox is not None
    sandbox.faults.add("error", count=None, path="/v1/cips/search", status=500)
    record = Recorder(ui_ctx)
    scheduler = make_scheduler(minutes=1)
    start(qtbot, scheduler)
    qtbot.waitUntil(lambda: len(record.finished) == 1, timeout=WAIT)
    assert record.finished[0].errors and record.synced == []
    assert ui_ctx.runtime.sync.failures == 1
    remaining = scheduler.next_round_in_ms  # next_delay: 10 "minutes" after one failure
    assert remaining is not None and remaining > 5 * MINUTE_MS


def test_a_payment_recorded_elsewhere_is_noticed(
    qtbot: QtBot, ui_ctx: UiContext, make_scheduler: Any, tmp_path: Path
) -> None:
    result = issue(ui_ctx, "42.00")
    voucher_id = result.voucher.id or 0
    record = Recorder(ui_ctx)
    scheduler = make_scheduler(minutes=0, watch_ms=100)
    start(qtbot, scheduler)
    # Another cashier's PC on the same database (or the webhook receiver) records it.
    station = ManualReconciliation(
        ui_ctx.runtime.engine, ui_ctx.runtime.profile.name, evidence_dir=tmp_path / "other"
    )
    station.mark_paid(
        voucher_id,
        actor=person("Caja 2"),
        reason="pagó en ventanilla",
        operation_number="778899",
        paid_at=datetime.now(UTC),
    )
    qtbot.waitUntil(lambda: bool(record.paid), timeout=WAIT)
    assert record.paid == [(voucher_id, f"CIP {result.voucher.cip} · S/ 42.00 · Rosa Quispe Núñez")]
    assert record.changed >= 1
    found: list[int] = []
    scheduler.payments_checked.connect(found.append)
    qtbot.waitUntil(lambda: len(found) >= 3, timeout=WAIT)  # several more checks...
    assert found[:3] == [0, 0, 0] and len(record.paid) == 1  # ...that saw it again, unnoticed


def test_build_window_wires_the_scheduler_to_ajustes(qtbot: QtBot, ui_ctx: UiContext) -> None:
    window = build_window(ui_ctx)
    qtbot.addWidget(window)
    (scheduler,) = window.findChildren(SyncScheduler)
    assert scheduler.minutes == ui_ctx.runtime.general.sync_minutes == 5
    qtbot.waitUntil(lambda: scheduler.next_round_in_ms is not None, timeout=WAIT)

    settings: Any = window.show_page("settings")
    general = settings.general
    general.sync_spin.setValue(0)
    general.approval_check.setChecked(True)
    with qtbot.waitSignal(ui_ctx.events.settings_changed, timeout=WAIT):
        general.save_button.click()
    assert scheduler.minutes == 0 and scheduler.next_round_in_ms is None
    assert ui_ctx.runtime.reconciliation.require_second_approval is True
    stored = ui_ctx.registry.load().general
    assert (stored.sync_minutes, stored.require_second_approval) == (0, 1)

    # The status bar's button asks for a round; the scheduler answers with its report.
    with qtbot.waitSignal(ui_ctx.events.sync_finished, timeout=WAIT):
        window.sync_button.click()
    assert window.sync_button.text() == "Sincronizar ahora"
    assert "hace" in window.sync_label.text()
    window.close()
    assert scheduler.next_round_in_ms is None and not scheduler._started
