"""The go-live check in the wizard's words: the same Spanish source texts as the report's
(services/golive/wording.py; a test keeps the two tables equal), through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.golive import FlowResult, FlowStatus, Step
from desktop.ui.format import status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.pages.settings import golive_public_words

_CONTEXT = "GoLive"
_STATUS_PARAMS = ("shown", "wanted")

TITLES: dict[str, str] = {
    "notify_url": QT_TRANSLATE_NOOP(
        "GoLive",
        "La URL de notificaciones responde desde PagoEfectivo",
    ),
    "paid_notified": QT_TRANSLATE_NOOP(
        "GoLive",
        "Emitir, pagar y recibir la notificación",
    ),
    "expired": QT_TRANSLATE_NOOP(
        "GoLive",
        "Emitir y dejar vencer sin pagar",
    ),
    "annulled": QT_TRANSLATE_NOOP(
        "GoLive",
        "Emitir y anular",
    ),
    "extended": QT_TRANSLATE_NOOP(
        "GoLive",
        "Extender el vencimiento",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "GoLive",
        "Notificación duplicada: un solo cambio",
    ),
    "bad_signature": QT_TRANSLATE_NOOP(
        "GoLive",
        "Notificación con firma inválida: rechazada",
    ),
    "lost_notification": QT_TRANSLATE_NOOP(
        "GoLive",
        "Notificación perdida: la consulta recupera el pago",
    ),
    "unconfirmed": QT_TRANSLATE_NOOP(
        "GoLive",
        "Respuesta tardía tras crear el CIP: sin confirmar y resuelto",
    ),
    "connection_cut": QT_TRANSLATE_NOOP(
        "GoLive",
        "Conexión cortada durante una anulación",
    ),
    "clock_skew": QT_TRANSLATE_NOOP(
        "GoLive",
        "Reloj de la PC desfasado",
    ),
}

FIXES: dict[str, str] = {
    "notify_url": QT_TRANSLATE_NOOP(
        "GoLive",
        "Deje PagoDesk o «pagodesk webhook» en marcha y registre su URL de notificaciones; "
        "revise el cortafuegos o el proxy entre PagoEfectivo y esta PC.",
    ),
    "paid_notified": QT_TRANSLATE_NOOP(
        "GoLive",
        "Las notificaciones deben llegar al receptor de este perfil: revise que esté en marcha, "
        "que la URL registrada sea la suya y que el simulador no esté descartando "
        "notificaciones (DELETE /_sandbox/webhook/drop).",
    ),
    "expired": QT_TRANSLATE_NOOP(
        "GoLive",
        "La sincronización debe poder consultar a PagoEfectivo: revise la conexión y las "
        "credenciales del perfil.",
    ),
    "annulled": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoEfectivo debe aceptar la anulación: revise la conexión y las credenciales del perfil.",
    ),
    "extended": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoEfectivo debe aceptar el nuevo vencimiento: revise la conexión y el vencimiento "
        "máximo en Ajustes.",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "GoLive",
        "El receptor y la app deben usar la misma base de datos del perfil para reconocer una "
        "notificación repetida.",
    ),
    "bad_signature": QT_TRANSLATE_NOOP(
        "GoLive",
        "El receptor debe verificar PE-Signature con la clave secreta de este perfil: revise "
        "que corra con este perfil.",
    ),
    "lost_notification": QT_TRANSLATE_NOOP(
        "GoLive",
        "Deje activa la sincronización automática (Ajustes, cada cuántos minutos) para "
        "recuperar los pagos cuya notificación no llega.",
    ),
    "unconfirmed": QT_TRANSLATE_NOOP(
        "GoLive",
        "Un cobro sin respuesta debe quedar sin confirmar y reintentarse: revise la conexión; "
        "nunca entregue un CIP que PagoDesk no mostró.",
    ),
    "connection_cut": QT_TRANSLATE_NOOP(
        "GoLive",
        "Revise la conexión a internet: la sincronización confirma después lo que quedó a medias.",
    ),
    "clock_skew": QT_TRANSLATE_NOOP(
        "GoLive",
        "Ponga la fecha y hora de esta PC en automático (sincronizada por internet) y vuelva a "
        "probar.",
    ),
}

STEP_FIXES: dict[str, str] = {
    "notification_dropped": QT_TRANSLATE_NOOP(
        "GoLive",
        "Quite el descarte de notificaciones del simulador (DELETE /_sandbox/webhook/drop) y "
        "vuelva a probar.",
    ),
    "no_webhook_url": QT_TRANSLATE_NOOP(
        "GoLive",
        "Registre la URL de notificaciones de este perfil: deje PagoDesk abierto en el perfil o "
        "corra «pagodesk webhook».",
    ),
}

STEPS: dict[str, str] = {
    "url_registered": QT_TRANSLATE_NOOP(
        "GoLive",
        "El simulador notifica a {url}.",
    ),
    "url_not_registered": QT_TRANSLATE_NOOP(
        "GoLive",
        "El simulador notifica a {found}, no al receptor de PagoDesk ({url}).",
    ),
    "url_probed": QT_TRANSLATE_NOOP(
        "GoLive",
        "El simulador llegó a {url}: HTTP {status} en {ms} ms.",
    ),
    "url_unreachable": QT_TRANSLATE_NOOP(
        "GoLive",
        "El simulador no llegó a {url}: {error}.",
    ),
    "issued": QT_TRANSLATE_NOOP(
        "GoLive",
        "Emitido el CIP {cip} por {amount}.",
    ),
    "not_issued": QT_TRANSLATE_NOOP(
        "GoLive",
        "No se emitió: {error}.",
    ),
    "wrong_status": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoDesk lo muestra «{shown}»; se esperaba «{wanted}».",
    ),
    "paid_notified": QT_TRANSLATE_NOOP(
        "GoLive",
        "Pagado en PagoEfectivo; la notificación llegó a {url} (HTTP {status}).",
    ),
    "no_webhook_url": QT_TRANSLATE_NOOP(
        "GoLive",
        "Pagado en PagoEfectivo, pero no hay una URL de notificaciones registrada.",
    ),
    "notification_dropped": QT_TRANSLATE_NOOP(
        "GoLive",
        "Pagado en PagoEfectivo, pero el simulador está descartando las notificaciones a "
        "propósito: no envió nada a {url}.",
    ),
    "notification_not_delivered": QT_TRANSLATE_NOOP(
        "GoLive",
        "La notificación no llegó a {url}: {error}.",
    ),
    "shown_paid_webhook": QT_TRANSLATE_NOOP(
        "GoLive",
        "La notificación lo marcó Pagado (operación {operation}).",
    ),
    "not_by_notification": QT_TRANSLATE_NOOP(
        "GoLive",
        "El pago no lo registró la notificación.",
    ),
    "resent": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoEfectivo repitió la misma notificación: PagoDesk respondió HTTP {status} y la "
        "reconoció como repetida.",
    ),
    "not_duplicate": QT_TRANSLATE_NOOP(
        "GoLive",
        "La notificación repetida no se reconoció como tal (resultado: {outcome}).",
    ),
    "one_move": QT_TRANSLATE_NOOP(
        "GoLive",
        "El historial tiene un solo paso a Pagado.",
    ),
    "moves_count": QT_TRANSLATE_NOOP(
        "GoLive",
        "El historial tiene {count} pasos a Pagado.",
    ),
    "forged_refused": QT_TRANSLATE_NOOP(
        "GoLive",
        "Una notificación firmada con otra clave se rechazó con HTTP {status} y quedó registrada.",
    ),
    "forged_accepted": QT_TRANSLATE_NOOP(
        "GoLive",
        "Una notificación con firma inválida recibió HTTP {status}.",
    ),
    "refusal_not_recorded": QT_TRANSLATE_NOOP(
        "GoLive",
        "El rechazo de la notificación no quedó registrado.",
    ),
    "receiver_unreachable": QT_TRANSLATE_NOOP(
        "GoLive",
        "El receptor no respondió en {url}: {error}.",
    ),
    "unchanged_pending": QT_TRANSLATE_NOOP(
        "GoLive",
        "El voucher sigue Pendiente de pago.",
    ),
    "notification_lost": QT_TRANSLATE_NOOP(
        "GoLive",
        "Pagado en PagoEfectivo; la notificación se perdió a propósito.",
    ),
    "notification_not_lost": QT_TRANSLATE_NOOP(
        "GoLive",
        "La notificación llegó aunque debía perderse.",
    ),
    "still_pending": QT_TRANSLATE_NOOP(
        "GoLive",
        "Sin la notificación, PagoDesk aún lo muestra Pendiente de pago.",
    ),
    "sync_failed": QT_TRANSLATE_NOOP(
        "GoLive",
        "La sincronización no pudo consultar a PagoEfectivo: {error}.",
    ),
    "shown_paid_poll": QT_TRANSLATE_NOOP(
        "GoLive",
        "La sincronización lo encontró Pagado.",
    ),
    "not_by_sync": QT_TRANSLATE_NOOP(
        "GoLive",
        "El cambio no lo registró la sincronización.",
    ),
    "expired_remote": QT_TRANSLATE_NOOP(
        "GoLive",
        "El CIP {cip} venció sin pagarse en PagoEfectivo.",
    ),
    "shown_expired": QT_TRANSLATE_NOOP(
        "GoLive",
        "La sincronización lo marcó Expirado.",
    ),
    "annulled": QT_TRANSLATE_NOOP(
        "GoLive",
        "Anulado: PagoEfectivo aceptó eliminar el CIP.",
    ),
    "remote_deleted": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoEfectivo lo tiene Eliminado.",
    ),
    "remote_differs": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoEfectivo lo tiene en estado {remote}; se esperaba {expected}.",
    ),
    "extended": QT_TRANSLATE_NOOP(
        "GoLive",
        "Vencimiento extendido al {deadline}.",
    ),
    "remote_deadline_same": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoEfectivo tiene el mismo vencimiento.",
    ),
    "remote_deadline_differs": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoEfectivo tiene otro vencimiento: {deadline}.",
    ),
    "unconfirmed": QT_TRANSLATE_NOOP(
        "GoLive",
        "PagoEfectivo creó el CIP pero no respondió en {seconds} s: el cobro quedó Sin "
        "confirmar y no muestra ningún CIP.",
    ),
    "not_unconfirmed": QT_TRANSLATE_NOOP(
        "GoLive",
        "Sin respuesta a tiempo, el cobro quedó «{outcome}» en vez de sin confirmar.",
    ),
    "retried": QT_TRANSLATE_NOOP(
        "GoLive",
        "Reintento: nuevo CIP {cip}, Pendiente de pago; el intento anterior quedó No emitido.",
    ),
    "annul_cut": QT_TRANSLATE_NOOP(
        "GoLive",
        "La conexión se cortó durante la anulación: PagoDesk no la dio por hecha.",
    ),
    "cut_not_noticed": QT_TRANSLATE_NOOP(
        "GoLive",
        "La anulación se dio por hecha aunque la respuesta se cortó.",
    ),
    "shown_annulled_poll": QT_TRANSLATE_NOOP(
        "GoLive",
        "La sincronización confirmó la anulación.",
    ),
    "clock_base": QT_TRANSLATE_NOOP(
        "GoLive",
        "Diferencia con el reloj de PagoEfectivo: {skew}.",
    ),
    "clock_off": QT_TRANSLATE_NOOP(
        "GoLive",
        "El reloj de esta PC difiere {skew} del de PagoEfectivo (se tolera {limit}).",
    ),
    "clock_detected": QT_TRANSLATE_NOOP(
        "GoLive",
        "Con el reloj de PagoEfectivo movido {offset}, PagoDesk midió {skew} y avisa que el "
        "reloj está desfasado.",
    ),
    "clock_not_detected": QT_TRANSLATE_NOOP(
        "GoLive",
        "Con el reloj movido {offset}, PagoDesk midió {skew}: no detectó el desfase.",
    ),
    "clock_restored": QT_TRANSLATE_NOOP(
        "GoLive",
        "Reloj restablecido: la conexión vuelve a ser correcta.",
    ),
    "unexpected": QT_TRANSLATE_NOOP(
        "GoLive",
        "Falla inesperada: {error}.",
    ),
    "cleaned_up": QT_TRANSLATE_NOOP(
        "GoLive",
        "Limpieza: {count} cobros de prueba que seguían pendientes quedaron anulados.",
    ),
}

STEP_FIXES |= golive_public_words.STEP_FIXES
STEPS |= golive_public_words.STEPS

NOT_APPLICABLE = QT_TRANSLATE_NOOP(
    "GoLive",
    "No aplicable contra la pre-producción de PagoEfectivo: no permite pagar, vencer ni "
    "provocar fallas a voluntad. Se prueba con el simulador incluido (perfil demo).",
)

STATUS_WORDS: dict[FlowStatus, str] = {
    FlowStatus.PASSED: QT_TRANSLATE_NOOP("GoLive", "superado"),
    FlowStatus.FAILED: QT_TRANSLATE_NOOP("GoLive", "falló"),
    FlowStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("GoLive", "no aplicable"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def title(code: str) -> str:
    return tr(TITLES[code]) if code in TITLES else code


def status_word(status: FlowStatus) -> str:
    return tr(STATUS_WORDS[status])


def step_text(step: Step) -> str:
    """One step, translated, its parameters filled in (a status code as its label)."""
    template = tr(STEPS[step.code]) if step.code in STEPS else step.code
    values = {k: status_label(v) if k in _STATUS_PARAMS else v for k, v in step.params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def fix(flow: FlowResult) -> str:
    """What to do about a failed flow: its failing step's advice, else the flow's."""
    failing = [s.code for s in flow.steps if not s.ok]
    if failing and failing[-1] in STEP_FIXES:
        return tr(STEP_FIXES[failing[-1]])
    return tr(FIXES[flow.code]) if flow.code in FIXES else ""


def not_applicable() -> str:
    return tr(NOT_APPLICABLE)
