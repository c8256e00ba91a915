"""How values read on screen: money, Lima dates, "vence en 3 h", status labels (translated)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.domain.display import lima_short
from desktop.domain.display import status_label as spanish_status
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Format"
# The status labels are domain/display.py's; marked here so lupdate puts them in the catalogs
# (a test keeps the two lists equal).
MARKED_STATUS_LABELS = (
    QT_TRANSLATE_NOOP("Format", "Sin confirmar"),
    QT_TRANSLATE_NOOP("Format", "No emitido"),
    QT_TRANSLATE_NOOP("Format", "Pendiente de pago"),
    QT_TRANSLATE_NOOP("Format", "Pagado"),
    QT_TRANSLATE_NOOP("Format", "Expirado"),
    QT_TRANSLATE_NOOP("Format", "Anulado"),
)
STATUS_COLORS = {
    "issuing": "#b26a00",
    "failed": "#8a8a8a",
    "pending": "#0b5c7a",
    "paid": "#1b7a36",
    "expired": "#a33a3a",
    "annulled": "#6b6b6b",
}


_MINUTES = QT_TRANSLATE_NOOP("Format", "{n} min")
_HOURS = QT_TRANSLATE_NOOP("Format", "{n} h")
_DAYS = QT_TRANSLATE_NOOP("Format", "{n} d")
_DUE_IN = QT_TRANSLATE_NOOP("Format", "vence en {span}")
_DUE_AGO = QT_TRANSLATE_NOOP("Format", "venció hace {span}")
_MARKED_EARLY = QT_TRANSLATE_NOOP("Format", "marcado expirado antes de vencer")
_NEVER = QT_TRANSLATE_NOOP("Format", "nunca")
_AGO = QT_TRANSLATE_NOOP("Format", "hace {span}")
_JUST_NOW = QT_TRANSLATE_NOOP("Format", "hace un momento")


def tr(text: str) -> str:
    """Translate one of this module's texts (declared above with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(status: str) -> str:
    """Never "Cancelado": PagoEfectivo's word for paid reads as voided to staff."""
    return tr(spanish_status(status))


def lima_datetime(moment: datetime | None) -> str:
    return lima_short(moment)


def _span(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return tr(_MINUTES).format(n=max(minutes, 1))
    hours = minutes // 60
    if hours < 48:
        return tr(_HOURS).format(n=hours)
    return tr(_DAYS).format(n=hours // 24)


def relative_expiry(expires_at: datetime | None, now: datetime, status: str) -> str:
    """ "vence en 3 h" for a payable voucher, "venció hace 2 d" once past; empty otherwise.
    An expired voucher whose deadline is still ahead (marked expired early, before that was
    refused) never reads "vence en …" beside its "Expirado": "marcado expirado antes de
    vencer"."""
    if expires_at is None or status not in ("pending", "expired"):
        return ""
    if expires_at > now and status == "expired":
        return tr(_MARKED_EARLY)
    if expires_at > now:
        return tr(_DUE_IN).format(span=_span(expires_at - now))
    return tr(_DUE_AGO).format(span=_span(now - expires_at))


def relative_past(moment: datetime | None, now: datetime) -> str:
    """ "hace 5 min" (last check); "nunca" when never."""
    if moment is None:
        return tr(_NEVER)
    if now - moment < timedelta(minutes=1):
        return tr(_JUST_NOW)
    return tr(_AGO).format(span=_span(now - moment))
