"""Composition root of the GUI: translators, the profile's services, the window and its pages."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.resources import resource_path
from desktop.services.logs import logging_problem
from desktop.services.profiles import ProfileRegistry
from desktop.services.runtime import open_runtime
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.errors import install_excepthook
from desktop.ui.i18n import install_translators
from desktop.ui.key_file_prompt import open_asking_key_file_password
from desktop.ui.main_window import MainWindow
from desktop.ui.start_errors import STARTUP_ERRORS, start_failure_text
from desktop.ui.tasks import TaskRunner

_log = logging.getLogger(__name__)


def build_window(ctx: UiContext) -> MainWindow:
    """The main window with every page, wired to the app-wide signals."""
    from desktop.ui.dialogs import about
    from desktop.ui.dialogs.detail import dialog as detail_dialog
    from desktop.ui.pages.history import page as history_page
    from desktop.ui.pages.issue import page as issue_page
    from desktop.ui.pages.reconcile import page as reconcile_page
    from desktop.ui.pages.settings import page as settings_page
    from desktop.ui.pages.summary import page as summary_page

    profile = ctx.runtime.profile
    window = MainWindow(profile.name, profile.environment.value, ctx.clock)
    summary = summary_page.create(ctx)  # first: the page the app opens on
    window.add_page("summary", QCoreApplication.translate("MainWindow", "Resumen"), summary)
    window.add_page(
        "issue", QCoreApplication.translate("MainWindow", "Nuevo cobro"), issue_page.create(ctx)
    )
    window.add_page(
        "history", QCoreApplication.translate("MainWindow", "Historial"), history_page.create(ctx)
    )
    window.add_page(
        "reconcile",
        QCoreApplication.translate("MainWindow", "Conciliación"),
        reconcile_page.create(ctx),
    )
    settings = settings_page.create(ctx)
    window.add_page("settings", QCoreApplication.translate("MainWindow", "Ajustes"), settings)
    summary.history_requested.connect(lambda wanted: _open_history(window, wanted))
    summary.queue_requested.connect(lambda key: _open_queue(window, key))
    ctx.tasks.busy_changed.connect(window.set_busy)
    ctx.events.status_message.connect(window.show_message)
    ctx.events.synced.connect(window.set_last_sync)
    ctx.events.open_voucher.connect(
        lambda voucher_id: detail_dialog.open_detail(ctx, voucher_id, window)
    )
    window.about_requested.connect(lambda: about.open_about(ctx, window))
    _start_sync(ctx, window, settings)
    install_excepthook(window)
    return window


def _open_history(window: MainWindow, wanted: object) -> None:
    """A Resumen card: the history, filtered as the card's figure was counted."""
    from desktop.ui.pages.history.filters import HistoryFilter
    from desktop.ui.pages.history.page import HistoryScreen

    page = window.show_page("history")
    if isinstance(page, HistoryScreen) and isinstance(wanted, HistoryFilter):
        page.apply_filter(wanted)


def _open_queue(window: MainWindow, key: str) -> None:
    """A Resumen card: the Conciliación tab of that queue."""
    from desktop.ui.pages.reconcile.page import ReconcilePage

    page = window.show_page("reconcile")
    if isinstance(page, ReconcilePage):
        page.show_queue(key)


def _start_sync(ctx: UiContext, window: MainWindow, settings: QWidget) -> None:
    """The one sync scheduler, its status-bar controls, the store watch and the "paid" news."""
    from desktop.services.store_watch import StoreWatch
    from desktop.ui.notifier import PaymentNotifier
    from desktop.ui.store_watcher import StoreWatcher
    from desktop.ui.sync_scheduler import SyncScheduler
    from desktop.ui.toast import Toast

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
    PaymentNotifier(
        events,
        QIcon(str(resource_path("icons/pagodesk.png"))),
        toast=Toast(window),
        window_active=window.isActiveWindow,
        parent=window,
    )
    watcher = StoreWatcher(StoreWatch(runtime.engine), ctx.tasks, events, parent=window)
    watcher.changed.connect(events.vouchers_changed)
    watcher.changed.connect(scheduler.check_payments)  # the paid news within a second
    window.sync_requested.connect(events.sync_requested)
    window.sync_cancel_requested.connect(events.sync_cancel_requested)
    events.sync_progress.connect(window.set_sync_progress)
    events.sync_finished.connect(window.set_sync_finished)
    events.settings_changed.connect(lambda general: scheduler.set_minutes(general.sync_minutes))
    scheduler.stop_when_closed(window)
    watcher.stop_when_closed(window)
    scheduler.start()
    watcher.start()


def _receive_demo_notifications(ctx: UiContext) -> None:
    """Demo profile: the embedded sandbox's payments reach this app at once (its own receiver
    on loopback, stopped with the runtime). Without it the app still learns them by sync."""
    try:
        receiver = ctx.runtime.receive_demo_notifications()
    except OSError as exc:
        _log.warning("the demo notification receiver could not listen: %s", exc)
        receiver = None
    if ctx.runtime.profile.is_demo and (receiver is None or not receiver.registered):
        text = QCoreApplication.translate(
            "App", "Los pagos de prueba se verán en la próxima sincronización, no al instante."
        )
        ctx.events.status_message.emit(text)


def run_gui(profile: str | None = None, *, smoke: bool = False) -> int:
    """Open the app on ``profile`` (the active one, demo on a first start). ``smoke`` quits
    once the main window has painted, printing one report line (build checks)."""
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("PagoDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons/pagodesk.png"))))
    installed: list[QTranslator] = []
    try:
        return _open_and_run(app, profile, smoke, started, installed)
    finally:  # this run's catalogs go with it (a test, or a second run, starts clean)
        for translator in installed:
            app.removeTranslator(translator)


def _open_and_run(
    app: QApplication,
    profile: str | None,
    smoke: bool,
    started: float,
    installed: list[QTranslator],
) -> int:
    try:
        registry = ProfileRegistry()
        installed += install_translators(app, registry.load().general.language)
        runtime = open_asking_key_file_password(lambda: open_runtime(profile, registry=registry))
    except STARTUP_ERRORS as exc:
        installed += install_translators(app, "es")
        message = start_failure_text(exc, profile or "")
        QMessageBox.critical(None, QCoreApplication.translate("App", "PagoDesk"), message)
        return 1
    tasks = TaskRunner()
    ctx = UiContext(runtime=runtime, tasks=tasks, events=UiEvents(), registry=registry)
    try:
        window = build_window(ctx)
        window.show()
        _receive_demo_notifications(ctx)
        problem = logging_problem()
        if problem is not None:  # the app runs on; the status bar says so
            text = QCoreApplication.translate("App", "Sin registro de actividad: {reason}")
            ctx.events.status_message.emit(text.format(reason=problem))
        if smoke:
            from desktop.ui.smoke import quit_after_first_paint

            quit_after_first_paint(app, window, started, list(installed))
        return app.exec()
    finally:
        tasks.wait(10_000)
        runtime.close()
