"""Money: Decimal in code, integer cents in storage, Peruvian formatting for people."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from babel.numbers import format_decimal

from desktop.domain.events import Reason

CENT = Decimal("0.01")


class Currency(StrEnum):
    """The currencies PagoEfectivo accepts in Peru."""

    PEN = "PEN"
    USD = "USD"

    @property
    def symbol(self) -> str:
        return "S/" if self is Currency.PEN else "US$"


def to_decimal(value: object) -> Decimal:
    """Read an amount from JSON-ish input (Decimal, int or numeric string). Floats are refused.

    Raises ``ValueError`` for anything that is not a finite number.
    """
    if isinstance(value, bool | float):
        raise ValueError("amounts must not be floats")
    if isinstance(value, Decimal | int):
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except InvalidOperation as exc:
            raise ValueError(f"not a number: {value!r}") from exc
    else:
        raise ValueError(f"not a number: {value!r}")
    if not amount.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return amount


def decimal_places(amount: Decimal) -> int:
    """How many decimals the value really has (``1.50`` has 1, ``25`` has 0)."""
    normalised = amount.normalize()
    exponent = normalised.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def to_cents(amount: Decimal) -> int:
    """Exact integer cents; refuses amounts with more than two decimals."""
    if decimal_places(amount) > 2:
        raise ValueError(f"more than two decimals: {amount}")
    return int((amount * 100).to_integral_value())


def from_cents(cents: int) -> Decimal:
    """Decimal amount with exactly two decimals."""
    return (Decimal(cents) / 100).quantize(CENT)


def quantize(amount: Decimal) -> Decimal:
    """Round half up to cents (for display and the wire)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def format_plain(amount: Decimal) -> str:
    """``1,500.15``: thousands comma, two decimals, as Peru writes amounts."""
    return str(format_decimal(quantize(amount), format="#,##0.00", locale="es_PE"))


def format_money(amount: Decimal, currency: Currency | str) -> str:
    """``S/ 1,500.15`` or ``US$ 1,500.15``."""
    return f"{Currency(currency).symbol} {format_plain(amount)}"


@dataclass(frozen=True)
class Money:
    """An amount in one currency, held as integer cents."""

    cents: int
    currency: Currency

    def __post_init__(self) -> None:
        if isinstance(self.cents, bool) or not isinstance(self.cents, int):
            raise TypeError(f"cents must be an int, not {self.cents!r}")
        object.__setattr__(self, "currency", Currency(self.currency))

    @classmethod
    def from_cents(cls, cents: int, currency: Currency | str) -> Money:
        """From stored integer cents and a currency code."""
        return cls(cents, Currency(currency))

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: Currency | str) -> Money:
        """From a Decimal (or numeric string) with at most two decimals; floats are refused."""
        return cls(to_cents(to_decimal(amount)), Currency(currency))

    @property
    def amount(self) -> Decimal:
        """The Decimal amount, two decimals (``1500.15``)."""
        return from_cents(self.cents)

    def plain(self) -> str:
        """``1500.15``: no symbol, no grouping (files, JSON, the API)."""
        return f"{self.amount:.2f}"

    def grouped(self) -> str:
        """``1,500.15``: grouped as Peru writes amounts, without the symbol."""
        return format_plain(self.amount)

    def __str__(self) -> str:
        """``S/ 1,500.15`` or ``US$ 1,500.15``."""
        return format_money(self.amount, self.currency)

    def __add__(self, other: Money) -> Money:
        if other.currency is not self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    @classmethod
    def exact(cls, amount: Decimal, currency: Currency | str) -> Money | None:
        """What someone else reported, or None when it is not a whole number of cents."""
        try:
            return cls.of(amount, currency)
        except ValueError:
            return None

    def difference(self, other: Money | None) -> Reason | None:
        """The one rule for "the amount and currency PagoEfectivo (or a file) reports match
        this one": why they do not (the currency first), or None when they match. ``None``
        stands for a reported amount that is not whole cents: it never matches."""
        if other is None:
            return Reason.AMOUNT_DIFFERS
        if other.currency is not self.currency:
            return Reason.CURRENCY_DIFFERS
        return Reason.AMOUNT_DIFFERS if other.cents != self.cents else None


def money_or_dash(money: Money | None) -> str:
    """``S/ 10.03``, or ``—`` when there is no amount."""
    return "—" if money is None else str(money)
