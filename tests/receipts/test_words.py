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
        ("0.10", "CERO Y 10/100 SOLES"),
        ("1", "UNO Y 00/100 SOLES"),
        ("1.00", "UNO Y 00/100 SOLES"),
        ("21", "VEINTIUNO Y 00/100 SOLES"),
        ("100", "CIEN Y 00/100 SOLES"),
        ("101.01", "CIENTO UNO Y 01/100 SOLES"),
        ("1000", "MIL Y 00/100 SOLES"),
        ("1500.15", "MIL QUINIENTOS Y 15/100 SOLES"),
        ("21000", "VEINTIÚN MIL Y 00/100 SOLES"),
        ("31000.50", "TREINTA Y UN MIL Y 50/100 SOLES"),
        ("1000000", "UN MILLÓN Y 00/100 SOLES"),
        ("21000000.99", "VEINTIÚN MILLONES Y 99/100 SOLES"),
    ],
)
def test_soles(amount: str, words: str) -> None:
    assert amount_in_words(Money.of(Decimal(amount), "PEN")) == words


def test_dollars() -> None:
    assert amount_in_words(Money.of("1", "USD")) == "UNO Y 00/100 DÓLARES AMERICANOS"
    assert amount_in_words(Money.of("1500.15", "USD")) == (
        "MIL QUINIENTOS Y 15/100 DÓLARES AMERICANOS"
    )


def test_one_before_a_multiplier_is_shortened_only_there() -> None:
    assert integer_in_words(121_000) == "CIENTO VEINTIÚN MIL"
    assert integer_in_words(1_001_000) == "UN MILLÓN MIL"
    assert integer_in_words(200_000_001) == "DOSCIENTOS MILLONES UNO"
    assert integer_in_words(21) == "VEINTIUNO"


def test_refuses_negative_amounts() -> None:
    with pytest.raises(ValueError):
        amount_in_words(Money(-100, Currency.PEN))
