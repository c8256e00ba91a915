"""Windows open at their preferred size, but never larger than the screen's free area: a
1024x768 counter screen must show a whole window, its buttons included. A remembered place
is used only on a screen still connected, and pulled inside its free area."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width())
        height = min(height, free.height())
    widget.resize(width, height)


def screen_showing(rect: QRect) -> QScreen | None:
    """The connected screen that shows most of ``rect`` (None when none shows any of it)."""
    best, best_area = None, 0
    for screen in QGuiApplication.screens():
        shared = screen.availableGeometry().intersected(rect)
        area = shared.width() * shared.height() if shared.isValid() else 0
        if area > best_area:
            best, best_area = screen, area
    return best


def clamped(rect: QRect, free: QRect) -> QRect:
    """``rect`` no larger than ``free`` and moved inside it."""
    width, height = min(rect.width(), free.width()), min(rect.height(), free.height())
    x = min(max(rect.x(), free.left()), free.left() + free.width() - width)
    y = min(max(rect.y(), free.top()), free.top() + free.height() - height)
    return QRect(x, y, width, height)


def place_on_screen(widget: QWidget, rect: QRect | None, width: int, height: int) -> bool:
    """Put ``widget`` where ``rect`` says (clamped to its screen) if a connected screen shows
    it; otherwise the preferred size. True when the remembered place was used."""
    screen = screen_showing(rect) if rect is not None and not rect.isEmpty() else None
    if rect is None or screen is None:
        fit_to_screen(widget, width, height)
        return False
    placed = clamped(rect, screen.availableGeometry())
    widget.resize(placed.size())
    widget.move(placed.topLeft())
    return True
