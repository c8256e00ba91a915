"""Composition root of the GUI: translators, the window, then the profile's services and pages.

The window is shown first, from the settings alone (the profile's name and badge, the pages'
titles); its database and keys open on a thread of their own once it has painted, and then
the Resumen is built and read. Every other page is built on its first visit, and what talks
to PagoEfectivo (the sync, the demo's sandbox and receiver) comes up in the background after.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.domain.limatime import Clock, utc_now
from desktop.resources import resource_path
from desktop.services.profiles import Profile, ProfileRegistry
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.opening import ProfileOpening, after_first_paint
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.runtime import Runtime

_log = logging.getLogger(__name__)

PAGES = ("summary", "issue", "history", "reconcile", "settings")  # the app opens on the first


def build_window(ctx: UiContext) -> MainWindow:
    """The main window of an open profile, wired to the app-wide signals, its services up."""
    window = shell_window(ctx.runtime.profile, ctx.clock)
    attach(window, ctx)
    start_sync(ctx, window)
    return window


def shell_window(profile: Profile, clock: Clock = utc_now) -> MainWindow:
    """The window before the profile is open: navigation, status bar and badge."""
    window = MainWindow(profile.name, profile.environment.value, clock)
    titles = {
        "summary": QCoreApplication.translate("MainWindow", "Resumen"),
        "issue": QCoreApplication.translate("MainWindow", "Nuevo cobro"),
        "history": QCoreApplication.translate("MainWindow", "Historial"),
        "reconcile": QCoreApplication.translate("MainWindow", "Conciliación"),
        "settings": QCoreApplication.translate("MainWindow", "Ajustes"),
    }
    for key in PAGES:
        window.add_page(key, titles[key])
    return window


def attach(window: MainWindow, ctx: UiContext) -> None:
    """The open profile's pages (the one shown built now, the others on their first visit),
    the store watch, the "paid" news and the dialogs."""
    from desktop.ui.errors import install_excepthook
    from desktop.ui.lock.gate import install_gate
    from desktop.ui.notifier import PaymentNotifier
    from desktop.ui.status_lights import database_link, health_light, notify_url_warning
    from desktop.ui.store_watcher import StoreWatcher
    from desktop.ui.toast import Toast

    install_gate(window, ctx)  # the lock screen first: nothing shows before someone signs in
    for key, factory in _page_factories(window, ctx).items():
        window.set_page_factory(key, factory)
    events = ctx.events
    ctx.tasks.busy_changed.connect(window.set_busy)
    events.status_message.connect(window.show_message)
    events.synced.connect(window.set_last_sync)
    events.open_voucher.connect(lambda voucher_id: _open_detail(ctx, window, voucher_id))
    window.about_requested.connect(lambda: _open_about(ctx, window))
    PaymentNotifier(
        events,
        QIcon(str(resource_path("icons/pagodesk.png"))),
        toast=Toast(window),
        window_active=window.isActiveWindow,
        parent=window,
    )
    from desktop.services.store_watch import StoreWatch

    watcher = StoreWatcher(StoreWatch(ctx.runtime.engine), ctx.tasks, events, parent=window)
    watcher.changed.connect(events.vouchers_changed)
    window.sync_requested.connect(events.sync_requested)
    window.sync_cancel_requested.connect(events.sync_cancel_requested)
    events.sync_progress.connect(window.set_sync_progress)
    events.sync_finished.connect(window.set_sync_finished)
    watcher.stop_when_closed(window)
    watcher.start()
    database_link(window, ctx, watcher)
    health_light(window, ctx)
    notify_url_warning(window, ctx)
    install_excepthook(window)


def _page_factories(window: MainWindow, ctx: UiContext) -> dict[str, Callable[[], QWidget]]:
    """Each page's builder: its module is imported on the first visit."""

    def summary() -> QWidget:
        from desktop.ui.pages.summary import page as summary_page

        page = summary_page.create(ctx)
        page.history_requested.connect(lambda wanted: _open_history(window, wanted))
        page.queue_requested.connect(lambda key: _open_queue(window, key))
        page.health_requested.connect(lambda: _open_health(window))
        return page

    def issue() -> QWidget:
        from desktop.ui.pages.issue import page as issue_page

        return issue_page.create(ctx)

    def history() -> QWidget:
        from desktop.ui.pages.history import page as history_page

        return history_page.create(ctx)

    def reconcile() -> QWidget:
        from desktop.ui.pages.reconcile import page as reconcile_page

        return reconcile_page.create(ctx)

    def settings() -> QWidget:
        from desktop.ui.pages.settings import page as settings_page

        return settings_page.create(ctx)

    return {
        "summary": summary,
        "issue": issue,
        "history": history,
        "reconcile": reconcile,
        "settings": settings,
    }


def _open_detail(ctx: UiContext, window: MainWindow, voucher_id: int) -> None:
    from desktop.ui.dialogs.detail import dialog as detail_dialog

    detail_dialog.open_detail(ctx, voucher_id, window)


def _open_about(ctx: UiContext, window: MainWindow) -> None:
    from desktop.ui.dialogs import about

    about.open_about(ctx, window)


def _open_history(window: MainWindow, wanted: object) -> None:
    """A Resumen card: the history, filtered as the card's figure was counted."""
    from desktop.ui.pages.history.filters import HistoryFilter
    from desktop.ui.pages.history.page import HistoryScreen

    page = window.show_page("history")
    if isinstance(page, HistoryScreen) and isinstance(wanted, HistoryFilter):
        page.apply_filter(wanted)


def _open_health(window: MainWindow) -> None:
    from desktop.ui.health.indicator import HealthIndicator

    light = window.statusBar().findChild(HealthIndicator)
    if isinstance(light, HealthIndicator):
        light.open_panel()


def _open_queue(window: MainWindow, key: str) -> None:
    """A Resumen card: the Conciliación tab of that queue."""
    from desktop.ui.pages.reconcile.page import ReconcilePage

    page = window.show_page("reconcile")
    if isinstance(page, ReconcilePage):
        page.show_queue(key)


def start_sync(ctx: UiContext, window: MainWindow) -> None:
    """The one sync scheduler (it needs PagoEfectivo's client: for the demo, its sandbox)."""
    from desktop.ui.store_watcher import StoreWatcher
    from desktop.ui.sync_scheduler import SyncScheduler

    runtime, events = ctx.runtime, ctx.events
    scheduler = SyncScheduler(
        runtime.sync,
        runtime.lookup,
        ctx.tasks,
        events,
        minutes=runtime.general.sync_minutes,
        clock=ctx.clock,
        parent=window,
    )
    for watcher in window.findChildren(StoreWatcher):
        watcher.changed.connect(scheduler.check_payments)  # the paid news within a second
    events.settings_changed.connect(lambda general: scheduler.set_minutes(general.sync_minutes))
    scheduler.stop_when_closed(window)
    scheduler.start()


def _reach_pagoefectivo(ctx: UiContext) -> bool:
    """Off the GUI thread: PagoEfectivo's client (the demo starts or joins its sandbox) and,
    for the demo, this app's receiver of its payment notifications. True when they are
    received at once."""
    runtime = ctx.runtime
    runtime.connect()
    if not runtime.profile.is_demo:
        return True
    try:
        receiver = runtime.receive_demo_notifications()
    except OSError as exc:
        _log.warning("the demo notification receiver could not listen: %s", exc)
        return False
    return receiver is not None and receiver.registered


def _on_reached(ctx: UiContext, window: MainWindow, at_once: bool) -> None:
    start_sync(ctx, window)
    if not at_once:  # the app still learns them by sync
        text = QCoreApplication.translate(
            "App", "Los pagos de prueba se verán en la próxima sincronización, no al instante."
        )
        ctx.events.status_message.emit(text)


def run_gui(profile: str | None = None, *, smoke: bool = False) -> int:
    """Open the app on ``profile`` (the active one, demo on a first start). ``smoke`` quits
    once the main window has painted, printing one report line (build checks)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("PagoDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons/pagodesk.png"))))
    installed: list[QTranslator] = []
    try:
        note: tuple[bool, str] | None = None
        while True:  # once more after «Restaurar…»: the profile closed, restored, reopened
            after: dict[str, object] = {}
            code = _open_and_run(app, profile, smoke, installed, after, note)
            from desktop.ui.backups import restore_after

            note = restore_after(after)
            if note is None:
                return code
    finally:  # this run's catalogs go with it (a test, or a second run, starts clean)
        for translator in installed:
            app.removeTranslator(translator)


def _refuse_start(
    app: QApplication, error: BaseException, profile: str, installed: list[QTranslator]
) -> None:
    """The window that says why the profile cannot open (a bug is raised, not shown)."""
    from desktop.ui.start_errors import STARTUP_ERRORS, start_failure_text

    if not isinstance(error, STARTUP_ERRORS):
        raise error
    installed += install_translators(app, "es")
    message = start_failure_text(error, profile)
    QMessageBox.critical(None, QCoreApplication.translate("App", "PagoDesk"), message)


def _open_and_run(
    app: QApplication,
    profile_name: str | None,
    smoke: bool,
    installed: list[QTranslator],
    after: dict[str, object] | None = None,
    note: tuple[bool, str] | None = None,
) -> int:
    try:
        registry = ProfileRegistry()
        installed += install_translators(app, registry.load().general.language)
        profile = registry.get(profile_name) if profile_name else registry.active()
    except Exception as exc:
        _refuse_start(app, exc, profile_name or "", installed)
        return 1
    window = shell_window(profile)
    tasks = TaskRunner()
    opening = ProfileOpening(lambda: _open_profile(profile_name, registry), _unlock, window)
    state: dict[str, object] = {}

    def opened(runtime: object) -> None:
        opened_runtime = cast("Runtime", runtime)
        ctx = UiContext(runtime=opened_runtime, tasks=tasks, events=UiEvents(), registry=registry)
        state["ctx"] = ctx
        attach(window, ctx)
        _after_opening(ctx, window)
        from desktop.ui.backups import start_app_backups

        state["backups"] = start_app_backups(ctx, window, after, note)

    def failed(error: BaseException) -> None:
        state["error"] = error
        window.hide()
        try:
            _refuse_start(app, error, profile_name or "", installed)
        except BaseException:
            state["bug"] = error
        app.exit(1)

    opening.opened.connect(opened)
    opening.failed.connect(failed)
    window.show()
    if smoke:
        from desktop.ui.smoke import quit_when_ready

        quit_when_ready(app, window, list(installed))
    after_first_paint(window, opening.start)
    try:
        code = app.exec()
    finally:
        tasks.wait(10_000)
        ctx = state.get("ctx")
        runtime = ctx.runtime if isinstance(ctx, UiContext) else opening.leftover()
        if runtime is not None:
            _sign_out(runtime)
            runtime.close()
        from desktop.ui.backups import finish_backups

        finish_backups(state.get("backups"))
    bug = state.get("bug")
    if isinstance(bug, BaseException):
        raise bug
    return 1 if "error" in state else code


def _open_profile(profile_name: str | None, registry: ProfileRegistry) -> Runtime:
    """On the opening thread: the profile's runtime, and the first page's modules loaded."""
    from desktop.services.runtime import open_runtime

    runtime = open_runtime(profile_name, registry=registry)
    import desktop.ui.pages.summary.page  # noqa: F401  (its imports, off the GUI thread)

    return runtime


def _unlock(error: BaseException) -> bool:
    from desktop.ui.key_file_prompt import unlock_asking

    return unlock_asking(error)


def _after_opening(ctx: UiContext, window: MainWindow) -> None:
    """Once the Resumen is up: the upkeep, PagoEfectivo (sync, the demo's receiver) and the
    status bar's note when the activity log could not be written."""
    from desktop.services.logs import logging_problem
    from desktop.ui.tasks import Lane

    runtime = ctx.runtime
    ctx.tasks.run(runtime.maintain, lane=Lane.STORAGE, quiet=True)
    ctx.tasks.run(
        lambda: _reach_pagoefectivo(ctx),
        lambda at_once: _on_reached(ctx, window, bool(at_once)),
        lambda exc: _log.warning("PagoEfectivo could not be reached at start: %s", exc),
        owner=window,
    )
    problem = logging_problem()
    if problem is not None:  # the app runs on; the status bar says so
        text = QCoreApplication.translate("App", "Sin registro de actividad: {reason}")
        ctx.events.status_message.emit(text.format(reason=problem))


def _sign_out(runtime: Runtime) -> None:
    """Whoever worked last leaves the staff trail's record on close (a lost database only
    loses that line)."""
    from desktop.services.errors import StorageFailed

    if runtime.actor.is_person:
        try:
            runtime.staff.sign_out(runtime.actor)
        except StorageFailed:
            logging.getLogger(__name__).warning("could not record the sign-out on close")
