"""Amounts in words, as Peruvian vouchers and cheques write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.money import Currency, Money
from desktop.receipts import amount_in_words
from desktop.receipts.words import integer_in_words


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0.10", "CERO CON 10/100 SOLES"),
        ("0.50", "CERO CON 50/100 SOLES"),
        ("1", "UNO CON 00/100 SOLES"),
        ("1.00", "UNO CON 00/100 SOLES"),
        ("21", "VEINTIUNO CON 00/100 SOLES"),
        ("21.00", "VEINTIUNO CON 00/100 SOLES"),
        ("100", "CIEN CON 00/100 SOLES"),
        ("101.01", "CIENTO UNO CON 01/100 SOLES"),
        ("1000", "MIL CON 00/100 SOLES"),
        ("1500.15", "MIL QUINIENTOS CON 15/100 SOLES"),
        ("21000", "VEINTIÚN MIL CON 00/100 SOLES"),
        # The "Y" inside a number stays; only the cents take "CON".
        ("31000.50", "TREINTA Y UN MIL CON 50/100 SOLES"),
        ("1000000", "UN MILLÓN CON 00/100 SOLES"),
        ("1000000.00", "UN MILLÓN CON 00/100 SOLES"),
        ("21000000.99", "VEINTIÚN MILLONES CON 99/100 SOLES"),
    ],
)
def test_soles(amount: str, words: str) -> None:
    assert amount_in_words(Money.of(Decimal(amount), "PEN")) == words


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0.50", "CERO CON 50/100 DÓLARES AMERICANOS"),
        ("1", "UNO CON 00/100 DÓLARES AMERICANOS"),
        ("21.00", "VEINTIUNO CON 00/100 DÓLARES AMERICANOS"),
        ("1500.15", "MIL QUINIENTOS CON 15/100 DÓLARES AMERICANOS"),
        ("1000000.00", "UN MILLÓN CON 00/100 DÓLARES AMERICANOS"),
    ],
)
def test_dollars(amount: str, words: str) -> None:
    assert amount_in_words(Money.of(Decimal(amount), "USD")) == words


def test_the_cents_are_joined_with_con_never_y() -> None:
    """The Peruvian convention: "MIL QUINIENTOS CON 15/100", not "MIL QUINIENTOS Y 15/100"."""
    for amount in ("0.50", "1.00", "21.00", "1500.15", "1000000.00", "31000.50"):
        words = amount_in_words(Money.of(Decimal(amount), "PEN"))
        assert " Y " not in words.split(" CON ")[-1]
        assert not words.split(" CON ")[0].endswith(" Y")
        assert words.count(" CON ") == 1


def test_one_before_a_multiplier_is_shortened_only_there() -> None:
    assert integer_in_words(121_000) == "CIENTO VEINTIÚN MIL"
    assert integer_in_words(1_001_000) == "UN MILLÓN MIL"
    assert integer_in_words(200_000_001) == "DOSCIENTOS MILLONES UNO"
    assert integer_in_words(21) == "VEINTIUNO"


def test_refuses_negative_amounts() -> None:
    with pytest.raises(ValueError):
        amount_in_words(Money(-100, Currency.PEN))
