"""The receiver on loopback over a real SQLite store; the sandbox fixtures for end to end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.pagoefectivo import PagoEfectivoClient
from desktop.sandbox import SandboxServer
from desktop.services.issuing import IssueService
from desktop.services.receiver.server import WebhookServer
from desktop.store.engine import open_store, sqlite_url
from tests.integration.conftest import (  # noqa: F401  (fixtures reused)
    TEST_CREDENTIALS,
    sandbox,
    sandbox_config,
)
from tests.staffing import person
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


@pytest.fixture
def live_receiver(engine: Engine) -> Iterator[WebhookServer]:
    """A receiver on the real clock, with the secret the sandbox signs with."""
    with WebhookServer(engine, "demo", TEST_CREDENTIALS.secret_key) as server:
        yield server


@pytest.fixture
def issuer(engine: Engine, sandbox: SandboxServer) -> Iterator[IssueService]:  # noqa: F811
    with PagoEfectivoClient(sandbox.base_url, TEST_CREDENTIALS, timeout=5.0) as client:
        yield IssueService(engine, client, "demo", actor=person("Ana (caja 1)"))
