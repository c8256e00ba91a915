"""Payment news in the demo profile: the app's own receiver takes the sandbox's signed
notification, and within two seconds the window shows a note in its corner (CIP and amount;
a click opens the voucher) and the "Cobro emitido" panel turns to "Pagado"."""

from __future__ import annotations

import time

import httpx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxState
from desktop.services import simulator
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.issue.page import IssuePage
from desktop.ui.toast import Toast
from tests.ui.test_issue_page import fill
from tests.ui.test_store_follow import open_window

PROMISE_MS = 2_000  # what the README promises


def open_app(qtbot: QtBot, ctx: UiContext) -> tuple[MainWindow, IssuePage, Toast]:
    """The window as the app builds it, with the demo receiver the app starts."""
    receiver = ctx.runtime.receive_demo_notifications()
    assert receiver is not None and receiver.registered
    window, page = open_window(qtbot, ctx, "issue")
    toast = window.findChild(Toast)
    assert isinstance(toast, Toast) and not toast.isVisible()
    return window, page, toast


def issue_on_screen(qtbot: QtBot, page: IssuePage) -> int:
    fill(qtbot, page, amount="1500.15", first="Rosa", last="Quispe")
    qtbot.keyClick(page.form.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.panels.currentWidget() is page.result, timeout=15_000)
    assert page.result.title.text() == "✓ Cobro emitido" and not page.result.state.isVisible()
    return int(page.result.cip.text())


def test_a_sandbox_payment_shows_within_two_seconds_and_opens_the_voucher(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    window, page, toast = open_app(qtbot, ui_ctx)
    cip = issue_on_screen(qtbot, page)
    assert page.result.test_band.isVisible()
    assert page.result.test_band.text().startswith("DEMO — sin valor")
    assert page.result.share_box.isVisible()

    paid_at = time.monotonic()
    answer = httpx.post(f"{ui_ctx.runtime.sandbox_url}/_sandbox/cips/{cip}/pay", timeout=5.0)
    assert answer.json()["webhook"]["delivered"] is True
    qtbot.waitUntil(lambda: toast.isVisible() and page.result.state.isVisible(), timeout=PROMISE_MS)
    shown_ms = (time.monotonic() - paid_at) * 1000
    assert toast.title.text() == "Pago recibido"
    assert toast.text.text() == f"Pagado: CIP {cip} · S/ 1,500.15 · Rosa Quispe"
    assert toast.geometry().right() > window.width() - 40  # in the lower right corner
    assert page.result.title.text() == "✓ Cobro pagado"
    assert page.result.state.text().startswith("✓ Pagado el ")
    assert not page.result.deadline.isVisible()  # "Págalo antes del…" no longer applies
    assert not page.result.share_box.isVisible()  # nor the WhatsApp text asking to pay
    print(f"paid news on screen {shown_ms:.0f} ms after the payment")

    voucher_id = ui_ctx.runtime.lookup.find(str(cip)).id
    with qtbot.waitSignal(ui_ctx.events.open_voucher) as opened:
        qtbot.mouseClick(toast, Qt.MouseButton.LeftButton)
    assert opened.args == [voucher_id] and not toast.isVisible()


def test_a_payment_from_the_command_line_process_way_turns_the_panel_too(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    """``pagodesk sandbox pay`` works on the shared state file, not through this app."""
    _window, page, toast = open_app(qtbot, ui_ctx)
    cip = issue_on_screen(qtbot, page)
    done = simulator.pay(simulator.demo_state_path(), cip)
    assert done.delivery is not None and done.delivery.delivered
    qtbot.waitUntil(lambda: page.result.state.isVisible() and toast.isVisible(), timeout=PROMISE_MS)
    assert str(cip) in toast.text.text()


def test_without_the_receiver_the_panel_still_follows_a_sync(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    """No notification (another profile, no port): the next sync finds the payment."""
    _window, page = open_window(qtbot, ui_ctx, "issue")
    cip = issue_on_screen(qtbot, page)
    state = SandboxState(simulator.demo_state_path())
    try:
        state.pay(cip)  # paid at the agent; nobody is told
    finally:
        state.close()
    ui_ctx.events.sync_requested.emit()
    qtbot.waitUntil(lambda: page.result.state.isVisible(), timeout=15_000)
    assert page.result.title.text() == "✓ Cobro pagado"
