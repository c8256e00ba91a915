"""Verifying a profile's sealed chain (store/seal.py): every link in order under the key,
every event linked once and as it was written, the head where the last link is, and, when
given, an anchor kept outside the database (the Cierre del día prints one)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from desktop.store.seal import GENESIS, SEAL, ChainHead, ChainLink, expected_hash, key_for
from desktop.store.tables import Voucher, VoucherEvent

PAGE = 2000
_ANCHOR = re.compile(r"^\s*(\d+)\s*[:·]\s*([0-9a-f]{12,64})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Anchor:
    """Where the chain stood at some moment: its sequence number and its hash (the first
    12 to 64 hex digits), as ``12345:3f9a0c…`` on a Cierre del día or a backup."""

    seq: int
    hash_prefix: str

    @classmethod
    def parse(cls, text: str) -> Anchor:
        """``SEQ:HASH``; ``ValueError`` for anything else."""
        found = _ANCHOR.match(text)
        if found is None:
            raise ValueError("an anchor is written SEQ:HASH (12 to 64 hex digits)")
        return cls(int(found.group(1)), found.group(2).lower())

    @classmethod
    def of(cls, seq: int, digest: str) -> Anchor:
        return cls(seq, digest[:16])

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash_prefix}"


@dataclass(frozen=True)
class ChainProblem:
    """``problem``: link_missing, link_broken, link_forged, event_missing, event_altered,
    event_unlinked, head_mismatch, anchor_missing or anchor_differs."""

    problem: str
    seq: int
    event_id: int | None = None
    voucher_id: int | None = None


@dataclass
class ChainReport:
    links: int = 0
    head: Anchor | None = None
    sealed_seq: int | None = None  # where events written before the key were sealed
    sealed_at: datetime | None = None
    problems: list[ChainProblem] = field(default_factory=list)


def check_chain(engine: Engine, profile: str, anchor: Anchor | None = None) -> ChainReport:
    """Walk the profile's links in order (a page at a time) and say what does not hold."""
    key = key_for(engine, profile)
    report = ChainReport()
    linked: set[int] = set()
    expected, prev, anchored = 1, GENESIS, None
    for links, events in _pages(engine, profile):
        for link in links:
            if link.seq != expected:
                report.problems.append(ChainProblem("link_missing", expected))
            elif link.prev_hash != prev:
                report.problems.append(ChainProblem("link_broken", link.seq))
            if expected_hash(key, link) != link.hash:
                report.problems.append(_problem("link_forged", link))
            if link.kind == SEAL:
                report.sealed_seq, report.sealed_at = link.seq, link.created_at
            elif link.event_id is not None:
                linked.add(link.event_id)
                stored = events.get(link.event_id)
                if stored is None:
                    report.problems.append(_problem("event_missing", link))
                elif stored != link.event_hash:
                    report.problems.append(_problem("event_altered", link))
            if anchor is not None and link.seq == anchor.seq:
                anchored = link.hash
            expected, prev = link.seq + 1, link.hash
            report.links += 1
    report.head = Anchor.of(expected - 1, prev) if report.links else None
    _check_head(engine, profile, expected - 1, prev, report)
    _check_unlinked(engine, profile, linked, report)
    if anchor is not None:
        if anchored is None:
            report.problems.append(ChainProblem("anchor_missing", anchor.seq))
        elif not anchored.startswith(anchor.hash_prefix):
            report.problems.append(ChainProblem("anchor_differs", anchor.seq))
    return report


def chain_head(engine: Engine, profile: str) -> Anchor | None:
    """The profile's head now, as an anchor to keep outside the database."""
    with Session(engine) as session:
        head = session.get(ChainHead, profile)
    return None if head is None or head.seq == 0 else Anchor.of(head.seq, head.hash)


def key_seals(engine: Engine, profile: str, key: bytes) -> bool:
    """``key`` is the one the profile's newest link was sealed with (True with no chain)."""
    with Session(engine) as session:
        last = session.exec(
            select(ChainLink)
            .where(ChainLink.profile == profile)
            .order_by(col(ChainLink.seq).desc())
            .limit(1)
        ).first()
    return last is None or expected_hash(key, last) == last.hash


def _problem(problem: str, link: ChainLink) -> ChainProblem:
    return ChainProblem(problem, link.seq, link.event_id, link.voucher_id)


def _pages(engine: Engine, profile: str) -> Iterator[tuple[list[ChainLink], dict[int, str]]]:
    """Links by sequence, with the stored hash of each event they name."""
    after = 0
    while True:
        with Session(engine) as session:
            links = list(
                session.exec(
                    select(ChainLink)
                    .where(ChainLink.profile == profile, col(ChainLink.seq) > after)
                    .order_by(col(ChainLink.seq))
                    .limit(PAGE)
                )
            )
            if not links:
                return
            ids = [link.event_id for link in links if link.event_id is not None]
            found = session.exec(
                select(VoucherEvent.id, VoucherEvent.hash).where(col(VoucherEvent.id).in_(ids))
            )
            events = {int(event_id or 0): digest for event_id, digest in found}
        after = links[-1].seq
        yield links, events


def _check_head(engine: Engine, profile: str, seq: int, digest: str, report: ChainReport) -> None:
    with Session(engine) as session:
        head = session.get(ChainHead, profile)
    if head is None and seq == 0:
        return
    if head is None or (head.seq, head.hash) != (seq, digest):
        report.problems.append(ChainProblem("head_mismatch", seq))


def _check_unlinked(engine: Engine, profile: str, linked: set[int], report: ChainReport) -> None:
    """Events of the profile that no link names: written around the key, or forged."""
    after = 0
    while True:
        with Session(engine) as session:
            rows = list(
                session.exec(
                    select(VoucherEvent.id, VoucherEvent.voucher_id)
                    .join(Voucher, col(Voucher.id) == col(VoucherEvent.voucher_id))
                    .where(Voucher.profile == profile, col(VoucherEvent.id) > after)
                    .order_by(col(VoucherEvent.id))
                    .limit(PAGE)
                )
            )
        if not rows:
            return
        for event_id, voucher_id in rows:
            if event_id not in linked:
                report.problems.append(ChainProblem("event_unlinked", 0, event_id, voucher_id))
        after = int(rows[-1][0] or 0)
