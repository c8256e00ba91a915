"""The look for payments written by anyone (the paid notification): each payment once, in
the order the payments were committed, including a long transaction's that got lower ids."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from desktop.services.lookup import PaidMark, VoucherLookup
from desktop.store.engine import open_store, session_scope
from tests.store.conftest import db_url  # noqa: F401
from tests.store.test_seal_at_commit import pay, pending


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    store = open_store(db_url)
    yield store
    store.dispose()


def read(lookup: VoucherLookup, mark: PaidMark) -> tuple[list[int], PaidMark]:
    """The vouchers paid after ``mark``, and where the look stands after them."""
    notes = lookup.paid_since(mark)
    after = PaidMark(mark.event_id, notes[-1].seq) if notes else mark
    return [n.voucher_id for n in notes], after


def test_payments_before_the_mark_are_not_news_and_each_later_one_is_once(
    engine: Engine,
) -> None:
    before_id, later_id = pending(engine, 2)
    with session_scope(engine) as session:
        pay(session, before_id, 1)
    lookup = VoucherLookup(engine, "demo")
    mark = lookup.paid_mark()
    assert read(lookup, mark)[0] == []
    with session_scope(engine) as session:
        pay(session, later_id, 2)
    seen, mark = read(lookup, mark)
    assert seen == [later_id]
    assert read(lookup, mark)[0] == []


def test_a_long_transaction_committed_later_is_seen_though_its_event_id_is_lower(
    engine: Engine,
) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer at a time: the second commits after the first")
    slow_id, quick_id = pending(engine, 2)
    lookup = VoucherLookup(engine, "demo")
    mark = lookup.paid_mark()
    with session_scope(engine) as session:
        slow_event = pay(session, slow_id, 1)  # its id is taken now; committed last
        other = threading.Thread(target=lambda: _pay_and_commit(engine, quick_id))
        other.start()
        other.join(30)
        assert not other.is_alive()
        seen, mark = read(lookup, mark)
        assert seen == [quick_id]  # the other station's payment, committed first
    seen, mark = read(lookup, mark)
    assert seen == [slow_id]  # the lower event id, committed after: not lost
    quick, slow = lookup.paid_since(PaidMark(0, 0))  # in commit order ...
    assert quick.event_id > slow.event_id == slow_event  # ... not in event id order


def _pay_and_commit(engine: Engine, voucher_id: int) -> None:
    with session_scope(engine) as session:
        pay(session, voucher_id, 2)
