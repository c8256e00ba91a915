"""HTTP client of the PagoEfectivo merchant API (API CIP v1)."""

# Each name loads its module when first used: whoever needs only the hosts, the signature or
# the notifications does not import httpx (``pagodesk list``, the app before its first paint).

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy import lazy_names

if TYPE_CHECKING:
    from .auth import Credentials, date_request, hash_string
    from .client import MAX_CLOCK_SKEW, ConnectionCheck, PagoEfectivoClient
    from .errors import (
        ApiRefused,
        AuthenticationFailed,
        ConnectionFailed,
        FieldError,
        OutcomeUnknown,
        PagoEfectivoError,
        ServerError,
        Throttled,
    )
    from .hosts import PRODUCTION_HOST, SANDBOX_HOST
    from .logsink import Exchange, LogSink, Redactor
    from .models import CipCreated, CipInfo, CipRequest, CipStatus, Token
    from .notifications import Notification, OtherEvent, PaymentNotification, parse_notification
    from .signature import sign_body, verify_signature

__getattr__ = lazy_names(
    __name__,
    {
        "auth": ("Credentials", "date_request", "hash_string"),
        "client": ("MAX_CLOCK_SKEW", "ConnectionCheck", "PagoEfectivoClient"),
        "errors": (
            "ApiRefused",
            "AuthenticationFailed",
            "ConnectionFailed",
            "FieldError",
            "OutcomeUnknown",
            "PagoEfectivoError",
            "ServerError",
            "Throttled",
        ),
        "hosts": ("PRODUCTION_HOST", "SANDBOX_HOST"),
        "logsink": ("Exchange", "LogSink", "Redactor"),
        "models": ("CipCreated", "CipInfo", "CipRequest", "CipStatus", "Token"),
        "notifications": (
            "Notification",
            "OtherEvent",
            "PaymentNotification",
            "parse_notification",
        ),
        "signature": ("sign_body", "verify_signature"),
    },
)


__all__ = [
    "MAX_CLOCK_SKEW",
    "PRODUCTION_HOST",
    "SANDBOX_HOST",
    "ApiRefused",
    "AuthenticationFailed",
    "CipCreated",
    "CipInfo",
    "CipRequest",
    "CipStatus",
    "ConnectionCheck",
    "ConnectionFailed",
    "Credentials",
    "Exchange",
    "FieldError",
    "LogSink",
    "Notification",
    "OtherEvent",
    "OutcomeUnknown",
    "PagoEfectivoClient",
    "PagoEfectivoError",
    "PaymentNotification",
    "Redactor",
    "ServerError",
    "Throttled",
    "Token",
    "date_request",
    "hash_string",
    "parse_notification",
    "sign_body",
    "verify_signature",
]
