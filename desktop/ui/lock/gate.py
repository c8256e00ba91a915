"""Who works at this window: the lock screen at start (or the first administrator), "Cambiar
usuario" (Ctrl+L) and "Bloquear", the idle lock, and the name shown under the navigation.
Every sign-in switches the runtime's actor and tells the pages (``UiEvents.actor_changed``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.settings import GeneralSettings
from desktop.domain.staff import Actor
from desktop.ui.context import UiContext
from desktop.ui.lock.first_run import FirstAdmin
from desktop.ui.lock.idle import IdleWatch
from desktop.ui.lock.pin_pad import CARD_STYLE, PinPad, centered
from desktop.ui.main_window import MainWindow
from desktop.ui.staff_words import role_label

SWITCH_KEY = "Ctrl+L"


class LockScreen(QWidget):
    """Covers the whole window (navigation, pages and status bar): the PIN pad, or the first
    administrator's form."""

    def __init__(self, pad: PinPad, first: FirstAdmin, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("QWidget#lockScreen{background:#12384a;}" + CARD_STYLE)
        self.card = QStackedWidget(self)
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.pad, self.first = pad, first
        self.card.addWidget(pad)
        self.card.addWidget(first)
        centered(self.card, self)
        parent.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        window = self.parentWidget()
        assert window is not None
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self.cover()
        return False


class UserBadge(QWidget):
    """Under the navigation: who is working, "Cambiar usuario" and "Bloquear"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userBadge")
        self.setStyleSheet(
            "QLabel{color:#e8f1f5;}"
            "QToolButton{color:#e8f1f5;border:1px solid #3d6f86;border-radius:3px;"
            "padding:3px 6px;}"
            "QToolButton:hover{background:#1f5a73;}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(6)
        self.who = QLabel(self)
        self.who.setObjectName("whoIsWorking")
        self.who.setWordWrap(True)
        self.who.setStyleSheet("font-weight:600;")
        layout.addWidget(self.who)
        self.switch_button = QToolButton(self)
        self.switch_button.setObjectName("switchUser")
        self.switch_button.setText(self.tr("Cambiar usuario"))
        self.switch_button.setToolTip(
            self.tr("Bloquear y dejar que otra persona entre con su PIN ({key})").format(
                key=SWITCH_KEY
            )
        )
        self.lock_button = QToolButton(self)
        self.lock_button.setObjectName("lockNow")
        self.lock_button.setText(self.tr("Bloquear"))
        self.lock_button.setToolTip(
            self.tr("Ocultar los datos de los clientes hasta que vuelva a escribir su PIN")
        )
        for button in (self.switch_button, self.lock_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(
                button.sizePolicy().Policy.Expanding, button.sizePolicy().Policy.Fixed
            )
            layout.addWidget(button)

    def show_actor(self, actor: Actor) -> None:
        role = role_label(actor.role) if actor.role else ""
        self.who.setText(f"{actor.name} · {role}" if role else actor.name)
        self.who.setToolTip(self.tr("Usuario que trabaja ahora en esta caja"))


class StaffGate(QObject):
    """Locks and unlocks ``window`` for the profile of ``ctx``."""

    locked = Signal()
    unlocked = Signal(object)  # the Actor now working

    def __init__(self, window: MainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        runtime = ctx.runtime
        self.pad = PinPad(runtime.staff, demo=runtime.profile.is_demo)
        self.first = FirstAdmin(runtime.staff)
        self.screen = LockScreen(self.pad, self.first, window)
        self.badge = UserBadge(window)
        window.add_sidebar_footer(self.badge)
        self.idle = IdleWatch(runtime.general.lock_idle_minutes, self)
        self.idle.timed_out.connect(self.lock)
        ctx.events.settings_changed.connect(self._on_settings_changed)
        self.pad.signed_in.connect(self._signed_in)
        self.first.created.connect(self._signed_in)
        self.badge.switch_button.clicked.connect(self.switch_user)
        self.badge.lock_button.clicked.connect(self.lock)
        self.shortcut = QShortcut(QKeySequence(SWITCH_KEY), window)
        self.shortcut.activated.connect(self.switch_user)
        self._muted: list[QShortcut] = []

    @property
    def is_locked(self) -> bool:
        return not self.screen.isHidden()

    def start(self) -> None:
        """At start: whoever is already signed in works on; else the PIN pad, or the first
        administrator on a profile with no users."""
        actor = self._ctx.runtime.actor
        if actor.is_person:
            self._show_working(actor)
            return
        if self._ctx.runtime.staff.has_users():
            self._cover(self.pad)
        else:
            self._cover(self.first)

    def switch_user(self) -> None:
        """ "Cambiar usuario": lock, nobody chosen on the pad."""
        self._lock(None)

    def lock(self) -> None:
        """ "Bloquear" (and the idle lock): the same person is chosen on the pad."""
        self._lock(self._ctx.runtime.actor.name)

    def _lock(self, preselect: str | None) -> None:
        if self.is_locked:
            return
        actor = self._ctx.runtime.actor
        if actor.is_person:
            self._ctx.runtime.staff.sign_out(actor, locked=True)
        self._cover(self.pad, preselect)
        self.locked.emit()

    def _cover(self, card: QWidget, preselect: str | None = None) -> None:
        """The lock screen over everything; other windows (a voucher's detail) closed."""
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is not self._window and widget.isVisible():
                widget.close()
        for shortcut in self._window.findChildren(QShortcut):
            if shortcut.isEnabled():
                shortcut.setEnabled(False)
                self._muted.append(shortcut)
        self._set_content_enabled(False)
        self.screen.card.setCurrentWidget(card)
        if card is self.pad:
            self.pad.reload(preselect)
        self.screen.cover()
        (self.pad.pin_edit if card is self.pad else self.first.name_edit).setFocus()

    def _signed_in(self, actor: Actor) -> None:
        self._ctx.runtime.use_actor(actor)
        self.screen.hide()
        self._set_content_enabled(True)
        for shortcut in self._muted:
            shortcut.setEnabled(True)
        self._muted = []
        self._show_working(actor)
        self._ctx.events.actor_changed.emit(actor)
        self.unlocked.emit(actor)

    def _show_working(self, actor: Actor) -> None:
        self.badge.show_actor(actor)
        self.idle.start()

    def _set_content_enabled(self, enabled: bool) -> None:
        central = self._window.centralWidget()
        if central is not None:
            central.setEnabled(enabled)
        self._window.statusBar().setEnabled(enabled)

    def _on_settings_changed(self, general: object) -> None:
        if isinstance(general, GeneralSettings):  # just saved in Ajustes
            self.idle.set_minutes(general.lock_idle_minutes)


def install_gate(window: MainWindow, ctx: UiContext) -> StaffGate:
    """The staff gate of ``window``, started (locked unless someone is signed in)."""
    gate = StaffGate(window, ctx)
    gate.start()
    return gate
