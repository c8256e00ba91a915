"""Peruvian tax id (RUC): 11 digits, a known prefix and SUNAT's modulo-11 check digit."""

from __future__ import annotations

_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_PREFIXES = ("10", "15", "16", "17", "20")


def ruc_check_digit(first_ten: str) -> int:
    """The check digit SUNAT appends to the first ten digits."""
    total = sum(int(d) * w for d, w in zip(first_ten, _WEIGHTS, strict=True))
    digit = 11 - total % 11
    return {10: 0, 11: 1}.get(digit, digit)


def is_valid_ruc(ruc: str) -> bool:
    """True for an 11-digit RUC with a valid prefix and check digit."""
    return (
        len(ruc) == 11
        and ruc.isdigit()
        and ruc[:2] in _PREFIXES
        and ruc_check_digit(ruc[:10]) == int(ruc[10])
    )
