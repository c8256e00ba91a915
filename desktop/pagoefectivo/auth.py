"""Authorization: credentials, ``dateRequest`` in Lima time and the SHA-256 ``hashString``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.limatime import format_api_datetime


@dataclass(frozen=True)
class Credentials:
    """One merchant service's keys. ``repr`` never shows the keys."""

    service_id: int
    access_key: str = field(repr=False)
    secret_key: str = field(repr=False)

    def secrets(self) -> tuple[str, str]:
        """The values that must never be logged or stored outside the keyring."""
        return (self.access_key, self.secret_key)


def date_request(now: datetime) -> str:
    """``now`` as PagoEfectivo wants it: Lima time, ``YYYY-MM-DDTHH:MM:SS-05:00``."""
    return format_api_datetime(now)


def hash_string(service_id: int, access_key: str, secret_key: str, date_req: str) -> str:
    """Lower-hex SHA-256 of ``idService.accessKey.secretKey.dateRequest`` (UTF-8)."""
    text = f"{service_id}.{access_key}.{secret_key}.{date_req}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def authorization_body(credentials: Credentials, now: datetime) -> dict[str, object]:
    """The JSON body of ``POST /v1/authorizations`` for this moment."""
    when = date_request(now)
    return {
        "accessKey": credentials.access_key,
        "idService": credentials.service_id,
        "dateRequest": when,
        "hashString": hash_string(
            credentials.service_id, credentials.access_key, credentials.secret_key, when
        ),
    }
