"""The sandbox's persistent state and the CIP lifecycle rules (22 -> 23/21/25 -> 22)."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.money import to_cents
from desktop.sandbox.config import SandboxConfig
from desktop.sandbox.storage import (
    DELETED,
    EXPIRED,
    FIRST_CIP,
    GENERATED,
    PAID,
    CipRecord,
    Storage,
    insert_cip,
    set_meta_in,
    update_cip,
)
from desktop.sandbox.validation import CipRequest

__all__ = ["CipRecord", "NotificationDrop", "SandboxState", "StateConflict", "UnknownCip"]

NotificationDrop = int | Literal["all"] | None

STATUS_NAMES = {
    GENERATED: "Generado.",
    PAID: "Cancelado.",
    EXPIRED: "Expirado.",
    DELETED: "Eliminado.",
}
"""``statusName`` as the API prints it ("Cancelado." is PagoEfectivo's word for paid)."""


class UnknownCip(LookupError):
    """No CIP with that number in this sandbox."""


class StateConflict(Exception):
    """The CIP is not in a state that allows the action (the admin routes answer 409)."""


class SandboxState:
    """CIPs, the next CIP number, the JWT key, the webhook URL and the clock offset.

    Every call reads SQLite, so a CLI process and a running server can share one file.
    """

    def __init__(self, path: str | Path = ":memory:", clock: Clock = utc_now) -> None:
        self.storage = Storage(path)
        self._base_clock = clock
        self._offset = timedelta(seconds=float(self.storage.get_meta("clock_offset") or 0))
        self._key: bytes | None = None

    # -- clock -------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The sandbox clock: the injected clock plus the configured offset."""
        return self._base_clock() + self._offset

    @property
    def clock_offset(self) -> timedelta:
        return self._offset

    def set_clock_offset(self, offset: timedelta) -> None:
        """Shift the sandbox clock (tokens, expiry, ``dateRequest`` tolerance, ``Date``)."""
        self._offset = offset
        self.storage.set_meta("clock_offset", repr(offset.total_seconds()))

    # -- settings ----------------------------------------------------------------------------

    @property
    def webhook_url(self) -> str | None:
        return self.storage.get_meta("webhook_url")

    def set_webhook_url(self, url: str | None) -> None:
        self.storage.set_meta("webhook_url", url or None)

    @property
    def notification_drop(self) -> NotificationDrop:
        """Notifications to lose on purpose: ``None`` (deliver them), ``"all"``, or how many
        of the next ones (``POST /_sandbox/webhook/drop``); kept with the state, so a CLI
        ``sandbox pay`` drops them too."""
        return _drop_value(self.storage.get_meta("webhook_drop"))

    def set_notification_drop(self, drop: NotificationDrop) -> None:
        if drop is not None and drop != "all" and (isinstance(drop, bool) or drop < 1):
            raise ValueError("drop is None, 'all' or a positive count")
        self.storage.set_meta("webhook_drop", None if drop is None else str(drop))

    def take_notification_drop(self) -> bool:
        """Whether the notification about to be sent is lost (a count is used up by one)."""
        with self.storage.write() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'webhook_drop'").fetchone()
            drop = _drop_value(None if row is None else str(row[0]))
            if isinstance(drop, int):
                set_meta_in(conn, "webhook_drop", str(drop - 1) if drop > 1 else None)
        return drop is not None

    def signing_key(self) -> bytes:
        """The HS256 key for tokens, created once and persisted."""
        if self._key is not None:
            return self._key
        with self.storage.write() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'jwt_key'").fetchone()
            if row is None:
                key = secrets.token_hex(32)
                set_meta_in(conn, "jwt_key", key)
            else:
                key = str(row[0])
        self._key = bytes.fromhex(key)
        return self._key

    def merchant(self) -> SandboxConfig | None:
        """The merchant configuration the last server ran with (for the CLI actions)."""
        text = self.storage.get_meta("merchant")
        return None if text is None else SandboxConfig.from_json(json.loads(text))

    def save_merchant(self, config: SandboxConfig) -> None:
        self.storage.set_meta("merchant", json.dumps(config.to_json()))

    def close(self) -> None:
        self.storage.close()

    # -- API operations ----------------------------------------------------------------------

    def create(self, service_id: int, request: CipRequest, default_expiry: timedelta) -> CipRecord:
        """A new generated CIP with the next number; an absent expiry gets the default."""
        now = self.now().replace(microsecond=0)
        with self.storage.write() as conn:
            stored = conn.execute("SELECT value FROM meta WHERE key = 'next_cip'").fetchone()
            highest = conn.execute("SELECT MAX(cip) FROM cips").fetchone()[0] or 0
            number = max(int(stored[0]) if stored else FIRST_CIP, highest + 1)
            set_meta_in(conn, "next_cip", str(number + 1))
            record = CipRecord(
                cip=number,
                service_id=service_id,
                guid=str(uuid.uuid4()).upper(),
                currency=request.currency,
                amount_cents=to_cents(request.amount),
                transaction_code=request.transaction_code,
                user_email=request.user_email,
                status=GENERATED,
                created_at=now,
                expires_at=(request.date_expiry or now + default_expiry).replace(microsecond=0),
                paid_at=None,
                removed_at=None,
                operation_number=None,
                details=dict(request.details),
            )
            insert_cip(conn, record)
        return record

    def get(self, cip: int) -> CipRecord | None:
        return self.storage.get_cip(cip)

    def get_by_guid(self, guid: str) -> CipRecord | None:
        return self.storage.get_by_guid(guid)

    def find_by_transaction_code(self, code: str) -> list[CipRecord]:
        """Every CIP created with this merchant reference (duplicates are allowed)."""
        return [self.view(r) for r in self.storage.find_by_transaction_code(code)]

    def search(self, service_id: int, cips: list[int]) -> list[CipRecord]:
        """The known CIPs of this service, in request order; others are omitted."""
        found = (self.storage.get_cip(cip) for cip in cips)
        return [r for r in found if r is not None and r.service_id == service_id]

    def update_expiry(self, service_id: int, cip: int, expiry: datetime) -> bool:
        """New expiry for a generated or expired CIP (which becomes generated); False if not."""
        now = self.now()
        with self.storage.write() as conn:
            record = self.storage.get_cip(cip, conn)
            if record is None or record.service_id != service_id:
                return False
            if record.status_at(now) not in (GENERATED, EXPIRED):
                return False
            update_cip(conn, cip, status=GENERATED, expires_at=expiry)
        return True

    def delete(self, service_id: int, cip: int) -> bool:
        """Logical delete, only while generated; False if not allowed."""
        now = self.now()
        with self.storage.write() as conn:
            record = self.storage.get_cip(cip, conn)
            if record is None or record.service_id != service_id:
                return False
            if record.status_at(now) != GENERATED:
                return False
            update_cip(conn, cip, status=DELETED, removed_at=now)
        return True

    # -- admin actions -----------------------------------------------------------------------

    def _transition(self, cip: int, allowed: int, action: str, **columns: object) -> CipRecord:
        now = self.now()
        with self.storage.write() as conn:
            record = self.storage.get_cip(cip, conn)
            if record is None:
                raise UnknownCip(f"CIP {cip} does not exist in this sandbox")
            status = record.status_at(now)
            if status != allowed:
                name = STATUS_NAMES[status].rstrip(".")
                raise StateConflict(f"cannot {action} CIP {cip}: its status is {status} ({name})")
            values = {k: (now if v is _NOW else v) for k, v in columns.items()}
            if action == "expire":
                values["expires_at"] = min(record.expires_at, now)
            update_cip(conn, cip, **values)
            updated = self.storage.get_cip(cip, conn)
        assert updated is not None
        return updated

    def pay(self, cip: int, operation_number: str | None = None) -> CipRecord:
        """A generated CIP is paid now (23); the operation number is generated if absent."""
        number = operation_number or f"{secrets.randbelow(10**8):08d}"
        return self._transition(
            cip, GENERATED, "pay", status=PAID, paid_at=_NOW, operation_number=number
        )

    def expire(self, cip: int) -> CipRecord:
        """A generated CIP expires now (21); its ``dateExpiry`` moves to now if later."""
        return self._transition(cip, GENERATED, "expire", status=EXPIRED)

    def reverse(self, cip: int) -> CipRecord:
        """A bank reversal (extorno): a paid CIP is pending again (22)."""
        return self._transition(
            cip, PAID, "reverse", status=GENERATED, paid_at=None, operation_number=None
        )

    def view(self, record: CipRecord) -> CipRecord:
        """The record with its status as of now (expiry applied by time)."""
        return replace(record, status=record.status_at(self.now()))


_NOW = object()


def _drop_value(text: str | None) -> NotificationDrop:
    if text == "all":
        return "all"
    return int(text) if text is not None and text.isdigit() and int(text) > 0 else None
