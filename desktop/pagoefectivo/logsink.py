"""The record of every API exchange, with secrets, hashes and tokens redacted."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

REDACTED = "***"

SENSITIVE_KEYS = ("accessKey", "secretKey", "hashString", "token")
_KEY_PATTERN = re.compile(
    r'("(?:' + "|".join(SENSITIVE_KEYS) + r')"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE
)
_BEARER = re.compile(r"Bearer\s+[A-Za-z0-9\-_.=+/]+")


@dataclass(frozen=True)
class Exchange:
    """One request and its answer (or the failure), already redacted."""

    started_at: datetime
    method: str
    path: str
    status: int | None
    duration_ms: float
    request_body: str
    response_body: str
    error: str | None = None


LogSink = Callable[[Exchange], None]


class Redactor:
    """Removes sensitive JSON values and every known secret string from text."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = {s for s in secrets if s}

    def add(self, *secrets: str) -> None:
        """Remember more values to hide (a new token, a new hash)."""
        self._secrets.update(s for s in secrets if s)

    def __call__(self, text: str) -> str:
        text = _KEY_PATTERN.sub(lambda m: m.group(1) + f'"{REDACTED}"', text)
        text = _BEARER.sub(f"Bearer {REDACTED}", text)
        # Longest first, so a secret containing another is removed whole.
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        return text


_logger = logging.getLogger("desktop.pagoefectivo.exchange")


def logging_sink(exchange: Exchange) -> None:
    """Default sink: one line per exchange to the standard logging system."""
    _logger.info(
        "%s %s -> %s in %.0f ms%s",
        exchange.method,
        exchange.path,
        exchange.status if exchange.status is not None else "no answer",
        exchange.duration_ms,
        f" ({exchange.error})" if exchange.error else "",
    )
    _logger.debug("request: %s | response: %s", exchange.request_body, exchange.response_body)
