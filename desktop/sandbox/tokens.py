"""The authorization protocol: ``hashString`` check and the HS256 tokens the sandbox issues."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime

import jwt

from desktop.sandbox.config import SandboxConfig
from desktop.sandbox.messages import INVALID_VALUE, FieldError
from desktop.sandbox.validation import AuthRequest

ALGORITHM = "HS256"


def hash_string(id_service: int | str, access_key: str, secret_key: str, date_request: str) -> str:
    """Lower-hex SHA-256 of ``idService.accessKey.secretKey.dateRequest`` (UTF-8)."""
    text = f"{id_service}.{access_key}.{secret_key}.{date_request}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_credentials(
    request: AuthRequest, config: SandboxConfig, now: datetime
) -> list[FieldError]:
    """The first credential problem as a 113 item (empty list when the request is genuine).

    Any offset is accepted in ``dateRequest`` as long as the instant is within the tolerance.
    """
    if not hmac.compare_digest(request.access_key.encode(), config.access_key.encode()):
        return [(INVALID_VALUE, "accessKey")]
    if request.id_service != config.service_id:
        return [(INVALID_VALUE, "idService")]
    if abs(request.requested_at - now) > config.date_tolerance:
        return [(INVALID_VALUE, "dateRequest")]
    expected = hash_string(
        config.service_id, config.access_key, config.secret_key, request.date_request
    )
    if not hmac.compare_digest(request.hash_string.strip().lower().encode(), expected.encode()):
        return [(INVALID_VALUE, "hashString")]
    return []


@dataclass(frozen=True)
class IssuedToken:
    """A token and its validity window (second precision, as the API prints it)."""

    token: str
    start: datetime
    expires: datetime


def issue_token(config: SandboxConfig, key: bytes, now: datetime) -> IssuedToken:
    """An HS256 JWT with ``sub`` (codeService), ``jti``, ``nameid`` (idService) and ``exp``."""
    start = now.replace(microsecond=0)
    expires = start + config.token_ttl
    claims = {
        "sub": config.code_service,
        "jti": str(uuid.uuid4()),
        "nameid": str(config.service_id),
        "exp": int(expires.timestamp()),
    }
    return IssuedToken(jwt.encode(claims, key, algorithm=ALGORITHM), start, expires)


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header (scheme in any casing)."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def token_is_valid(token: str | None, config: SandboxConfig, key: bytes, now: datetime) -> bool:
    """Signature by this sandbox, issued for this service, not expired by the sandbox clock."""
    if token is None:
        return False
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            options={"verify_exp": False, "require": ["exp", "nameid", "sub"]},
        )
    except jwt.PyJWTError:
        return False
    if str(claims.get("nameid")) != str(config.service_id):
        return False
    exp = claims.get("exp")
    return isinstance(exp, int) and now.timestamp() < exp
