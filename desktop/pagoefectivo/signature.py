"""The ``PE-Signature`` check of a notification: an HMAC of the raw body, before any parsing."""

from __future__ import annotations

import hashlib
import hmac


def sign_body(raw_body: bytes, secret_key: str) -> str:
    """Lower-hex HMAC-SHA256 of the raw body, keyed with the merchant's secret key."""
    return hmac.new(secret_key.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()


def verify_signature(raw_body: bytes, header: str | None, secret_key: str) -> bool:
    """True when ``header`` is the body's signature. Constant-time; never parses the body."""
    if not header:
        return False
    expected = sign_body(raw_body, secret_key)
    return hmac.compare_digest(expected.encode("ascii"), header.strip().lower().encode("utf-8"))
