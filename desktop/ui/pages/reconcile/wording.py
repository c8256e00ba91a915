"""Words of the Conciliación page: what each queue's problem code means, and why an action
did not happen (the services give codes; the words live here)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.events import REFUSALS, Reason
from desktop.domain.staff import StaffError
from desktop.domain.validation import InvalidInput
from desktop.services.changes import ChangeRefused, ChangeUnconfirmed, NotChangeable
from desktop.services.errors import RemoteError, VoucherChanged, VoucherNotFound
from desktop.services.issuing import NotRetryable
from desktop.services.reconcile import ReconcileError
from desktop.ui.format import status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.staff_words import staff_problem

_CONTEXT = "Reconcile"

PROBLEMS = {
    Reason.AMOUNT_DIFFERS: QT_TRANSLATE_NOOP("Reconcile", "El monto no coincide con el registrado"),
    Reason.CURRENCY_DIFFERS: QT_TRANSLATE_NOOP(
        "Reconcile", "La moneda no coincide con la registrada"
    ),
    "not_payable": QT_TRANSLATE_NOOP(
        "Reconcile", "Se informó un pago de un voucher sin pago posible"
    ),
    Reason.UNKNOWN_STATUS: QT_TRANSLATE_NOOP("Reconcile", "PagoEfectivo dio un estado desconocido"),
    Reason.OPERATION_DIFFERS: QT_TRANSLATE_NOOP(
        "Reconcile", "Se notificó otro número de operación que el registrado"
    ),
    Reason.TRANSACTION_CODE_DIFFERS: QT_TRANSLATE_NOOP(
        "Reconcile", "El código de pedido notificado no coincide"
    ),
    Reason.PAID_AFTER_ANNULMENT: QT_TRANSLATE_NOOP(
        "Reconcile", "Se notificó un pago de un anulado"
    ),
    Reason.APPROVAL_REQUESTED: QT_TRANSLATE_NOOP("Reconcile", "Pago a mano por aprobar"),
    Reason.LATE: QT_TRANSLATE_NOOP("Reconcile", "Pagado después del vencimiento"),
    Reason.OUTCOME_UNKNOWN: QT_TRANSLATE_NOOP("Reconcile", "Sin respuesta de PagoEfectivo"),
    Reason.SERVER: QT_TRANSLATE_NOOP("Reconcile", "Error de PagoEfectivo, sin confirmar"),
}
_REPORTED = QT_TRANSLATE_NOOP("Reconcile", "PagoEfectivo dice «{reported}»")
_REFUSED = QT_TRANSLATE_NOOP("Reconcile", "Se informó «{reported}»; no se aplicó")

RECONCILE_ERRORS = {
    "actor_required": QT_TRANSLATE_NOOP("Reconcile", "Escriba su nombre."),
    "reason_too_long": QT_TRANSLATE_NOOP("Reconcile", "Escriba como máximo {detail} caracteres."),
    "same_person": QT_TRANSLATE_NOOP(
        "Reconcile", "Debe aprobar otra persona, no quien lo solicitó."
    ),
    "stale_request": QT_TRANSLATE_NOOP(
        "Reconcile", "La solicitud ya no vale: el voucher cambió después."
    ),
    "not_a_request": QT_TRANSLATE_NOOP("Reconcile", "Esa solicitud ya no existe."),
    "wrong_profile": QT_TRANSLATE_NOOP("Reconcile", "El voucher es de otro perfil."),
    "invalid_characters": QT_TRANSLATE_NOOP(
        "Reconcile", "Tiene caracteres de control o invisibles: escríbalo de nuevo."
    ),
    "wrong_status": QT_TRANSLATE_NOOP("Reconcile", "No se puede: el voucher está «{status}»."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _status(value: str | None) -> str:
    return status_label(value) if value else "—"


def problem_text(item: Any) -> str:
    """One line for a queue row: what is wrong, in the cashier's words."""
    code = item.problem or ""
    if code == Reason.REMOTE_DIFFERS:
        return tr(_REPORTED).format(reported=_status(item.reported))
    if code in REFUSALS:
        return tr(_REFUSED).format(reported=_status(item.reported))
    if code in PROBLEMS:
        return tr(PROBLEMS[code])
    return item.reason or code


def action_error(error: BaseException) -> str:
    """Why an action of the page did not happen (nothing changed)."""
    if isinstance(error, StaffError):
        return staff_problem(error)[1]
    if isinstance(error, ReconcileError):
        template = RECONCILE_ERRORS.get(error.code)
        if template is None:
            return str(error)
        return tr(template).format(detail=error.detail, status=_status(error.detail))
    if isinstance(error, NotChangeable | NotRetryable):
        return tr(RECONCILE_ERRORS["wrong_status"]).format(status=_status(error.status))
    if isinstance(error, ChangeRefused):
        return QCoreApplication.translate(
            "Reconcile", "PagoEfectivo no aceptó el cambio ({code}: {message}); no cambió nada."
        ).format(code=error.api_code, message=error.message)
    if isinstance(error, ChangeUnconfirmed):
        return QCoreApplication.translate(
            "Reconcile",
            "PagoEfectivo no confirmó el cambio; aquí no cambió nada. La próxima "
            "sincronización mostrará si se aplicó.",
        )
    if isinstance(error, InvalidInput):
        return _deadline_problem(error)
    if isinstance(error, VoucherChanged):
        return QCoreApplication.translate(
            "Reconcile", "Otra persona cambió este voucher al mismo tiempo. Intente de nuevo."
        )
    if isinstance(error, VoucherNotFound):
        return QCoreApplication.translate("Reconcile", "Ese voucher ya no existe.")
    if isinstance(error, RemoteError):
        return QCoreApplication.translate(
            "Reconcile",
            "No se pudo hablar con PagoEfectivo ({error}). Revise la conexión e intente de nuevo.",
        ).format(error=error.kind.value)
    return QCoreApplication.translate("Reconcile", "No se pudo completar: {error}").format(
        error=error
    )


def _deadline_problem(error: InvalidInput) -> str:
    problem = error.problems[0] if error.problems else None
    if problem is not None and problem.code == "too_late":
        return QCoreApplication.translate(
            "Reconcile",
            "No se puede extender 24 h: pasaría el vencimiento máximo permitido ({limit}). "
            "Elija otra fecha desde el detalle del voucher.",
        ).format(limit=(problem.limit or "").replace("d", " d"))
    return QCoreApplication.translate(
        "Reconcile", "La nueva fecha de vencimiento no es válida. Extiéndalo desde el detalle."
    )


def sync_summary(report: Any) -> tuple[str, bool] | None:
    """(text, ok) for a sync round that failed or was cancelled (a ``SyncReport``; anything
    else is a failure); None for a completed round: its words need the queue counts read
    after it (``ReconcilePage.sync_done``)."""
    if report is None or not hasattr(report, "checked"):
        text = QCoreApplication.translate("Reconcile", "No se pudo sincronizar con PagoEfectivo.")
        return text, False
    if report.cancelled:
        text = QCoreApplication.translate(
            "Reconcile", "Sincronización cancelada: {checked} de {total} consultados."
        ).format(checked=report.checked, total=report.total)
        return text, True
    if report.errors:
        text = QCoreApplication.translate(
            "Reconcile",
            "PagoEfectivo no respondió ({checked} de {total} consultados). Se volverá a "
            "intentar más tarde.",
        ).format(checked=report.checked, total=report.total)
        return text, False
    return None
