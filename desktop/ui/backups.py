"""The app's automatic backups (services/auto_backup.py) and the status bar's warning.

``BackupScheduler`` takes the daily copy when the app opens on a day with none (and, with
the app left open past midnight, on its next look: every ``CHECK_MS``), a copy on close
(off the GUI thread; the process waits for it before it ends, see ``finish``) unless a good
one is fresh, and «Hacer copia ahora». ``BackupWarning`` is the status bar's note when the
last good copy is older than 3 days; a click opens Ajustes → Copias de seguridad.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.services.auto_backup import AutoBackup, BackupState
from desktop.services.backup_record import BackupEntry
from desktop.ui.format import lima_datetime
from desktop.ui.tasks import Lane, TaskRunner

if TYPE_CHECKING:
    from desktop.services.profile_lock import ProfileHold
    from desktop.services.profiles import Profile
    from desktop.ui.context import UiContext
    from desktop.ui.main_window import MainWindow

CHECK_MS = 15 * 60_000
_log = logging.getLogger(__name__)


class BackupScheduler(QObject):
    """The one place the app takes copies. ``state_changed`` carries the ``BackupState``
    after each look and each copy; ``taken`` the ``BackupEntry`` of each attempt."""

    state_changed = Signal(object)
    taken = Signal(object)
    restore_requested = Signal(object)  # a checked file (Path): the app closes and restores

    def __init__(
        self,
        auto: AutoBackup,
        tasks: TaskRunner,
        *,
        check_ms: int = CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.auto = auto
        self._tasks = tasks
        self.state: BackupState | None = None
        self.copying = False
        self.restoring = False  # the app closes to restore: no copy on close
        self._closing: threading.Thread | None = None
        self.hold: ProfileHold | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check_daily)

    def start(self) -> None:
        self._timer.start()
        self.check_daily()

    def check_daily(self) -> None:
        """The day's copy if it is due (read off the GUI thread), and the state refreshed."""
        if self.copying:
            return
        auto = self.auto

        def look() -> tuple[bool, BackupState]:
            return auto.due_today(), auto.state()

        self._tasks.run(look, self._on_looked, self._on_failed, Lane.NETWORK, quiet=True)

    def _on_looked(self, looked: tuple[bool, BackupState]) -> None:
        due, state = looked
        self._show(state)
        if due:
            self.take("daily")

    def take(self, reason: str = "manual") -> bool:
        """A copy now, off the GUI thread (False while one is under way)."""
        if self.copying or not self.auto.automatic:
            return False
        self.copying = True
        auto = self.auto

        def copy() -> tuple[BackupEntry, BackupState]:
            entry = auto.take(reason)
            return entry, auto.state()

        self._tasks.run(
            copy, self._on_taken, self._on_failed, Lane.NETWORK, quiet=reason != "manual"
        )
        return True

    def _on_taken(self, done: tuple[BackupEntry, BackupState]) -> None:
        self.copying = False
        entry, state = done
        self.taken.emit(entry)
        self._show(state)

    def _on_failed(self, _error: BaseException) -> None:  # logged by the task runner
        self.copying = False

    def _show(self, state: BackupState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def request_restore(self, file: Path) -> None:
        self.restoring = True
        self.restore_requested.emit(file)

    # -- closing -------------------------------------------------------------------------

    def copy_when_closed(self, window: QObject) -> None:
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self.closing()
        return False

    def closing(self) -> None:
        """The window closed: one copy on a thread of its own, unless a good one is fresh
        (or the app closes to restore). ``finish`` waits for it."""
        self._timer.stop()
        if self.restoring or self._closing is not None:
            return
        auto = self.auto

        def copy() -> None:
            if auto.due_on_close():
                auto.take("close")

        self._closing = threading.Thread(target=copy, name="backup-on-close")
        self._closing.start()

    def finish(self) -> None:
        """Before the process ends (or the profile closes): the copy on close is complete."""
        if self._closing is not None:
            self._closing.join()
        if self.hold is not None:
            self.hold.release()
            self.hold = None


class BackupWarning(QPushButton):
    """Shown only while the last good copy is older than 3 days (or there is none and some
    vouchers are); its tooltip says what to do, a click asks for the backups panel."""

    def __init__(self, scheduler: BackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupWarning")
        self.setFlat(True)
        self.setStyleSheet("QPushButton#backupWarning{color:#8a4b00;font-weight:600;}")
        self.hide()
        scheduler.state_changed.connect(self.show_state)

    def show_state(self, state: BackupState) -> None:
        self.setVisible(state.stale)
        if not state.stale:
            return
        good = state.last_good
        if good is None:
            self.setText(self.tr("⚠ Sin copia de seguridad"))
            since = self.tr("Este perfil aún no tiene ninguna copia de seguridad buena.")
        else:
            self.setText(self.tr("⚠ Copia de seguridad vieja"))
            since = self.tr("La última copia buena es del {when}.").format(
                when=lima_datetime(good.at)
            )
        self.setToolTip(
            since
            + "\n"
            + self.tr(
                "Conecte la memoria USB (o la carpeta elegida) y pulse «Hacer copia ahora» en "
                "Ajustes → Copias de seguridad. Clic: abrir ese panel."
            )
        )


def start_backups(
    ctx: UiContext, window: MainWindow, on_restore: Callable[[Path], None]
) -> BackupScheduler:
    """The open profile's copies and its warning in the status bar; this process holds the
    profile (``pagodesk restore`` waits for it to close). ``on_restore``: a checked file
    the person chose to restore (the app closes the profile, restores, opens it again)."""
    from desktop.services.profile_lock import hold

    runtime = ctx.runtime
    auto = AutoBackup(runtime.profile, runtime.engine, runtime.general, clock=ctx.clock)
    scheduler = BackupScheduler(auto, ctx.tasks, parent=ctx.events)
    try:
        scheduler.hold = hold(runtime.profile.name)
    except OSError as exc:
        _log.warning("the profile could not be marked open: %s", exc)
    warning = BackupWarning(scheduler, parent=window)
    window.add_status_light(warning)
    warning.clicked.connect(lambda: open_backups(window))
    ctx.events.settings_changed.connect(auto.use)
    scheduler.restore_requested.connect(on_restore)
    scheduler.copy_when_closed(window)
    scheduler.start()
    return scheduler


def open_backups(window: MainWindow) -> None:
    page = window.show_page("settings")
    show = getattr(page, "show_backups", None)
    if callable(show):
        show()


def restore_between_runs(profile: Profile, file: Path) -> tuple[bool, str]:
    """With the profile closed: restore ``file`` (checked again, a safety copy first); what
    to tell the person once it is open again."""
    from desktop.services.backup import BackupError, restore_backup
    from desktop.services.chain_keys import chain_key
    from desktop.ui.pages.settings.backup_panel import error_of

    try:
        done = restore_backup(profile, file, lambda engine: chain_key(profile, engine))
    except (BackupError, OSError) as exc:
        text = QCoreApplication.translate("BackupPanel", "No se restauró «{name}»: {error}")
        return False, text.format(name=file.name, error=error_of(exc))
    text = QCoreApplication.translate(
        "BackupPanel",
        "Copia «{name}» restaurada (sello {head}). Los datos que reemplazó quedaron en {safety}.",
    )
    return True, text.format(name=file.name, head=done.head or "—", safety=done.safety_copy)


def start_app_backups(
    ctx: UiContext,
    window: MainWindow,
    after: dict[str, object] | None,
    note: tuple[bool, str] | None,
) -> object:
    """The automatic copies, the status bar's warning; «Restaurar…» closes the app's profile
    (``after`` says what to restore); ``note``: what the last restore did."""

    def restore(file: object) -> None:
        if after is not None:
            after.update(restore=file, profile=ctx.runtime.profile)
        QCoreApplication.quit()

    if note is not None:
        box = QMessageBox.information if note[0] else QMessageBox.warning
        QTimer.singleShot(0, window, lambda: box(window, window.windowTitle(), note[1]))
    return start_backups(ctx, window, restore)


def finish_backups(scheduler: object) -> None:
    """The copy on close, complete before the process ends; the profile no longer held."""
    finish = getattr(scheduler, "finish", None)
    if callable(finish):
        finish()


def restore_after(after: dict[str, object]) -> tuple[bool, str] | None:
    """With the app's profile closed, the restore it asked for; None when none was asked."""
    from desktop.services.profiles import Profile  # noqa: F811  (at run time)

    file, profile = after.get("restore"), after.get("profile")
    if not isinstance(file, Path) or not isinstance(profile, Profile):
        return None
    return restore_between_runs(profile, file)
