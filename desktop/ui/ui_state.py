"""What the screens remember between runs: window sizes and places, the last folder a file
was saved in. An INI file of the config folder (services.ui_state), written at once, 0600."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QWidget

from desktop.services.ui_state import make_private, ui_state_path
from desktop.ui.screen_fit import place_on_screen

LAST_FOLDER = "files/last_folder"


def _settings() -> QSettings:
    return QSettings(str(ui_state_path()), QSettings.Format.IniFormat)


def _write(change: Callable[[QSettings], None]) -> None:
    settings = _settings()
    change(settings)
    settings.sync()
    path = ui_state_path()
    if path.exists():
        make_private(path)


def documents_folder() -> Path:
    """The user's Documents; their home when the system names none or it does not exist (a
    dialog given a missing folder opens elsewhere with its name typed in as a file name)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def last_folder() -> Path:
    """Where the last file was saved or chosen, while it exists; else Documents."""
    value = _settings().value(LAST_FOLDER)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return documents_folder()


def remember_folder(folder: Path) -> None:
    _write(lambda settings: settings.setValue(LAST_FOLDER, str(folder)))


def last_printer(kind: str) -> str | None:
    """The printer the system dialog printed ``kind`` (``voucher-80mm``…) on last."""
    value = _settings().value(f"printers/{kind}")
    return value if isinstance(value, str) and value else None


def remember_printer(kind: str, name: str) -> None:
    if name:
        _write(lambda settings: settings.setValue(f"printers/{kind}", name))


def saved_place(key: str) -> tuple[QRect | None, bool]:
    """The remembered place of window ``key`` and whether it was maximized."""
    settings = _settings()
    value = settings.value(f"windows/{key}")
    maximized = str(settings.value(f"windows/{key}_maximized", "false")).lower() == "true"
    return (value if isinstance(value, QRect) and not value.isEmpty() else None), maximized


def save_place(key: str, widget: QWidget) -> None:
    """The window's place (top-left of its frame) and size; a maximized one keeps its normal
    place for when it is restored."""
    maximized = widget.isMaximized()
    normal = widget.normalGeometry()
    rect = normal if maximized and normal.isValid() else QRect(widget.pos(), widget.size())

    def change(settings: QSettings) -> None:
        settings.setValue(f"windows/{key}", rect)
        settings.setValue(f"windows/{key}_maximized", maximized)

    _write(change)


class _PlaceKeeper(QObject):
    """Saves a window's place when it closes or hides (a dialog's Esc hides it)."""

    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self._key = key
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        # A hide the system sends (minimizing) is not a close; the close button's is.
        leaving = kind == QEvent.Type.Close or (
            kind == QEvent.Type.Hide and not event.spontaneous()
        )
        if leaving and isinstance(watched, QWidget) and watched.isWindow():
            save_place(self._key, watched)
        return super().eventFilter(watched, event)


def remember_place(widget: QWidget, key: str, width: int, height: int) -> bool:
    """Open ``widget`` where it was last closed (if that screen is still connected, pulled
    inside it), else at its preferred size; keep its place from now on. True if restored."""
    rect, maximized = saved_place(key)
    restored = place_on_screen(widget, rect, width, height)
    if restored and maximized:
        widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
    _PlaceKeeper(widget, key)
    return restored
