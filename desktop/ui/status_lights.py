"""The status bar's lights the composition root adds once a profile is open: the database's
reach, PagoEfectivo's health, and the notification URL's warning."""

from __future__ import annotations

from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.store_watcher import StoreWatcher


def database_link(window: MainWindow, ctx: UiContext, watcher: StoreWatcher) -> None:
    """The status bar's word when the database is out of reach; issuing asks the link."""
    from desktop.services.database_link import DatabaseLink
    from desktop.ui.database_status import DatabaseIndicator, follow_link

    link = DatabaseLink(ctx.runtime.engine, clock=ctx.clock)
    ctx.link = link
    indicator = DatabaseIndicator(link, ctx.clock, parent=window)
    window.add_status_light(indicator)
    follow_link(indicator, watcher, ctx.events)
    indicator.close_with(window)
    link.start()


def health_light(window: MainWindow, ctx: UiContext) -> None:
    """The status bar's light for PagoEfectivo, with the thresholds set in Ajustes."""
    from desktop.services.api_health import ApiHealth, thresholds_of
    from desktop.ui.health.indicator import HealthIndicator

    runtime = ctx.runtime
    limits = thresholds_of(runtime.general)
    health = ApiHealth(runtime.engine, runtime.profile.name, clock=ctx.clock, thresholds=limits)
    window.add_status_light(HealthIndicator(ctx.tasks, health, parent=window))
    ctx.events.settings_changed.connect(lambda general: health.use(thresholds_of(general)))


def notify_url_warning(window: MainWindow, ctx: UiContext) -> None:
    """The status bar's warning when the URL registered in PagoEfectivo's portal is not the
    receiver's; a change made here or in Ajustes updates it at once."""
    from desktop.services.notify_url import NotifyUrls
    from desktop.ui.notify_url.warning import NotifyUrlWarning

    urls = NotifyUrls(ctx.runtime, ctx.registry)
    warning = NotifyUrlWarning(ctx.tasks, urls, clock=ctx.clock, parent=window)
    window.add_status_light(warning)
    warning.changed.connect(ctx.events.notify_url_changed)
    ctx.events.notify_url_changed.connect(lambda _status: warning.refresh())
