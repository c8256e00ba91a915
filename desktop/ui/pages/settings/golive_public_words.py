"""The go-live check's words for the notification URL against PagoEfectivo's pre-production
(the profile's receiver public URL), kept apart so ``golive_words`` stays small; the same
Spanish source texts as ``services/golive/wording.py``."""

from __future__ import annotations

from desktop.ui.i18n import QT_TRANSLATE_NOOP

STEP_FIXES: dict[str, str] = {
    "public_url_missing": QT_TRANSLATE_NOOP(
        "GoLive",
        "Indique la URL pública del receptor en Ajustes → Perfiles («Cambiar la URL de "
        "notificación») o con «pagodesk profile notify-url --set URL».",
    ),
    "public_not_registered": QT_TRANSLATE_NOOP(
        "GoLive",
        "Registre esa URL en el portal de PagoEfectivo y márquela como registrada (Ajustes → "
        "Perfiles, o «pagodesk profile notify-url --registered»).",
    ),
}

STEPS: dict[str, str] = {
    "public_url_missing": QT_TRANSLATE_NOOP(
        "GoLive", "El perfil no tiene la URL pública de su receptor."
    ),
    "public_probed": QT_TRANSLATE_NOOP(
        "GoLive",
        "Desde esta PC, {url} respondió como el receptor de este perfil: HTTP {status} en {ms} ms.",
    ),
    "public_unreachable": QT_TRANSLATE_NOOP(
        "GoLive", "Desde esta PC, {url} no respondió como el receptor de PagoDesk: {error}."
    ),
    "public_other_profile": QT_TRANSLATE_NOOP(
        "GoLive", "{url} es el receptor de PagoDesk del perfil «{profile}», no de este."
    ),
    "public_registered": QT_TRANSLATE_NOOP(
        "GoLive", "{url} es la URL registrada en el portal de PagoEfectivo (el {on})."
    ),
    "public_not_registered": QT_TRANSLATE_NOOP(
        "GoLive", "{url} no es la URL registrada en el portal de PagoEfectivo ({registered})."
    ),
}
