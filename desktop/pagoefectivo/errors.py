"""Typed errors of the PagoEfectivo client: each says what a caller can do next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class FieldError:
    """One field-level complaint of the API (112 required, 113 invalid value)."""

    code: str
    field: str
    message: str


class PagoEfectivoError(Exception):
    """Base of every error the client raises. Messages never contain secrets."""


class ApiRefused(PagoEfectivoError):
    """The API answered and refused the request (111 with field errors, 508, 511...).

    Nothing was created or changed remotely; fix the input and try again.
    """

    def __init__(
        self,
        code: str,
        message: str,
        field_errors: tuple[FieldError, ...] = (),
        http_status: int | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.field_errors = field_errors
        self.http_status = http_status
        detail = "; ".join(f"{e.field}: {e.code} {e.message}" for e in field_errors)
        super().__init__(
            f"PagoEfectivo refused the request ({code}: {message})"
            + (f" [{detail}]" if detail else "")
        )


class AuthenticationFailed(PagoEfectivoError):
    """Credentials were refused (wrong keys, wrong service id, or the PC clock is off)."""

    def __init__(
        self, message: str, code: str | None = None, clock_skew: timedelta | None = None
    ) -> None:
        self.code = code
        self.clock_skew = clock_skew
        if clock_skew is not None:
            message += f" (PC clock differs from the server by {format_skew(clock_skew)})"
        super().__init__(message)


class ConnectionFailed(PagoEfectivoError):
    """Could not reach PagoEfectivo; nothing was sent, so it is safe to try again."""


class OutcomeUnknown(PagoEfectivoError):
    """The request went out and no usable answer came back (timeout, connection lost,
    unreadable reply). The operation may or may not have happened remotely."""


class ServerError(PagoEfectivoError):
    """PagoEfectivo failed internally (code 166 or HTTP 5xx). The request was not applied
    as far as the server says; try again later."""

    def __init__(self, message: str, http_status: int, code: str | None = None) -> None:
        self.http_status = http_status
        self.code = code
        super().__init__(message)


class Throttled(PagoEfectivoError):
    """HTTP 429: too many requests for now. Nothing was applied; ask again after
    ``retry_after`` seconds when the answer said so (``Retry-After``), else a little later."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(message)


def format_skew(skew: timedelta) -> str:
    """``+7 min 5 s`` / ``-1 h 2 min``: a signed, readable clock difference."""
    seconds = int(skew.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h"] if hours else []
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return sign + " ".join(parts)
