"""The news that a voucher got paid: a note in the window's corner (ui/toast.py), and the
system tray's message when the window is not in front (or the status bar without a tray)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from shiboken6 import isValid

from desktop.ui.context import UiEvents
from desktop.ui.toast import Toast

SHOWN_MS = 8_000
MERGE_MS = 300  # payments arriving together (one sync round) make one notification
LISTED = 5  # a burst names this many payments, then "y N más"


class PaymentNotifier(QObject):
    """Shows ``events.voucher_paid``: in ``toast`` (inside the window, clicked: the voucher
    opens) and in the OS tray while ``window_active`` says the window is not in front. The OS
    side is injectable: ``tray_factory`` makes the tray icon (a QSystemTrayIcon by default)
    and ``tray_available`` says whether the desktop has a tray; without one the text also goes
    to the status bar (``events.status_message``)."""

    def __init__(
        self,
        events: UiEvents,
        icon: QIcon,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        tray_factory: Callable[[QIcon, QObject], Any] | None = None,
        merge_ms: int = MERGE_MS,
        toast: Toast | None = None,
        window_active: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._events = events
        self.toast = toast
        self._window_active = window_active
        self._icon = icon
        self._available = tray_available
        self._factory = tray_factory or _system_tray
        self.tray: Any = None
        self._waiting: list[tuple[int, str]] = []
        self._last_voucher: int | None = None
        self._merge = QTimer(self)
        self._merge.setSingleShot(True)
        self._merge.setInterval(merge_ms)
        self._merge.timeout.connect(self._on_merge_timeout)
        events.voucher_paid.connect(self._on_voucher_paid)
        if toast is not None:
            toast.clicked.connect(self._on_message_clicked)

    def _on_voucher_paid(self, voucher_id: int, text: str) -> None:
        self._waiting.append((voucher_id, text))
        self._merge.start()

    def _on_merge_timeout(self) -> None:
        paid, self._waiting = self._waiting, []
        if not paid:
            return
        lines = [self.tr("Pagado: {what}").format(what=text) for _, text in paid]
        if len(paid) == 1:
            title = self.tr("Pago recibido")
            self._last_voucher = paid[0][0]
        else:
            title = self.tr("%n pagos recibidos", "", len(paid))
            self._last_voucher = None
            if len(lines) > LISTED:
                more = self.tr("… y {n} más").format(n=len(lines) - LISTED)
                lines = [*lines[:LISTED], more]
        self.show(title, "\n".join(lines))

    def show(self, title: str, message: str) -> None:
        if self.toast is not None:
            hint = self.tr("Clic para ver el voucher") if self._last_voucher is not None else ""
            self.toast.show_note(title, message, hint)
            if self._window_active is not None and self._window_active():
                return  # in front: the note in the window says it, no second one from the OS
        if not self._available():
            self._events.status_message.emit(message.replace("\n", "; "))
            return
        if self.tray is None or not isValid(self.tray):
            self.tray = self._factory(self._icon, self)
            self.tray.setToolTip(self.tr("PagoDesk"))
            self.tray.messageClicked.connect(self._on_message_clicked)
            self.tray.show()
        self.tray.showMessage(title, message, self._icon, SHOWN_MS)

    def _on_message_clicked(self) -> None:
        if self._last_voucher is not None:
            self._events.open_voucher.emit(self._last_voucher)


def _system_tray(icon: QIcon, parent: QObject) -> QSystemTrayIcon:
    return QSystemTrayIcon(icon, parent)
