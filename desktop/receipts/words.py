"""Amounts in words as Peruvian cheques, invoices and vouchers write them:
MIL QUINIENTOS CON 15/100 SOLES ("CON" before the cents, so the "Y" inside a number such as
TREINTA Y UN MIL never reads as the start of the cents)."""

from __future__ import annotations

import re

from num2words import num2words

from desktop.domain.money import Currency, Money

CURRENCY_WORDS = {Currency.PEN: "SOLES", Currency.USD: "DÓLARES AMERICANOS"}

# num2words says "veintiuno mil" and "treinta y uno millones"; before a multiplier Spanish
# shortens the one: "veintiún mil", "treinta y un millones" ("un millón" it already gets right).
_BEFORE_MULTIPLIER = re.compile(r"\b(veinti)?uno(?= (mil|millón|millones|billón|billones)\b)")


def _shorten_one(match: re.Match[str]) -> str:
    return "veintiún" if match.group(1) else "un"


def integer_in_words(number: int) -> str:
    """The cardinal in Spanish, upper case: 1 -> UNO, 21000 -> VEINTIÚN MIL."""
    if number < 0:
        raise ValueError(f"negative amount: {number}")
    words = str(num2words(number, lang="es"))
    return _BEFORE_MULTIPLIER.sub(_shorten_one, words).upper()


def amount_in_words(money: Money) -> str:
    """``MIL QUINIENTOS CON 15/100 SOLES``; ``UNO CON 00/100 DÓLARES AMERICANOS``.
    Negative amounts raise ``ValueError``."""
    if money.cents < 0:
        raise ValueError(f"negative amount: {money}")
    units, rest = divmod(money.cents, 100)
    return f"{integer_in_words(units)} CON {rest:02d}/100 {CURRENCY_WORDS[money.currency]}"
