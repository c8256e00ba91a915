"""Validation of what staff type to issue a voucher: one named error per field, as codes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from desktop.domain.money import Currency, Money, to_decimal

DEFAULT_EXPIRY = timedelta(hours=48)
MIN_EXPIRY = timedelta(hours=1)
DEFAULT_MAX_EXPIRY = timedelta(days=30)
DEFAULT_MAX_AMOUNT = Decimal("30000.00")

NAME_MAX = 30
CONCEPT_MAX = 50
EMAIL_MAX = 100
DOC_NUMBER_MAX = 14
PHONE_MAX = 15

# Staff may pick CE (carné de extranjería) and RUC; PagoEfectivo only knows NAN for them.
API_DOC_TYPES = ("DNI", "PAS", "PAR", "LMI", "NAN")
STAFF_DOC_TYPES = (*API_DOC_TYPES, "CE", "RUC")
_SENT_AS = {"CE": "NAN", "RUC": "NAN"}

# ASCII only: re's IGNORECASE alone lets the Kelvin sign pass for a K.
_EMAIL = re.compile(r"^[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}$", re.IGNORECASE | re.ASCII)
_ALNUM = re.compile(r"^[A-Z0-9]+$", re.IGNORECASE | re.ASCII)


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field, as a code the UI and CLI turn into words."""

    field: str
    code: str
    limit: str | None = None


class InvalidInput(ValueError):
    """One or more fields are wrong; nothing may be written or sent."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))

    @property
    def fields(self) -> dict[str, str]:
        return {p.field: p.code for p in self.problems}


@dataclass(frozen=True)
class IssueLimits:
    """Merchant settings the rules depend on."""

    max_amount: Decimal = DEFAULT_MAX_AMOUNT
    max_expiry: timedelta = DEFAULT_MAX_EXPIRY


@dataclass(frozen=True)
class IssueInput:
    """Raw input, as typed. Strings are trimmed; empty means absent."""

    amount: str
    email: str
    currency: str = "PEN"
    concept: str = ""
    first_name: str = ""
    last_name: str = ""
    doc_type: str = ""
    doc_number: str = ""
    phone: str = ""
    expires_in: timedelta | None = None
    expires_at: datetime | None = None


@dataclass(frozen=True)
class ValidIssue:
    """Input that passed every rule, in the types the rest of the system uses."""

    amount: Decimal
    currency: Currency
    email: str
    expires_at: datetime
    concept: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    doc_type: str | None = None
    doc_number: str | None = None
    phone: str | None = None

    @property
    def money(self) -> Money:
        return Money.of(self.amount, self.currency)

    @property
    def api_doc_type(self) -> str | None:
        return api_doc_type(self.doc_type)


def api_doc_type(doc_type: str | None) -> str | None:
    """The document type as PagoEfectivo accepts it (CE and RUC go as NAN)."""
    if doc_type is None:
        return None
    return _SENT_AS.get(doc_type, doc_type)


# Digits are ASCII: Arabic-Indic or full-width ones are refused, never sent as they are.
_PERU_GROUPED = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?", re.ASCII)
_PLAIN = re.compile(r"-?\d+(\.\d+)?", re.ASCII)
_DECIMAL_COMMA = re.compile(r"-?\d+,\d{1,2}", re.ASCII)


def parse_amount(text: str) -> Decimal:
    """Read ``25.50``, ``1500``, ``S/ 1,500.15`` or ``25,50`` (decimal comma, 1-2 digits).

    Decimals are kept as written, so ``1.500`` has three decimals and is refused later.
    Ambiguous writing (``1.500,00``, ``1,50,0``) raises ``ValueError``.
    """
    cleaned = text.strip().upper().removeprefix("US$").removeprefix("S/").replace(" ", "")
    if _PERU_GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(cleaned):
        cleaned = cleaned.replace(",", ".")
    elif not _PLAIN.fullmatch(cleaned):
        raise ValueError(f"not an amount: {text!r}")
    return to_decimal(cleaned)


def written_decimals(amount: Decimal) -> int:
    """Decimals as written (``1.500`` has 3), unlike ``decimal_places`` which normalises."""
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def _amount(raw: str, limits: IssueLimits, problems: list[FieldProblem]) -> Decimal | None:
    if not raw.strip():
        problems.append(FieldProblem("amount", "required"))
        return None
    try:
        amount = parse_amount(raw)
    except ValueError:
        problems.append(FieldProblem("amount", "invalid"))
        return None
    if amount <= 0:
        problems.append(FieldProblem("amount", "not_positive"))
    elif written_decimals(amount) > 2:
        problems.append(FieldProblem("amount", "too_many_decimals"))
    elif amount > limits.max_amount:
        problems.append(FieldProblem("amount", "above_maximum", str(limits.max_amount)))
    else:
        return amount
    return None


def unsafe_characters(text: str, *, allowed: str = "") -> bool:
    """Control, format, surrogate, private-use or unassigned characters (Unicode category
    C*): terminal escapes, zero-width marks, U+202E that reverses what follows, a lone
    surrogate from a badly encoded argument. They hide or reorder what a screen shows."""
    return any(unicodedata.category(ch)[0] == "C" and ch not in allowed for ch in text)


def ascii_digits(text: str) -> bool:
    """Only 0-9 (``str.isdigit`` also takes Arabic-Indic and full-width digits)."""
    return text.isascii() and text.isdigit()


def _text(name: str, raw: str, limit: int, problems: list[FieldProblem]) -> str | None:
    value = " ".join(raw.split())
    if unsafe_characters(value):
        problems.append(FieldProblem(name, "invalid_characters"))
        return None
    if len(value) > limit:
        problems.append(FieldProblem(name, "too_long", str(limit)))
        return None
    return value or None


def _document(
    doc_type: str, number: str, problems: list[FieldProblem]
) -> tuple[str | None, str | None]:
    kind = doc_type.strip().upper()
    digits = number.strip().replace(" ", "")
    if not kind and not digits:
        return None, None
    if not kind:
        problems.append(FieldProblem("doc_type", "required"))
        return None, None
    if kind not in STAFF_DOC_TYPES:
        problems.append(FieldProblem("doc_type", "invalid"))
        return None, None
    if not digits:
        problems.append(FieldProblem("doc_number", "required"))
        return None, None
    exact = {"DNI": 8, "RUC": 11}.get(kind)
    if exact and not (ascii_digits(digits) and len(digits) == exact):
        problems.append(FieldProblem("doc_number", "wrong_length", str(exact)))
    elif len(digits) > DOC_NUMBER_MAX:
        problems.append(FieldProblem("doc_number", "too_long", str(DOC_NUMBER_MAX)))
    elif not _ALNUM.match(digits):
        problems.append(FieldProblem("doc_number", "invalid"))
    else:
        return kind, digits.upper()
    return None, None


def _phone(raw: str, problems: list[FieldProblem]) -> str | None:
    value = re.sub(r"[\s\-()]", "", raw)
    value = value.removeprefix("+51")
    if not value:
        return None
    if not ascii_digits(value):
        problems.append(FieldProblem("phone", "invalid"))
    elif len(value) > PHONE_MAX:
        problems.append(FieldProblem("phone", "too_long", str(PHONE_MAX)))
    else:
        return value
    return None


def expiry_problem(deadline: datetime, now: datetime, limits: IssueLimits) -> FieldProblem | None:
    """The expiry window, the one rule for issuing and extending: a moment that has already
    passed is refused as such (never moved to a later one), then at least 1 h ahead and at
    most the merchant's maximum. None when ``deadline`` is fine."""
    if deadline.tzinfo is None:
        return FieldProblem("expiry", "invalid")
    if deadline <= now:
        return FieldProblem("expiry", "past")
    if deadline - now < MIN_EXPIRY:
        return FieldProblem("expiry", "too_soon", "1h")
    if deadline - now > limits.max_expiry:
        days = int(limits.max_expiry.total_seconds() // 86400)
        return FieldProblem("expiry", "too_late", f"{days}d")
    return None


def _expiry(
    data: IssueInput, now: datetime, limits: IssueLimits, problems: list[FieldProblem]
) -> datetime | None:
    if data.expires_at is not None and data.expires_in is not None:
        problems.append(FieldProblem("expiry", "conflict"))
        return None
    if data.expires_at is not None:
        deadline = data.expires_at
    else:
        deadline = now + (data.expires_in if data.expires_in is not None else DEFAULT_EXPIRY)
    problem = expiry_problem(deadline, now, limits)
    if problem is not None:
        problems.append(problem)
        return None
    return deadline


def validate_issue(
    data: IssueInput, now: datetime, limits: IssueLimits = IssueLimits()
) -> ValidIssue:
    """Check every field; raise ``InvalidInput`` listing each wrong one, else the clean input."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    problems: list[FieldProblem] = []
    amount = _amount(data.amount, limits, problems)
    currency: Currency | None = None
    try:
        currency = Currency(data.currency.strip().upper() or "PEN")
    except ValueError:
        problems.append(FieldProblem("currency", "invalid"))
    email = data.email.strip()
    if not email:
        problems.append(FieldProblem("email", "required"))
    elif unsafe_characters(email):
        problems.append(FieldProblem("email", "invalid_characters"))
    elif len(email) > EMAIL_MAX:
        problems.append(FieldProblem("email", "too_long", str(EMAIL_MAX)))
    elif not _EMAIL.match(email):
        problems.append(FieldProblem("email", "invalid"))
    first = _text("first_name", data.first_name, NAME_MAX, problems)
    last = _text("last_name", data.last_name, NAME_MAX, problems)
    concept = _text("concept", data.concept, CONCEPT_MAX, problems)
    doc_type, doc_number = _document(data.doc_type, data.doc_number, problems)
    phone = _phone(data.phone, problems)
    deadline = _expiry(data, now, limits, problems)
    if problems:
        raise InvalidInput(problems)
    assert amount is not None and currency is not None and deadline is not None
    return ValidIssue(
        amount=amount,
        currency=currency,
        email=email,
        expires_at=deadline,
        concept=concept,
        first_name=first,
        last_name=last,
        doc_type=doc_type,
        doc_number=doc_number,
        phone=phone,
    )
