"""Ajustes: profiles and their keys, "probar conexión", merchant data and preferences, this
station's thermal printer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.settings import GeneralSettings
from desktop.domain.staff import Action, Actor
from desktop.services.golive import GoLive
from desktop.services.notify_url import NotifyUrls
from desktop.services.printing import print_service
from desktop.ui.context import UiContext
from desktop.ui.notify_url.dialog import open_procedure
from desktop.ui.notify_url.notice import NotifyUrlNotice
from desktop.ui.pages.settings.general_panel import GeneralPanel
from desktop.ui.pages.settings.printers_panel import PrintersPanel
from desktop.ui.pages.settings.profiles_panel import ProfilesPanel
from desktop.ui.pages.settings.users_panel import UsersPanel
from desktop.ui.roles import refusal


class SettingsPage(QWidget):
    """Tabs: "Perfiles y conexión", "Comercio y preferencias" and, when given, "Impresoras"
    and "Usuarios"; each enabled only for the roles that may use it."""

    def __init__(
        self,
        profiles: ProfilesPanel,
        general: GeneralPanel,
        parent: QWidget | None = None,
        printers: PrintersPanel | None = None,
        backups: QWidget | None = None,
        users: UsersPanel | None = None,
    ) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.general = general
        self.printers = printers
        self.users = users
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Ajustes"), self)
        title.setStyleSheet("font-size:20px;font-weight:600;")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._scrolled(profiles), self.tr("Perfiles y conexión"))
        self.tabs.addTab(self._scrolled(general), self.tr("Comercio y preferencias"))
        if printers is not None:
            self.tabs.addTab(self._scrolled(printers), self.tr("Impresoras"))
        self.backups = backups
        self._backups_tab = -1
        if backups is not None:
            area = self._scrolled(backups)
            self._backups_tab = self.tabs.addTab(area, self.tr("Copias de seguridad"))
        if users is not None:
            self.tabs.addTab(self._scrolled(users), self.tr("Usuarios"))
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # takes the room only when no tab is shown
        self.role_note = QLabel(self)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        self.role_note.hide()
        layout.insertWidget(1, self.role_note)

    def apply_actor(self, actor: Actor) -> None:
        """Each tab only for a role that may use it (profiles and keys, users, the rest:
        an administrator's); a disabled tab says who may."""
        needs: dict[QWidget | None, Action] = {
            self.profiles: Action.MANAGE_PROFILES,
            self.users: Action.MANAGE_USERS,
        }
        open_tabs = []
        for index in range(self.tabs.count()):
            area = self.tabs.widget(index)
            content = area.widget() if isinstance(area, QScrollArea) else area
            action = needs.get(content, Action.MANAGE_SETTINGS)
            allowed = actor.may(action)
            self.tabs.setTabEnabled(index, allowed)
            self.tabs.setTabToolTip(index, "" if allowed else refusal(action))
            if allowed:
                open_tabs.append(index)
        # No tab for this role: only the note (not an empty, disabled panel).
        self.tabs.setVisible(bool(open_tabs))
        if open_tabs and self.tabs.currentIndex() not in open_tabs:
            self.tabs.setCurrentIndex(open_tabs[0])
        if self.users is not None:
            if actor.may(Action.MANAGE_USERS):
                self.users.reload()
            else:
                self.users.forget()
        admin = actor.may(Action.MANAGE_SETTINGS)
        self.role_note.setText("" if admin else refusal(Action.MANAGE_SETTINGS))
        self.role_note.setVisible(not admin)

    def show_backups(self) -> None:
        """The «Copias de seguridad» tab (the status bar's warning asks for it)."""
        if self._backups_tab >= 0:
            self.tabs.setCurrentIndex(self._backups_tab)

    def _scrolled(self, content: QWidget) -> QScrollArea:
        """Nothing is clipped on a small screen: each tab scrolls when it must."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(content)
        return area


def create(ctx: UiContext) -> QWidget:
    runtime = ctx.runtime
    urls = NotifyUrls(runtime, ctx.registry)
    notice = NotifyUrlNotice(
        runtime.profile.name,
        lambda: open_procedure(
            ctx.tasks, urls, ctx.clock, notice.window(), ctx.events.notify_url_changed.emit
        ),
    )
    profiles = ProfilesPanel(
        ctx.tasks,
        ctx.registry,
        runtime.profile.name,
        demo_client=runtime.client if runtime.profile.is_demo else None,
        clock=ctx.clock,
        golive=GoLive(runtime, ctx.registry),
        notify_notice=notice,
    )
    ctx.events.notify_url_changed.connect(lambda _status: profiles.refresh_notice())
    general = GeneralPanel(ctx.tasks, ctx.registry, ctx.registry.settings.general)
    printers = PrintersPanel(
        ctx.tasks, ctx.registry, ctx.registry.settings.general, print_service(runtime)
    )

    def apply(general: GeneralSettings) -> None:
        # The profile's services use them at once (documents, manual payments); the pages
        # that keep a default (expiry, ticket format, sync interval) hear settings_changed.
        runtime.use_general(general)
        ctx.events.settings_changed.emit(general)
        ctx.events.status_message.emit(
            QCoreApplication.translate("SettingsPage", "Ajustes guardados.")
        )

    from desktop.ui.backups import BackupScheduler
    from desktop.ui.pages.settings.backup_panel import BackupPanel

    scheduler = ctx.events.findChild(BackupScheduler)
    backups = None
    if isinstance(scheduler, BackupScheduler):
        backups = BackupPanel(
            ctx.tasks, ctx.registry, scheduler, ctx.registry.settings.general, clock=ctx.clock
        )
        backups.saved.connect(apply)
    users = UsersPanel(runtime.staff, lambda: runtime.actor)
    page = SettingsPage(profiles, general, printers=printers, backups=backups, users=users)
    page.apply_actor(runtime.actor)
    ctx.events.actor_changed.connect(page.apply_actor)
    users.status_changed.connect(ctx.events.status_message)
    profiles.status_changed.connect(ctx.events.status_message)
    general.saved.connect(apply)
    printers.saved.connect(apply)
    return page
