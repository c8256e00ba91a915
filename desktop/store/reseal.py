"""Sealing what a profile recorded before its chain had a key: done once, in the transaction
of the first event written with this version, and recorded, never silent.

Every older event gets its link, in the order it was written. A voucher whose history does
not yet record all the fields a voucher, a receipt or a report shows (older versions recorded
the amount and the status, not the customer) gets a ``note`` that records them now. Last
comes a ``seal`` link saying from where on the chain is keyed: an edit made before it is not
detectable, one made after it is.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, select

from desktop.domain.events import EventKind, Reason
from desktop.domain.status import EventSource
from desktop.store.bulk import insert_rows
from desktop.store.chain import values_hash
from desktop.store.seal import EVENT, SEAL, Entry
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import TRACKED, tracked_details

_VOUCHERS: Table = Voucher.__table__  # type: ignore[attr-defined]
_EVENTS: Table = VoucherEvent.__table__  # type: ignore[attr-defined]
ACTOR = "PagoDesk"


def unsealed_entries(
    connection: Connection, profile: str, at: datetime, linking: set[int]
) -> list[Entry]:
    """The links the profile's events written before need (``linking``: the events being
    linked now, left out), after recording the fields their histories lack; empty for a
    profile with nothing written before."""
    older = (
        select(_EVENTS.c.id, _EVENTS.c.voucher_id, _EVENTS.c.hash)
        .join(_VOUCHERS, _VOUCHERS.c.id == _EVENTS.c.voucher_id)
        .where(_VOUCHERS.c.profile == profile, _EVENTS.c.id.not_in(linking))
        .order_by(_EVENTS.c.id)
    )
    if connection.execute(older.limit(1)).first() is None:
        return []
    _record_uncovered(connection, profile, at)
    rows = connection.execute(older).all()
    note = (
        f"sellado: {len(rows)} eventos escritos antes de que la cadena tuviera clave; "
        "un cambio anterior a este punto no se detecta, uno posterior sí"
    )
    entries: list[Entry] = [(EVENT, int(i), int(v), str(h), None) for i, v, h in rows]
    return [*entries, (SEAL, None, None, None, note)]


def _record_uncovered(connection: Connection, profile: str, at: datetime) -> None:
    """A ``note`` per voucher whose events never recorded every covered field, after its
    newest event (the one being written now included)."""
    recorded: dict[int, set[str]] = {}
    last: dict[int, tuple[int, str]] = {}
    events = connection.execute(
        select(_EVENTS.c.voucher_id, _EVENTS.c.sequence, _EVENTS.c.hash, _EVENTS.c.details)
        .join(_VOUCHERS, _VOUCHERS.c.id == _EVENTS.c.voucher_id)
        .where(_VOUCHERS.c.profile == profile)
        .order_by(_EVENTS.c.voucher_id, _EVENTS.c.sequence)
    )
    for voucher_id, sequence, digest, details in events:
        names = recorded.setdefault(voucher_id, set())
        if details:
            names.update(json.loads(details))
        last[voucher_id] = (sequence, digest)
    missing = [v for v, names in recorded.items() if not set(TRACKED) <= names]
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        found = connection.execute(
            select(_VOUCHERS).where(_VOUCHERS.c.id.in_(chunk)).order_by(_VOUCHERS.c.id)
        )
        columns = list(found.keys())
        vouchers = [dict(zip(columns, row, strict=True)) for row in found]
        rows = [_note(v, last[v["id"]], at) for v in vouchers]
        insert_rows(connection, _EVENTS, rows)


def _note(voucher: dict[str, Any], last: tuple[int, str], at: datetime) -> dict[str, Any]:
    sequence, prev_hash = last
    values: dict[str, Any] = {
        "voucher_id": voucher["id"],
        "sequence": sequence + 1,
        "kind": EventKind.NOTE.value,
        "from_status": voucher["status"],
        "to_status": voucher["status"],
        "source": EventSource.MANUAL.value,
        "actor": ACTOR,
        "reason": Reason.SEALED.value,
        "evidence": None,
        "details": tracked_details(voucher),
        "created_at": at,
        "prev_hash": prev_hash,
        "hash": "",
    }
    values["hash"] = values_hash(values, prev_hash)
    return values
