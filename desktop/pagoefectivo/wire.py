"""JSON on the wire: Decimal-safe encoding and the tolerant reading real responses need."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from desktop.domain.money import quantize, to_decimal

AMOUNT_LIMIT = Decimal(10) ** 16


def loads(raw: bytes) -> Any:
    """Parse JSON with every non-integer number as Decimal (never float)."""
    return json.loads(raw, parse_float=Decimal)


def dumps(value: Any) -> str:
    """Compact JSON; Decimal values are written as numbers with exactly two decimals."""
    if isinstance(value, Decimal):
        return format(quantize(value), "f")
    if isinstance(value, Mapping):
        items = (f"{json.dumps(str(k), ensure_ascii=False)}:{dumps(v)}" for k, v in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(dumps(v) for v in value) + "]"
    if isinstance(value, float):
        raise TypeError("floats are not allowed on the wire; use Decimal")
    return json.dumps(value, ensure_ascii=False)


def read_code(value: object) -> str:
    """The envelope ``code`` arrives as ``100`` or ``"100"``: normalise to a string."""
    if isinstance(value, bool) or value is None:
        raise ValueError(f"missing or invalid code: {value!r}")
    if isinstance(value, Decimal):
        value = int(value)
    text = str(value).strip()
    if not text:
        raise ValueError("empty code")
    return text


def read_cip(value: object) -> int:
    """A CIP arrives as a JSON integer or a digit string: normalise to int."""
    if isinstance(value, bool):
        raise ValueError(f"invalid cip: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise ValueError(f"invalid cip: {value!r}")


def read_amount(value: object) -> Decimal:
    """Amounts arrive as numbers that may lose trailing zeros (``25``) or as strings. Read
    exactly as sent, never rounded: an amount that is not whole cents must not pass for the
    nearest one when it is compared with a voucher (``Money.exact`` tells). Refuses what no
    amount is: at most 16 integer digits, as the API takes."""
    amount = to_decimal(value)
    if abs(amount) >= AMOUNT_LIMIT:
        raise ValueError(f"amount out of range: {value!r}"[:80])
    return amount


def field(data: Mapping[str, Any], name: str) -> Any:
    """Look up ``name`` ignoring case (tolerates PascalCase replies)."""
    if name in data:
        return data[name]
    lowered = name.lower()
    for key, value in data.items():
        if isinstance(key, str) and key.lower() == lowered:
            return value
    return None
