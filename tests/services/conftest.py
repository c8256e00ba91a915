"""Services over real parts: the store (SQLite, and PostgreSQL when PAGODESK_TEST_PG_URL is
set) and the sandbox on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from desktop.pagoefectivo import PagoEfectivoClient
from desktop.services.exchange_log import StoreLogSink
from desktop.services.issuing import IssueService
from desktop.services.runtime import Runtime, open_runtime
from desktop.store.engine import open_store
from tests.integration.conftest import (  # noqa: F401  (fixtures reused)
    TEST_CREDENTIALS,
    sandbox,
    sandbox_config,
)
from tests.staffing import person, signed_in
from tests.store.conftest import db_url  # noqa: F401  (a fixture: every engine CI provides)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811  (SQLite, and PostgreSQL when set)
    store = open_store(db_url)
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
    return IssueService(engine, service_client, "demo", actor=person("Ana (caja 1)"))


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    """The demo profile opened as the app opens it (its own sandbox port)."""
    monkeypatch.setenv("PAGODESK_DEMO_PORT", "0")
    opened = signed_in(open_runtime(None), person("Ana (caja 1)"))
    yield opened
    opened.close()
