"""The collector paused by overlapping imports comes back on when the last one ends."""

from __future__ import annotations

import gc

from desktop.services.settlement import _collector_paused


def test_overlapping_pauses_turn_the_collector_back_on_once_both_end() -> None:
    assert gc.isenabled()
    first, second = _collector_paused(), _collector_paused()
    first.__enter__()
    second.__enter__()  # another import, on another worker, started meanwhile
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the second still runs
    second.__exit__(None, None, None)
    assert gc.isenabled()  # and after both, on again (it stayed off for good before)


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with _collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
