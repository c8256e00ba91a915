"""A small note in the window's lower right corner that fades by itself: the payment news.

Non-modal and out of the way (it takes no focus); a click on it does what it offers (open the
voucher) and closes it; the ✕ only closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QEnterEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SHOWN_MS = 8_000
FADE_MS = 700
AFTER_HOVER_MS = 3_000  # a note the pointer rested on stays this long once it leaves
MARGIN = 16
WIDTH = 340
STYLE = """
QFrame#toast { background: #f1f8f3; border: 1px solid #1b7a36; border-left: 6px solid #1b7a36;
               border-radius: 6px; }
QLabel#toastTitle { color: #1b7a36; font-weight: 700; font-size: 14px; }
QLabel#toastText { color: #1d1d1d; font-size: 13px; }
QLabel#toastHint { color: #5f6b70; font-size: 11px; }
QToolButton#toastClose { border: none; color: #5f6b70; font-size: 13px; }
"""


class Toast(QFrame):
    """One note at a time in ``parent``'s lower right corner (above its status bar)."""

    clicked = Signal()  # the note itself was clicked (not its ✕)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 12)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("toastTitle")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("toastClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Cerrar el aviso"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.dismiss)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.close_button)
        self.text = QLabel(self)
        self.text.setObjectName("toastText")
        self.text.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("toastHint")
        layout.addLayout(heading)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        self._opacity = QGraphicsOpacityEffect(self)
        self._opacity.setOpacity(1.0)
        self.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self.hide)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fade.start)
        parent.installEventFilter(self)
        self.hide()

    def show_note(self, title: str, text: str, hint: str = "", shown_ms: int = SHOWN_MS) -> None:
        """Show (or replace) the note; it fades after ``shown_ms``."""
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        self.title.setText(title)
        self.text.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start(shown_ms)

    def dismiss(self) -> None:
        self._timer.stop()
        self._fade.stop()
        self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        bottom = parent.height() - MARGIN
        status_bar = getattr(parent, "statusBar", None)
        if callable(status_bar) and status_bar().isVisible():
            bottom -= status_bar().height()
        self.move(parent.width() - self.width() - MARGIN, max(0, bottom - self.height()))

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802
        self._timer.stop()  # being read: no fading
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        if self.isVisible():
            self._timer.start(AFTER_HOVER_MS)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.dismiss()
            self.clicked.emit()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False
