"""Fixtures: a sandbox on loopback with a frozen clock, an API helper, a webhook receiver."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count
from typing import Any

import httpx
import pytest

from desktop.domain.limatime import LIMA, format_api_datetime
from desktop.sandbox import SandboxConfig, SandboxServer, hash_string
from desktop.sandbox.jsonio import dumps

SECRET = "TestSecretKey/0123456789+abcdefghijklmno"
ACCESS_KEY = "TESTACCESSKEY0000001"
START = datetime(2024, 5, 10, 9, 30, tzinfo=LIMA)
"""The frozen sandbox clock starts at the auth test vector's dateRequest."""

TEST_CONFIG = SandboxConfig(
    service_id=1234,
    code_service="TST",
    access_key=ACCESS_KEY,
    secret_key=SECRET,
    webhook_retry_delay=0.0,
    webhook_timeout=2.0,
)


class FakeClock:
    """A frozen clock that tests move by hand."""

    def __init__(self, start: datetime = START) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


_codes = count(1)


def order_code() -> str:
    """A fresh transactionCode."""
    return f"ORD-{next(_codes):05d}"


class Api:
    """A thin client of the sandbox for tests (the real client lives elsewhere)."""

    def __init__(self, server: SandboxServer, clock: FakeClock) -> None:
        self.server = server
        self.clock = clock
        self.http = httpx.Client(base_url=server.base_url, timeout=5.0)
        self._token: str | None = None
        self._token_expires = START

    def auth_body(self, **overrides: Any) -> dict[str, Any]:
        config = self.server.config
        date_request = format_api_datetime(self.server.state.now())
        body: dict[str, Any] = {
            "accessKey": config.access_key,
            "idService": config.service_id,
            "dateRequest": date_request,
            "hashString": hash_string(
                config.service_id, config.access_key, config.secret_key, date_request
            ),
        }
        body.update(overrides)
        return body

    def token(self) -> str:
        response = self.http.post("/v1/authorizations", json=self.auth_body())
        assert response.status_code == 201, response.text
        token = response.json()["data"]["token"]
        assert isinstance(token, str)
        return token

    def headers(self, **extra: str) -> dict[str, str]:
        """Bearer headers; a new token when the cached one expired by the sandbox clock."""
        now = self.server.state.now()
        if self._token is None or now >= self._token_expires:
            self._token = self.token()
            self._token_expires = now + self.server.config.token_ttl
        return {"Authorization": f"Bearer {self._token}", **extra}

    def cip_body(self, **overrides: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "currency": "PEN",
            "amount": "150.00",
            "transactionCode": order_code(),
            "userEmail": "cliente@example.pe",
        }
        body.update(overrides)
        return {k: v for k, v in body.items() if v is not ...}

    def post_raw(self, path: str, content: str, **headers: str) -> httpx.Response:
        merged = {**self.headers(**headers), "Content-Type": "application/json"}
        return self.http.post(path, content=content.encode(), headers=merged)

    def create(self, headers: dict[str, str] | None = None, **overrides: Any) -> httpx.Response:
        """POST /v1/cips; Decimal values are sent as exact JSON numbers."""
        return self.post_raw("/v1/cips", dumps(self.cip_body(**overrides)), **(headers or {}))

    def new_cip(self, **overrides: Any) -> dict[str, Any]:
        response = self.create(**overrides)
        assert response.status_code == 201, response.text
        data = response.json()["data"]
        assert isinstance(data, dict)
        return data

    def search(self, *cips: Any) -> list[dict[str, Any]]:
        body = {"data": [{"cip": cip} for cip in cips]}
        response = self.http.post("/v1/cips/search", json=body, headers=self.headers())
        assert response.status_code == 200, response.text
        items = response.json()["data"]
        assert isinstance(items, list)
        return items

    def one(self, cip: Any) -> dict[str, Any]:
        (item,) = self.search(cip)
        return item

    def patch(self, cip: Any, date_expiry: Any) -> httpx.Response:
        return self.http.patch(
            f"/v1/cips/{cip}", json={"dateExpiry": date_expiry}, headers=self.headers()
        )

    def delete(self, cip: Any) -> httpx.Response:
        return self.http.delete(f"/v1/cips/{cip}", headers=self.headers())

    def admin(self, action: str, cip: Any, body: Any = None) -> httpx.Response:
        return self.http.post(f"/_sandbox/cips/{cip}/{action}", json=body)

    def close(self) -> None:
        self.http.close()


@pytest.fixture(scope="module")
def module_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def module_server(module_clock: FakeClock) -> Iterator[SandboxServer]:
    with SandboxServer(TEST_CONFIG, ":memory:", clock=module_clock) as server:
        yield server


@pytest.fixture
def api(module_server: SandboxServer, module_clock: FakeClock) -> Iterator[Api]:
    """An API helper on the module's sandbox; clock, faults and webhook are reset afterwards."""
    client = Api(module_server, module_clock)
    yield client
    client.close()
    module_clock.current = START
    module_server.state.set_clock_offset(timedelta(0))
    module_server.state.set_webhook_url(None)
    module_server.state.set_notification_drop(None)
    module_server.faults.clear()


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """A tiny real HTTP receiver on loopback; answers the queued statuses, then 200."""

    url: str
    requests: list[Received] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            state.requests.append(Received(self.path, dict(self.headers.items()), body))
            status = state.statuses.pop(0) if state.statuses else 200
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/webhooks/pagoefectivo"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()
