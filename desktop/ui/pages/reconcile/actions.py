"""What the queue buttons do: one service call each, through the task runner, then a line of
feedback and a refresh. Workers hand back plain values, never ORM rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.issuing import Outcome
from desktop.services.queues import QueueItem, ReconciliationQueues
from desktop.services.runtime import Runtime
from desktop.ui.context import UiEvents
from desktop.ui.dialogs.detail.reconcile_dialogs import ApproveDialog
from desktop.ui.format import lima_datetime, status_label
from desktop.ui.pages.reconcile.dialogs import AskDialog
from desktop.ui.pages.reconcile.wording import action_error
from desktop.ui.tasks import Lane, TaskRunner

EXTENSION = timedelta(hours=24)


def _label(item: QueueItem) -> str:
    """How a message names the voucher: its CIP, or its order reference when it has none."""
    return f"CIP {item.cip}" if item.cip is not None else item.transaction_code


class QueueActions(QObject):
    """The actions of every queue. ``finished(text, ok)`` after each; ``busy_changed``."""

    finished = Signal(str, bool)
    busy_changed = Signal(bool)

    def __init__(
        self,
        queues: ReconciliationQueues,
        runtime: Runtime,
        tasks: TaskRunner,
        events: UiEvents,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._queues = queues
        self._runtime = runtime
        self._tasks = tasks
        self._events = events
        self._parent = parent
        self.dialog: AskDialog | None = None  # the question on screen, if any (tests use it)
        self.approval: ApproveDialog | None = None  # the supervisor override on screen

    # -- the actions ---------------------------------------------------------------------

    def open(self, item: QueueItem) -> None:
        self._events.open_voucher.emit(item.voucher_id)

    def extend(self, item: QueueItem) -> None:
        """One click: 24 h more than its current deadline (no dialog)."""
        changes, voucher_id = self._runtime.changes, item.voucher_id
        deadline = (item.expires_at or self._runtime.clock()) + EXTENSION

        def work() -> tuple[bool, datetime | None]:
            result = changes.extend(voucher_id, deadline)
            return result.applied, result.voucher.expires_at

        def said(outcome: tuple[bool, datetime | None]) -> tuple[str, bool]:
            applied, expires = outcome
            if not applied:
                return self._moved_meanwhile(), False
            return self.tr("{label}: ahora vence el {when}.").format(
                label=_label(item), when=lima_datetime(expires)
            ), True

        self._run(work, said, Lane.NETWORK)

    def review(self, item: QueueItem, *, ask: bool) -> None:
        """Record that a person looked at it (asking a short note first when ``ask``)."""
        queues, actor, voucher_id = self._queues, self._runtime.actor, item.voucher_id

        def run(note: str) -> None:
            self._run(
                lambda: queues.mark_reviewed(voucher_id, actor, note),
                lambda _id: (
                    self.tr("{label} marcado como revisado.").format(label=_label(item)),
                    True,
                ),
                Lane.STORAGE,
            )

        if not ask:
            run("")
            return
        self._ask(
            self.tr("Marcar revisado"),
            self.tr(
                "Escriba qué revisó o qué decidió (por ejemplo, «coincide con el extracto del "
                "banco»). Queda en el historial del voucher con su nombre y sale de esta lista."
            ),
            self.tr("&Nota:"),
            self.tr("Marcar revisado"),
            run,
            required=True,
        )

    def retry(self, item: QueueItem) -> None:
        """A new attempt with a new code; on success the new voucher opens (to hand it over)."""
        issuer, voucher_id = self._runtime.issuer, item.voucher_id

        def work() -> tuple[Outcome, int | None, int | None]:
            result = issuer.retry(voucher_id)
            return result.outcome, result.voucher.id, result.voucher.cip

        def said(outcome: tuple[Outcome, int | None, int | None]) -> tuple[str, bool]:
            kind, new_id, cip = outcome
            if kind is Outcome.PENDING and new_id is not None:
                self._events.open_voucher.emit(new_id)
                return self.tr("Nuevo código emitido: CIP {cip}. Entréguelo al cliente.").format(
                    cip=cip
                ), True
            if kind is Outcome.FAILED:
                return self.tr(
                    "PagoEfectivo rechazó el nuevo intento: quedó como no emitido."
                ), False
            return self.tr("PagoEfectivo tampoco respondió esta vez: sigue sin confirmar."), False

        self._run(work, said, Lane.NETWORK)

    def discard(self, item: QueueItem) -> None:
        """After a confirmation: the attempt becomes "no emitido"; its unseen code expires."""
        answer = QMessageBox.question(
            self._parent,
            self.tr("Descartar cobro sin confirmar"),
            self.tr(
                "¿Descartar el cobro {code} por {amount}? Quedará como no emitido; si el código "
                "llegó a generarse, nadie lo conoce y vencerá sin pagarse."
            ).format(code=item.transaction_code, amount=item.money),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        issuer, voucher_id = self._runtime.issuer, item.voucher_id
        self._run(
            lambda: issuer.discard(voucher_id).id,
            lambda _id: (
                self.tr("Cobro {code} descartado.").format(code=item.transaction_code),
                True,
            ),
            Lane.STORAGE,
        )

    def approve(self, item: QueueItem) -> None:
        """A supervisor other than the requester applies a requested mark, with their PIN
        on the spot (the detail's approval dialog)."""
        runtime = self._runtime
        asked = [r for r in runtime.reconciliation.open_requests() if r.event_id == item.event_id]
        if not asked:
            self._events.vouchers_changed.emit()
            self.finished.emit(self._moved_meanwhile(), False)
            return
        dialog = ApproveDialog(
            self._tasks,
            runtime.reconciliation,
            asked[0],
            runtime.actor,
            staff=runtime.staff,
            parent=self._parent,
        )

        def done(outcome: Any) -> None:
            self._events.vouchers_changed.emit()
            if outcome.rejected:
                text = self.tr("Solicitud de {who} rechazada: {label} no cambió.")
                self.finished.emit(text.format(who=item.actor or "—", label=_label(item)), True)
                return
            if not outcome.applied:
                self.finished.emit(self._moved_meanwhile(), False)
                return
            text = self.tr("Aprobado: {label} quedó como «{status}».").format(
                label=_label(item), status=status_label(asked[0].to_status)
            )
            late = " " + self.tr("(fuera de plazo)") if outcome.late else ""
            self.finished.emit(text + late, True)

        dialog.succeeded.connect(done)
        dialog.finished.connect(lambda _code: self._forget_approval(dialog))
        self.approval = dialog
        dialog.open()

    def _forget_approval(self, dialog: ApproveDialog) -> None:
        if self.approval is dialog:
            self.approval = None
        dialog.deleteLater()

    # -- the plumbing --------------------------------------------------------------------

    def _ask(
        self,
        title: str,
        explanation: str,
        label: str,
        accept_text: str,
        then: Callable[[str], None],
        *,
        required: bool,
    ) -> None:
        dialog = AskDialog(
            title,
            explanation,
            label,
            required=required,
            accept_text=accept_text,
            parent=self._parent,
        )
        dialog.submitted.connect(then)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: AskDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run(
        self,
        work: Callable[[], Any],
        said: Callable[[Any], tuple[str, bool]],
        lane: Lane,
    ) -> None:
        dialog = self.dialog
        self.busy_changed.emit(True)

        def succeeded(result: Any) -> None:
            self.busy_changed.emit(False)
            text, ok = said(result)
            if dialog is not None:
                dialog.accept()
            self._events.vouchers_changed.emit()
            self.finished.emit(text, ok)

        def failed(error: BaseException) -> None:
            self.busy_changed.emit(False)
            text = action_error(error)
            if dialog is not None and dialog.isVisible():
                dialog.show_problem(text)
                return
            self.finished.emit(text, False)

        self._tasks.run(work, succeeded, failed, lane=lane, owner=self)

    def _moved_meanwhile(self) -> str:
        return self.tr(
            "El voucher cambió mientras tanto: no se aplicó y quedó registrado como discrepancia."
        )
