"""The notification URL in the screens' words: how it stands, the steps to follow, refusals
of a URL or a date, and what a receiver's check found (translated, context «NotifyUrl»)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.notify_url import MAX_URL_LENGTH, NotifyState, NotifyUrlError
from desktop.domain.staff import StaffError
from desktop.services.receiver.probe import ReceiverProbe
from desktop.ui.format import lima_datetime
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.staff_words import staff_problem

_CONTEXT = "NotifyUrl"

STATES = {
    NotifyState.DEMO: QT_TRANSLATE_NOOP(
        "NotifyUrl", "El perfil demo usa su receptor incluido en esta PC; nada que registrar."
    ),
    NotifyState.MATCH: QT_TRANSLATE_NOOP(
        "NotifyUrl", "La URL registrada en el portal es la del receptor."
    ),
    NotifyState.NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "NotifyUrl",
        "Ninguna URL de notificación está marcada como registrada en el portal de PagoEfectivo: "
        "los pagos pueden no notificarse.",
    ),
    NotifyState.NO_RECEIVER: QT_TRANSLATE_NOOP(
        "NotifyUrl", "Falta la URL pública del receptor de este perfil."
    ),
    NotifyState.DIFFERS: QT_TRANSLATE_NOOP(
        "NotifyUrl",
        "La URL registrada en el portal de PagoEfectivo no es la del receptor: se pierden "
        "notificaciones hasta registrarla.",
    ),
}

STEPS = QT_TRANSLATE_NOOP(
    "NotifyUrl",
    "1. Escriba la URL pública del receptor y compruebe que responde.\n"
    "2. Regístrela en el portal de PagoEfectivo (Configuración → URL de notificación).\n"
    "3. Márquela aquí como «registrada en el portal», con la fecha.\n"
    "4. Mantenga el receptor anterior en marcha hasta que llegue la primera notificación a la "
    "nueva URL.",
)

PROBLEMS = {
    "notify_url_empty": QT_TRANSLATE_NOOP("NotifyUrl", "Escriba la URL del receptor."),
    "notify_url_too_long": QT_TRANSLATE_NOOP("NotifyUrl", "La URL admite hasta {n} caracteres."),
    "notify_url_bad": QT_TRANSLATE_NOOP(
        "NotifyUrl",
        "La URL debe ser como https://cobros.mitienda.pe (sin usuario, parámetros ni espacios).",
    ),
    "notify_url_insecure": QT_TRANSLATE_NOOP(
        "NotifyUrl", "Un perfil de producción necesita una URL https."
    ),
    "notify_url_local": QT_TRANSLATE_NOOP(
        "NotifyUrl",
        "PagoEfectivo no puede llegar a una dirección de esta PC: use la URL pública del receptor.",
    ),
    "notify_url_demo": QT_TRANSLATE_NOOP(
        "NotifyUrl", "El perfil demo usa su receptor incluido; no se cambia."
    ),
    "registered_date": QT_TRANSLATE_NOOP(
        "NotifyUrl", "La fecha de registro no puede ser futura ni anterior a 2015."
    ),
    "no_receiver_url": QT_TRANSLATE_NOOP(
        "NotifyUrl", "Primero guarde la URL del receptor (paso 1)."
    ),
    "notify_url_unreachable": QT_TRANSLATE_NOOP(
        "NotifyUrl", "La URL no respondió como el receptor de este perfil: no se cambió."
    ),
}

PROBES = {
    "ok": QT_TRANSLATE_NOOP(
        "NotifyUrl", "✓ {url} responde: es el receptor de PagoDesk de este perfil ({ms} ms)."
    ),
    "unreachable": QT_TRANSLATE_NOOP("NotifyUrl", "✗ {url} no responde ({error})."),
    "not_receiver": QT_TRANSLATE_NOOP(
        "NotifyUrl", "✗ {url} responde ({error}), pero no es el receptor de PagoDesk."
    ),
    "other_profile": QT_TRANSLATE_NOOP(
        "NotifyUrl", "✗ {url} es el receptor de PagoDesk del perfil «{profile}», no de este."
    ),
    "unhealthy": QT_TRANSLATE_NOOP(
        "NotifyUrl", "✗ {url} es el receptor de este perfil, pero su base de datos falla."
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def state_text(state: NotifyState) -> str:
    return tr(STATES[state])


def steps_text() -> str:
    return tr(STEPS)


def problem_text(error: BaseException) -> str:
    """The sentence for a refused URL, date or change (a role that may not, too)."""
    if isinstance(error, StaffError):
        return staff_problem(error)[1]
    if isinstance(error, NotifyUrlError) and error.code in PROBLEMS:
        return tr(PROBLEMS[error.code]).format(n=MAX_URL_LENGTH)
    return str(error)


def probe_text(probe: ReceiverProbe) -> str:
    """What the check found, and when the receiver's last notification arrived."""
    text = tr(PROBES.get(probe.code, PROBES["unreachable"])).format(
        url=probe.health_url, ms=probe.ms, error=probe.error, profile=probe.profile or "—"
    )
    if probe.code in ("ok", "unhealthy", "other_profile"):
        text += "\n" + last_text(probe)
    return text


def last_text(probe: ReceiverProbe) -> str:
    if probe.last_notification is None:
        return QCoreApplication.translate("NotifyUrl", "Aún no recibió ninguna notificación.")
    said = QCoreApplication.translate("NotifyUrl", "Última notificación recibida: {time}.")
    return said.format(time=lima_datetime(probe.last_notification))
