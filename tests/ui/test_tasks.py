"""The task runner: work off the GUI thread, results and errors back on it."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

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


def _delete_now(widget: QWidget, how: str) -> None:
    """Destroy ``widget`` the two ways a window goes: deleteLater, or close with
    WA_DeleteOnClose; the deferred delete is then carried out at once."""
    if how == "close":
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        widget.show()
        widget.close()
    else:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(widget)


def _held(release: threading.Event, outcome: Callable[[], object]) -> Callable[[], object]:
    def work() -> object:
        assert release.wait(5)
        return outcome()

    return work


def _boom() -> object:
    raise ValueError("no")


@pytest.mark.parametrize("how", ["deleteLater", "close"])
@pytest.mark.parametrize("outcome", [lambda: 42, _boom], ids=["success", "failure"])
def test_a_destroyed_owner_gets_no_callback(
    qtbot: QtBot, how: str, outcome: Callable[[], object]
) -> None:
    runner = TaskRunner()
    owner = QWidget()
    release = threading.Event()
    calls: list[object] = []
    runner.run(_held(release, outcome), calls.append, calls.append, owner=owner)
    _delete_now(owner, how)
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert calls == []


def test_a_failure_after_the_owner_is_gone_is_only_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Without a failure callback a failure is raised (qt_default_raising fails the test);
    once the owner is gone it is logged and nothing else."""
    runner = TaskRunner()
    owner = QWidget()
    release = threading.Event()
    runner.run(_held(release, _boom), owner=owner)
    _delete_now(owner, "deleteLater")
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert "ValueError: no" in caplog.text


@pytest.mark.parametrize("outcome", [lambda: 42, _boom], ids=["success", "failure"])
def test_a_live_owner_gets_its_callback(qtbot: QtBot, outcome: Callable[[], object]) -> None:
    runner = TaskRunner()
    owner = QWidget()
    qtbot.addWidget(owner)
    successes: list[object] = []
    failures: list[BaseException] = []
    runner.run(outcome, successes.append, failures.append, owner=owner)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    if outcome is _boom:
        assert successes == [] and isinstance(failures[0], ValueError)
    else:
        assert successes == [42] and failures == []
