"""``pagodesk sandbox``: the simulator in the foreground, and pay/expire/reverse on its state."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli.common import EXIT_OK, CommandError, UsageError, check_port, guarded
from desktop.domain.display import count_of
from desktop.domain.money import format_money
from desktop.services.ports import LOOPBACK, SANDBOX_PORT

if TYPE_CHECKING:
    from desktop.services.simulator import Delivery, SandboxConfig, Serving, SimulatorError

ACTIONS = ("pay", "expire", "reverse")
VERBS = {"pay": "pagar", "expire": "expirar", "reverse": "revertir"}
STATUS_WORDS = {21: "expirado", 22: "generado", 23: "pagado", 25: "eliminado"}
"""The simulator's API statuses, as the refusals name them."""


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``sandbox`` subcommand to an argparse subparsers object (sets ``func``)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sandbox",
        help="simulador de PagoEfectivo: iniciarlo, o pagar, expirar o extornar uno de sus CIP",
        description="Un simulador fiel de la API de PagoEfectivo en esta PC. Sin una acción, "
        "atiende en primer plano hasta Ctrl+C y muestra su URL y sus credenciales.",
    )
    parser.add_argument("--host", default=LOOPBACK, help=f"por defecto {LOOPBACK}")
    parser.add_argument(
        "--port",
        type=int,
        default=SANDBOX_PORT,
        help=f"por defecto {SANDBOX_PORT}; 0 = cualquier puerto libre",
    )
    parser.add_argument("--webhook-url", help="adónde se envían las notificaciones cip.paid")
    parser.add_argument("--service-id", type=int, help="idService del comercio (con ambas claves)")
    parser.add_argument("--access-key", help="clave de acceso del comercio")
    parser.add_argument("--secret-key", help="clave secreta del comercio")
    parser.add_argument(
        "--state", help="archivo de estado SQLite (por defecto, el del perfil demo)"
    )
    actions = parser.add_subparsers(dest="sandbox_action", metavar="ACTION")
    helps = {
        "pay": "pagar un CIP generado y enviar la notificación firmada cip.paid",
        "expire": "hacer que un CIP generado venza ahora",
        "reverse": "extornar un CIP pagado: vuelve a estar pendiente",
    }
    for name in ACTIONS:
        action = actions.add_parser(name, help=helps[name], description=helps[name])
        action.add_argument("cip", help="el número del CIP")
        if name == "pay":
            action.add_argument("--operation", help="número de operación (si falta, se genera)")
        action.add_argument("--state", default=argparse.SUPPRESS, help="archivo de estado SQLite")
        action.set_defaults(func=guarded(run))
    parser.set_defaults(func=guarded(run), sandbox_action=None)
    return parser


def run(args: argparse.Namespace) -> int:
    """Handler of ``pagodesk sandbox``; returns the exit code."""
    if getattr(args, "sandbox_action", None) in ACTIONS:
        return _act(args, sys.stdout)
    config, state_path = config_from_flags(args)
    return serve(config, state_path, sys.stdout)


def config_from_flags(args: argparse.Namespace) -> tuple[SandboxConfig, Path]:
    """The server's config from the flags (demo credentials unless all three are given)."""
    from desktop.services.simulator import foreground_config

    check_port(args.port)
    merchant: tuple[int, str, str] | None = None
    given = (args.service_id, args.access_key, args.secret_key)
    if any(value is not None for value in given):
        if any(value is None or value == "" for value in given):
            raise UsageError(
                "--service-id, --access-key y --secret-key van juntos: indique los tres, o "
                "ninguno para el comercio de demostración"
            )
        if args.service_id <= 0:
            raise UsageError(
                f"--service-id debe ser un número entero positivo, no {args.service_id}"
            )
        merchant = (args.service_id, args.access_key, args.secret_key)
    if args.webhook_url is not None and not args.webhook_url.startswith(("http://", "https://")):
        raise UsageError(
            f"--webhook-url debe ser una URL que empiece por http:// o https://, "
            f"no «{args.webhook_url}»"
        )
    config = foreground_config(
        args.host,
        args.port,
        webhook_url=args.webhook_url,
        merchant=merchant,
    )
    return config, _state_path(args)


def _state_path(args: argparse.Namespace) -> Path:
    from desktop.services.simulator import demo_state_path

    return Path(args.state).expanduser() if getattr(args, "state", None) else demo_state_path()


def serve(
    config: SandboxConfig,
    state_path: Path,
    out: TextIO,
    stop: threading.Event | None = None,
) -> int:
    """Serve in the foreground until Ctrl+C (or ``stop`` is set), logging each request.
    Raises ``CommandError`` when it cannot (port taken, not a state file)."""
    from desktop.services.simulator import SimulatorError
    from desktop.services.simulator import serve as serve_simulator

    def ready(serving: Serving) -> None:
        print("\n".join(banner(serving)), file=out, flush=True)

    try:
        serve_simulator(
            config, state_path, ready=ready, stop=stop or threading.Event(), access_log=out
        )
    except SimulatorError as exc:
        if exc.code == "cannot_listen":
            raise CommandError(
                f"no se puede escuchar en {config.host}:{config.port}: {exc.detail}"
            ) from None
        raise simulator_failure(exc) from None
    print("Simulador detenido.", file=out, flush=True)
    return EXIT_OK


def banner(serving: Serving) -> list[str]:
    """What a started simulator prints: its URL and the merchant's credentials."""
    url, config = serving.base_url, serving.config
    return [
        f"Simulador de PagoEfectivo (PagoDesk) atendiendo en {url}",
        f"  URL de la API:      {url}/v1/",
        f"  idService:          {config.service_id}",
        f"  Servicio (código):  {config.code_service}",
        f"  Clave de acceso:    {config.access_key}",
        f"  Clave secreta:      {config.secret_key}",
        f"  URL de avisos:      {serving.webhook_url or '(ninguna)'}",
        f"  Archivo de estado:  {serving.state_path}",
        f"Administración: POST {url}/_sandbox/cips/<CIP>/pay | expire | reverse.  "
        "Ctrl+C lo detiene.",
    ]


def _act(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.services import simulator

    cip = simulator.parse_cip(args.cip)
    if cip is None:
        raise UsageError(f"CIP no válido «{args.cip}»: escriba el número del CIP (solo dígitos)")
    operation = getattr(args, "operation", None)
    if operation is not None and not 1 <= len(operation.strip()) <= 14:
        raise UsageError("--operation debe tener de 1 a 14 caracteres")
    action = args.sandbox_action
    path = _state_path(args)
    try:
        if action == "pay":
            done = simulator.pay(path, cip, operation.strip() if operation else None)
        elif action == "expire":
            done = simulator.expire(path, cip)
        else:
            done = simulator.reverse(path, cip)
    except simulator.SimulatorError as exc:
        raise simulator_failure(exc, VERBS[action]) from None
    amount = format_money(done.amount, done.currency)
    words = {"pay": "pagado", "expire": "expirado", "reverse": "extornado (pendiente otra vez)"}
    extra = f", operación {done.operation_number}" if action == "pay" else ""
    print(
        f"CIP {cip} {words[action]}: {amount}, referencia {done.transaction_code}{extra}",
        file=out,
    )
    if action == "pay":
        print(describe_delivery(done.delivery) if done.delivery else no_webhook(args), file=out)
    return EXIT_OK


def no_webhook(args: argparse.Namespace) -> str:
    """Nobody takes the notification: on the demo state, that means no app is open on it."""
    if getattr(args, "state", None):
        return "Notificación: no hay ninguna URL de avisos configurada."
    return (
        "Notificación: nadie la recibe, PagoDesk no está abierto en el perfil demo; "
        "verá el pago en su próxima consulta a PagoEfectivo."
    )


def simulator_failure(error: SimulatorError, verb: str = "") -> CommandError:
    """What the simulator could not do, in one line (exit 1)."""
    if error.code == "no_state":
        return CommandError(f"no hay un estado del sandbox en {error.path}; indíquelo con --state")
    if error.code == "not_a_state":
        return CommandError(f"{error.path} no es un archivo de estado del sandbox ({error.detail})")
    if error.code == "unknown_cip":
        return CommandError(f"el CIP {error.cip} no existe en el sandbox")
    if error.code == "conflict" and error.status is not None:
        word = STATUS_WORDS.get(error.status, "?")
        return CommandError(
            f"no se puede {verb} el CIP {error.cip}: su estado es {error.status} ({word})"
        )
    return CommandError(f"el sandbox no pudo hacerlo: {error.detail or error.code}")


def describe_delivery(delivery: Delivery) -> str:
    """One line about a webhook delivery."""
    tries = count_of(delivery.attempts, "intento", "intentos")
    if delivery.delivered:
        return f"Notificación: entregada a {delivery.url} (HTTP 200, {tries})."
    return f"Notificación: NO entregada a {delivery.url} tras {tries}: {delivery.error}."
