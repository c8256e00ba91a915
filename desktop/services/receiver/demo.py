"""In the demo profile, a receiver of this process takes the embedded sandbox's notifications.

The sandbox posts each signed ``cip.paid`` to the one webhook URL kept in its state file
(shared by every process of the demo profile: the app, ``pagodesk sandbox pay``, a foreground
``pagodesk sandbox`` or ``pagodesk webhook``). Whoever registered last receives; whoever
leaves hands the URL back to the one before it when that one still answers, or to nobody.
Every receiver of the profile writes to the same database, so it does not matter which of
two open apps takes a payment: the other sees it through its store watch.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import httpx
from sqlalchemy import Engine

from desktop.domain.limatime import Clock, utc_now
from desktop.pagoefectivo.hosts import tls_for
from desktop.services.ports import LOOPBACK
from desktop.services.receiver.app import HEALTH_PATH, NOTIFICATION_PATH
from desktop.services.receiver.server import WebhookServer

ADMIN_TIMEOUT = 2.0
HEALTH_TIMEOUT = 0.5
LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")
_log = logging.getLogger(__name__)


def stale(url: str) -> bool:
    """A PagoDesk receiver on this PC that no longer answers (its app closed or crashed). A
    URL someone set by hand elsewhere is never judged: it is handed back as it was."""
    parts = urlsplit(url)
    if parts.hostname not in LOOPBACK_HOSTS or not parts.path.endswith(NOTIFICATION_PATH):
        return False
    health = url.removesuffix(NOTIFICATION_PATH) + HEALTH_PATH
    try:
        return httpx.get(health, timeout=HEALTH_TIMEOUT, trust_env=False).status_code != 200
    except httpx.HTTPError:
        return True


class DemoSandboxLink:
    """Point the demo sandbox's webhook at one receiver while it runs (through the sandbox's
    admin route), and hand it back afterwards: to the previous URL, unless that is a receiver
    of this PC that no longer answers (then to nobody: no payment posted into the void)."""

    def __init__(self, sandbox_url: str | None, url: str) -> None:
        self.sandbox_url = sandbox_url
        self.url = url
        self.attached = False
        self._previous: str | None = None

    def attach(self) -> None:
        if not self.sandbox_url:
            return
        try:
            with self._admin() as http:
                self._previous = http.get("/_sandbox/webhook").raise_for_status().json()["url"]
                http.put("/_sandbox/webhook", json={"url": self.url}).raise_for_status()
        except (httpx.HTTPError, ValueError, KeyError):
            _log.warning("could not point the demo sandbox at %s", self.url)
            return
        self.attached = True

    def detach(self) -> None:
        if not self.attached or not self.sandbox_url:
            return
        self.attached = False
        previous = self._previous
        if previous is not None and (previous == self.url or stale(previous)):
            previous = None
        try:
            with self._admin() as http:
                if http.get("/_sandbox/webhook").json().get("url") == self.url:
                    http.put("/_sandbox/webhook", json={"url": previous})
        except (httpx.HTTPError, ValueError):
            pass  # the sandbox may already be gone

    def _admin(self) -> httpx.Client:
        assert self.sandbox_url is not None
        return httpx.Client(
            base_url=self.sandbox_url,
            timeout=ADMIN_TIMEOUT,
            trust_env=False,
            verify=tls_for(self.sandbox_url),
        )


class DemoReceiver:
    """The demo profile's receiver inside the app: the same intake as production (signature
    checked on the exact body, idempotent, committed before the answer), on loopback only and
    on a free port, registered with the demo sandbox until ``stop``."""

    def __init__(
        self,
        engine: Engine,
        profile_name: str,
        secret_key: str,
        sandbox_url: str | None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self.server = WebhookServer(
            engine, profile_name, secret_key, host=LOOPBACK, port=0, clock=clock
        )
        self._sandbox_url = sandbox_url
        self.link: DemoSandboxLink | None = None

    @property
    def notification_url(self) -> str:
        return self.server.notification_url

    @property
    def registered(self) -> bool:
        """Whether the sandbox took this receiver's URL."""
        return self.link is not None and self.link.attached

    def start(self) -> DemoReceiver:
        """Listen, then register with the sandbox. Raises ``OSError`` if it cannot listen."""
        self.server.start()
        self.link = DemoSandboxLink(self._sandbox_url, self.server.notification_url)
        self.link.attach()
        return self

    def stop(self) -> None:
        """Hand the sandbox's webhook back, then stop listening."""
        if self.link is not None:
            self.link.detach()
            self.link = None
        self.server.stop()
