"""The detail's actions row: buttons enabled as the voucher's state allows (action_rules.py),
the dialog of each, "Volver a consultar" (F5), the approval of a requested payment, the slip."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import Action
from desktop.domain.status import may_mark_expired
from desktop.services.reconcile import ApprovalRequest, ReconcileError
from desktop.services.slip_view import SlipPicture, slip_picture
from desktop.services.sync import SyncReport
from desktop.services.views import VoucherView
from desktop.ui.dialogs.detail.action_dialog import ActionDialog, Outcome
from desktop.ui.dialogs.detail.action_messages import network_text, not_applied_text, recheck_text
from desktop.ui.dialogs.detail.action_rules import (
    ACTIONS,
    DetailServices,
    allowed_actions,
)
from desktop.ui.dialogs.detail.change_dialogs import AnnulDialog, ExtendDialog
from desktop.ui.dialogs.detail.reconcile_dialogs import (
    ApproveDialog,
    MarkExpiredDialog,
    MarkPaidDialog,
)
from desktop.ui.dialogs.detail.slip_viewer import SlipViewer
from desktop.ui.format import lima_datetime, status_label
from desktop.ui.message_style import Severity
from desktop.ui.roles import refusal
from desktop.ui.tasks import Lane, TaskRunner

NEEDS = {"annul": Action.ANNUL}  # the buttons a role may lack (approving asks a supervisor's PIN)
DEADLINE_CHECK_MS = 15_000  # how often a "Marcar expirado" waiting for the deadline looks again


class ActionBar(QWidget):
    """Buttons enabled only when the state allows; each opens a small dialog whose work
    runs in the task runner. ``changed`` after an action changed the voucher."""

    feedback = Signal(str, str)  # a line for the dialog's footer, and its Severity
    changed = Signal()  # the voucher changed: reload it and tell the app

    def __init__(
        self,
        tasks: TaskRunner,
        services: DetailServices,
        *,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._services = services
        self._clock = clock
        self.slip_viewer: SlipViewer | None = None  # the last one opened
        self.voucher: VoucherView | None = None
        self.request: ApprovalRequest | None = None
        self.evidence: str | None = None
        self.rechecking = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Acciones:"), self)
        caption.setStyleSheet("color:#555;")
        row.addWidget(caption)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, tip in (
            (
                "recheck",
                self.tr("Volver a consultar"),
                self.tr("Preguntar ahora a PagoEfectivo por este voucher (F5)"),
            ),
            ("extend", self.tr("Extender vencimiento…"), self.tr("Dar más plazo para pagar")),
            ("annul", self.tr("Anular…"), self.tr("Eliminar el código en PagoEfectivo")),
            (
                "mark_paid",
                self.tr("Marcar pagado…"),
                self.tr("Registrar un pago con su número de operación o constancia"),
            ),
            (
                "mark_expired",
                self.tr("Marcar expirado…"),
                self.tr("Registrar que este voucher no se pagará"),
            ),
            ("approve", self.tr("Aprobar pago…"), self.tr("Aprobar el pago manual solicitado")),
            ("evidence", self.tr("Ver constancia"), self.tr("Abrir la constancia de pago")),
        ):
            button = QPushButton(label, self)
            button.setObjectName(f"action_{key}")
            button.setProperty("help", tip)
            button.setEnabled(False)
            button.clicked.connect(getattr(self, f"_on_{key}_clicked"))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.buttons["approve"].hide()
        self.buttons["evidence"].hide()
        self.deadline_timer = QTimer(self)
        self.deadline_timer.setInterval(DEADLINE_CHECK_MS)
        self.deadline_timer.timeout.connect(self._show_again)

    # -- state -------------------------------------------------------------------------

    def show_state(
        self, voucher: VoucherView, request: ApprovalRequest | None, evidence: str | None
    ) -> None:
        """Enable what ``voucher`` admits; each disabled button says why."""
        self.voucher, self.request, self.evidence = voucher, request, evidence
        has_cip = voucher.cip is not None
        allowed = allowed_actions(voucher.status, has_cip, request is not None)
        # Expired by hand only once the deadline has passed (the service refuses it before):
        # until then the button waits, saying when, and checks again every few seconds.
        early = not may_mark_expired(voucher.expires_at, self._clock())
        for key in ACTIONS[:6]:
            button = self.buttons[key]
            enabled = key in allowed and not self.rechecking
            waiting = enabled and key == "mark_expired" and early
            needed = NEEDS.get(key)
            if enabled and needed is not None and not self._services.actor.may(needed):
                button.setEnabled(False)
                button.setToolTip(refusal(needed))
                continue
            button.setEnabled(enabled and not waiting)
            if waiting:
                button.setToolTip(self._before_deadline(voucher))
            else:
                button.setToolTip(
                    button.property("help") if enabled else self._why_not(key, voucher)
                )
            if key == "mark_expired":
                if waiting:
                    self.deadline_timer.start()
                else:
                    self.deadline_timer.stop()
        self.buttons["approve"].setVisible(request is not None)
        self.buttons["evidence"].setVisible(evidence is not None)
        self.buttons["evidence"].setEnabled(evidence is not None)
        self.buttons["evidence"].setToolTip(self.buttons["evidence"].property("help"))

    def _before_deadline(self, voucher: VoucherView) -> str:
        return self.tr(
            "Se podrá marcar expirado desde el {when}, cuando venza: hasta entonces PagoEfectivo "
            "acepta el pago. Para que no se pueda pagar desde ahora, use «Anular…»."
        ).format(when=lima_datetime(voucher.expires_at))

    def _why_not(self, key: str, voucher: VoucherView) -> str:
        if self.rechecking:
            return self.tr("Espere: se está consultando a PagoEfectivo.")
        if voucher.cip is None:
            return self.tr("Este voucher no tiene CIP: no hay nada que hacer en PagoEfectivo.")
        if key == "mark_paid" and self.request is not None:
            return self.tr("Ya hay un pago manual esperando la aprobación de otra persona.")
        return self.tr("No disponible para un voucher «{status}».").format(
            status=status_label(voucher.status)
        )

    def _show_again(self) -> None:
        """The buttons once more for the voucher shown (rechecking started or ended)."""
        if self.voucher is not None:
            self.show_state(self.voucher, self.request, self.evidence)

    def request_text(self) -> str:
        """The banner of a manual payment waiting for approval (empty when none)."""
        if self.request is None:
            return ""
        return self.tr(
            "Pago manual pendiente de aprobación (solicitado por {who} el {when}). Otra "
            "persona debe aprobarlo con «Aprobar pago…»."
        ).format(who=self.request.requested_by, when=lima_datetime(self.request.requested_at))

    # -- the actions -------------------------------------------------------------------

    def recheck(self) -> None:
        """F5 / "Volver a consultar": ask PagoEfectivo about this voucher now."""
        if self.voucher is None or not self.buttons["recheck"].isEnabled():
            return
        sync, voucher_id = self._services.sync, self.voucher.id
        self.rechecking = True
        self._show_again()
        self.feedback.emit(self.tr("Consultando a PagoEfectivo…"), Severity.INFO)
        self._tasks.run(
            lambda: sync.recheck(voucher_id),
            self._on_recheck_done,
            self._on_recheck_failed,
            lane=Lane.NETWORK,
            owner=self,
        )

    def _on_recheck_done(self, report: SyncReport) -> None:
        self.rechecking = False
        self._show_again()
        self.feedback.emit(*recheck_text(report))
        self.changed.emit()  # last check stamped, maybe moved: reload

    def _on_recheck_failed(self, error: BaseException) -> None:
        self.rechecking = False
        self._show_again()
        self.feedback.emit(network_text(error), Severity.ERROR)

    def _on_recheck_clicked(self) -> None:
        self.recheck()

    def _on_extend_clicked(self) -> None:
        if self.voucher is None:
            return
        dialog = ExtendDialog(
            self._tasks,
            self._services.changes,
            self._services.limits,
            self.voucher,
            clock=self._clock,
            parent=self.window(),
        )
        self._run(dialog, self._extended)

    def _extended(self, outcome: Outcome, dialog: Any) -> str:
        if not outcome.applied:
            return not_applied_text()
        return self.tr("Vencimiento extendido: ahora vence el {when}.").format(
            when=lima_datetime(dialog.deadline)
        )

    def _on_annul_clicked(self) -> None:
        if self.voucher is None:
            return
        dialog = AnnulDialog(self._tasks, self._services.changes, self.voucher, self.window())
        self._run(
            dialog,
            lambda outcome, _dialog: (
                self.tr("Anulado en PagoEfectivo: el cliente ya no puede pagar este código.")
                if outcome.applied
                else not_applied_text()
            ),
        )

    def _mark_dialog(self, kind: type[MarkPaidDialog | MarkExpiredDialog]) -> ActionDialog:
        """ "Marcar pagado" / "Marcar expirado" for the voucher shown, as this station's actor."""
        services = self._services
        return kind(
            self._tasks,
            services.reconciliation,
            self.voucher,
            services.actor,
            clock=self._clock,
            staff=services.staff,
            parent=self.window(),
        )

    def _on_mark_paid_clicked(self) -> None:
        self._run(self._mark_dialog(MarkPaidDialog), self._marked_paid)

    def _marked_paid(self, outcome: Outcome, dialog: Any) -> str:
        if outcome.request is not None:
            return self.tr("Solicitud registrada: un supervisor debe aprobar el pago.")
        if not outcome.applied:
            return not_applied_text()
        who = dialog.actor.name
        if outcome.late:
            return self.tr("Marcado como pagado fuera de plazo por {who}.").format(who=who)
        return self.tr("Marcado como pagado por {who}.").format(who=who)

    def _on_mark_expired_clicked(self) -> None:
        self._run(
            self._mark_dialog(MarkExpiredDialog),
            lambda outcome, _dialog: (
                self.tr("Marcado como expirado.") if outcome.applied else not_applied_text()
            ),
        )

    def _on_approve_clicked(self) -> None:
        if self.request is None:
            return
        services = self._services
        dialog = ApproveDialog(
            self._tasks,
            services.reconciliation,
            self.request,
            services.actor,
            staff=services.staff,
            parent=self.window(),
        )
        self._run(dialog, self._approved)

    def _approved(self, outcome: Outcome, _dialog: Any) -> str:
        if outcome.rejected:
            return self.tr("Solicitud rechazada: el voucher no cambió.")
        if not outcome.applied:
            return not_applied_text()
        if self.request is not None and self.request.to_status == "expired":
            return self.tr("Aprobado: el voucher quedó como expirado.")
        return self.tr("Pago aprobado: el voucher quedó como pagado.")

    def _run(self, dialog: ActionDialog, words: Callable[[Outcome, Any], str]) -> None:
        """Open ``dialog``; once its work succeeded, say what happened and reload."""

        def done(outcome: Outcome) -> None:
            if isValid(self):
                done_as_asked = outcome.applied or outcome.request is not None or outcome.rejected
                severity = Severity.SUCCESS if done_as_asked else Severity.WARNING
                self.feedback.emit(words(outcome, dialog), severity)
                self.changed.emit()

        dialog.succeeded.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_evidence_clicked(self) -> None:
        if self.evidence is not None:
            self.open_evidence(self.evidence)

    def open_evidence(self, sha256: str) -> None:
        """Show a kept slip inside the app ("Ver constancia"): its bytes come from the
        database (on any PC), checked against the hash its event recorded."""
        if self.voucher is None:
            return
        reconciliation, voucher_id = self._services.reconciliation, self.voucher.id
        self.feedback.emit(self.tr("Abriendo la constancia…"), Severity.INFO)
        self._tasks.run(
            lambda: slip_picture(reconciliation, voucher_id, sha256),
            self._on_slip_read,
            self._on_evidence_failed,
            lane=Lane.STORAGE,
            owner=self,
        )

    def _on_slip_read(self, slip: SlipPicture) -> None:
        self.feedback.emit("", Severity.INFO)
        self.slip_viewer = SlipViewer(slip, self._tasks, self.window())
        self.slip_viewer.show()

    def _on_evidence_failed(self, error: BaseException) -> None:
        code = error.code if isinstance(error, ReconcileError) else ""
        if code == "evidence_elsewhere":
            text = self.tr(
                "Esta constancia se guardó solo en la PC donde se registró, antes de que las "
                "constancias se guardaran en la base de datos: ábrala en esa PC."
            )
        elif code == "evidence_altered":
            text = self.tr(
                "La constancia guardada no coincide con la registrada: fue alterada. Avise al "
                "responsable."
            )
        elif code == "evidence_unreadable":
            text = self.tr("La constancia guardada no es una imagen ni un PDF que se pueda leer.")
        elif isinstance(error, OSError) and error.strerror:  # never the file's path
            text = self.tr("No se pudo abrir la constancia: {error}").format(error=error.strerror)
        else:  # the log has the detail; a file name of ours is no help at the counter
            text = self.tr(
                "No se pudo abrir la constancia. Intente de nuevo o avise al responsable."
            )
        self.feedback.emit(text, Severity.ERROR)
