"""The simulated merchant account: credentials, limits and timings of one sandbox."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import timedelta
from decimal import Decimal
from typing import Any

DEFAULT_HOST = "127.0.0.1"


@dataclass(frozen=True)
class SandboxConfig:
    """One merchant as PagoEfectivo would configure it, plus where the sandbox listens."""

    service_id: int = 1234
    code_service: str = "DEM"
    access_key: str = "DEMOACCESSKEY0000001"
    secret_key: str = "DemoSecretKey/0123456789+abcdefghijklmno"
    token_ttl: timedelta = timedelta(hours=2)
    default_expiry: timedelta = timedelta(hours=4)
    max_amount: Decimal = Decimal("30000")
    strict: bool = False
    """True makes ``userPhone`` and ``userCodeCountry`` required, as the doc's table says."""
    date_tolerance: timedelta = timedelta(minutes=5)
    webhook_url: str | None = None
    """Set into the persisted state at start; ``None`` keeps whatever the state has."""
    host: str = DEFAULT_HOST
    port: int = 0
    public_base_url: str | None = None
    """Base of ``cipUrl``; ``None`` means the server's own base URL."""
    webhook_timeout: float = 10.0
    webhook_retry_delay: float = 0.5

    def with_changes(self, **changes: Any) -> SandboxConfig:
        """A copy with some fields replaced."""
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The merchant part as plain JSON values (stored in the state for the CLI actions)."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, timedelta):
                data[key] = value.total_seconds()
            elif isinstance(value, Decimal):
                data[key] = str(value)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SandboxConfig:
        """Inverse of :meth:`to_json`; unknown keys are ignored, missing ones take defaults."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for key, value in data.items():
            if key not in known:
                continue
            default = getattr(defaults, key)
            if isinstance(default, timedelta):
                values[key] = timedelta(seconds=float(value))
            elif isinstance(default, Decimal):
                values[key] = Decimal(str(value))
            else:
                values[key] = value
        return cls(**values)


DEMO_CONFIG = SandboxConfig()
"""Fixed demo credentials: service 1234 (``DEM``), a 20-character access key, a fake secret."""
