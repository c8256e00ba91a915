"""Extender vencimiento and Anular: changes PagoEfectivo applies first, then PagoDesk."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import CASHIER_EXTENSION, Action
from desktop.domain.validation import InvalidInput, IssueLimits
from desktop.services.changes import (
    REASON_MAX,
    ChangeError,
    VoucherChanges,
    check_deadline,
    check_reason,
)
from desktop.services.errors import RemoteError
from desktop.services.views import VoucherView
from desktop.ui.dialogs.detail.action_dialog import ActionDialog, Work, plain
from desktop.ui.dialogs.detail.action_messages import change_text, input_problem
from desktop.ui.format import lima_datetime
from desktop.ui.pages.issue.expiry import ExpiryPicker
from desktop.ui.roles import refusal
from desktop.ui.tasks import Lane, TaskRunner


class ExtendDialog(ActionDialog):
    """A new deadline: +24 h / +48 h / +72 h added to the current one (to now once it has
    passed) or a date, within the profile's window. An expired voucher becomes payable again
    with the same CIP."""

    def __init__(
        self,
        tasks: TaskRunner,
        changes: VoucherChanges,
        limits: IssueLimits,
        voucher: VoucherView,
        *,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lane=Lane.NETWORK, parent=parent)
        # Past tense only for a deadline that passed (not one marked expired early).
        passed = voucher.expires_at is None or voucher.expires_at <= clock()
        expired = voucher.status == "expired" and passed
        when = lima_datetime(voucher.expires_at) or "—"
        intro = (
            self.tr(
                "Venció el {when}. Con un nuevo vencimiento el cliente puede volver a pagar "
                "con el mismo CIP."
            )
            if expired
            else self.tr("Vence el {when}. Elija el nuevo vencimiento (hora de Lima).")
        ).format(when=when)
        self.set_texts(
            self.tr("Extender vencimiento — CIP {cip}").format(cip=voucher.cip),
            intro,
            self.tr("Extender"),
        )
        self._changes = changes
        self._limits = limits
        self._clock = clock
        self._voucher_id = voucher.id
        self._current = voucher.expires_at
        self.picker = ExpiryPicker(24, self._base, self.body)
        for hours, button in self.picker.buttons.items():
            if hours:
                button.setText(self.tr("+{n} h").format(n=hours))
        self.picker.reset()
        # No minimum or maximum on the edit: Qt would silently move a typed date into its
        # range. The domain's rule refuses it beside the field instead (prepare).
        self.add_row("expiry", self.tr("Nuevo vencimiento"), self.picker)
        self.deadline: datetime | None = None
        if not changes.actor.may(Action.EXTEND_LONG):
            self.show_note(
                self.tr("Su rol permite extender hasta 72 horas; para más, pida a un supervisor.")
            )

    def _base(self) -> datetime:
        """What the presets add to: the current deadline, or now once it has passed."""
        now = self._clock()
        return max(now, self._current) if self._current is not None else now

    def prepare(self) -> Work | None:
        expires_in, expires_at = self.picker.selection()
        now = self._clock()
        chosen = self._base() + expires_in if expires_in is not None else expires_at
        if chosen is None:
            self.error_at("expiry", self.tr("Elija una fecha y hora válidas."))
            return None
        try:
            deadline = check_deadline(chosen, now, self._limits)
        except InvalidInput as exc:
            self.error_at("expiry", input_problem(exc.problems[0]))
            return None
        if deadline - self._base() > CASHIER_EXTENSION and not self._changes.actor.may(
            Action.EXTEND_LONG
        ):
            self.error_at("expiry", refusal(Action.EXTEND_LONG))
            return None
        self.deadline = deadline
        changes, voucher_id = self._changes, self._voucher_id
        return lambda: plain(changes.extend(voucher_id, deadline))

    def place_error(self, error: BaseException) -> bool:
        if isinstance(error, InvalidInput):
            self.error_at("expiry", input_problem(error.problems[0]))
        elif isinstance(error, ChangeError | RemoteError):
            self.error_at(None, change_text(error, "extend"))
        else:
            return False
        return True


class AnnulDialog(ActionDialog):
    """Deletes the CIP at PagoEfectivo: the customer can no longer pay it. Reason required."""

    def __init__(
        self,
        tasks: TaskRunner,
        changes: VoucherChanges,
        voucher: VoucherView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lane=Lane.NETWORK, danger=True, parent=parent)
        self.set_texts(
            self.tr("Anular — CIP {cip}").format(cip=voucher.cip),
            self.tr(
                "PagoEfectivo eliminará el código de pago {cip}. Esto no se puede deshacer."
            ).format(cip=voucher.cip),
            self.tr("Anular el código"),
        )
        self._changes = changes
        self._voucher_id = voucher.id
        self.show_note(self.tr("El cliente ya no podrá pagar este código."))
        self.reason_edit = self.line_edit(
            REASON_MAX, self.tr("p. ej. el cliente canceló el pedido")
        )
        self.add_row("reason", self.tr("Motivo"), self.reason_edit)

    def prepare(self) -> Work | None:
        try:
            reason = check_reason(self.reason_edit.text())
        except InvalidInput as exc:
            self.error_at("reason", input_problem(exc.problems[0]))
            self.reason_edit.setFocus()
            return None
        changes, voucher_id = self._changes, self._voucher_id
        return lambda: plain(changes.annul(voucher_id, reason))

    def place_error(self, error: BaseException) -> bool:
        if isinstance(error, InvalidInput):
            self.error_at("reason", input_problem(error.problems[0]))
        elif isinstance(error, ChangeError | RemoteError):
            self.error_at(None, change_text(error, "annul"))
        else:
            return False
        return True
