"""The receiver of a profile in the foreground: the demo sandbox notifies it, logs purged daily."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from desktop.services import webhook_intake
from desktop.services.logs import JsonLines
from desktop.services.receiver.demo import DemoSandboxLink
from desktop.services.receiver.server import WebhookServer
from desktop.services.retention import purge_old_logs
from desktop.services.runtime import Runtime, demo_credentials, profile_credentials
from desktop.threadserver import stop_on_signals

INTAKE_LOGGER = webhook_intake.__name__
"""Its lines (one per notification) are echoed while the receiver runs in the foreground."""
PURGE_EVERY = 24 * 3600.0
"""The logs are purged when the profile opens, then once a day while the receiver runs."""
_ALL_INTERFACES = ("0.0.0.0", "::", "")
_log = logging.getLogger(__name__)


class ReceiverCannotListen(Exception):
    """The receiver's address is taken or not ours; ``reason`` says why."""

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(f"cannot listen on {host}:{port}: {reason}")
        self.host = host
        self.port = port
        self.reason = reason


@dataclass(frozen=True)
class Receiving:
    """A receiver just started: what to tell the person who started it."""

    profile: str
    base_url: str
    notification_url: str
    """The URL to register with PagoEfectivo (behind a proxy, its public equivalent)."""
    health_url: str
    database: str
    """The profile's database URL, without its password."""
    all_interfaces: bool
    demo_sandbox_url: str | None
    """The demo sandbox now notifying this receiver, if any."""


def serve_profile(
    runtime: Runtime,
    host: str,
    port: int,
    *,
    ready: Callable[[Receiving], None],
    echo: TextIO,
    stop: threading.Event,
    purge_every: float = PURGE_EVERY,
    json_lines: bool = False,
) -> None:
    """Receive the profile's notifications until ``stop`` is set (Ctrl+C and SIGTERM set it),
    one line per notification to ``echo``; with ``json_lines`` every log record of PagoDesk
    goes there as one JSON object a line (a service's or a container's log). Raises
    ``ReceiverCannotListen``, and the runtime's ``MissingCredentials``/``KeyringUnavailable``
    for a real profile without usable keys."""
    profile = runtime.profile
    credentials = demo_credentials() if profile.is_demo else profile_credentials(profile)
    server = WebhookServer(
        runtime.engine, profile.name, credentials.secret_key, host=host, port=port
    )
    try:
        server.start()
    except OSError as exc:
        raise ReceiverCannotListen(host, port, exc.strerror or str(exc)) from exc
    sandbox_url = runtime.sandbox_url if profile.is_demo else None
    link = DemoSandboxLink(sandbox_url, loopback(server.notification_url))
    handler = logging.StreamHandler(echo)
    if json_lines:
        handler.setFormatter(JsonLines())
    intake_log = logging.getLogger("desktop" if json_lines else INTAKE_LOGGER)
    level = intake_log.level
    intake_log.addHandler(handler)
    intake_log.setLevel(logging.INFO)
    try:
        with stop_on_signals(stop) as stopping:
            link.attach()
            ready(_receiving(runtime, server, link))
            _wait(server, stopping, lambda: purge_quietly(runtime), purge_every)
    finally:
        link.detach()
        server.stop()
        intake_log.removeHandler(handler)
        intake_log.setLevel(level)


def _receiving(runtime: Runtime, server: WebhookServer, link: DemoSandboxLink) -> Receiving:
    return Receiving(
        profile=runtime.profile.name,
        base_url=server.base_url,
        notification_url=server.notification_url,
        health_url=server.health_url,
        database=runtime.engine.url.render_as_string(hide_password=True),
        all_interfaces=server.host in _ALL_INTERFACES,
        demo_sandbox_url=link.sandbox_url if link.attached else None,
    )


def _wait(
    server: WebhookServer, stop: threading.Event, purge: Callable[[], None], every: float
) -> None:
    due = time.monotonic() + every
    while server.running and not stop.wait(max(0.01, min(0.25, every))):
        if time.monotonic() >= due:
            purge()
            due = time.monotonic() + every


def purge_quietly(runtime: Runtime) -> None:
    """The 180-day purge of a receiver that runs for months; a failure never stops it."""
    try:
        purge_old_logs(runtime.engine, runtime.clock)
    except SQLAlchemyError:
        _log.exception("could not purge the old logs")


def loopback(url: str) -> str:
    """The same URL as reached from this PC when the server listens on every interface."""
    return url.replace("//0.0.0.0:", "//127.0.0.1:", 1).replace("//[::]:", "//[::1]:", 1)
