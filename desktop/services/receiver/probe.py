"""Whether a notification URL leads to PagoDesk's receiver of a profile: ``GET <base>/health``
answers, says it is PagoDesk's receiver, of that profile, with its database usable, and when
its last notification arrived."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import httpx

from desktop.domain.limatime import parse_api_datetime
from desktop.pagoefectivo.hosts import tls_for
from desktop.services.receiver.app import HEALTH_PATH, NOTIFICATION_PATH, RECEIVER_NAME

PROBE_TIMEOUT = httpx.Timeout(8.0, connect=5.0)


@dataclass(frozen=True)
class ReceiverProbe:
    """What ``url``'s receiver answered. ``code``: ``ok``, ``unreachable`` (no answer:
    ``error`` says why), ``not_receiver`` (something answered, not PagoDesk's receiver),
    ``other_profile`` (the receiver of ``profile``), ``unhealthy`` (its database fails)."""

    url: str
    health_url: str
    code: str
    ms: float
    status: int | None = None
    error: str = ""
    profile: str | None = None
    last_notification: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.code == "ok"


def notification_url_of(text: str) -> str:
    """The full notification URL of what was typed: the receiver's public base (e.g.
    ``https://cobros.mitienda.pe``) gets the receiver's path; a full URL stays as it is."""
    url = text.strip()
    if urlsplit(url).path.rstrip("/").endswith(NOTIFICATION_PATH):
        return url.rstrip("/")
    return url.rstrip("/") + NOTIFICATION_PATH


def health_url_of(url: str) -> str:
    """``<base>/health`` of a notification URL."""
    return url.rstrip("/").removesuffix(NOTIFICATION_PATH) + HEALTH_PATH


def probe_receiver(
    url: str, profile: str, *, timeout: httpx.Timeout | float = PROBE_TIMEOUT
) -> ReceiverProbe:
    """Ask the receiver behind ``url`` (a notification URL) whether it is ``profile``'s."""
    health = health_url_of(url)
    start = time.perf_counter()

    def probe(code: str, **found: object) -> ReceiverProbe:
        ms = round((time.perf_counter() - start) * 1000, 1)
        return ReceiverProbe(url, health, code, ms, **found)  # type: ignore[arg-type]

    try:
        answer = httpx.get(health, timeout=timeout, trust_env=False, verify=tls_for(health))
    except httpx.HTTPError as exc:
        return probe("unreachable", error=type(exc).__name__)
    try:
        body = answer.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or body.get("service") != RECEIVER_NAME:
        return probe("not_receiver", status=answer.status_code, error=f"HTTP {answer.status_code}")
    said = body.get("profile")
    last = body.get("last_notification")
    found = {
        "status": answer.status_code,
        "profile": said if isinstance(said, str) else None,
        "last_notification": _moment(last),
    }
    if said != profile:
        return probe("other_profile", **found)
    if answer.status_code != 200 or body.get("status") != "ok":
        return probe("unhealthy", error=f"HTTP {answer.status_code}", **found)
    return probe("ok", **found)


def _moment(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return parse_api_datetime(text)
    except ValueError:
        return None
