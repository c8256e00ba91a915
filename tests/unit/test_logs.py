"""The log file: private to the user; when it cannot be written, PagoDesk runs on without it
and says why, once, instead of failing on every command."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from desktop.services.logs import close_logging, logging_problem, setup_logging


@pytest.fixture(autouse=True)
def closed() -> None:
    yield
    close_logging()


def test_the_log_is_written_private(pagodesk_home: Path) -> None:
    path = setup_logging()
    assert path is not None and logging_problem() is None
    logging.getLogger("desktop.test").info("hola")
    assert "hola" in path.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_logs_folder_that_cannot_be_written_turns_logging_off(pagodesk_home: Path) -> None:
    pagodesk_home.mkdir(parents=True, exist_ok=True)
    (pagodesk_home / "logs").write_text("not a folder")  # as a read-only or full disk would
    assert setup_logging() is None
    problem = logging_problem()
    assert problem is not None and "logs" in problem
    logging.getLogger("desktop.test").warning("nothing breaks")  # no handler, no traceback
