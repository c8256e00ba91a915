"""The hash chain of a voucher's events: a later edit or deletion is detectable."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC

from desktop.store.tables import VoucherEvent

GENESIS = "0" * 64


def event_hash(event: VoucherEvent, prev_hash: str) -> str:
    """SHA-256 over the previous hash and every recorded field of the event."""
    payload = {
        "prev": prev_hash,
        "voucher": event.voucher_id,
        "sequence": event.sequence,
        "kind": event.kind,
        "from": event.from_status,
        "to": event.to_status,
        "source": event.source,
        "actor": event.actor,
        "reason": event.reason,
        "evidence": event.evidence,
        "details": event.details,
        "at": event.created_at.astimezone(UTC).isoformat(),
    }
    if event.actor_id is not None:  # events before staff accounts hashed without it
        payload["actor_id"] = event.actor_id
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


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
