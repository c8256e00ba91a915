"""Everything said about one voucher, in one time line: the requests PagoDesk sent to
PagoEfectivo about it (from the redacted exchange log), the notifications received for it,
and its events. What a dispute needs, and what the detail's «Comunicación» tab shows."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, or_
from sqlmodel import Session, col, select

from desktop.services.lookup import VoucherLookup
from desktop.services.views import EventView, VoucherView
from desktop.store.notifications import WebhookNotification
from desktop.store.tables import ApiExchange


class ItemKind(StrEnum):
    EXCHANGE = "exchange"
    NOTIFICATION = "notification"
    EVENT = "event"


@dataclass(frozen=True)
class ExchangeItem:
    at: datetime
    method: str
    path: str
    status: int | None
    duration_ms: float
    request: str
    """The request body, redacted when it was logged, pretty-printed when it is JSON."""
    response: str
    error: str | None


@dataclass(frozen=True)
class NotificationItem:
    at: datetime
    event_type: str | None
    signature_ok: bool
    outcome: str
    detail: str | None
    http_status: int
    body: str
    """The beginning of the body as received (it never holds the secret or the signature)."""


@dataclass(frozen=True)
class CommunicationItem:
    at: datetime
    kind: ItemKind
    exchange: ExchangeItem | None = None
    notification: NotificationItem | None = None
    event: EventView | None = None


@dataclass(frozen=True)
class Communication:
    voucher: VoucherView
    items: tuple[CommunicationItem, ...]
    """Oldest first; at the same moment: events, then requests, then notifications."""

    @property
    def exchanges(self) -> list[ExchangeItem]:
        return [i.exchange for i in self.items if i.exchange is not None]

    @property
    def notifications(self) -> list[NotificationItem]:
        return [i.notification for i in self.items if i.notification is not None]


_ORDER = {ItemKind.EVENT: 0, ItemKind.EXCHANGE: 1, ItemKind.NOTIFICATION: 2}
_EARLY = timedelta(minutes=5)
"""A request may be logged as started a little before the voucher row was written."""


class VoucherCommunication:
    """Reads one profile's logs about one voucher."""

    def __init__(self, engine: Engine, profile: str) -> None:
        self._engine = engine
        self._profile = profile
        self._lookup = VoucherLookup(engine, profile)

    def of(self, ref: str) -> Communication:
        """``ref`` as the lookup reads it (a CIP, ``#id``, a transaction code); raises its
        not-found error."""
        detail = self._lookup.detail(ref)
        voucher = detail.voucher
        with Session(self._engine) as session:
            exchanges = [_exchange(row) for row in self._exchanges(session, voucher)]
            notifications = [_notification(row) for row in self._notifications(session, voucher)]
        items = [CommunicationItem(e.at, ItemKind.EXCHANGE, exchange=e) for e in exchanges]
        items += [
            CommunicationItem(n.at, ItemKind.NOTIFICATION, notification=n) for n in notifications
        ]
        items += [CommunicationItem(e.created_at, ItemKind.EVENT, event=e) for e in detail.events]
        items.sort(key=lambda item: (item.at, _ORDER[item.kind]))
        return Communication(voucher, tuple(items))

    def _exchanges(self, session: Session, voucher: VoucherView) -> list[ApiExchange]:
        """Requests that name the voucher: its creation (by transaction code), the searches
        that asked about its CIP, and the changes of its CIP (PATCH/DELETE /v1/cips/CIP). The
        text match in SQL narrows; reading the JSON decides."""
        body, path = col(ApiExchange.request_body), col(ApiExchange.path)
        wanted = [body.contains(voucher.transaction_code)]
        if voucher.cip is not None:
            wanted += [body.contains(str(voucher.cip)), path == f"/v1/cips/{voucher.cip}"]
        rows = session.exec(
            select(ApiExchange)
            .where(
                ApiExchange.profile == self._profile,
                col(ApiExchange.started_at) >= voucher.created_at - _EARLY,
                or_(*wanted),
            )
            .order_by(col(ApiExchange.started_at), col(ApiExchange.id))
        )
        return [row for row in rows if _names(row, voucher)]

    def _notifications(self, session: Session, voucher: VoucherView) -> list[WebhookNotification]:
        table = WebhookNotification
        mine = [col(table.voucher_id) == voucher.id]
        if voucher.cip is not None:
            mine.append(col(table.cip) == voucher.cip)
        rows = session.exec(
            select(table)
            .where(table.profile == self._profile, or_(*mine))
            .order_by(col(table.received_at), col(table.id))
        )
        return list(rows)


def _names(row: ApiExchange, voucher: VoucherView) -> bool:
    if voucher.cip is not None and row.path == f"/v1/cips/{voucher.cip}":
        return True
    request = _json(row.request_body)
    if row.path == "/v1/cips" and isinstance(request, dict):
        return request.get("transactionCode") == voucher.transaction_code
    if row.path == "/v1/cips/search" and isinstance(request, dict) and voucher.cip is not None:
        asked = request.get("data")
        return isinstance(asked, list) and any(
            isinstance(item, dict) and str(item.get("cip")) == str(voucher.cip) for item in asked
        )
    return False


def _json(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def pretty(text: str) -> str:
    """A JSON body indented for reading, every token exactly as exchanged (``20.00`` stays
    ``20.00``: re-encoding would print ``20.0``); anything else as it is."""
    if _json(text) is None:
        return text
    out: list[str] = []
    depth, quoted, escaped = 0, False, False
    for char in text:
        if quoted:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                quoted = False
        elif char == '"':
            quoted = True
            out.append(char)
        elif char in "{[":
            depth += 1
            out.append(char + "\n" + "  " * depth)
        elif char in "}]":
            depth -= 1
            out.append("\n" + "  " * depth + char)
        elif char == ",":
            out.append(",\n" + "  " * depth)
        elif char == ":":
            out.append(": ")
        elif not char.isspace():
            out.append(char)
    return _EMPTY.sub(lambda m: m.group(1) + m.group(2), "".join(out))


_EMPTY = re.compile(r"([{\[])\s+([}\]])")


def _exchange(row: ApiExchange) -> ExchangeItem:
    return ExchangeItem(
        at=row.started_at,
        method=row.method,
        path=row.path,
        status=row.status,
        duration_ms=row.duration_ms,
        request=pretty(row.request_body),
        response=pretty(row.response_body),
        error=row.error,
    )


def _notification(row: WebhookNotification) -> NotificationItem:
    return NotificationItem(
        at=row.received_at,
        event_type=row.event_type,
        signature_ok=row.signature_ok,
        outcome=row.outcome,
        detail=row.detail,
        http_status=row.http_status,
        body=pretty(row.body_excerpt),
    )
