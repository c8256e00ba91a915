"""The client sends the headers the API doc lists (checked by a tiny real HTTP peer)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop.pagoefectivo import PagoEfectivoClient
from tests.integration.conftest import TEST_CREDENTIALS

SEEN: list[dict[str, str]] = []


class _Recorder(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        SEEN.append({k.lower(): v for k, v in self.headers.items()} | {"path": self.path})
        if self.path == "/v1/authorizations":
            body = {
                "code": "100",
                "message": "Solicitud exitosa.",
                "data": {
                    "token": "tok.en.value",
                    "codeService": "ABC",
                    "tokenStart": "2030-01-01T10:00:00-05:00",
                    "tokenExpires": "2030-01-01T12:00:00-05:00",
                },
            }
            status = 201
        else:
            body = {"code": 100, "message": "Solicitud exitosa.", "data": []}
            status = 200
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def peer() -> Iterator[str]:
    SEEN.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_bearer_language_origin_and_json_headers(peer: str) -> None:
    with PagoEfectivoClient(peer, TEST_CREDENTIALS, language="en-US") as client:
        assert client.search_cips([2523136]) == []
    auth, search = SEEN
    assert auth["path"] == "/v1/authorizations" and "authorization" not in auth
    assert search["path"] == "/v1/cips/search"
    assert search["authorization"] == "Bearer tok.en.value"
    for request in (auth, search):
        assert request["content-type"] == "application/json"
        assert request["accept-language"] == "en-US" and request["origin"] == "web"
