"""The task runner: work off the GUI thread, results and errors back on it."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.tasks import Lane, TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: object) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda n: n == 0):
        runner.run(work, done)
    assert seen["value"] == 42 and seen["worker"] != gui and seen["callback"] == gui


def test_failure_goes_to_the_failure_callback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("no")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda n: n == 0):
        runner.run(boom, on_failure=errors.append)
    assert isinstance(errors[0], ValueError)


def test_storage_lane_runs_one_at_a_time(qtbot: QtBot) -> None:
    runner = TaskRunner()
    active: list[int] = []
    peak: list[int] = [0]
    lock = threading.Lock()

    def work() -> None:
        with lock:
            active.append(1)
            peak[0] = max(peak[0], len(active))
        threading.Event().wait(0.02)
        with lock:
            active.pop()

    for _ in range(5):
        runner.run(work, lane=Lane.STORAGE)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert peak[0] == 1


@pytest.mark.parametrize("lane", list(Lane))
def test_pending_counts_down(qtbot: QtBot, lane: Lane) -> None:
    runner = TaskRunner()
    runner.run(lambda: None, lane=lane)
    assert runner.pending == 1
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
