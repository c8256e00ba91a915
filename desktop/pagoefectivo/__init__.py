"""HTTP client of the PagoEfectivo merchant API (API CIP v1)."""

from .auth import Credentials, date_request, hash_string
from .client import (
    MAX_CLOCK_SKEW,
    PRODUCTION_HOST,
    SANDBOX_HOST,
    ConnectionCheck,
    PagoEfectivoClient,
)
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
from .logsink import Exchange, LogSink, Redactor
from .models import CipCreated, CipInfo, CipRequest, CipStatus, Token
from .notifications import Notification, OtherEvent, PaymentNotification, parse_notification
from .signature import sign_body, verify_signature

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
