"""The profile's sealed chain: every event of a profile, in the order it was written, linked
to the one before under an HMAC key that the database does not hold.

Each voucher's events already hash the one before them (``chain.py``), but anyone who can
write to the database can recompute those plain hashes. Here each event also gets a link in
``chain_links``: a profile-wide sequence number and ``HMAC(key, previous link, the event's
hash)``. Without the key nobody can add, remove, reorder or rewrite an event and leave the
links intact: a deleted voucher leaves a gap, an edited one a link that no longer matches.
What the key cannot catch alone is the newest links cut off together with their events: the
head (sequence and hash) printed on the Cierre del día and kept with each backup is the
anchor that catches that (``audit verify --anchor``).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    Table,
    Text,
    event,
    select,
    update,
)
from sqlalchemy.orm import Session, SessionTransaction
from sqlmodel import Field, SQLModel

from desktop.store.bulk import insert_rows
from desktop.store.types import UTCDateTime

GENESIS = "0" * 64
DEMO_KEY = b"pagodesk demo chain: protects nothing, like the demo credentials"
"""The key of a profile no key was given for (the demo profile, tests). A real profile's key
lives in the OS keyring (``services/secrets.py``) and is handed to ``use_key``."""
EVENT, SEAL = "event", "seal"
CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
"""The one JSON form everything hashed here and in ``chain.py`` is written in (made once:
``json.dumps`` with these options builds a new encoder at every call)."""


class ChainLink(SQLModel, table=True):
    """One link of a profile's chain: an event (``kind`` event) or the record that the
    events before it were sealed when this version first met them (``kind`` seal)."""

    __tablename__ = "chain_links"
    __table_args__ = (
        Index("ux_chain_links_profile_seq", "profile", "seq", unique=True),
        Index("ix_chain_links_event", "event_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    profile: str = Field(max_length=40)
    seq: int = Field(sa_type=BigInteger)
    kind: str = Field(max_length=8)
    event_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    voucher_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    event_hash: str | None = Field(default=None, max_length=64)
    note: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class ChainHead(SQLModel, table=True):
    """Where a profile's chain ends now. Its row lock makes stations append one at a time."""

    __tablename__ = "chain_heads"

    profile: str = Field(primary_key=True, max_length=40)
    seq: int = Field(default=0, sa_type=BigInteger)
    hash: str = Field(default=GENESIS, max_length=64)


_LINKS: Table = ChainLink.__table__  # type: ignore[attr-defined]
_HEADS: Table = ChainHead.__table__  # type: ignore[attr-defined]
_keys: dict[tuple[int, str], bytes] = {}


def use_key(engine: Engine, profile: str, key: bytes) -> None:
    """Seal (and verify) ``profile``'s chain on ``engine`` with ``key`` from now on."""
    _keys[(id(engine), profile)] = key


def key_for(engine: Engine, profile: str) -> bytes:
    return _keys.get((id(engine), profile), DEMO_KEY)


def link_hash(key: bytes, prev_hash: str, values: dict[str, Any]) -> str:
    """HMAC-SHA256 over the previous link's hash and everything the link records."""
    payload = {**values, "prev": prev_hash}
    if isinstance(payload.get("created_at"), datetime):
        payload["created_at"] = payload["created_at"].astimezone(UTC).isoformat()
    return hmac.digest(key, CANONICAL.encode(payload).encode("utf-8"), "sha256").hex()


def _link_values(link: ChainLink | dict[str, Any]) -> dict[str, Any]:
    get = link.get if isinstance(link, dict) else lambda name: getattr(link, name)
    names = ("profile", "seq", "kind", "event_id", "voucher_id", "event_hash", "note")
    return {name: get(name) for name in names} | {"created_at": get("created_at")}


def expected_hash(key: bytes, link: ChainLink) -> str:
    """What the hash of a stored link must be with ``key``."""
    return link_hash(key, link.prev_hash, _link_values(link))


Entry = tuple[str, int | None, int | None, str | None, str | None]
"""What one link records: ``(kind, event_id, voucher_id, event_hash, note)``."""


def append_links(
    connection: Connection,
    profile: str,
    entries: Sequence[Entry],
    at: datetime,
    *,
    also_new: frozenset[int] = frozenset(),
) -> None:
    """Add one link per entry after the profile's head, in order. The head row stays locked
    until the transaction ends, so stations on one database append one after another. The
    first time a profile meets this version, its older events are sealed first (reseal.py),
    but not those of ``also_new``, linked next in the same transaction."""
    if not entries:
        return
    key = key_for(connection.engine, profile)
    last, prev = _advance(connection, profile, 0)  # the lock (the head made if missing)
    if last == 0:
        from desktop.store.reseal import unsealed_entries  # the store's newest module

        now = {event_id for _kind, event_id, *_rest in entries if event_id is not None}
        now |= also_new  # linked right after these, in the same transaction
        entries = [*unsealed_entries(connection, profile, at, now), *entries]
    stamp = at.astimezone(UTC).isoformat()  # as ``link_hash`` writes it, once for all
    rows = []
    for kind, event_id, voucher_id, event_hash, note in entries:
        last += 1
        values: dict[str, Any] = {
            "profile": profile,
            "seq": last,
            "kind": kind,
            "event_id": event_id,
            "voucher_id": voucher_id,
            "event_hash": event_hash,
            "note": note,
            "created_at": stamp,
        }
        digest = link_hash(key, prev, values)
        values.update(created_at=at, prev_hash=prev, hash=digest)
        rows.append(values)
        prev = digest
    insert_rows(connection, _LINKS, rows)
    connection.execute(
        update(_HEADS).where(_HEADS.c.profile == profile).values(seq=last, hash=prev)
    )


_PENDING = "pagodesk_unsealed"
_FAILED = "pagodesk_sealing_failed"


class SealingFailed(RuntimeError):
    """The links of a transaction's events could not be written: it must not commit."""


def seal_at_commit(session: Session, profile: str, entries: Sequence[Entry], at: datetime) -> None:
    """Link ``entries`` into ``profile``'s chain when ``session`` commits, after every entry
    its transaction gathered before them, rather than now.

    The head's row lock (``append_links``) makes every other writer of the profile wait until
    this transaction ends. Taken at the commit, it is held only for the links and the commit,
    not for the rest of a notification's or a click's work, so writers on PostgreSQL do that
    work side by side and queue only to seal. Nobody sees the events before the commit, so the
    chain is the same, in the order transactions commit; a rollback drops them with their
    events. The session's own commit seals: events are not written inside a savepoint, nor
    in a session whose connection something else commits."""
    if session.in_nested_transaction():
        raise RuntimeError("events are not written inside a savepoint: they are sealed at commit")
    if entries:
        session.info.setdefault(_PENDING, []).append((profile, list(entries), at))


@event.listens_for(Session, "before_commit")
def _seal_pending(session: Session) -> None:
    if session.info.get(_FAILED):  # a second commit after the sealing failed: never unsealed
        raise SealingFailed("the transaction's events were not sealed: roll it back")
    if session.in_nested_transaction():
        return  # a savepoint's release: the outer commit seals
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    try:
        session.flush()  # the events are written before their links
        connection = session.connection()
        runs: list[tuple[str, list[Entry], datetime]] = []
        for profile, entries, at in pending:  # one append per run of one profile and time
            if runs and runs[-1][0] == profile and runs[-1][2] == at:
                runs[-1][1].extend(entries)
            else:
                runs.append((profile, entries, at))
        fresh = frozenset(e[1] for _p, entries, _at in runs for e in entries if e[1] is not None)
        # Heads in one order (by profile; each profile's runs keep theirs): two transactions
        # sealing the same profiles never wait for each other's in a circle.
        for profile, entries, at in sorted(runs, key=lambda run: run[0]):
            append_links(connection, profile, entries, at, also_new=fresh)
    except BaseException:
        session.info[_FAILED] = True
        raise


@event.listens_for(Session, "after_transaction_end")
def _drop_pending(session: Session, transaction: SessionTransaction) -> None:
    """A transaction that ended without its commit (rolled back, or the session closed)
    takes its entries with it: a session used again must not link them."""
    if transaction.parent is None:
        session.info.pop(_PENDING, None)
        session.info.pop(_FAILED, None)


def head_of(connection: Connection, profile: str) -> tuple[int, str] | None:
    """The profile's head (sequence, hash), or None when it has no chain yet."""
    row = connection.execute(
        select(_HEADS.c.seq, _HEADS.c.hash).where(_HEADS.c.profile == profile)
    ).first()
    return None if row is None else (int(row[0]), str(row[1]))


def _advance(connection: Connection, profile: str, count: int) -> tuple[int, str]:
    """Move the head ``count`` places (creating it at the genesis the first time) and hold
    its row; returns the new last sequence and the hash the next link follows."""
    statement = (
        update(_HEADS)
        .where(_HEADS.c.profile == profile)
        .values(seq=_HEADS.c.seq + count)
        .returning(_HEADS.c.seq, _HEADS.c.hash)
    )
    row = connection.execute(statement).first()
    if row is None:  # once per profile: the dialects' own INSERT loads here, not at start
        from sqlalchemy.dialects import postgresql, sqlite

        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        create = dialect.insert(_HEADS).values(profile=profile, seq=0, hash=GENESIS)
        connection.execute(create.on_conflict_do_nothing(index_elements=["profile"]))
        row = connection.execute(statement).first()
        assert row is not None
    return int(row[0]), str(row[1])
