"""One settlement line's cells read into a CIP, an amount, a currency, a date and an operation.

Each reader returns the value or raises ``CellProblem`` with a stable code (the line is then
shown as not readable, never guessed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.domain.limatime import LIMA, parse_api_datetime
from desktop.domain.money import Currency, Money, to_cents, to_decimal
from desktop.domain.validation import parse_amount, written_decimals
from desktop.store.search import fold

MAX_CIP = 10**14 - 1  # 1 to 14 digits
MAX_OPERATION = 20
CLOCK_MARGIN = timedelta(minutes=5)
_CIP = re.compile(r"\d{1,14}")
_EUROPEAN = re.compile(r"-?\d{1,3}(\.\d{3})+,\d{1,2}")  # 1.500,00: dot thousands, comma cents
_DAY_FIRST = re.compile(
    r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
)
_ISO_MINUTES = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2})?")
_SYMBOLS = (
    ("US$", Currency.USD),
    ("USD", Currency.USD),
    ("S/.", Currency.PEN),
    ("S/", Currency.PEN),
    ("PEN", Currency.PEN),
)
_CURRENCIES = {
    "pen": Currency.PEN,
    "s": Currency.PEN,
    "sol": Currency.PEN,
    "soles": Currency.PEN,
    "nuevos soles": Currency.PEN,
    "usd": Currency.USD,
    "us": Currency.USD,
    "dolares": Currency.USD,
    "dolar": Currency.USD,
    "dolares americanos": Currency.USD,
}


class CellProblem(ValueError):
    """A cell that cannot be read; ``code`` names the field and the fault."""

    def __init__(self, code: str, text: str = "") -> None:
        self.code = code
        self.text = text
        super().__init__(f"{code}: {text!r}")


@dataclass(frozen=True)
class LineValues:
    """What one readable line says."""

    cip: int
    money: Money
    paid_at: datetime | None
    operation_number: str | None


def read_cip(text: str) -> int:
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        raise CellProblem("cip_missing")
    if not _CIP.fullmatch(cleaned) or not 0 < int(cleaned) <= MAX_CIP:
        raise CellProblem("cip_invalid", text)
    return int(cleaned)


def read_amount(text: str) -> tuple[int, Currency | None]:
    """Cents, and the currency its symbol names (``S/`` or ``US$``), if any."""
    cleaned = text.strip()
    if not cleaned:
        raise CellProblem("amount_missing")
    bare = cleaned.upper().replace(" ", "")
    symbol = None
    for prefix, currency in _SYMBOLS:
        if bare.startswith(prefix):
            bare, symbol = bare.removeprefix(prefix), currency
            break
    try:
        if _EUROPEAN.fullmatch(bare):
            amount = to_decimal(bare.replace(".", "").replace(",", "."))
        else:
            amount = parse_amount(bare)
    except ValueError:
        raise CellProblem("amount_invalid", text) from None
    if amount <= 0:
        raise CellProblem("amount_not_positive", text)
    if written_decimals(amount) > 2:
        raise CellProblem("amount_decimals", text)
    return to_cents(amount), symbol


def read_currency(text: str, from_amount: Currency | None) -> str:
    """The currency cell (``PEN``, ``S/``, ``Soles``, ``USD``, ``US$``, ``Dólares``...); an
    empty cell means the amount's symbol, else PEN."""
    if not text.strip():
        return (from_amount or Currency.PEN).value
    currency = _CURRENCIES.get(fold(text))
    if currency is None:
        raise CellProblem("currency_invalid", text)
    if from_amount is not None and from_amount is not currency:
        raise CellProblem("currency_conflict", text)
    return currency.value


def read_paid_at(text: str, now: datetime) -> datetime | None:
    """ISO (with or without offset), ``dd/mm/yyyy`` or ``dd/mm/yyyy hh:mm[:ss]``, or an Excel
    date; without an offset it is Lima time. A date in the future is refused."""
    cleaned = text.strip()
    if not cleaned:
        return None
    moment = _day_first(cleaned)
    if moment is None:
        short = _ISO_MINUTES.fullmatch(cleaned)
        if short:  # no seconds, or no time at all (midnight)
            cleaned += ":00" if short.group(1) else "T00:00:00"
        try:
            moment = parse_api_datetime(cleaned)
        except ValueError:
            moment = None
    if moment is None:
        raise CellProblem("paid_at_invalid", text)
    if moment > now + CLOCK_MARGIN:
        raise CellProblem("paid_at_future", text)
    return moment


def _day_first(text: str) -> datetime | None:
    match = _DAY_FIRST.fullmatch(text)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        when = time(int(hour or 0), int(minute or 0), int(second or 0))
        return datetime.combine(date(int(year), int(month), int(day)), when, tzinfo=LIMA)
    except ValueError:
        raise CellProblem("paid_at_invalid", text) from None


def read_operation(text: str) -> str | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    if len(cleaned) > MAX_OPERATION or not cleaned.isprintable():
        raise CellProblem("operation_invalid", text)
    return cleaned


def read_line(cells: dict[str, str], now: datetime) -> LineValues:
    """The mapped cells of one line (field -> text; absent fields are empty)."""
    cip = read_cip(cells.get("cip", ""))
    amount_cents, symbol = read_amount(cells.get("amount", ""))
    currency = read_currency(cells.get("currency", ""), symbol)
    paid_at = read_paid_at(cells.get("paid_at", ""), now)
    operation = read_operation(cells.get("operation_number", ""))
    return LineValues(cip, Money.from_cents(amount_cents, currency), paid_at, operation)
