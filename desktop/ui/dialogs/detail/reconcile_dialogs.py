"""Manual reconciliation from the detail: Marcar pagado (with proof), Marcar expirado, and
Aprobar pago (the second person of a requested "paid")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import PASSWORD_MAX, PIN_MAX, Action, Actor, StaffError
from desktop.services.reconcile import (
    REASON_MAX,
    ApprovalRequest,
    ManualReconciliation,
    ReconcileError,
)
from desktop.services.staff import StaffService
from desktop.services.views import VoucherView
from desktop.ui.dialogs.detail.action_dialog import (
    ActionDialog,
    Outcome,
    Work,
    edit_moment,
    lima_edit,
    plain,
)
from desktop.ui.dialogs.detail.action_messages import reconcile_problem
from desktop.ui.file_dialogs import ask_open_path
from desktop.ui.format import lima_datetime
from desktop.ui.staff_words import staff_problem
from desktop.ui.tasks import Lane, TaskRunner

OPERATION_MAX = 14


class _ReconcileDialog(ActionDialog):
    """Shared rows (reason, who records it) and the wording of the service's refusals.
    ``subject`` is the voucher (a snapshot) or, to approve, the ApprovalRequest; ``actor``
    is the person signed in (who records it; to approve, who is proposed)."""

    def __init__(
        self,
        tasks: TaskRunner,
        reconciliation: ManualReconciliation,
        subject: Any,
        actor: Actor,
        *,
        clock: Clock = utc_now,
        staff: StaffService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lane=Lane.STORAGE, parent=parent)
        self._reconciliation = reconciliation
        self._clock = clock
        self._staff = staff
        self.actor = actor
        self._voucher_id: int = getattr(subject, "voucher_id", None) or subject.id
        self.build(subject, actor)

    def build(self, subject: Any, actor: Actor) -> None:
        raise NotImplementedError

    def add_reason(self, placeholder: str) -> QLineEdit:
        edit = self.line_edit(REASON_MAX, placeholder)
        self.add_row("reason", self.tr("Motivo"), edit)
        return edit

    def add_actor(self, caption: str, actor: Actor) -> None:
        """Who records it: the person signed in (switch user to record as another)."""
        self.add_row("actor", caption, QLabel(actor.name, self))

    def place_error(self, error: BaseException) -> bool:
        if isinstance(error, StaffError):
            key, text = staff_problem(error)
            self.error_at(key if key in self.rows else None, text)
            return True
        if not isinstance(error, ReconcileError):
            return False
        for problem in getattr(error, "problems", None) or (error,):  # all of them at once
            key, text = reconcile_problem(problem)
            self.error_at(key, text)
        return True


class MarkPaidDialog(_ReconcileDialog):
    """Paid at an agent or a bank, as the customer's slip shows: the operation number and/or
    the slip itself (photo or PDF), a reason, optionally when it was paid."""

    def build(self, voucher: VoucherView, actor: Actor) -> None:
        self.set_texts(
            self.tr("Marcar pagado — CIP {cip}").format(cip=voucher.cip),
            self.tr(
                "Registre un pago que PagoEfectivo todavía no informó, con el número de "
                "operación o la constancia que muestra el cliente."
            ),
            self.tr("Marcar pagado"),
        )
        notes = []
        if voucher.status == "expired":
            notes.append(
                self.tr(
                    "El voucher está expirado: si se pagó después del vencimiento, quedará "
                    "como pago fuera de plazo."
                )
            )
        if self._reconciliation.require_second_approval and not actor.may(Action.MARK_DIRECT):
            notes.append(self.tr("Un supervisor deberá aprobar este pago antes de que se aplique."))
        self.show_note(" ".join(notes))
        self.operation_edit = self.line_edit(OPERATION_MAX, self.tr("p. ej. 004512"))
        self.add_row("operation", self.tr("Número de operación"), self.operation_edit)
        self.evidence_path = ""
        self.evidence_edit = QLineEdit(self)
        self.evidence_edit.setReadOnly(True)
        self.evidence_edit.setPlaceholderText(self.tr("sin constancia adjunta"))
        self.evidence_button = QPushButton(self.tr("Elegir…"), self)
        self.evidence_clear = QPushButton(self.tr("Quitar"), self)
        self.evidence_clear.setEnabled(False)
        evidence_row = QHBoxLayout()
        for widget in (self.evidence_edit, self.evidence_button, self.evidence_clear):
            evidence_row.addWidget(widget)
        self.add_row("evidence", self.tr("Constancia (foto o PDF)"), evidence_row)
        self.reason_edit = self.add_reason(self.tr("p. ej. el cliente mostró el voucher pagado"))
        self.paid_at_check = QCheckBox(self.tr("Indicar cuándo se pagó"), self)
        self.paid_at_edit = lima_edit(self, self._clock())
        self.paid_at_edit.setEnabled(False)
        paid_row = QHBoxLayout()
        paid_row.addWidget(self.paid_at_check)
        paid_row.addWidget(self.paid_at_edit)
        paid_row.addStretch(1)
        self.add_row("paid_at", self.tr("Fecha del pago"), paid_row)
        self.add_actor(self.tr("Registrado por"), actor)
        self.paid_at_check.toggled.connect(self.paid_at_edit.setEnabled)
        self.evidence_button.clicked.connect(self._on_evidence_clicked)
        self.evidence_clear.clicked.connect(lambda: self.set_evidence(""))

    def set_evidence(self, path: str) -> None:
        self.evidence_path = path
        self.evidence_edit.setText(Path(path).name if path else "")
        self.evidence_edit.setToolTip(path)
        self.evidence_clear.setEnabled(bool(path))
        self.rows["evidence"].clear_error()

    def _on_evidence_clicked(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Elegir la constancia de pago"),
            self.tr("Foto o PDF (*.jpg *.jpeg *.png *.pdf)"),
        )
        if path is not None:
            self.set_evidence(str(path))

    def prepare(self) -> Work | None:
        manual, voucher_id = self._reconciliation, self._voucher_id
        actor, reason = self.actor, self.reason_edit.text()
        operation = self.operation_edit.text().strip() or None
        evidence = self.evidence_path or None
        paid_at = edit_moment(self.paid_at_edit) if self.paid_at_check.isChecked() else None
        return lambda: plain(
            manual.mark_paid(
                voucher_id,
                actor=actor,
                reason=reason,
                operation_number=operation,
                evidence_file=evidence,
                paid_at=paid_at,
            )
        )


class MarkExpiredDialog(_ReconcileDialog):
    """A pending voucher past its deadline that PagoEfectivo has not reported expired yet.
    Before the deadline the service refuses it (the refusal shows in the dialog)."""

    def build(self, voucher: VoucherView, actor: Actor) -> None:
        self.set_texts(
            self.tr("Marcar expirado — CIP {cip}").format(cip=voucher.cip),
            self.tr(
                "Venció el {when} sin pago informado. Se registra aquí que este voucher ya no "
                "se pagará, sin esperar a que PagoEfectivo lo informe."
            ).format(when=lima_datetime(voucher.expires_at)),
            self.tr("Marcar expirado"),
        )
        self.reason_edit = self.add_reason(self.tr("p. ej. el cliente desistió de la compra"))
        if self._reconciliation.require_second_approval and not actor.may(Action.MARK_DIRECT):
            self.show_note(self.tr("Un supervisor deberá aprobarlo antes de que se aplique."))
        self.add_actor(self.tr("Registrado por"), actor)

    def prepare(self) -> Work | None:
        manual, voucher_id = self._reconciliation, self._voucher_id
        actor, reason = self.actor, self.reason_edit.text()
        return lambda: plain(manual.mark_expired(voucher_id, actor=actor, reason=reason))


class ApproveDialog(_ReconcileDialog):
    """A supervisor applies a requested manual mark with their PIN on the spot (the override
    every POS has); the requester cannot approve it, whoever is signed in."""

    def build(self, request: ApprovalRequest, actor: Actor) -> None:
        self._request = request
        lines = [
            self.tr("Solicitado por {who} el {when}.").format(
                who=request.requested_by, when=lima_datetime(request.requested_at)
            ),
            self.tr("Motivo: {reason}").format(reason=request.reason),
        ]
        lines += proof_lines(request.proof)
        if request.to_status == "expired":
            title, accept = self.tr("Aprobar vencimiento manual"), self.tr("Aprobar vencimiento")
            note = self.tr("Al aprobar, el voucher quedará como expirado.")
        else:
            title, accept = self.tr("Aprobar pago manual"), self.tr("Aprobar pago")
            note = self.tr("Revise la constancia antes de aprobar: el voucher quedará como pagado.")
        self.set_texts(title, "\n".join(lines), accept)
        self.show_note(note)
        requester = request.requested_by_id
        proposed = actor.name if actor.may(Action.APPROVE) and actor.user_id != requester else ""
        self.supervisor_edit = self.line_edit(40, self.tr("nombre del supervisor"), proposed)
        self.add_row("user", self.tr("Supervisor"), self.supervisor_edit)
        self.pin_edit = self.line_edit(max(PIN_MAX, PASSWORD_MAX), self.tr("su PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row("pin", self.tr("PIN del supervisor"), self.pin_edit)
        self.why_edit = self.line_edit(REASON_MAX, self.tr("solo para rechazarla"))
        self.add_row("reason", self.tr("Motivo del rechazo"), self.why_edit)
        self.reject_button = self.buttons.addButton(
            self.tr("Rechazar solicitud"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reject_button.clicked.connect(self.refuse)
        self._refusing = False
        (self.pin_edit if proposed else self.supervisor_edit).setFocus()

    def refuse(self) -> None:
        """ "Rechazar solicitud": the same supervisor's PIN, and a reason; nothing moves."""
        self._refusing = True
        try:
            self.accept()
        finally:
            self._refusing = False

    def prepare(self) -> Work | None:
        manual, staff, asked = self._reconciliation, self._staff, self._request
        assert staff is not None, "the approval asks the staff service for the supervisor's PIN"
        name, pin, why = self.supervisor_edit.text(), self.pin_edit.text(), self.why_edit.text()
        self.pin_edit.clear()
        requester = Actor(asked.requested_by, asked.requested_by_id)
        refusing = self._refusing

        def work() -> Any:
            approver = staff.override(name, pin, Action.APPROVE, requester)
            if refusing:
                manual.reject(asked.event_id, approver, why)
                return Outcome(False, rejected=True)
            return plain(manual.approve(asked.event_id, approver))

        return work


def proof_lines(proof: str) -> list[str]:
    """The operation number and the slip's name of a request's proof (JSON), in words."""
    try:
        data = json.loads(proof or "{}")
    except ValueError:
        return []
    lines = []
    if data.get("operation_number"):
        lines.append(
            QCoreApplication.translate("ApproveDialog", "Número de operación: {number}").format(
                number=data["operation_number"]
            )
        )
    if data.get("name"):
        lines.append(
            QCoreApplication.translate("ApproveDialog", "Constancia: {name}").format(
                name=data["name"]
            )
        )
    return lines
