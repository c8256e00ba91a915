"""The "paid" notification: a tray balloon (the OS side faked at the edge), one for a burst,
a click opens the voucher; the status bar when the desktop has no tray. The status bar's
sync button and progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
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


def test_the_note_in_the_window_corner_and_the_tray_only_when_the_window_is_behind(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.toast import Toast

    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    in_front = [True]
    events = UiEvents()
    toast = Toast(window)
    notifier = PaymentNotifier(
        events,
        QIcon(),
        tray_available=lambda: True,
        tray_factory=FakeTray,
        merge_ms=20,
        toast=toast,
        window_active=lambda: in_front[0],
    )
    events.voucher_paid.emit(7, "CIP 2600123 · S/ 25.50 · Rosa Quispe")
    qtbot.waitUntil(toast.isVisible)
    assert toast.title.text() == "Pago recibido"
    assert toast.text.text() == "Pagado: CIP 2600123 · S/ 25.50 · Rosa Quispe"
    assert toast.hint.text() == "Clic para ver el voucher"
    box = toast.geometry()
    assert box.right() == 900 - 16 - 1 and box.bottom() < 600 and box.top() > 300
    assert notifier.tray is None  # the window is in front: no second note from the OS
    with qtbot.waitSignal(events.open_voucher) as opened:
        qtbot.mouseClick(toast, Qt.MouseButton.LeftButton)
    assert opened.args == [7] and not toast.isVisible()

    in_front[0] = False
    events.voucher_paid.emit(8, "CIP 2600124 · S/ 1.00")
    events.voucher_paid.emit(9, "CIP 2600125 · S/ 2.00")
    qtbot.waitUntil(lambda: notifier.tray is not None and bool(notifier.tray.messages))
    assert notifier.tray.messages[0][0] == "2 pagos recibidos"
    assert toast.isVisible() and toast.title.text() == "2 pagos recibidos"
    assert not toast.hint.isVisible()  # two payments: a click only closes it


def test_the_note_fades_by_itself(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.toast import Toast

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    toast = Toast(window)
    toast.show_note("Pago recibido", "Pagado: CIP 1", shown_ms=50)
    assert toast.isVisible()
    qtbot.waitUntil(lambda: not toast.isVisible(), timeout=3000)
