"""Words of the detail's actions: refusals of the services per field, network failures, and
what happened after each action (the same meaning as the CLI's, translated)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.display import lima_short
from desktop.domain.validation import FieldProblem
from desktop.services.changes import ChangeRefused, ChangeUnconfirmed, NotChangeable
from desktop.services.errors import Remote, RemoteError
from desktop.services.reconcile import EVIDENCE_MAX_BYTES, ReconcileError
from desktop.services.sync import SyncReport
from desktop.ui.format import status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.message_style import Severity
from desktop.ui.pages.issue.messages import describe_problem

_CONTEXT = "DetailActions"

# ReconcileError codes (desktop/services/reconcile.py) -> the sentence beside the field.
RECONCILE = {
    "reason_required": QT_TRANSLATE_NOOP("DetailActions", "Explique el motivo."),
    "reason_too_long": QT_TRANSLATE_NOOP(
        "DetailActions", "El motivo admite como máximo {detail} caracteres."
    ),
    "proof_required": QT_TRANSLATE_NOOP(
        "DetailActions", "Indique el número de operación o adjunte la constancia de pago."
    ),
    "operation_invalid": QT_TRANSLATE_NOOP(
        "DetailActions", "Número de operación no válido: hasta 14 letras, dígitos o guiones."
    ),
    "evidence_missing": QT_TRANSLATE_NOOP("DetailActions", "No se encuentra el archivo."),
    "evidence_type": QT_TRANSLATE_NOOP(
        "DetailActions", "Adjunte una foto (JPG o PNG) o un PDF de la constancia."
    ),
    "evidence_empty": QT_TRANSLATE_NOOP("DetailActions", "El archivo está vacío."),
    "evidence_too_large": QT_TRANSLATE_NOOP("DetailActions", "El archivo pesa más de {detail} MB."),
    "paid_at_invalid": QT_TRANSLATE_NOOP(
        "DetailActions", "La fecha del pago no puede estar en el futuro."
    ),
    "actor_required": QT_TRANSLATE_NOOP("DetailActions", "Escriba su nombre."),
    "same_person": QT_TRANSLATE_NOOP(
        "DetailActions", "La aprobación debe hacerla otra persona, no quien la solicitó."
    ),
    "stale_request": QT_TRANSLATE_NOOP(
        "DetailActions", "La solicitud ya no está vigente: el voucher cambió después."
    ),
    "not_a_request": QT_TRANSLATE_NOOP("DetailActions", "No es una solicitud de aprobación."),
    "wrong_profile": QT_TRANSLATE_NOOP("DetailActions", "El voucher es de otro perfil."),
    "invalid_characters": QT_TRANSLATE_NOOP(
        "DetailActions", "Tiene caracteres de control o invisibles: escríbalo de nuevo."
    ),
}
# The service's field names -> the dialog's rows.
RECONCILE_FIELDS = {
    "operation_number": "operation",
    "evidence": "evidence",
    "reason": "reason",
    "paid_at": "paid_at",
    "actor": "actor",
}
EXTEND_REFUSED = QT_TRANSLATE_NOOP(
    "DetailActions", "No se puede extender: el voucher está «{status}»."
)
ANNUL_REFUSED = QT_TRANSLATE_NOOP(
    "DetailActions", "No se puede anular: el voucher está «{status}»."
)
REASON = {
    "required": QT_TRANSLATE_NOOP("DetailActions", "Explique el motivo."),
    "too_long": QT_TRANSLATE_NOOP(
        "DetailActions", "El motivo admite como máximo {detail} caracteres."
    ),
    "invalid_characters": QT_TRANSLATE_NOOP(
        "DetailActions", "El motivo tiene caracteres de control o invisibles."
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _status(status: str) -> str:
    return status_label(status) if status else "—"


def reconcile_problem(error: ReconcileError) -> tuple[str | None, str]:
    """(row of the dialog or None for the whole dialog, sentence) for a refused mark/approval."""
    if error.code == "wrong_status":
        return None, QCoreApplication.translate(
            "DetailActions", "No se puede: el voucher está «{status}». Vuelva a abrirlo."
        ).format(status=_status(error.detail))
    if error.code == "before_deadline":
        return None, QCoreApplication.translate(
            "DetailActions",
            "Todavía no se puede marcar expirado: PagoEfectivo acepta el pago hasta el {when}. "
            "Para que no se pueda pagar desde ahora, anúlelo.",
        ).format(when=lima_short(datetime.fromisoformat(error.detail)))
    detail = error.detail
    if error.code == "evidence_too_large":
        detail = str(EVIDENCE_MAX_BYTES // (1024 * 1024))
    template = RECONCILE.get(error.code)
    text = tr(template).format(detail=detail) if template else str(error)
    if error.code in ("stale_request", "not_a_request", "wrong_profile"):
        return None, text
    return RECONCILE_FIELDS.get(error.field or ""), text


def input_problem(problem: FieldProblem) -> str:
    """An extend/annul input refused by the service's checks (deadline window, reason)."""
    if problem.field == "reason":
        template = REASON.get(problem.code, REASON["required"])
        return tr(template).format(detail=problem.limit or "")
    return describe_problem(problem)


def network_text(error: BaseException) -> str:
    """A PagoEfectivo call that failed, in words (nothing changed here)."""
    kind = error.kind if isinstance(error, RemoteError) else None
    if kind is Remote.AUTHENTICATION:
        return QCoreApplication.translate(
            "DetailActions",
            "PagoEfectivo rechazó las credenciales del perfil (o el reloj de esta PC está "
            "desfasado). Revíselas en Ajustes.",
        )
    if kind is Remote.CONNECTION:
        return QCoreApplication.translate(
            "DetailActions",
            "No se pudo conectar con PagoEfectivo. Revise la conexión a internet e intente "
            "de nuevo.",
        )
    if kind is Remote.OUTCOME_UNKNOWN:
        return QCoreApplication.translate(
            "DetailActions", "PagoEfectivo no respondió a tiempo. Intente de nuevo."
        )
    if kind is Remote.SERVER:
        return QCoreApplication.translate(
            "DetailActions", "PagoEfectivo tuvo un error interno. Intente en unos minutos."
        )
    if kind is Remote.REFUSED:
        assert isinstance(error, RemoteError)
        return QCoreApplication.translate(
            "DetailActions", "PagoEfectivo rechazó la solicitud ({code}: {message})."
        ).format(code=error.code, message=error.message)
    return QCoreApplication.translate("DetailActions", "No se pudo completar: {error}").format(
        error=error
    )


def change_text(error: BaseException, action: str) -> str:
    """Why an extend or annul did not happen. ``action``: "extend" or "annul"."""
    if isinstance(error, NotChangeable):
        template = EXTEND_REFUSED if action == "extend" else ANNUL_REFUSED
        return tr(template).format(status=_status(error.status))
    if isinstance(error, ChangeRefused):
        return QCoreApplication.translate(
            "DetailActions",
            "PagoEfectivo rechazó el cambio ({code}: {message}); no se cambió nada.",
        ).format(code=error.api_code, message=error.message)
    if isinstance(error, ChangeUnconfirmed):
        return QCoreApplication.translate(
            "DetailActions",
            "PagoEfectivo no confirmó el cambio: aquí no se cambió nada. Use «Volver a "
            "consultar» (F5) en unos minutos para ver si se aplicó.",
        )
    if isinstance(error, RemoteError):
        return network_text(error)
    return QCoreApplication.translate("DetailActions", "No se pudo completar: {error}").format(
        error=error
    )


def recheck_text(report: SyncReport) -> tuple[str, Severity]:
    """What "Volver a consultar" found, and how loud to say it (a disagreement warns)."""
    if report.total == 0:
        return QCoreApplication.translate(
            "DetailActions", "Este voucher no tiene CIP: no hay nada que consultar."
        ), Severity.INFO
    if report.missing:
        return (
            QCoreApplication.translate(
                "DetailActions", "PagoEfectivo no encontró este CIP. Revise la pestaña Eventos."
            ),
            Severity.WARNING,
        )
    if report.changed:
        change = report.changed[-1]
        text = QCoreApplication.translate(
            "DetailActions", "Consultado: ahora está «{status}»."
        ).format(status=_status(change.to_status))
        return text, Severity.SUCCESS
    if report.discrepancies:
        return (
            QCoreApplication.translate(
                "DetailActions",
                "Consultado: PagoEfectivo informa algo distinto; quedó registrado en Eventos.",
            ),
            Severity.WARNING,
        )
    return QCoreApplication.translate(
        "DetailActions", "Consultado: sin cambios en PagoEfectivo."
    ), Severity.INFO


def not_applied_text() -> str:
    """The action went through, but the voucher moved meanwhile (a discrepancy was kept)."""
    return QCoreApplication.translate(
        "DetailActions",
        "El voucher cambió mientras tanto: no se aplicó y quedó registrado como discrepancia.",
    )
