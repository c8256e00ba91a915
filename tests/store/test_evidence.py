"""Payment slips kept in the database: one row per (profile, bytes), written in the caller's
transaction, bytes returned intact (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import threading
from datetime import timedelta

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from desktop.store.engine import session_scope
from desktop.store.evidence import EvidenceSlip, find_slip, keep_slip, slip_digest
from tests.staffing import person
from tests.store.conftest import T0, LockWaits, new_voucher

# Every byte value, a NUL run and a size past what a single page or packet holds.
SLIP = b"%PDF-1.4\n" + bytes(range(256)) * 4096 + b"\x00" * 70_000


def voucher_ids(engine: Engine, count: int = 2) -> list[int]:
    with session_scope(engine) as session:
        vouchers = [new_voucher(session, n) for n in range(1, count + 1)]
        session.flush()
        return [v.id or 0 for v in vouchers]


def keep(session: Session, voucher_id: int, content: bytes = SLIP, profile: str = "demo") -> str:
    return keep_slip(
        session,
        profile=profile,
        voucher_id=voucher_id,
        name="constancia BCP.pdf",
        media_type="application/pdf",
        content=content,
        at=T0,
        actor=person("Ana (caja 1)"),
    )


def rows(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(EvidenceSlip)).one())


def test_a_slip_is_kept_once_per_profile_and_comes_back_intact(engine: Engine) -> None:
    first, second = voucher_ids(engine)
    with session_scope(engine) as session:
        sha = keep(session, first)
    with session_scope(engine) as session:
        assert keep(session, second) == sha  # the same file again: nothing new
        assert keep(session, second, profile="tienda") == sha  # another profile keeps its own

    assert sha == hashlib.sha256(SLIP).hexdigest() and rows(engine) == 2
    with Session(engine) as session:
        kept = find_slip(session, "demo", sha)
        assert kept is not None and kept.content == SLIP
        assert (kept.voucher_id, kept.name, kept.media_type, kept.size) == (
            first,
            "constancia BCP.pdf",
            "application/pdf",
            len(SLIP),
        )
        assert (kept.created_at, kept.created_by) == (T0, "Ana (caja 1)")
        assert slip_digest(session, "demo", sha) == sha
        assert find_slip(session, "otro", sha) is None
        assert slip_digest(session, "otro", sha) is None


def test_a_rolled_back_transaction_keeps_no_slip(engine: Engine) -> None:
    (voucher_id,) = voucher_ids(engine, 1)
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        keep(session, voucher_id)
        raise RuntimeError("the move failed after the slip was written")

    assert rows(engine) == 0


def test_twin_writers_of_the_same_slip_do_not_clash(engine: Engine) -> None:
    """Two stations keep the same file at once: the second waits for the first and then
    does nothing (no unique-key error), whichever engine."""
    first, second = voucher_ids(engine)
    inserted = threading.Event()
    order: list[str] = []
    errors: list[BaseException] = []

    def twin() -> None:
        inserted.wait(timeout=10)
        try:
            with session_scope(engine) as session:
                keep(session, second)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            order.append("twin done")

    locks = LockWaits(engine)
    thread = threading.Thread(target=twin)
    thread.start()
    try:
        with session_scope(engine) as session:
            keep(session, first)
            inserted.set()
            assert locks.wait(thread)  # the twin waits for this transaction
            order.append("first commits")
    finally:
        thread.join(timeout=20)
        locks.close()

    assert errors == [] and order == ["first commits", "twin done"] and rows(engine) == 1
    with Session(engine) as session:
        kept = find_slip(session, "demo", hashlib.sha256(SLIP).hexdigest())
        assert kept is not None and kept.voucher_id == first


def test_altered_bytes_no_longer_hash_to_the_key(engine: Engine) -> None:
    (voucher_id,) = voucher_ids(engine, 1)
    with session_scope(engine) as session:
        sha = keep(session, voucher_id)
    with session_scope(engine) as session:
        kept = find_slip(session, "demo", sha)
        assert kept is not None
        kept.content = SLIP.replace(b"%PDF-1.4", b"%PDF-1.5")
        kept.created_at = T0 + timedelta(minutes=1)

    with Session(engine) as session:
        digest = slip_digest(session, "demo", sha)
    assert digest is not None and digest != sha
