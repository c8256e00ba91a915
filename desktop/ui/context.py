"""What the pages may use: the profile's services, the task runner and a few app-wide signals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.domain.limatime import Clock, utc_now
from desktop.services.profiles import ProfileRegistry
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.database_link import DatabaseLink
    from desktop.services.runtime import Runtime


class UiEvents(QObject):
    """The few app-wide signals. Receivers disconnect when destroyed (Qt does it for QObjects)."""

    vouchers_changed = Signal()  # something was issued or changed: lists refresh
    open_voucher = Signal(int)  # show the detail of this voucher id
    status_message = Signal(str)  # a short note for the status bar
    synced = Signal(datetime)  # last successful check with PagoEfectivo
    # The one sync scheduler (ui/sync_scheduler.py) listens to the requests and reports back.
    sync_requested = Signal()  # "Sincronizar ahora": a round at once (ignored while one runs)
    sync_cancel_requested = Signal()  # stop the running round after its current batch
    sync_progress = Signal(int, int)  # (done, total) while a round runs
    sync_finished = Signal(object)  # the round's SyncReport (also when cancelled or failed)
    voucher_paid = Signal(int, str)  # (voucher id, one-line description) newly paid
    settings_changed = Signal(object)  # the GeneralSettings just saved, now in use
    actor_changed = Signal(object)  # the Actor just signed in: role-aware screens update
    notify_url_changed = Signal(object)  # the NotifyUrlStatus after a change of the URL


@dataclass
class UiContext:
    """Built once by the composition root. Pages take from it only what they need."""

    runtime: Runtime
    tasks: TaskRunner
    events: UiEvents
    registry: ProfileRegistry
    clock: Clock = utc_now
    link: DatabaseLink | None = None  # whether the database answers (set once the window is up)
