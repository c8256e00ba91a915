"""The main window: navigation, the pages, the status bar with the profile badge, shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import Clock, utc_now
from desktop.ui.format import relative_past
from desktop.ui.ui_state import remember_place

BADGE_STYLES = {
    "demo": "background:#c62828;color:white;",
    "sandbox": "background:#ef6c00;color:white;",
    "production": "background:#2e7d32;color:white;",
}


class MainWindow(QMainWindow):
    """Top-level window. The composition root adds each page with ``add_page``: built, or
    built on its first visit by the factory ``set_page_factory`` gives (until then, and
    while the profile opens, a placeholder stands in its place)."""

    about_requested = Signal()  # F1 or the "Acerca de" button: the composition root opens it
    sync_requested = Signal()  # "Sincronizar ahora"
    sync_cancel_requested = Signal()  # "Detener" while a round runs

    def __init__(self, profile_name: str, environment: str, clock: Clock = utc_now) -> None:
        super().__init__()
        self._clock = clock
        self._last_sync: datetime | None = None
        self._syncing = False
        self._sync_failed = False
        self.setWindowTitle(self.tr("PagoDesk"))
        remember_place(self, "main", 1180, 760)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QWidget(central)  # the navigation, and below it who is working
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.sidebar.setStyleSheet("QWidget#sidebar{background:#12384a;}")
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        self.navigation = QListWidget(self.sidebar)
        self.navigation.setObjectName("navigation")
        side.addWidget(self.navigation, 1)
        self.navigation.setStyleSheet(
            "QListWidget#navigation{background:#12384a;color:#e8f1f5;border:none;"
            "font-size:14px;padding-top:12px;}"
            "QListWidget#navigation::item{padding:12px 16px;}"
            "QListWidget#navigation::item:selected{background:#1f5a73;color:white;}"
        )
        self.pages = QStackedWidget(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        self._keys: dict[str, int] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._waiting: dict[str, str] = {}  # page -> method to call once it is built
        self._build_status_bar(profile_name, environment)
        self._build_shortcuts()
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._refresh_sync_label)
        self._clock_timer.start(30_000)

    # -- pages -----------------------------------------------------------------------

    def add_page(self, key: str, title: str, page: QWidget | None = None) -> None:
        """A navigation entry and its page (None: a placeholder until its factory builds it)."""
        self._keys[key] = self.pages.addWidget(page or _Placeholder(self.pages))
        item = QListWidgetItem(title, self.navigation)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def set_page_factory(self, key: str, factory: Callable[[], QWidget]) -> None:
        """How to build page ``key`` on its first visit (at once if it is the one shown)."""
        self._factories[key] = factory
        if self.navigation.currentRow() == self._keys[key]:
            self._build(key)

    def page(self, key: str) -> QWidget | None:
        """Page ``key`` if it is built (None while a placeholder stands in)."""
        widget = self.pages.widget(self._keys[key])
        return None if isinstance(widget, _Placeholder) else widget

    def show_page(self, key: str) -> QWidget | None:
        """Show page ``key`` (building it on its first visit) and return it; None while the
        profile is still opening."""
        index = self._keys[key]
        self.navigation.setCurrentRow(index)
        page = self._build(key)
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate()
        return page

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def _build(self, key: str) -> QWidget | None:
        index = self._keys[key]
        placeholder = self.pages.widget(index)
        if not isinstance(placeholder, _Placeholder):
            return placeholder
        factory = self._factories.get(key)
        if factory is None:
            return None
        page = factory()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        if self.navigation.currentRow() == index:
            self.pages.setCurrentIndex(index)
        waiting = self._waiting.pop(key, None)
        if waiting is not None:
            self._call(page, waiting)
        return page

    def _on_navigation_row_changed(self, row: int) -> None:
        key = next((k for k, index in self._keys.items() if index == row), None)
        if key is not None:
            self._build(key)
        self.pages.setCurrentIndex(row)

    def _show_then_call(self, key: str, method: str) -> None:
        """Show page ``key`` and call its ``method``, now or once the page is built."""
        page = self.show_page(key)
        if page is None:
            self._waiting[key] = method
        else:
            self._call(page, method)

    @staticmethod
    def _call(page: QWidget, method: str) -> None:
        found = getattr(page, method, None)
        if callable(found):
            found()

    def add_sidebar_footer(self, widget: QWidget) -> None:
        """A widget under the navigation (who is working, "Cambiar usuario")."""
        layout = self.sidebar.layout()
        assert layout is not None
        layout.addWidget(widget)

    # -- status bar ------------------------------------------------------------------

    def _build_status_bar(self, profile_name: str, environment: str) -> None:
        bar = self.statusBar()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.hide()
        self.busy_label = QLabel(self)
        self.sync_label = QLabel(self)
        self.sync_button = QToolButton(self)
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setAutoRaise(True)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.badge = QLabel(self)
        self.badge.setObjectName("profileBadge")
        loud = environment != "production"
        self.badge.setText(environment.upper() if loud else profile_name)
        self.badge.setToolTip(self.tr("Perfil activo: {name}").format(name=profile_name))
        self.badge.setStyleSheet(
            BADGE_STYLES.get(environment, "") + "font-weight:700;padding:2px 10px;"
            "border-radius:3px;"
        )
        self.about_button = QToolButton(self)
        self.about_button.setObjectName("aboutButton")
        self.about_button.setText(self.tr("Acerca de"))
        self.about_button.setToolTip(
            self.tr("Versión, carpeta de datos y diagnóstico para soporte (F1)")
        )
        self.about_button.setAutoRaise(True)
        self.about_button.clicked.connect(self.about_requested)
        for widget in (
            self.busy_label,
            self.busy,
            self.sync_label,
            self.sync_button,
            self.about_button,
            self.badge,
        ):
            bar.addPermanentWidget(widget)
        self._refresh_sync_label()
        self._show_sync_button()

    def add_status_light(self, light: QWidget) -> None:
        """A light of the profile's health, before the sync controls."""
        self.statusBar().insertPermanentWidget(2, light)

    def set_busy(self, pending: int) -> None:
        """Background work in progress (the task runner's count)."""
        self.busy.setVisible(pending > 0)
        self.busy_label.setText(self.tr("Trabajando… ({n})").format(n=pending) if pending else "")

    def set_last_sync(self, moment: datetime) -> None:
        self._last_sync = moment
        self._refresh_sync_label()

    def _refresh_sync_label(self) -> None:
        if self._syncing:
            return
        text = self.tr("Última consulta: {when}").format(
            when=relative_past(self._last_sync, self._clock())
        )
        if self._sync_failed:
            text += " " + self.tr("(sin conexión: se reintentará)")
        self.sync_label.setText(text)

    def set_sync_progress(self, done: int, total: int) -> None:
        """A sync round is running: its progress, and the button stops it."""
        self._syncing = True
        self.sync_label.setText(
            self.tr("Sincronizando… {done} de {total}").format(done=done, total=total)
        )
        self._show_sync_button()

    def set_sync_finished(self, report: Any) -> None:
        """The round ended (done, cancelled or failed): back to "Última consulta"."""
        self._syncing = False
        errors = list(getattr(report, "errors", []) or [])
        self._sync_failed = bool(errors)
        self.sync_label.setToolTip(errors[0] if errors else "")
        self._refresh_sync_label()
        self._show_sync_button()

    def _show_sync_button(self) -> None:
        if self._syncing:
            self.sync_button.setText(self.tr("Detener"))
            self.sync_button.setToolTip(self.tr("Detener la sincronización en curso"))
        else:
            self.sync_button.setText(self.tr("Sincronizar ahora"))
            self.sync_button.setToolTip(
                self.tr("Consultar ahora a PagoEfectivo el estado de los cobros pendientes")
            )

    def _on_sync_button_clicked(self) -> None:
        if self._syncing:
            self.sync_cancel_requested.emit()
        else:
            self.sync_requested.emit()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- keyboard ----------------------------------------------------------------------

    def _build_shortcuts(self) -> None:
        bindings = {
            QKeySequence.StandardKey.New: self._on_new,
            QKeySequence.StandardKey.Find: self._on_find,
            QKeySequence.StandardKey.Print: self._on_print,
        }
        self.shortcuts = []
        for sequence, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        f5 = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        f5.activated.connect(self._on_refresh)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self._on_escape)
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_key.activated.connect(self.about_requested)
        self.shortcuts += [f5, escape, help_key]

    def _call_page(self, name: str) -> None:
        page = self.current_page()
        if page is not None:
            self._call(page, name)

    def _on_new(self) -> None:
        """Ctrl+N: a clean charge, as the "Nuevo cobro" button gives (not the last customer)."""
        if "issue" in self._keys:
            self._show_then_call("issue", "new_voucher")

    def _on_find(self) -> None:
        if "history" in self._keys:
            self._show_then_call("history", "focus_search")

    def _on_refresh(self) -> None:
        self._call_page("refresh")

    def _on_print(self) -> None:
        self._call_page("print_current")

    def _on_escape(self) -> None:
        self._call_page("escape")


class _Placeholder(QWidget):
    """Stands in for a page not built yet: a quiet "Abriendo…" while the profile opens."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        label = QLabel(self.tr("Abriendo…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color:#5f6b73;font-size:14px;")
        layout.addWidget(label)
