"""The notification URL of a profile: the one registered in PagoEfectivo's portal (and the
day it was marked so), the receiver's public URL, what either may be, and whether the two
agree. Codes only; the screens and the command line word them."""

from __future__ import annotations

import contextlib
import ipaddress
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from urllib.parse import urlsplit

from desktop.domain.settings import SettingsError

MAX_URL_LENGTH = 300
"""PagoEfectivo's portal keeps a few hundred characters; a real URL is far shorter."""
EARLIEST = date(2015, 1, 1)
"""No notification URL was registered before PagoEfectivo's API existed."""


class NotifyUrlError(SettingsError):
    """A notification URL (or its registration) was refused; ``code`` is stable:
    ``notify_url_empty``, ``notify_url_too_long``, ``notify_url_bad``,
    ``notify_url_insecure`` (production needs https), ``notify_url_local`` (production:
    PagoEfectivo cannot reach this PC's loopback), ``notify_url_demo`` (the demo has its own),
    ``registered_date`` (in the future or implausibly old), ``no_receiver_url``."""


class NotifyState(StrEnum):
    """How the registered URL and the receiver's public URL stand."""

    DEMO = "demo"  # the demo's embedded receiver, registered with its sandbox automatically
    MATCH = "match"
    NOT_REGISTERED = "not_registered"  # nothing marked registered in the portal yet
    NO_RECEIVER = "no_receiver"  # registered, but this installation's receiver URL is unknown
    DIFFERS = "differs"

    @property
    def warns(self) -> bool:
        return self not in (NotifyState.DEMO, NotifyState.MATCH)


@dataclass(frozen=True)
class RegisteredUrl:
    """The URL marked «registrado en el portal» and the day it was registered there."""

    url: str
    on: date

    def to_json(self) -> dict[str, str]:
        return {"url": self.url, "on": self.on.isoformat()}

    @classmethod
    def from_json(cls, data: object, where: str) -> RegisteredUrl:
        on: date | None = None
        if isinstance(data, dict) and set(data) == {"url", "on"} and isinstance(data["url"], str):
            with contextlib.suppress(TypeError, ValueError):
                on = date.fromisoformat(data["on"])
        if on is None or not isinstance(data, dict):
            raise SettingsError("bad_setting", f"{where}: notify_registered needs url and on")
        return cls(data["url"], on)


def check_notify_url(url: object, *, production: bool) -> str:
    """``url`` if a receiver may be reached there: http(s), a host, at most 300 characters,
    no user, query or fragment; https and not loopback for a production profile."""
    if not isinstance(url, str) or not url.strip():
        raise NotifyUrlError("notify_url_empty", "the notification URL is empty")
    if len(url) > MAX_URL_LENGTH:
        raise NotifyUrlError(
            "notify_url_too_long", f"the notification URL has over {MAX_URL_LENGTH} characters"
        )
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        parts = None
    if (
        parts is None
        or url != url.strip()
        or any(ch.isspace() for ch in url)
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.username is not None
        or parts.query
        or parts.fragment
    ):
        raise NotifyUrlError(
            "notify_url_bad", "the notification URL must look like https://host[:port]/path"
        )
    if production and parts.scheme != "https":
        raise NotifyUrlError("notify_url_insecure", "a production profile needs an https URL")
    if production and _local(parts.hostname):
        raise NotifyUrlError("notify_url_local", "PagoEfectivo cannot reach a local address")
    return url


def _local(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def check_registered_day(on: date, today: date) -> date:
    """The day a URL was registered in the portal: not after today, not before 2015."""
    if not EARLIEST <= on <= today:
        raise NotifyUrlError("registered_date", f"the date must be between 2015 and {today}")
    return on


def notify_state(
    *, demo: bool, registered: RegisteredUrl | None, receiver_url: str | None
) -> NotifyState:
    if demo:
        return NotifyState.DEMO
    if registered is None:
        return NotifyState.NOT_REGISTERED
    if receiver_url is None:
        return NotifyState.NO_RECEIVER
    return NotifyState.MATCH if _same(registered.url, receiver_url) else NotifyState.DIFFERS


def _same(a: str, b: str) -> bool:
    """Equal but for the case of the scheme and host and a trailing slash."""

    def key(url: str) -> tuple[str, str, str]:
        parts = urlsplit(url)
        return parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/")

    return key(a) == key(b)
