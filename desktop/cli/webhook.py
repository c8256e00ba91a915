"""``pagodesk webhook``: the notification receiver of a profile, in the foreground."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli.common import EXIT_OK, CommandError, check_port, guarded, runtime_for
from desktop.services.ports import LOOPBACK, RECEIVER_PORT

HOST_ENV, PORT_ENV, JSON_ENV = "PAGODESK_WEBHOOK_HOST", "PAGODESK_WEBHOOK_PORT", "PAGODESK_LOG_JSON"
_log = logging.getLogger("desktop.cli.webhook")

if TYPE_CHECKING:
    from desktop.services.receiver.foreground import Receiving


def register(commands: Any) -> argparse.ArgumentParser:
    """Add ``pagodesk webhook [--host H] [--port P]`` to an argparse subparsers object."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "webhook",
        help="recibir las notificaciones de pago de PagoEfectivo",
        description="Recibe las notificaciones de pago (cip.paid) firmadas por PagoEfectivo y "
        "marca pagados los vouchers del perfil. Corre en primer plano hasta Ctrl+C.",
    )
    environ = os.environ
    parser.add_argument(
        "--host",
        default=environ.get(HOST_ENV, LOOPBACK),
        help=f"por defecto {LOOPBACK} (o {HOST_ENV})",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=environ.get(PORT_ENV, RECEIVER_PORT),
        help=f"por defecto {RECEIVER_PORT} (o {PORT_ENV}); 0 = libre",
    )
    parser.add_argument(
        "--log-json",
        action="store_true",
        default=environ.get(JSON_ENV, "").lower() in ("1", "true", "si", "sí"),
        help=f"registro en la salida estándar, un objeto JSON por línea (o {JSON_ENV}=1)",
    )
    parser.set_defaults(func=guarded(run_webhook))
    return parser


def run_webhook(
    args: argparse.Namespace,
    out: TextIO | None = None,
    stop: threading.Event | None = None,
    *,
    purge_every: float | None = None,
) -> int:
    """Serve until Ctrl+C (or until ``stop`` is set), printing the URL to register; the logs
    are purged every ``purge_every`` seconds (by default, daily)."""
    from desktop.services.receiver.foreground import (
        PURGE_EVERY,
        ReceiverCannotListen,
        serve_profile,
    )

    out = out or sys.stdout
    check_port(args.port)

    def ready(receiving: Receiving) -> None:
        if args.log_json:
            _log.info(
                "listening on %s; URL to register: %s",
                receiving.base_url,
                receiving.notification_url,
            )
        else:
            print("\n".join(banner(receiving)), file=out, flush=True)

    from desktop.services.profile_lock import hold

    with runtime_for(args) as runtime, hold(runtime.profile.name):  # restore waits for us
        try:
            serve_profile(
                runtime,
                args.host,
                args.port,
                ready=ready,
                echo=out,
                stop=stop or threading.Event(),
                purge_every=PURGE_EVERY if purge_every is None else purge_every,
                json_lines=args.log_json,
            )
        except ReceiverCannotListen as exc:
            raise CommandError(
                f"no se puede escuchar en {exc.host}:{exc.port}: {exc.reason}"
            ) from exc
    if not args.log_json:
        print("Receptor detenido.", file=out, flush=True)
    return EXIT_OK


def banner(receiving: Receiving) -> list[str]:
    """What a started receiver prints: where it listens and the URL to register."""
    lines = [
        f"Receptor de notificaciones de PagoEfectivo (perfil «{receiving.profile}») "
        f"escuchando en {receiving.base_url}",
        f"  URL para registrar en PagoEfectivo: {receiving.notification_url}",
        f"  Estado:         {receiving.health_url}",
        f"  Base de datos:  {receiving.database}",
    ]
    if receiving.all_interfaces:
        lines.append(
            "  Escucha en todas las interfaces: registre la dirección pública (HTTPS, detrás "
            "de un proxy) que llega a este puerto, con la misma ruta."
        )
    if receiving.demo_sandbox_url:
        lines.append(f"  El sandbox de demostración ({receiving.demo_sandbox_url}) notifica aquí.")
    lines.append("Ctrl+C para detener.")
    return lines
