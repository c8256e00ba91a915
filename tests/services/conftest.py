"""Services over real parts: a SQLite store file and the sandbox on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.pagoefectivo import PagoEfectivoClient
from desktop.services.exchange_log import StoreLogSink
from desktop.services.issuing import IssueService
from desktop.store.engine import open_store, sqlite_url
from tests.integration.conftest import (  # noqa: F401  (fixtures reused)
    TEST_CREDENTIALS,
    sandbox,
    sandbox_config,
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    store = open_store(sqlite_url(tmp_path / "demo.sqlite3"))
    yield store
    store.dispose()


@pytest.fixture
def service_client(sandbox, engine: Engine) -> Iterator[PagoEfectivoClient]:  # type: ignore[no-untyped-def]  # noqa: F811
    with PagoEfectivoClient(
        sandbox.base_url, TEST_CREDENTIALS, log_sink=StoreLogSink(engine, "demo"), timeout=2.0
    ) as client:
        yield client


@pytest.fixture
def issuer(engine: Engine, service_client: PagoEfectivoClient) -> IssueService:
    return IssueService(engine, service_client, "demo", actor="Ana (caja 1)")
