"""The event log's vocabulary: kinds, reason codes, and how a reason is read back."""

from __future__ import annotations

import pytest

from desktop.domain.events import (
    EventKind,
    Reason,
    has_code,
    reason_code,
    reason_detail,
    with_detail,
)


def test_a_reason_is_a_code_and_maybe_a_detail() -> None:
    reason = with_detail(Reason.AMOUNT_DIFFERS, "notified S/ 9.00, voucher S/ 10.00")
    assert reason == "amount_differs: notified S/ 9.00, voucher S/ 10.00"
    assert reason_code(reason) == Reason.AMOUNT_DIFFERS
    assert reason_detail(reason) == "notified S/ 9.00, voucher S/ 10.00"
    assert with_detail(Reason.REVIEWED, "") == "revisado" and reason_detail("revisado") == ""
    assert reason_code(None) == "" and reason_detail(None) == ""


@pytest.mark.parametrize(
    ("reason", "code", "found"),
    [
        ("late", Reason.LATE, True),
        ("late: pagó en bodega", Reason.LATE, True),
        ("latex: otra cosa", Reason.LATE, False),
        ("vencimiento extendido en PagoEfectivo", Reason.EXTENDED, False),
        ("vencimiento extendido", Reason.EXTENDED, True),
        (None, Reason.LATE, False),
    ],
)
def test_has_code_matches_whole_codes_only(reason: str | None, code: Reason, found: bool) -> None:
    assert has_code(reason, code) is found


def test_the_stored_values_never_change() -> None:
    """Reasons are hashed into the chain of every voucher: a renamed value breaks old data."""
    assert [k.value for k in EventKind] == ["created", "move", "note", "discrepancy"]
    assert {k for k in EventKind if k.sets_status} == {EventKind.CREATED, EventKind.MOVE}
    assert Reason.REVIEWED == "revisado" and Reason.RETRIED == "reintentado"
    assert Reason.GRACE_EXPIRED == "vencido (gracia)" and Reason.LATE == "late"
