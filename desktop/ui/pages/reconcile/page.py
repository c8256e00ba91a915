"""The "Conciliación" page: the queues that need a person, sync now, settlement import."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import Action, Actor
from desktop.services.queues import QueueSnapshot, ReconciliationQueues
from desktop.services.runtime import Runtime
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.file_dialogs import OpenFolderButton
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.message_style import Severity, show_message
from desktop.ui.pages.reconcile import columns
from desktop.ui.pages.reconcile.actions import QueueActions
from desktop.ui.pages.reconcile.closing_dialog import ClosingDialog
from desktop.ui.pages.reconcile.import_screen import ImportScreen
from desktop.ui.pages.reconcile.queue_model import Column
from desktop.ui.pages.reconcile.queue_view import QueueView, voucher_id_of
from desktop.ui.pages.reconcile.sync_bar import SyncBar
from desktop.ui.roles import refusal
from desktop.ui.tasks import Lane, TaskRunner

CHANGES_DELAY_MS = 300
TICK_MS = 60_000
TITLES = {
    "discrepancies": QT_TRANSLATE_NOOP("ReconcilePage", "Discrepancias ({n})"),
    "expiring": QT_TRANSLATE_NOOP("ReconcilePage", "Por vencer ({n})"),
    "unconfirmed": QT_TRANSLATE_NOOP("ReconcilePage", "Sin confirmar ({n})"),
    "late_payments": QT_TRANSLATE_NOOP("ReconcilePage", "Pagos tardíos ({n})"),
    "approvals": QT_TRANSLATE_NOOP("ReconcilePage", "Aprobaciones ({n})"),
    "unknown": QT_TRANSLATE_NOOP("ReconcilePage", "CIP ajenos ({n})"),
}
HINTS = {
    "discrepancies": QT_TRANSLATE_NOOP(
        "ReconcilePage",
        "PagoEfectivo y este registro no coinciden. Abra el voucher para ver sus eventos, "
        "resuelva el caso y márquelo como revisado.",
    ),
    "expiring": QT_TRANSLATE_NOOP(
        "ReconcilePage",
        "Pendientes de pago que vencen en las próximas 24 horas. «Extender 24 h» le da un "
        "día más al cliente con el mismo código.",
    ),
    "unconfirmed": QT_TRANSLATE_NOOP(
        "ReconcilePage",
        "PagoEfectivo no respondió y no se sabe si el código se generó: no entregue ningún "
        "código. «Reintentar» pide uno nuevo; «Descartar» deja el intento como no emitido.",
    ),
    "late_payments": QT_TRANSLATE_NOOP(
        "ReconcilePage",
        "Pagos confirmados después del vencimiento (últimos 30 días). Verifique que el pedido "
        "se atendió y márquelos como revisados.",
    ),
    "approvals": QT_TRANSLATE_NOOP(
        "ReconcilePage",
        "Pagos marcados a mano que esperan la aprobación de otra persona.",
    ),
    "unknown": QT_TRANSLATE_NOOP(
        "ReconcilePage",
        "PagoEfectivo avisó pagos de códigos que no son de este perfil (últimos 30 días). "
        "Si no los reconoce, consúltelo con PagoEfectivo.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReconcilePage", text)


class ReconcilePage(QWidget):
    """Tabs of queues with their counts; every action refreshes them."""

    def __init__(
        self,
        queues: ReconciliationQueues,
        runtime: Runtime,
        tasks: TaskRunner,
        events: UiEvents,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._queues = queues
        self._runtime = runtime
        self._tasks = tasks
        self._events = events
        self._clock = clock
        self._loading = False
        self._again = False
        self._reads = 0  # queue reads started so far
        self._round: tuple[Any, int] | None = None  # a sync round to word, and the reads
        # started before it ended (its words wait for a read started after)
        self.snapshot: QueueSnapshot | None = None
        self.queue_actions = QueueActions(queues, runtime, tasks, events, self)
        self._build()
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGES_DELAY_MS)
        self._changes_timer.timeout.connect(self.refresh)
        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self._on_tick_timer_timeout)
        self._tick_timer.start(TICK_MS)
        self._connect()
        self.apply_actor(runtime.actor)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Conciliación"), self)
        title.setStyleSheet("font-size:20px;font-weight:600;")
        heading.addWidget(title)
        heading.addStretch(1)
        self.closing_button = QPushButton(self.tr("Cierre del día…"), self)
        self.closing_button.setMinimumHeight(30)
        self.closing_button.setToolTip(self.tr("Resumen del día por cajero, en PDF o CSV"))
        heading.addWidget(self.closing_button)
        heading.addSpacing(12)
        self.sync_bar = SyncBar(self._events, self)
        heading.addWidget(self.sync_bar)
        layout.addLayout(heading)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.views: dict[str, QueueView] = {}
        self._add_views()
        runtime = self._runtime
        self.importer = ImportScreen(
            runtime.settlement, runtime.profile.name, self._tasks, self._events, self
        )
        self.tabs.addTab(self.importer, self.tr("Importar liquidación"))
        layout.addWidget(self.tabs, 1)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("reconcileFeedback")
        self.feedback.setWordWrap(True)
        self.open_folder_button = OpenFolderButton(self)
        footer = QHBoxLayout()
        footer.addWidget(self.feedback, 1)
        footer.addWidget(self.open_folder_button)
        layout.addLayout(footer)

    def _view(
        self,
        key: str,
        cols: list[Column],
        row_id: Callable[[Any], int | None] = voucher_id_of,
    ) -> QueueView:
        view = QueueView(cols, _tr(HINTS[key]), row_id, parent=self)
        self.views[key] = view
        self.tabs.addTab(view, _tr(TITLES[key]).format(n=0))
        view.voucher_activated.connect(self._events.open_voucher)
        return view

    def _add_views(self) -> None:
        actions = self.queue_actions
        view = self._view("discrepancies", columns.discrepancy_columns())
        view.add_action(self.tr("Abrir"), actions.open)
        self.review_buttons = [
            view.add_action(
                self.tr("Marcar revisado…"),
                lambda item: actions.review(item, ask=True),
                primary=True,
                allowed=lambda _row: self._runtime.actor.may(Action.REVIEW),
            )
        ]
        view = self._view("expiring", columns.expiring_columns(self._clock))
        view.add_action(self.tr("Abrir"), actions.open)
        view.add_action(self.tr("Extender 24 h"), actions.extend, primary=True)
        view = self._view("unconfirmed", columns.unconfirmed_columns())
        view.add_action(self.tr("Descartar"), actions.discard)
        view.add_action(self.tr("Reintentar"), actions.retry, primary=True)
        view = self._view("late_payments", columns.late_columns())
        view.add_action(self.tr("Abrir"), actions.open)
        self.review_buttons.append(
            view.add_action(
                self.tr("Marcar revisado"),
                lambda item: actions.review(item, ask=False),
                primary=True,
                allowed=lambda _row: self._runtime.actor.may(Action.REVIEW),
            )
        )
        view = self._view("approvals", columns.approval_columns())
        view.add_action(self.tr("Abrir"), actions.open)
        view.add_action(self.tr("Aprobar…"), actions.approve, primary=True)
        self._view("unknown", columns.unknown_columns(), row_id=lambda row: None)
        self.tabs.setTabVisible(self.tabs.indexOf(self.views["unknown"]), False)

    def _connect(self) -> None:
        self._events.vouchers_changed.connect(self._on_events_vouchers_changed)
        self._events.sync_finished.connect(self._on_events_sync_finished)
        self.sync_bar.finished.connect(self._on_sync_bar_finished)
        self.sync_bar.completed.connect(self._on_sync_bar_completed)
        self.importer.finished.connect(self._on_importer_finished)
        self.closing_button.clicked.connect(self._on_closing_button_clicked)
        self.queue_actions.finished.connect(self._on_actions_finished)
        self.queue_actions.busy_changed.connect(self._on_actions_busy_changed)
        self._events.actor_changed.connect(self.apply_actor)

    def apply_actor(self, actor: Actor) -> None:
        """What the role of who signed in may not do, disabled and said: the settlement
        import (a supervisor's), marking discrepancies and late payments reviewed."""
        index = self.tabs.indexOf(self.importer)
        allowed = actor.may(Action.IMPORT_SETTLEMENT)
        self.tabs.setTabEnabled(index, allowed)
        self.tabs.setTabToolTip(index, "" if allowed else refusal(Action.IMPORT_SETTLEMENT))
        reviews = actor.may(Action.REVIEW)
        for button in self.review_buttons:  # enabled again by the queue on a selection
            button.setToolTip("" if reviews else refusal(Action.REVIEW))
            if not reviews:
                button.setEnabled(False)

    # -- what the main window calls ------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read every queue again (F5, after an action, when something changed)."""
        self._changes_timer.stop()
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._reads += 1
        number = self._reads
        self._tasks.run(
            self._queues.snapshot,
            lambda snapshot: self._on_snapshot_loaded(snapshot, number),
            self._on_snapshot_failed,
            Lane.NETWORK,
            owner=self,
        )

    def show_queue(self, key: str) -> QueueView:
        view = self.views[key]
        self.tabs.setCurrentWidget(view)
        return view

    def tab_title(self, key: str) -> str:
        return self.tabs.tabText(self.tabs.indexOf(self.views[key]))

    def sync_done(self, report: Any, open_discrepancies: int) -> str:
        """A completed round: what it checked and changed, and the discrepancies waiting for
        a person as the Discrepancias tab counts them (the same query, read after the round;
        the round's own findings may repeat one a person already reviewed)."""
        parts = (
            self.tr("Sincronizado: %n consultados", "", report.checked),
            self.tr("%n cambios de estado", "", len(report.changed)),
            self.tr("%n discrepancias por revisar", "", open_discrepancies),
        )
        return ", ".join(parts) + "."

    def is_tab_shown(self, key: str) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(self.views[key]))

    # -- slots ---------------------------------------------------------------------------

    def _on_snapshot_loaded(self, snapshot: QueueSnapshot, number: int) -> None:
        self._loading = False
        self.snapshot = snapshot
        if self._round is not None and number > self._round[1]:
            report, self._round = self._round[0], None
            self._notify(self.sync_done(report, snapshot.counts.get("discrepancies", 0)), ok=True)
        for key, view in self.views.items():
            view.set_rows(getattr(snapshot, key))
            index = self.tabs.indexOf(view)
            self.tabs.setTabText(index, _tr(TITLES[key]).format(n=snapshot.counts.get(key, 0)))
        approvals = self._runtime.reconciliation.require_second_approval
        for key, shown in (
            ("approvals", approvals or snapshot.counts.get("approvals", 0) > 0),
            ("unknown", snapshot.counts.get("unknown", 0) > 0),
        ):
            self.tabs.setTabVisible(self.tabs.indexOf(self.views[key]), shown)
        if self._again:
            self._again = False
            self.refresh()

    def _on_snapshot_failed(self, error: BaseException) -> None:
        self._loading = False
        self._again = False
        self._round = None  # no counts to word it with: the failure is what is said
        self._notify(
            self.tr("No se pudieron leer las listas: {error}").format(error=error), ok=False
        )

    def _on_events_vouchers_changed(self) -> None:
        self._changes_timer.start()  # a burst of changes becomes one read

    def _on_events_sync_finished(self, _report: object) -> None:
        if self._round is None:  # a completed round already asked for the queues
            self._changes_timer.start()

    def _on_tick_timer_timeout(self) -> None:
        if self.isVisible():  # "vence en 3 h" and the 24 h window move with the clock
            self.refresh()

    def _on_sync_bar_finished(self, text: str, ok: bool) -> None:
        self._notify(text, ok=ok)

    def _on_sync_bar_completed(self, report: object) -> None:
        """Worded from the first queue read that starts after the round: the message and
        the tabs then give the same counts."""
        self._round = (report, self._reads)
        self.refresh()

    def _on_actions_finished(self, text: str, ok: bool) -> None:
        self._notify(text, ok=ok)

    def _on_importer_finished(self, text: str, ok: bool) -> None:
        self._notify(text, ok=ok)

    def _on_closing_button_clicked(self) -> None:
        dialog = ClosingDialog(self._runtime, self._tasks, self)
        dialog.finished_report.connect(self._on_closing_finished_report)
        dialog.written.connect(self.open_folder_button.offer)
        dialog.finished.connect(dialog.deleteLater)
        self.closing = dialog
        dialog.open()

    def _on_closing_finished_report(self, text: str, ok: bool) -> None:
        self._notify(text, ok=ok)

    def _on_actions_busy_changed(self, busy: bool) -> None:
        for view in self.views.values():
            view.set_busy(busy)

    def _notify(self, text: str, *, ok: bool) -> None:
        self.open_folder_button.withdraw()
        show_message(self.feedback, text, Severity.SUCCESS if ok else Severity.ERROR)
        self._events.status_message.emit(text)


def create(ctx: UiContext) -> QWidget:
    runtime = ctx.runtime
    queues = ReconciliationQueues(
        runtime.engine, runtime.profile.name, runtime.reconciliation, clock=runtime.clock
    )
    return ReconcilePage(queues, runtime, ctx.tasks, ctx.events, ctx.clock)
