"""Request binding as lenient as the real service (any key casing, nulls) and the §3.2 rules."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop.domain.limatime import parse_api_datetime
from desktop.domain.money import Currency, decimal_places, to_decimal
from desktop.sandbox.messages import INVALID_VALUE, REQUIRED, FieldError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
DOCUMENT_TYPES = frozenset({"DNI", "PAR", "PAS", "LMI", "NAN"})
MAX_INTEGER_DIGITS = 16
MAX_CIP_DIGITS = 14


@dataclass(frozen=True)
class _Rule:
    max_len: int | None = None
    pattern: re.Pattern[str] | None = None
    choices: frozenset[str] | None = None
    max_digits: int | None = None
    """At most this many digits (a phone written with spaces, dashes or parentheses)."""
    number_width: int | None = None
    """A JSON number given for this code is its digits zero-padded to this width."""


# Optional text fields of POST /v1/cips, in the doc's order (§3.2).
OPTIONAL_FIELDS: dict[str, _Rule] = {
    "paymentConcept": _Rule(50),
    "additionalData": _Rule(200),
    "adminEmail": _Rule(100, _EMAIL),
    "userId": _Rule(),
    "userName": _Rule(30),
    "userLastName": _Rule(30),
    # Sent as a JSON number by several integrations (150115), which drops the leading zero
    # of departments 01-09 (010101 -> 10101): such a number is padded back to six digits.
    "userUbigeo": _Rule(6, re.compile(r"^\d{6}$"), number_width=6),
    "userCountry": _Rule(20),
    "userDocumentType": _Rule(3, choices=DOCUMENT_TYPES),
    # Alphanumeric, not digits only: passports (PAS) carry letters.
    "userDocumentNumber": _Rule(14, re.compile(r"^[A-Za-z0-9]+$")),
    # As customers type it into a shop's checkout ("+51 987 654 321", "(01) 234-5678"), which
    # a published plugin sends unchanged: up to 15 digits among spaces, dashes, dots, brackets.
    "userPhone": _Rule(20, re.compile(r"^\+?[\d ().-]*\d[\d ().-]*$"), max_digits=15),
    "userCodeCountry": _Rule(5, re.compile(r"^\+?\d{1,4}$")),
}
STRICT_REQUIRED = ("userPhone", "userCodeCountry")
CREATE_FIELDS = (
    "currency",
    "amount",
    "transactionCode",
    "dateExpiry",
    "userEmail",
    "serviceId",
    *OPTIONAL_FIELDS,
)
AUTH_FIELDS = ("accessKey", "idService", "dateRequest", "hashString")


@dataclass(frozen=True)
class CipRequest:
    """A valid ``POST /v1/cips`` body; ``date_expiry`` None means the merchant's default."""

    currency: str
    amount: Decimal
    transaction_code: str
    user_email: str
    date_expiry: datetime | None
    details: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuthRequest:
    """A well-formed ``POST /v1/authorizations`` body (credentials not yet checked)."""

    access_key: str
    id_service: int
    date_request: str
    requested_at: datetime
    hash_string: str


def bind(body: Any, names: Iterable[str]) -> dict[str, Any] | None:
    """Map keys in any casing onto the camelCase ``names``; None if the body is not an object.

    Unknown keys are dropped. When two keys differ only in case, the exact camelCase one wins.
    """
    if not isinstance(body, dict):
        return None
    by_lower = {name.lower(): name for name in names}
    bound: dict[str, Any] = {}
    for key, value in body.items():
        name = by_lower.get(str(key).lower())
        if name is not None and (name not in bound or key == name):
            bound[name] = value
    return bound


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_text(value: Any) -> str | None:
    """Strings as is, integers and decimals as text (the real binder coerces them)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal) and value.is_finite():
        return format(value, "f")
    return None


def parse_cip(value: Any) -> int | None:
    """A CIP given as a JSON integer or a digit string; None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and value > 0 and len(str(value)) <= MAX_CIP_DIGITS:
        return value
    return None


def _check_text(name: str, value: Any, rule: _Rule, errors: list[FieldError]) -> str | None:
    text = _as_text(value)
    number = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if text is not None and number and rule.number_width is not None:
        text = text.zfill(rule.number_width)
    bad = (
        text is None
        or (rule.max_len is not None and len(text) > rule.max_len)
        or (rule.pattern is not None and not rule.pattern.match(text))
        or (rule.choices is not None and text not in rule.choices)
        or (rule.max_digits is not None and sum(c.isdigit() for c in text) > rule.max_digits)
    )
    if bad:
        errors.append((INVALID_VALUE, name))
        return None
    return text


def _check_amount(value: Any, errors: list[FieldError]) -> Decimal | None:
    try:
        amount = to_decimal(value)
    except ValueError:
        errors.append((INVALID_VALUE, "amount"))
        return None
    if amount <= 0 or amount.adjusted() >= MAX_INTEGER_DIGITS or decimal_places(amount) > 2:
        errors.append((INVALID_VALUE, "amount"))
        return None
    return amount


def _check_expiry(value: Any, now: datetime, errors: list[FieldError]) -> datetime | None:
    """Absent, empty or a sentinel (.NET min date, year <= 1900) means the default: None."""
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError("not a string")
        moment = parse_api_datetime(value)
    except ValueError:
        errors.append((INVALID_VALUE, "dateExpiry"))
        return None
    if moment is not None and moment <= now:
        errors.append((INVALID_VALUE, "dateExpiry"))
        return None
    return moment


def validate_create(
    body: Any, now: datetime, strict: bool = False
) -> tuple[CipRequest | None, list[FieldError]]:
    """Bind and check a ``POST /v1/cips`` body; the 511 maximum is checked by the caller."""
    data = bind(body, CREATE_FIELDS) or {}
    errors: list[FieldError] = []
    required = ["currency", "amount", "transactionCode", "userEmail"]
    if strict:
        required.extend(STRICT_REQUIRED)
    errors.extend((REQUIRED, name) for name in required if _is_blank(data.get(name)))
    missing = {name for _, name in errors}

    currency = None
    if "currency" not in missing:
        currency = _check_text(
            "currency", data["currency"], _Rule(3, choices=frozenset(Currency)), errors
        )
    amount = None if "amount" in missing else _check_amount(data["amount"], errors)
    code = None
    if "transactionCode" not in missing:
        code = _check_text("transactionCode", data["transactionCode"], _Rule(36), errors)
    email = None
    if "userEmail" not in missing:
        email = _check_text("userEmail", data["userEmail"], _Rule(100, _EMAIL), errors)
    expiry = _check_expiry(data.get("dateExpiry"), now, errors)

    details: dict[str, str] = {}
    for name, rule in OPTIONAL_FIELDS.items():
        value = data.get(name)
        if _is_blank(value):
            continue
        text = _check_text(name, value, rule, errors)
        if text is not None:
            details[name] = text

    if errors or currency is None or amount is None or code is None or email is None:
        return None, errors
    return CipRequest(currency, amount, code, email, expiry, details), []


def _parse_id_service(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value if isinstance(value, int) else None


def validate_auth(body: Any) -> tuple[AuthRequest | None, list[FieldError]]:
    """Bind a ``POST /v1/authorizations`` body: 112 for missing fields, 113 for bad formats."""
    data = bind(body, AUTH_FIELDS) or {}
    errors: list[FieldError] = [(REQUIRED, n) for n in AUTH_FIELDS if _is_blank(data.get(n))]
    if errors:
        return None, errors
    id_service = _parse_id_service(data["idService"])
    if id_service is None:
        errors.append((INVALID_VALUE, "idService"))
    access_key, date_request, hash_string = (
        data[n] if isinstance(data[n], str) else None
        for n in ("accessKey", "dateRequest", "hashString")
    )
    for name, value in (("accessKey", access_key), ("hashString", hash_string)):
        if value is None:
            errors.append((INVALID_VALUE, name))
    requested_at = None
    with contextlib.suppress(ValueError):
        requested_at = parse_api_datetime(date_request) if date_request is not None else None
    if requested_at is None:
        errors.append((INVALID_VALUE, "dateRequest"))
    if errors or access_key is None or hash_string is None or date_request is None:
        return None, errors
    assert id_service is not None and requested_at is not None
    return AuthRequest(access_key, id_service, date_request, requested_at, hash_string), []


def validate_search(body: Any) -> tuple[list[int], list[FieldError]]:
    """``{"data": [{"cip": ...}, ...]}`` (any casing; a bare CIP per item is also accepted)."""
    data = bind(body, ("data",))
    if data is None or data.get("data") is None:
        return [], [(REQUIRED, "data")]
    items = data["data"]
    if not isinstance(items, list):
        return [], [(INVALID_VALUE, "data")]
    cips: list[int] = []
    errors: list[FieldError] = []
    for index, item in enumerate(items):
        raw = (bind(item, ("cip",)) or {}).get("cip") if isinstance(item, dict) else item
        name = f"data[{index}].cip"
        if _is_blank(raw):
            errors.append((REQUIRED, name))
            continue
        cip = parse_cip(raw)
        if cip is None:
            errors.append((INVALID_VALUE, name))
        elif cip not in cips:
            cips.append(cip)
    return cips, errors


def validate_patch(body: Any, now: datetime) -> tuple[datetime | None, list[FieldError]]:
    """``{"dateExpiry": ...}``: required, a real timestamp, in the future."""
    data = bind(body, ("dateExpiry",)) or {}
    value = data.get("dateExpiry")
    if _is_blank(value):
        return None, [(REQUIRED, "dateExpiry")]
    errors: list[FieldError] = []
    moment = _check_expiry(value, now, errors)
    if moment is None and not errors:
        errors.append((INVALID_VALUE, "dateExpiry"))
    return (None, errors) if errors else (moment, [])
