"""``pagodesk profile notify-url [NOMBRE] [--set URL] [--registered [--date AAAA-MM-DD]]``: the
notification URL registered in PagoEfectivo's portal against the receiver's public URL; with
options, change it (administrators; each change goes into the staff audit trail)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_FAILURE, EXIT_OK, CommandError, UsageError, guarded
from desktop.cli.output import print_json
from desktop.domain.limatime import LIMA
from desktop.domain.notify_url import MAX_URL_LENGTH, NotifyState, NotifyUrlError
from desktop.domain.staff import Action

if TYPE_CHECKING:
    from desktop.services.notify_url import NotifyUrlStatus

PROBLEMS = {
    "notify_url_empty": "falta la URL",
    "notify_url_too_long": f"la URL admite hasta {MAX_URL_LENGTH} caracteres",
    "notify_url_bad": "la URL debe ser como https://cobros.mitienda.pe (sin usuario, "
    "parámetros ni espacios)",
    "notify_url_insecure": "un perfil de producción necesita una URL https",
    "notify_url_local": "PagoEfectivo no puede llegar a una dirección de esta PC (localhost): "
    "use la URL pública del receptor",
    "notify_url_demo": "el perfil demo usa su receptor incluido; no se cambia",
    "registered_date": "la fecha de registro no puede ser futura ni anterior a 2015",
    "no_receiver_url": "primero indique la URL del receptor con --set URL",
}
PROBES = {
    "unreachable": "no responde ({error})",
    "not_receiver": "responde ({error}) pero no es el receptor de PagoDesk",
    "other_profile": "es el receptor de PagoDesk del perfil «{profile}», no de este",
    "unhealthy": "es el receptor de este perfil, pero su base de datos falla ({error})",
}
STATES = {
    NotifyState.NOT_REGISTERED: "no hay una URL marcada como registrada en el portal de "
    "PagoEfectivo: regístrela allí y márquela con --registered",
    NotifyState.NO_RECEIVER: "falta la URL pública del receptor: indíquela con --set URL",
    NotifyState.DIFFERS: "la URL registrada en el portal ({registered}) no es la del receptor "
    "({receiver}): regístrela en el portal y márquela con --registered, o se pierden "
    "notificaciones",
}


def register(actions: Any) -> None:
    notify = actions.add_parser(
        "notify-url",
        help="URL de notificación: la registrada en el portal y la del receptor",
    )
    notify.add_argument("name", nargs="?", metavar="NOMBRE", help="perfil (por defecto el activo)")
    notify.add_argument("--set", metavar="URL", help="nueva URL pública del receptor")
    notify.add_argument(
        "--no-check", action="store_true", help="no comprobar que la nueva URL responda"
    )
    notify.add_argument(
        "--registered", action="store_true", help="marcarla como registrada en el portal"
    )
    notify.add_argument("--date", metavar="AAAA-MM-DD", help="día del registro (por defecto hoy)")
    notify.add_argument("--json", action="store_true", help="salida JSON")
    notify.set_defaults(func=guarded(run_notify_url))


def run_notify_url(args: argparse.Namespace) -> int:
    if args.date and not args.registered:
        raise UsageError("--date va con --registered")
    if args.no_check and not args.set:
        raise UsageError("--no-check va con --set")
    day = _day(args.date) if args.date else None
    if args.name:
        args.profile = args.name
    try:
        if args.set or args.registered:
            return _change(args, day)
        return _show(args)
    except NotifyUrlError as exc:
        raise UsageError(_problem(exc)) from None


def _show(args: argparse.Namespace) -> int:
    from desktop.services.notify_url import status_of
    from desktop.services.runtime import choose_profile

    status = status_of(choose_profile(getattr(args, "profile", None)))
    registered = status.registered
    if args.json:
        print_json(
            {
                "profile": status.profile,
                "state": status.state.value,
                "registered_url": registered.url if registered else None,
                "registered_on": registered.on.isoformat() if registered else None,
                "receiver_url": status.receiver_url,
                "matches": not status.warns,
            }
        )
        return EXIT_FAILURE if status.warns else EXIT_OK
    if status.warns:
        raise CommandError(_state_line(status))
    if status.state is NotifyState.DEMO:
        print(f"perfil «{status.profile}»: usa su receptor incluido en esta PC; nada que registrar")
        return EXIT_OK
    assert registered is not None
    print(f"perfil «{status.profile}» ({status.environment.value})")
    print(f"registrada en el portal: {registered.url} (el {registered.on.isoformat()})")
    print(f"receptor:                {status.receiver_url}")
    print("coinciden")
    return EXIT_OK


def _change(args: argparse.Namespace, day: date | None) -> int:
    from desktop.cli.common import runtime_for
    from desktop.services.notify_url import NotifyUrls, ReceiverNotAnswering

    with runtime_for(args, acting=Action.MANAGE_PROFILES) as runtime:
        urls = NotifyUrls(runtime)
        if args.set:
            try:
                status = urls.set_receiver_url(args.set, check=not args.no_check)
            except ReceiverNotAnswering as exc:
                said = PROBES[exc.probe.code].format(
                    error=exc.probe.error, profile=exc.probe.profile
                )
                raise CommandError(
                    f"{exc.probe.health_url} {said}; no se cambió (--no-check para guardarla igual)"
                ) from None
            print(f"URL del receptor: {status.receiver_url} (cambio registrado en la auditoría)")
        if args.registered:
            status = urls.mark_registered(day)
            assert status.registered is not None
            print(
                f"registrada en el portal de PagoEfectivo: {status.registered.url} "
                f"(el {status.registered.on.isoformat()})"
            )
        if status.warns:
            print(_state_line(status))
        else:
            print(
                "Mantenga el receptor anterior en marcha hasta que llegue la primera "
                "notificación a la nueva URL."
            )
    return EXIT_OK


def _state_line(status: NotifyUrlStatus) -> str:
    registered = status.registered.url if status.registered else None
    return f"perfil «{status.profile}»: " + STATES[status.state].format(
        registered=registered, receiver=status.receiver_url
    )


def _problem(exc: NotifyUrlError) -> str:
    return PROBLEMS.get(exc.code, exc.message)


def _day(text: str) -> date:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d").replace(tzinfo=LIMA).date()
    except ValueError:
        raise UsageError(f"--date: fecha no válida «{text}» (ej. 2026-11-25)") from None
