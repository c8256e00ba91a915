"""Money: integer cents and a currency, one value for every layer; the matching rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.events import Reason
from desktop.domain.money import Currency, Money, money_or_dash

PEN, USD = Currency.PEN, Currency.USD


@pytest.mark.parametrize(
    ("amount", "cents"),
    [("1500.15", 150015), ("25.5", 2550), ("7", 700), (Decimal("0.01"), 1), (12, 1200)],
)
def test_money_is_exact_cents(amount: object, cents: int) -> None:
    money = Money.of(amount, "PEN")  # type: ignore[arg-type]
    assert money == Money(cents, PEN) and money.currency is PEN


@pytest.mark.parametrize("amount", ["1.005", 1.5, True, "abc", "NaN", "Infinity"])
def test_money_refuses_what_is_not_cents(amount: object) -> None:
    with pytest.raises(ValueError):
        Money.of(amount, "PEN")  # type: ignore[arg-type]


def test_money_refuses_bad_cents_and_currencies() -> None:
    with pytest.raises(TypeError):
        Money(1.5, PEN)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(True, PEN)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money.from_cents(100, "EUR")


def test_money_reads_as_peru_writes_it() -> None:
    money = Money.from_cents(150015, "PEN")
    assert (str(money), money.grouped(), money.plain()) == ("S/ 1,500.15", "1,500.15", "1500.15")
    assert money.amount == Decimal("1500.15")
    assert str(Money(5, USD)) == "US$ 0.05" and Money(5, USD).plain() == "0.05"
    assert money_or_dash(None) == "—" and money_or_dash(Money(100, PEN)) == "S/ 1.00"


def test_money_adds_within_one_currency_only() -> None:
    assert Money(150, PEN) + Money(50, PEN) == Money(200, PEN)
    with pytest.raises(ValueError):
        Money(150, PEN) + Money(50, USD)


def test_what_someone_reports_may_not_be_cents() -> None:
    assert Money.exact(Decimal("15.00"), "PEN") == Money(1500, PEN)
    assert Money.exact(Decimal("15.005"), "PEN") is None


@pytest.mark.parametrize(
    ("reported", "why"),
    [
        (Money(1500, PEN), None),
        (Money(1400, PEN), Reason.AMOUNT_DIFFERS),
        (Money(1500, USD), Reason.CURRENCY_DIFFERS),
        (Money(1400, USD), Reason.CURRENCY_DIFFERS),  # the currency is named first
        (None, Reason.AMOUNT_DIFFERS),  # not whole cents: never a match
    ],
)
def test_one_rule_for_a_reported_amount(reported: Money | None, why: Reason | None) -> None:
    assert Money(1500, PEN).difference(reported) == why
