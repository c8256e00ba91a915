"""The voucher state machine of architecture.md."""

from __future__ import annotations

import itertools

import pytest

from desktop.domain.status import ForbiddenMove, VoucherStatus, check_move

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
