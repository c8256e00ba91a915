"""Windows open at their preferred size, but never larger than the screen's free area: a
1024x768 counter screen must show a whole window, its buttons included."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width())
        height = min(height, free.height())
    widget.resize(width, height)
