"""The hash chain of a voucher's events: a later edit or deletion is detectable."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from desktop.store.seal import CANONICAL
from desktop.store.tables import VoucherEvent

GENESIS = "0" * 64


HASHED = (
    "voucher_id",
    "sequence",
    "kind",
    "from_status",
    "to_status",
    "source",
    "actor",
    "actor_id",
    "reason",
    "evidence",
    "details",
    "created_at",
)
"""The columns of an event its hash covers (``actor_id`` only when set)."""


def event_hash(event: VoucherEvent, prev_hash: str) -> str:
    """SHA-256 over the previous hash and every recorded field of the event."""
    return values_hash({name: getattr(event, name) for name in HASHED}, prev_hash)


def values_hash(values: Mapping[str, Any], prev_hash: str) -> str:
    """``event_hash`` of an event given as its column values (a row about to be inserted):
    the same digest, without building the model instance."""
    payload = {
        "prev": prev_hash,
        "voucher": values["voucher_id"],
        "sequence": values["sequence"],
        "kind": values["kind"],
        "from": values["from_status"],
        "to": values["to_status"],
        "source": values["source"],
        "actor": values["actor"],
        "reason": values["reason"],
        "evidence": values["evidence"],
        "details": values["details"],
        "at": values["created_at"].astimezone(UTC).isoformat(),
    }
    if values.get("actor_id") is not None:  # events before staff accounts hashed without it
        payload["actor_id"] = values["actor_id"]
    return hashlib.sha256(CANONICAL.encode(payload).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first event whose hash or link does not hold."""

    voucher_id: int
    event_id: int | None
    sequence: int
    problem: str  # hash_mismatch | broken_link | missing_event | row_edited:<field>


def verify_events(events: list[VoucherEvent]) -> ChainBreak | None:
    """Check one voucher's events in sequence order; the first break, or None if intact."""
    prev = GENESIS
    for expected_sequence, event in enumerate(events, start=1):
        assert event.voucher_id is not None
        if event.sequence != expected_sequence:
            return ChainBreak(event.voucher_id, event.id, expected_sequence, "missing_event")
        if event.prev_hash != prev:
            return ChainBreak(event.voucher_id, event.id, event.sequence, "broken_link")
        if event_hash(event, prev) != event.hash:
            return ChainBreak(event.voucher_id, event.id, event.sequence, "hash_mismatch")
        prev = event.hash
    return None
