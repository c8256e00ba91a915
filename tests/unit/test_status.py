"""The voucher state machine of architecture.md."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.status import (
    ForbiddenMove,
    VoucherStatus,
    check_move,
    is_late_payment,
    may_mark_expired,
)

S = VoucherStatus
ALLOWED = {
    (S.ISSUING, S.PENDING),
    (S.ISSUING, S.FAILED),
    (S.PENDING, S.PAID),
    (S.PENDING, S.EXPIRED),
    (S.PENDING, S.ANNULLED),
    (S.EXPIRED, S.PENDING),
    (S.EXPIRED, S.PAID),
}


@pytest.mark.parametrize("source, target", list(itertools.product(S, S)))
def test_every_pair_follows_the_table(source: S, target: S) -> None:
    if (source, target) in ALLOWED:
        move = check_move(source, target)
        assert move.late == (source is S.EXPIRED and target is S.PAID)
    else:
        with pytest.raises(ForbiddenMove):
            check_move(source, target)


def test_paid_back_to_pending_only_through_a_reversal() -> None:
    with pytest.raises(ForbiddenMove) as refused:
        check_move(S.PAID, S.PENDING)
    assert refused.value.reason == "reversal_required"
    assert check_move(S.PAID, S.PENDING, reversal=True).reversal
    with pytest.raises(ForbiddenMove):
        check_move(S.PENDING, S.PAID, reversal=True)


def test_open_states() -> None:
    assert {s for s in S if s.is_open} == {S.ISSUING, S.PENDING, S.EXPIRED}


DEADLINE = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("source", "paid_at", "late"),
    [
        (S.PENDING, DEADLINE - timedelta(seconds=1), False),
        (S.PENDING, DEADLINE, False),  # at the deadline is still in time
        (S.PENDING, DEADLINE + timedelta(seconds=1), True),  # notified before sync expired it
        (S.PENDING, None, False),  # no payment date known: in time while pending
        # Expired here (by hand, or by sync's grace) but paid in time: not late.
        (S.EXPIRED, DEADLINE - timedelta(hours=1), False),
        (S.EXPIRED, DEADLINE, False),
        (S.EXPIRED, DEADLINE + timedelta(minutes=1), True),
        (S.EXPIRED, None, True),  # no payment date: confirmed after it expired here
    ],
)
def test_one_rule_of_a_late_payment(source: S, paid_at: datetime | None, late: bool) -> None:
    assert is_late_payment(source, paid_at, DEADLINE) is late
    assert check_move(source, S.PAID, paid_at=paid_at, expires_at=DEADLINE).late is late


def test_a_voucher_is_marked_expired_only_once_its_deadline_passed() -> None:
    assert not may_mark_expired(DEADLINE, DEADLINE - timedelta(seconds=1))
    assert may_mark_expired(DEADLINE, DEADLINE)
    assert may_mark_expired(DEADLINE, DEADLINE + timedelta(days=3))


def test_only_a_payment_can_be_late() -> None:
    after = DEADLINE + timedelta(days=1)
    assert not check_move(S.PENDING, S.EXPIRED, paid_at=after, expires_at=DEADLINE).late
    assert not check_move(S.EXPIRED, S.PENDING, paid_at=after, expires_at=DEADLINE).late
