"""RUC check digit (SUNAT modulo 11)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.ruc import is_valid_ruc, ruc_check_digit


@pytest.mark.parametrize("ruc", ["20131312955", "20100070970", "10467793549"])
def test_known_rucs_are_valid(ruc: str) -> None:
    assert is_valid_ruc(ruc)


@pytest.mark.parametrize(
    "ruc", ["20131312954", "2013131295", "201313129555", "30131312955", "2013131295A", ""]
)
def test_wrong_rucs_are_refused(ruc: str) -> None:
    assert not is_valid_ruc(ruc)


@given(
    st.sampled_from(["10", "15", "16", "17", "20"]), st.text("0123456789", min_size=8, max_size=8)
)
def test_exactly_one_check_digit_is_valid(prefix: str, body: str) -> None:
    ten = prefix + body
    valid = [d for d in "0123456789" if is_valid_ruc(ten + d)]
    assert valid == [str(ruc_check_digit(ten))]
