"""Audit of the event log: every voucher's hash chain and its row against what was recorded."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from desktop.store.chain import ChainBreak, verify_events
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import tracked_details

CHUNK = 500


@dataclass
class AuditReport:
    vouchers: int = 0
    events: int = 0
    breaks: list[ChainBreak] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.breaks


def audit(
    engine: Engine,
    profile: str,
    *,
    chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None,
) -> AuditReport:
    """Verify every voucher of ``profile``, a chunk at a time (memory stays flat at 100k)."""
    report = AuditReport()
    for vouchers, events in _chunks(engine, profile, chunk):
        by_voucher = {k: list(g) for k, g in groupby(events, key=lambda e: e.voucher_id)}
        for voucher in vouchers:
            assert voucher.id is not None
            history = by_voucher.get(voucher.id, [])
            report.vouchers += 1
            report.events += len(history)
            broken = check_voucher(voucher, history)
            if broken is not None:
                report.breaks.append(broken)
        if progress:
            progress(report.vouchers)
    return report


def verify_all(engine: Engine, profile: str) -> list[ChainBreak]:
    """Every break found, the first per voucher, in voucher order (empty: all intact)."""
    return audit(engine, profile).breaks


def check_voucher(voucher: Voucher, events: list[VoucherEvent]) -> ChainBreak | None:
    """The same checks as ``store.vouchers.verify_chain``, on rows already loaded: the chain
    itself, the last move matching the status, and tracked fields matching their events."""
    assert voucher.id is not None
    broken = verify_events(events)
    if broken is not None:
        return broken
    after_last = events[-1].sequence + 1 if events else 1
    moves = [e for e in events if e.kind in ("created", "move")]
    if not moves or moves[-1].to_status != voucher.status:
        return ChainBreak(voucher.id, None, after_last, "missing_event")
    recorded: dict[str, Any] = {}
    for event in events:
        if event.details:
            recorded.update(json.loads(event.details))
    current = json.loads(tracked_details(voucher.model_dump()))
    for name, value in recorded.items():
        if current.get(name) != value:
            return ChainBreak(voucher.id, None, after_last, f"row_edited:{name}")
    return None


def _chunks(
    engine: Engine, profile: str, size: int
) -> Iterator[tuple[list[Voucher], list[VoucherEvent]]]:
    """Vouchers by id (keyset pages, one short read each) with their events in order."""
    last_id = 0
    while True:
        with Session(engine) as session:
            vouchers = list(
                session.exec(
                    select(Voucher)
                    .where(Voucher.profile == profile, col(Voucher.id) > last_id)
                    .order_by(col(Voucher.id))
                    .limit(size)
                )
            )
            if not vouchers:
                return
            ids = [v.id for v in vouchers]
            events = list(
                session.exec(
                    select(VoucherEvent)
                    .where(col(VoucherEvent.voucher_id).in_(ids))
                    .order_by(col(VoucherEvent.voucher_id), col(VoucherEvent.sequence))
                )
            )
        last_id = int(vouchers[-1].id or 0)
        yield vouchers, events
