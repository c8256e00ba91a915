"""The status bar says when the database is out of reach, and the app follows it back.

The services' ``DatabaseLink`` sees a loss wherever it happens (the store watch's look, any
page's read or write) and tries again by itself with its backoff; this label only shows it:
hidden while connected, a red «Sin conexión con la base de datos; reintentando» while lost
(since when and the next attempt in its tooltip; a click tries at once). ``lost`` pauses the
store watch and ``restored`` restarts it and refreshes every page (wired by ``follow_link``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.limatime import Clock, to_lima, utc_now
from desktop.services.database_link import DatabaseLink, LinkStatus
from desktop.ui.context import UiEvents
from desktop.ui.store_watcher import StoreWatcher

STYLE = (  # by name: its tooltip keeps the plain look
    "QLabel#databaseLink{background:#c62828;color:white;font-weight:600;padding:2px 10px;"
    "border-radius:3px;}"
)


def lost_text() -> str:
    """What the status bar says, and what a refused charge starts with."""
    return QCoreApplication.translate(
        "DatabaseIndicator", "Sin conexión con la base de datos; reintentando"
    )


class DatabaseIndicator(QLabel):
    """Hidden while the database answers; says so while it does not."""

    lost = Signal()  # the database went out of reach
    restored = Signal()  # reachable again: read everything again
    _heard = Signal(object)  # a LinkStatus, from whichever thread saw the change

    def __init__(
        self, link: DatabaseLink, clock: Clock = utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.link = link
        self._clock = clock
        self._lost = False
        self.setObjectName("databaseLink")
        self.setStyleSheet(STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()
        self._heard.connect(self._on_heard)  # queued onto the GUI thread
        link.subscribe(self._heard.emit)
        self._on_heard(link.status)

    @property
    def showing_loss(self) -> bool:
        return self._lost

    def close_with(self, window: QObject) -> None:
        """Stop the link (its reconnection thread) when ``window`` closes."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self.link.close()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.link.wake()  # try now
        event.accept()

    def _on_heard(self, status: LinkStatus) -> None:
        if status.connected:
            self.hide()
            if self._lost:
                self._lost = False
                self.restored.emit()
            return
        self.setText(lost_text())
        self.setToolTip(self._details(status))
        self.show()
        if not self._lost:
            self._lost = True
            self.lost.emit()

    def _details(self, status: LinkStatus) -> str:
        since = to_lima(status.since or self._clock())
        lines = [self.tr("Sin conexión desde las {time}.").format(time=f"{since:%H:%M:%S}")]
        if status.next_try is None:
            lines.append(self.tr("Intentando conectar…"))
        else:
            at = to_lima(status.next_try)
            lines.append(self.tr("Próximo intento a las {time}.").format(time=f"{at:%H:%M:%S}"))
        lines.append(
            self.tr("Lo que ve en pantalla sigue a la vista; no se puede emitir hasta que vuelva.")
        )
        lines.append(self.tr("Clic: reintentar ahora."))
        if status.detail:
            lines.append(status.detail)
        return "\n".join(lines)


def follow_link(
    indicator: DatabaseIndicator, watcher: StoreWatcher | None, events: UiEvents
) -> None:
    """A loss pauses the store watch; the return restarts it, refreshes every page and says
    so in the status bar."""
    if watcher is not None:
        indicator.lost.connect(watcher.stop)
        indicator.restored.connect(watcher.start)
    indicator.restored.connect(events.vouchers_changed)
    indicator.restored.connect(
        lambda: events.status_message.emit(
            QCoreApplication.translate(
                "DatabaseIndicator", "Conexión con la base de datos restablecida."
            )
        )
    )
