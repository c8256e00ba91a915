"""The receiver on loopback over a real SQLite store; the sandbox fixtures for end to end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.store.engine import open_store, sqlite_url
from desktop.webhook.server import WebhookServer
from tests.integration.conftest import sandbox, sandbox_config  # noqa: F401  (fixtures reused)
from tests.webhook.helpers import PROFILE, SECRET, clock


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    store = open_store(sqlite_url(tmp_path / "store.sqlite3"))
    yield store
    store.dispose()


@pytest.fixture
def receiver(engine: Engine) -> Iterator[WebhookServer]:
    with WebhookServer(engine, PROFILE, SECRET, clock=clock) as server:
        yield server
