"""The "paid" notification: a tray balloon (the OS side faked at the edge), one for a burst,
a click opens the voucher; the status bar when the desktop has no tray. The status bar's
sync button and progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from desktop.services.sync import SyncReport
from desktop.ui.context import UiEvents
from desktop.ui.main_window import MainWindow
from desktop.ui.notifier import PaymentNotifier


class FakeTray(QObject):
    """Records what the OS tray was asked to show."""

    messageClicked = Signal()  # noqa: N815 (Qt's name)

    def __init__(self, icon: QIcon, parent: QObject) -> None:
        super().__init__(parent)
        self.shown = False
        self.tooltip = ""
        self.messages: list[tuple[str, str]] = []

    def setToolTip(self, text: str) -> None:  # noqa: N802
        self.tooltip = text

    def show(self) -> None:
        self.shown = True

    def showMessage(self, title: str, text: str, icon: Any, msecs: int) -> None:  # noqa: N802
        self.messages.append((title, text))


def make(qtbot: QtBot, available: bool) -> tuple[UiEvents, PaymentNotifier]:
    events = UiEvents()
    notifier = PaymentNotifier(
        events, QIcon(), tray_available=lambda: available, tray_factory=FakeTray, merge_ms=20
    )
    return events, notifier


def test_a_payment_shows_in_the_tray_and_opens_the_voucher(qtbot: QtBot) -> None:
    events, notifier = make(qtbot, True)
    events.voucher_paid.emit(7, "CIP 2600123 · S/ 25.50 · Rosa Quispe")
    qtbot.waitUntil(lambda: notifier.tray is not None and bool(notifier.tray.messages))
    tray = notifier.tray
    assert tray.shown and tray.tooltip == "PagoDesk"
    assert tray.messages == [("Pago recibido", "Pagado: CIP 2600123 · S/ 25.50 · Rosa Quispe")]
    with qtbot.waitSignal(events.open_voucher) as opened:
        tray.messageClicked.emit()
    assert opened.args == [7]


def test_a_burst_makes_one_notification(qtbot: QtBot) -> None:
    events, notifier = make(qtbot, True)
    for n in range(7):
        events.voucher_paid.emit(n, f"CIP 26000{n} · S/ 1.00")
    # The seven arrive before the merge timer can fire: one message, or seven if unmerged.
    qtbot.waitUntil(lambda: notifier.tray is not None and bool(notifier.tray.messages))
    ((title, text),) = notifier.tray.messages
    assert title == "7 pagos recibidos"
    lines = text.split("\n")
    assert lines[0] == "Pagado: CIP 260000 · S/ 1.00" and lines[-1] == "… y 2 más"
    assert len(lines) == 6


def test_without_a_tray_the_status_bar_says_it(qtbot: QtBot) -> None:
    events, notifier = make(qtbot, False)
    with qtbot.waitSignal(events.status_message) as said:
        events.voucher_paid.emit(3, "CIP 2600999 · US$ 10.00")
    assert said.args == ["Pagado: CIP 2600999 · US$ 10.00"]
    assert notifier.tray is None


def test_status_bar_sync_button_and_progress(qtbot: QtBot) -> None:
    window = MainWindow("demo", "demo")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync_requested):
        window.sync_button.click()
    window.set_sync_progress(10, 40)
    assert window.sync_label.text() == "Sincronizando… 10 de 40"
    assert window.sync_button.text() == "Detener"
    with qtbot.waitSignal(window.sync_cancel_requested):
        window.sync_button.click()
    window.set_sync_finished(SyncReport(total=40, errors=["ConnectionFailed: sin red"]))
    assert window.sync_button.text() == "Sincronizar ahora"
    assert "nunca" in window.sync_label.text() and "sin conexión" in window.sync_label.text()
    assert window.sync_label.toolTip() == "ConnectionFailed: sin red"
    window.set_sync_finished(SyncReport(total=40, checked=40, finished=True))
    assert "sin conexión" not in window.sync_label.text()
