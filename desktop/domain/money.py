"""Money: Decimal in code, integer cents in storage, Peruvian formatting for people."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from babel.numbers import format_decimal

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
