"""Ajustes: profiles and their keys, "probar conexión", merchant data and preferences, this
station's thermal printer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.settings import GeneralSettings
from desktop.services.golive import GoLive
from desktop.services.notify_url import NotifyUrls
from desktop.services.printing import print_service
from desktop.ui.context import UiContext
from desktop.ui.notify_url.dialog import open_procedure
from desktop.ui.notify_url.notice import NotifyUrlNotice
from desktop.ui.pages.settings.general_panel import GeneralPanel
from desktop.ui.pages.settings.printers_panel import PrintersPanel
from desktop.ui.pages.settings.profiles_panel import ProfilesPanel


class SettingsPage(QWidget):
    """Tabs: "Perfiles y conexión", "Comercio y preferencias" and, when given, "Impresoras"."""

    def __init__(
        self,
        profiles: ProfilesPanel,
        general: GeneralPanel,
        parent: QWidget | None = None,
        printers: PrintersPanel | None = None,
    ) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.general = general
        self.printers = printers
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
        layout.addWidget(self.tabs, 1)

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

    page = SettingsPage(profiles, general, printers=printers)
    profiles.status_changed.connect(ctx.events.status_message)
    general.saved.connect(apply)
    printers.saved.connect(apply)
    return page
