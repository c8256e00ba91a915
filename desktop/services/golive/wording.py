"""The go-live check in plain Spanish, for its report (PDF and JSON) and the command line.
The wizard words the same codes through Qt (ui/pages/settings/golive_words.py keeps the same
Spanish source texts; a test holds the two tables together)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.domain.display import status_label
from desktop.services.golive.model import CheckResult, FlowResult, FlowStatus, Step

TITLES: dict[str, str] = {
    "notify_url": "La URL de notificaciones responde desde PagoEfectivo",
    "paid_notified": "Emitir, pagar y recibir la notificación",
    "expired": "Emitir y dejar vencer sin pagar",
    "annulled": "Emitir y anular",
    "extended": "Extender el vencimiento",
    "duplicate": "Notificación duplicada: un solo cambio",
    "bad_signature": "Notificación con firma inválida: rechazada",
    "lost_notification": "Notificación perdida: la consulta recupera el pago",
    "unconfirmed": "Respuesta tardía tras crear el CIP: sin confirmar y resuelto",
    "connection_cut": "Conexión cortada durante una anulación",
    "clock_skew": "Reloj de la PC desfasado",
}

FIXES: dict[str, str] = {
    "notify_url": "Deje PagoDesk o «pagodesk webhook» en marcha y registre su URL de "
    "notificaciones; revise el cortafuegos o el proxy entre PagoEfectivo y esta PC.",
    "paid_notified": "Las notificaciones deben llegar al receptor de este perfil: revise que "
    "esté en marcha, que la URL registrada sea la suya y que el simulador no esté descartando "
    "notificaciones (DELETE /_sandbox/webhook/drop).",
    "expired": "La sincronización debe poder consultar a PagoEfectivo: revise la conexión y "
    "las credenciales del perfil.",
    "annulled": "PagoEfectivo debe aceptar la anulación: revise la conexión y las "
    "credenciales del perfil.",
    "extended": "PagoEfectivo debe aceptar el nuevo vencimiento: revise la conexión y el "
    "vencimiento máximo en Ajustes.",
    "duplicate": "El receptor y la app deben usar la misma base de datos del perfil para "
    "reconocer una notificación repetida.",
    "bad_signature": "El receptor debe verificar PE-Signature con la clave secreta de este "
    "perfil: revise que corra con este perfil.",
    "lost_notification": "Deje activa la sincronización automática (Ajustes, cada cuántos "
    "minutos) para recuperar los pagos cuya notificación no llega.",
    "unconfirmed": "Un cobro sin respuesta debe quedar sin confirmar y reintentarse: revise "
    "la conexión; nunca entregue un CIP que PagoDesk no mostró.",
    "connection_cut": "Revise la conexión a internet: la sincronización confirma después lo "
    "que quedó a medias.",
    "clock_skew": "Ponga la fecha y hora de esta PC en automático (sincronizada por internet) "
    "y vuelva a probar.",
}

STEP_FIXES: dict[str, str] = {
    "notification_dropped": "Quite el descarte de notificaciones del simulador "
    "(DELETE /_sandbox/webhook/drop) y vuelva a probar.",
    "no_webhook_url": "Registre la URL de notificaciones de este perfil: deje PagoDesk abierto "
    "en el perfil o corra «pagodesk webhook».",
    "public_url_missing": "Indique la URL pública del receptor en Ajustes → Perfiles («Cambiar "
    "la URL de notificación») o con «pagodesk profile notify-url --set URL».",
    "public_not_registered": "Registre esa URL en el portal de PagoEfectivo y márquela como "
    "registrada (Ajustes → Perfiles, o «pagodesk profile notify-url --registered»).",
}
"""What to fix when the failing step says more than its flow (it wins over ``FIXES``)."""

STEPS: dict[str, str] = {
    "url_registered": "El simulador notifica a {url}.",
    "url_not_registered": "El simulador notifica a {found}, no al receptor de PagoDesk ({url}).",
    "url_probed": "El simulador llegó a {url}: HTTP {status} en {ms} ms.",
    "url_unreachable": "El simulador no llegó a {url}: {error}.",
    "public_url_missing": "El perfil no tiene la URL pública de su receptor.",
    "public_probed": "Desde esta PC, {url} respondió como el receptor de este perfil: "
    "HTTP {status} en {ms} ms.",
    "public_unreachable": "Desde esta PC, {url} no respondió como el receptor de PagoDesk: "
    "{error}.",
    "public_other_profile": "{url} es el receptor de PagoDesk del perfil «{profile}», no de este.",
    "public_registered": "{url} es la URL registrada en el portal de PagoEfectivo (el {on}).",
    "public_not_registered": "{url} no es la URL registrada en el portal de PagoEfectivo "
    "({registered}).",
    "issued": "Emitido el CIP {cip} por {amount}.",
    "not_issued": "No se emitió: {error}.",
    "wrong_status": "PagoDesk lo muestra «{shown}»; se esperaba «{wanted}».",
    "paid_notified": "Pagado en PagoEfectivo; la notificación llegó a {url} (HTTP {status}).",
    "no_webhook_url": "Pagado en PagoEfectivo, pero no hay una URL de notificaciones registrada.",
    "notification_dropped": "Pagado en PagoEfectivo, pero el simulador está descartando las "
    "notificaciones a propósito: no envió nada a {url}.",
    "notification_not_delivered": "La notificación no llegó a {url}: {error}.",
    "shown_paid_webhook": "La notificación lo marcó Pagado (operación {operation}).",
    "not_by_notification": "El pago no lo registró la notificación.",
    "resent": "PagoEfectivo repitió la misma notificación: PagoDesk respondió HTTP {status} "
    "y la reconoció como repetida.",
    "not_duplicate": "La notificación repetida no se reconoció como tal (resultado: {outcome}).",
    "one_move": "El historial tiene un solo paso a Pagado.",
    "moves_count": "El historial tiene {count} pasos a Pagado.",
    "forged_refused": "Una notificación firmada con otra clave se rechazó con HTTP {status} "
    "y quedó registrada.",
    "forged_accepted": "Una notificación con firma inválida recibió HTTP {status}.",
    "refusal_not_recorded": "El rechazo de la notificación no quedó registrado.",
    "receiver_unreachable": "El receptor no respondió en {url}: {error}.",
    "unchanged_pending": "El voucher sigue Pendiente de pago.",
    "notification_lost": "Pagado en PagoEfectivo; la notificación se perdió a propósito.",
    "notification_not_lost": "La notificación llegó aunque debía perderse.",
    "still_pending": "Sin la notificación, PagoDesk aún lo muestra Pendiente de pago.",
    "sync_failed": "La sincronización no pudo consultar a PagoEfectivo: {error}.",
    "shown_paid_poll": "La sincronización lo encontró Pagado.",
    "not_by_sync": "El cambio no lo registró la sincronización.",
    "expired_remote": "El CIP {cip} venció sin pagarse en PagoEfectivo.",
    "shown_expired": "La sincronización lo marcó Expirado.",
    "annulled": "Anulado: PagoEfectivo aceptó eliminar el CIP.",
    "remote_deleted": "PagoEfectivo lo tiene Eliminado.",
    "remote_differs": "PagoEfectivo lo tiene en estado {remote}; se esperaba {expected}.",
    "extended": "Vencimiento extendido al {deadline}.",
    "remote_deadline_same": "PagoEfectivo tiene el mismo vencimiento.",
    "remote_deadline_differs": "PagoEfectivo tiene otro vencimiento: {deadline}.",
    "unconfirmed": "PagoEfectivo creó el CIP pero no respondió en {seconds} s: el cobro quedó "
    "Sin confirmar y no muestra ningún CIP.",
    "not_unconfirmed": "Sin respuesta a tiempo, el cobro quedó «{outcome}» en vez de sin "
    "confirmar.",
    "retried": "Reintento: nuevo CIP {cip}, Pendiente de pago; el intento anterior quedó No "
    "emitido.",
    "annul_cut": "La conexión se cortó durante la anulación: PagoDesk no la dio por hecha.",
    "cut_not_noticed": "La anulación se dio por hecha aunque la respuesta se cortó.",
    "shown_annulled_poll": "La sincronización confirmó la anulación.",
    "clock_base": "Diferencia con el reloj de PagoEfectivo: {skew}.",
    "clock_off": "El reloj de esta PC difiere {skew} del de PagoEfectivo (se tolera {limit}).",
    "clock_detected": "Con el reloj de PagoEfectivo movido {offset}, PagoDesk midió {skew} y "
    "avisa que el reloj está desfasado.",
    "clock_not_detected": "Con el reloj movido {offset}, PagoDesk midió {skew}: no detectó el "
    "desfase.",
    "clock_restored": "Reloj restablecido: la conexión vuelve a ser correcta.",
    "unexpected": "Falla inesperada: {error}.",
    "cleaned_up": "Limpieza: {count} cobros de prueba que seguían pendientes quedaron anulados.",
}

STATUS_WORDS: dict[FlowStatus, str] = {
    FlowStatus.PASSED: "superado",
    FlowStatus.FAILED: "falló",
    FlowStatus.NOT_APPLICABLE: "no aplicable",
}

NOT_APPLICABLE = (
    "No aplicable contra la pre-producción de PagoEfectivo: no permite pagar, vencer ni "
    "provocar fallas a voluntad. Se prueba con el simulador incluido (perfil demo)."
)

_STATUS_PARAMS = ("shown", "wanted")
"""Parameters that carry a voucher status code, said as its label."""


def title(code: str) -> str:
    return TITLES.get(code, code)


def fix(flow: FlowResult) -> str:
    """What to do about a failed flow: its failing step's advice, else the flow's."""
    failing = [s.code for s in flow.steps if not s.ok]
    step_fix = STEP_FIXES.get(failing[-1], "") if failing else ""
    return step_fix or FIXES.get(flow.code, "")


def step_text(step: Step) -> str:
    return fill(STEPS.get(step.code, step.code), step.params)


def fill(template: str, params: Mapping[str, str]) -> str:
    """The template with its parameters; a status code as its label."""
    values = {k: status_label(v) if k in _STATUS_PARAMS else v for k, v in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def problem(flow: FlowResult) -> str:
    """What went wrong in a failed flow: its failing step."""
    failing = [s for s in flow.steps if not s.ok]
    return step_text(failing[-1]) if failing else ""


def verdict(result: CheckResult) -> str:
    """``APROBADA: 11 de 11 flujos superados.`` or what failed, in one line."""
    failed, applicable = result.count(FlowStatus.FAILED), result.applicable
    skipped = result.count(FlowStatus.NOT_APPLICABLE)
    extra = f" ({skipped} no aplicables)" if skipped else ""
    if result.passed:
        passed = result.count(FlowStatus.PASSED)
        return f"APROBADA: {passed} de {applicable} flujos superados{extra}."
    if applicable == 0:
        return "NO APROBADA: ningún flujo pudo correr."
    return f"NO APROBADA: {failed} de {applicable} flujos fallaron{extra}."
