"""JSON in and out without floats: Decimal numbers parsed and emitted exactly."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def loads(raw: bytes | str) -> Any:
    """Parse JSON, reading every non-integer number as ``Decimal``.

    Raises ``ValueError`` on invalid JSON or bytes that are not UTF-8.
    """
    text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    return json.loads(text, parse_float=Decimal)


def number_text(value: Decimal) -> str:
    """A JSON number for a finite Decimal, in plain notation (``1500.15``, ``25``, ``150.00``)."""
    if not value.is_finite():
        raise ValueError(f"not a finite number: {value}")
    return format(value, "f")


def dumps(value: Any) -> str:
    """Compact JSON (no spaces), keys in insertion order, Decimals as plain JSON numbers."""
    if isinstance(value, Decimal):
        return number_text(value)
    if isinstance(value, dict):
        items = (f"{json.dumps(str(k), ensure_ascii=False)}:{dumps(v)}" for k, v in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(dumps(v) for v in value) + "]"
    if isinstance(value, float):
        raise TypeError("floats are not allowed in sandbox JSON")
    return json.dumps(value, ensure_ascii=False)


def dump_bytes(value: Any) -> bytes:
    """:func:`dumps` encoded as UTF-8."""
    return dumps(value).encode("utf-8")


def api_amount(amount: Decimal) -> Decimal:
    """An amount as the API echoes it: trailing zeros dropped (``25``, ``1``, ``160.35``)."""
    normalised = amount.normalize()
    return normalised.quantize(Decimal(1)) if normalised == normalised.to_integral() else normalised
