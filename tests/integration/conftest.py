"""A real sandbox on loopback and a real client talking HTTP to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.pagoefectivo import Credentials, Exchange, PagoEfectivoClient
from desktop.sandbox import DEMO_CONFIG, SandboxConfig, SandboxServer

TEST_CREDENTIALS = Credentials(
    service_id=1234,
    access_key="TESTACCESSKEY0000001",
    secret_key="TestSecretKey/0123456789+abcdefghijklmno",
)


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    return replace(
        DEMO_CONFIG,
        service_id=TEST_CREDENTIALS.service_id,
        access_key=TEST_CREDENTIALS.access_key,
        secret_key=TEST_CREDENTIALS.secret_key,
    )


@pytest.fixture
def sandbox(sandbox_config: SandboxConfig, tmp_path: Path) -> Iterator[SandboxServer]:
    with SandboxServer(sandbox_config, tmp_path / "sandbox.sqlite3") as server:
        yield server


@pytest.fixture
def exchanges() -> list[Exchange]:
    return []


@pytest.fixture
def client(sandbox: SandboxServer, exchanges: list[Exchange]) -> Iterator[PagoEfectivoClient]:
    with PagoEfectivoClient(
        sandbox.base_url, TEST_CREDENTIALS, log_sink=exchanges.append, timeout=5.0
    ) as api:
        yield api
