"""``pagodesk webhook``: the notification receiver of a profile, in the foreground."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli.common import EXIT_OK, CommandError, check_port, guarded, runtime_for
from desktop.services.ports import LOOPBACK, RECEIVER_PORT

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
    parser.add_argument("--host", default=LOOPBACK, help=f"por defecto {LOOPBACK}")
    parser.add_argument(
        "--port", type=int, default=RECEIVER_PORT, help=f"por defecto {RECEIVER_PORT}; 0 = libre"
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
        print("\n".join(banner(receiving)), file=out, flush=True)

    with runtime_for(args) as runtime:
        try:
            serve_profile(
                runtime,
                args.host,
                args.port,
                ready=ready,
                echo=out,
                stop=stop or threading.Event(),
                purge_every=PURGE_EVERY if purge_every is None else purge_every,
            )
        except ReceiverCannotListen as exc:
            raise CommandError(
                f"no se puede escuchar en {exc.host}:{exc.port}: {exc.reason}"
            ) from exc
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
