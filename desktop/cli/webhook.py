"""``pagodesk webhook``: the notification receiver of a profile, in the foreground."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TextIO

import httpx
from sqlalchemy.exc import SQLAlchemyError

from desktop.cli.common import EXIT_BAD_INPUT, EXIT_OK, CommandError, guarded, runtime_for
from desktop.services.receiver.server import DEFAULT_HOST, DEFAULT_PORT, WebhookServer
from desktop.services.retention import purge_old_logs
from desktop.services.runtime import Runtime, demo_credentials, profile_credentials
from desktop.threadserver import stop_on_signals

INTAKE_LOGGER = "desktop.services.webhook_intake"
PURGE_EVERY = 24 * 3600.0
"""The logs are purged when the profile opens, then once a day while the receiver runs."""


def register(commands: Any) -> argparse.ArgumentParser:
    """Add ``pagodesk webhook [--host H] [--port P]`` to an argparse subparsers object."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "webhook",
        help="recibir las notificaciones de pago de PagoEfectivo",
        description="Recibe las notificaciones de pago (cip.paid) firmadas por PagoEfectivo y "
        "marca pagados los vouchers del perfil. Corre en primer plano hasta Ctrl+C.",
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"por defecto {DEFAULT_HOST}")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"por defecto {DEFAULT_PORT}; 0 = libre"
    )
    parser.set_defaults(func=guarded(run_webhook))
    return parser


def run_webhook(
    args: argparse.Namespace,
    out: TextIO | None = None,
    stop: threading.Event | None = None,
    *,
    purge_every: float = PURGE_EVERY,
) -> int:
    """Serve until Ctrl+C (or until ``stop`` is set), printing the URL to register."""
    out = out or sys.stdout
    if not 0 <= args.port <= 65535:
        raise CommandError(f"--port debe estar entre 0 y 65535, no {args.port}", EXIT_BAD_INPUT)
    with runtime_for(args) as runtime:
        profile = runtime.profile
        credentials = demo_credentials() if profile.is_demo else profile_credentials(profile)
        server = WebhookServer(
            runtime.engine, profile.name, credentials.secret_key, host=args.host, port=args.port
        )
        try:
            server.start()
        except OSError as exc:
            raise CommandError(
                f"no se puede escuchar en {args.host}:{args.port}: {exc.strerror or exc}"
            ) from exc
        link = DemoSandboxLink(runtime, _loopback(server.notification_url))
        handler = logging.StreamHandler(out)
        intake_log = logging.getLogger(INTAKE_LOGGER)
        level = intake_log.level
        intake_log.addHandler(handler)
        intake_log.setLevel(logging.INFO)
        try:
            with stop_on_signals(stop or threading.Event()) as stopping:
                link.attach()
                print("\n".join(_banner(runtime, server, link)), file=out, flush=True)
                _wait(server, stopping, lambda: _purge(runtime), purge_every)
        finally:
            link.detach()
            server.stop()
            intake_log.removeHandler(handler)
            intake_log.setLevel(level)
    print("Receptor detenido.", file=out, flush=True)
    return EXIT_OK


def _wait(
    server: WebhookServer, stop: threading.Event, purge: Callable[[], None], every: float
) -> None:
    due = time.monotonic() + every
    while server.running and not stop.wait(max(0.01, min(0.25, every))):
        if time.monotonic() >= due:
            purge()
            due = time.monotonic() + every


def _purge(runtime: Runtime) -> None:
    """The 180-day purge of a receiver that runs for months; a failure never stops it."""
    try:
        purge_old_logs(runtime.engine, runtime.clock)
    except SQLAlchemyError:
        logging.getLogger(__name__).exception("could not purge the old logs")


def _banner(runtime: Runtime, server: WebhookServer, link: DemoSandboxLink) -> list[str]:
    database = runtime.engine.url.render_as_string(hide_password=True)
    lines = [
        f"Receptor de notificaciones de PagoEfectivo (perfil «{runtime.profile.name}») "
        f"escuchando en {server.base_url}",
        f"  URL para registrar en PagoEfectivo: {server.notification_url}",
        f"  Estado:         {server.health_url}",
        f"  Base de datos:  {database}",
    ]
    if server.host in ("0.0.0.0", "::", ""):
        lines.append(
            "  Escucha en todas las interfaces: registre la dirección pública (HTTPS, detrás "
            "de un proxy) que llega a este puerto, con la misma ruta."
        )
    if link.attached:
        lines.append(f"  El sandbox de demostración ({link.sandbox_url}) notifica aquí.")
    lines.append("Ctrl+C para detener.")
    return lines


def _loopback(url: str) -> str:
    """The same URL as reached from this PC when the server listens on every interface."""
    return url.replace("//0.0.0.0:", "//127.0.0.1:", 1).replace("//[::]:", "//[::1]:", 1)


class DemoSandboxLink:
    """In the demo profile, point the demo sandbox's webhook at this receiver while it runs
    (through the sandbox's admin route), and put the previous URL back afterwards."""

    def __init__(self, runtime: Runtime, url: str) -> None:
        self.sandbox_url = runtime.sandbox_url if runtime.profile.is_demo else None
        self.url = url
        self.attached = False
        self._previous: str | None = None

    def attach(self) -> None:
        if not self.sandbox_url:
            return
        try:
            with httpx.Client(base_url=self.sandbox_url, timeout=2.0, trust_env=False) as http:
                self._previous = http.get("/_sandbox/webhook").raise_for_status().json()["url"]
                http.put("/_sandbox/webhook", json={"url": self.url}).raise_for_status()
        except (httpx.HTTPError, ValueError, KeyError):
            logging.getLogger(__name__).warning("could not point the demo sandbox here")
            return
        self.attached = True

    def detach(self) -> None:
        if not self.attached or not self.sandbox_url:
            return
        self.attached = False
        try:
            with httpx.Client(base_url=self.sandbox_url, timeout=2.0, trust_env=False) as http:
                if http.get("/_sandbox/webhook").json().get("url") == self.url:
                    http.put("/_sandbox/webhook", json={"url": self._previous})
        except (httpx.HTTPError, ValueError):
            pass  # the sandbox may already be gone
