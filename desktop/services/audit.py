"""Audit of the event log: every voucher's hash chain, its row against what was recorded, each
payment slip an event names against the hash it recorded, and the profile's sealed chain
(audit_chain.py) against its key and, when given, an anchor kept outside the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from desktop.services.audit_chain import Anchor, ChainProblem, ChainReport, check_chain
from desktop.services.chain_keys import chain_key
from desktop.services.databases import open_profile_store
from desktop.services.errors import boundary
from desktop.services.profiles import ProfileRegistry
from desktop.services.slips import slip_named
from desktop.store.chain import ChainBreak
from desktop.store.evidence import slip_digest
from desktop.store.seal import use_key
from desktop.store.staff import verify_staff_chain
from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import check_history

CHUNK = 500


@dataclass(frozen=True)
class AuditBreak:
    """Something that does not hold. Of one voucher's history (the first per voucher):
    hash_mismatch, broken_link, missing_event, row_edited:<field>, slip_altered,
    slip_missing; ``sequence`` is the event's. Of the profile's chain (audit_chain.py):
    link_missing, link_broken, link_forged, event_missing, event_altered, event_unlinked,
    head_mismatch, anchor_missing, anchor_differs; ``sequence`` is the link's. Of the staff
    trail (store/staff.py): staff_chain_broken; ``sequence`` is the staff event's."""

    voucher_id: int | None
    cip: int | None
    event_id: int | None
    sequence: int
    problem: str


@dataclass
class AuditReport:
    vouchers: int = 0
    events: int = 0
    breaks: list[AuditBreak] = field(default_factory=list)
    chain: ChainReport = field(default_factory=ChainReport)

    @property
    def intact(self) -> bool:
        return not self.breaks


def audit(
    engine: Engine,
    profile: str,
    *,
    anchor: Anchor | None = None,
    chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None,
) -> AuditReport:
    """Verify every voucher of ``profile``, a chunk at a time (memory stays flat at 100k),
    then the profile's sealed chain (and ``anchor``, when given)."""
    report = AuditReport()
    for vouchers, events in _chunks(engine, profile, chunk):
        by_voucher = {k: list(g) for k, g in groupby(events, key=lambda e: e.voucher_id)}
        for voucher in vouchers:
            assert voucher.id is not None
            history = by_voucher.get(voucher.id, [])
            report.vouchers += 1
            report.events += len(history)
            broken = check_history(voucher, history) or _check_slips(engine, profile, history)
            if broken is not None:
                report.breaks.append(_break(broken, voucher.cip))
        if progress:
            progress(report.vouchers)
    report.chain = check_chain(engine, profile, anchor)
    report.breaks += _chain_breaks(engine, report.chain.problems)
    with Session(engine) as session:  # the staff trail: sign-ins, lockouts, user changes
        staff_break = verify_staff_chain(session, profile)
    if staff_break is not None:
        report.breaks.append(AuditBreak(None, None, None, staff_break, "staff_chain_broken"))
    return report


def verify_all(engine: Engine, profile: str) -> list[AuditBreak]:
    """Every break found, the first per voucher, in voucher order (empty: all intact)."""
    return audit(engine, profile).breaks


@boundary
def audit_profile(
    name: str | None = None,
    registry: ProfileRegistry | None = None,
    anchor: Anchor | None = None,
) -> AuditReport:
    """Verify the named (or active) profile's database on its own, with the profile's key
    from this PC's keyring: no PagoEfectivo, no sandbox, nothing written."""
    registry = registry or ProfileRegistry()
    profile = registry.get(name) if name else registry.active()
    engine = open_profile_store(profile)
    try:
        use_key(engine, profile.name, chain_key(profile, engine))
        return audit(engine, profile.name, anchor=anchor)
    finally:
        engine.dispose()


def _chain_breaks(engine: Engine, problems: list[ChainProblem]) -> list[AuditBreak]:
    ids = {p.voucher_id for p in problems if p.voucher_id is not None}
    with Session(engine) as session:
        found = session.exec(select(Voucher.id, Voucher.cip).where(col(Voucher.id).in_(ids)))
        cips = {int(voucher_id or 0): cip for voucher_id, cip in found}
    return [
        AuditBreak(p.voucher_id, cips.get(p.voucher_id or 0), p.event_id, p.seq, p.problem)
        for p in problems
    ]


def _break(broken: ChainBreak, cip: int | None) -> AuditBreak:
    return AuditBreak(broken.voucher_id, cip, broken.event_id, broken.sequence, broken.problem)


def _check_slips(engine: Engine, profile: str, events: list[VoucherEvent]) -> ChainBreak | None:
    """The first event whose slip is gone from the database or no longer hashes to what the
    event recorded. Slips of older events, kept on the PC that recorded them, are not here."""
    checked: set[str] = set()
    for event in events:
        named = slip_named(event.evidence)
        if named is None or named.sha256 in checked:
            continue
        checked.add(named.sha256)
        with Session(engine) as session:  # one slip in memory at a time
            digest = slip_digest(session, profile, named.sha256)
        problem = None
        if digest is None and named.file is None:
            problem = "slip_missing"
        elif digest is not None and digest != named.sha256:
            problem = "slip_altered"
        if problem is not None:
            return ChainBreak(event.voucher_id, event.id, event.sequence, problem)
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
