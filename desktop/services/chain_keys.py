"""The key each profile's chain is sealed with (store/seal.py). The demo's is public: it
protects nothing, like the demo's credentials. A real profile's key is made by the first
station that writes to its database and kept in that PC's keyring; every other station on
the same database needs the same key, handed over as a text code (``pagodesk audit key``)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets as random

from sqlalchemy import Engine

from desktop.services.audit_chain import chain_head, key_seals
from desktop.services.profiles import Profile
from desktop.store.seal import DEMO_KEY

PREFIX = "PDK1-"
"""A key's code: the prefix, 32 bytes in base32, and 4 check characters against typos."""


class MissingChainKey(Exception):
    """This PC has no key for a profile whose database another station already seals."""

    def __init__(self, profile: str) -> None:
        self.profile = profile
        super().__init__(f"this PC has no chain key for profile {profile!r}")


class BadChainKey(ValueError):
    """A key code that is mistyped, or that does not seal this profile's chain."""

    def __init__(self, code: str) -> None:
        self.code = code  # bad_code | wrong_key
        super().__init__(code)


def chain_key(profile: Profile, engine: Engine) -> bytes:
    """The key to seal and verify ``profile``'s chain on this PC (made and kept the first
    time, when no station has sealed its database yet)."""
    if profile.is_demo:
        return DEMO_KEY
    from desktop.services import secrets  # the keyring: real profiles only

    code = secrets.load_chain_key(profile.name)
    if code is not None:
        return decode(code)
    if chain_head(engine, profile.name) is not None:
        raise MissingChainKey(profile.name)
    key = random.token_bytes(32)
    secrets.store_chain_key(profile.name, encode(key))
    return key


def key_code(profile: Profile) -> str:
    """The code to type on another station (``pagodesk audit key import``)."""
    from desktop.services import secrets

    code = secrets.load_chain_key(profile.name)
    if profile.is_demo or code is None:
        raise MissingChainKey(profile.name)
    return code


def encode(key: bytes) -> str:
    body = base64.b32encode(key).decode("ascii").rstrip("=")
    return PREFIX + body + _check(body)


def decode(code: str) -> bytes:
    """The key a code stands for (spaces and dashes between groups are ignored)."""
    text = "".join(code.split()).upper()
    if not text.startswith(PREFIX):
        raise BadChainKey("bad_code")
    body, check = text[len(PREFIX) : -4].replace("-", ""), text[-4:]
    if not body or not hmac.compare_digest(_check(body), check):
        raise BadChainKey("bad_code")
    try:
        return base64.b32decode(body + "=" * (-len(body) % 8))
    except ValueError:
        raise BadChainKey("bad_code") from None


def _check(body: str) -> str:
    return base64.b32encode(hashlib.sha256(body.encode("ascii")).digest())[:4].decode("ascii")


def import_key(profile: Profile, code: str, engine: Engine) -> None:
    """Keep the key another station gave, once it proves to seal this profile's chain."""
    key = decode(code)
    if not key_seals(engine, profile.name, key):
        raise BadChainKey("wrong_key")
    from desktop.services import secrets

    secrets.store_chain_key(profile.name, encode(key))
