"""Idle detection: any keyboard or mouse input anywhere in the app restarts a timer; when it
runs out, ``timed_out``. Tests set a short interval and wait on the signal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Emits ``timed_out`` after ``minutes`` without input (0: never), once per idle spell;
    ``start`` arms it again (after the next sign-in)."""

    timed_out = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.timed_out)
        self._armed = False
        self.set_minutes(minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(0, minutes) * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        """How long without input locks (0: never); counted again from now."""
        self.timer.setInterval(milliseconds)
        self._restart()

    def start(self) -> None:
        self._armed = True
        self._restart()

    def stop(self) -> None:
        self._armed = False
        self.timer.stop()

    def _restart(self) -> None:
        if self._armed and self.timer.interval() > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._armed and event.type() in INPUT_EVENTS:
            self._restart()
        return False
