"""Fault injection over real HTTP: each kind, per request and per run."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from tests.sandbox.conftest import Api, order_code


def _next_cip(api: Api) -> int:
    cip = api.new_cip()["cip"]
    assert isinstance(cip, int)
    return cip + 1


def _stored_code(api: Api, cip: int) -> str | None:
    response = api.http.get(f"/_sandbox/cips/{cip}")
    return response.json()["transactionCode"] if response.status_code == 200 else None


def test_drop_performs_the_operation_then_cuts_the_connection(api: Api) -> None:
    expected, code = _next_cip(api), order_code()
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.create(headers={"X-Sandbox-Fault": "drop"}, transactionCode=code)
    assert _stored_code(api, expected) == code


def test_delay_after_makes_the_client_time_out_after_the_cip_exists(api: Api) -> None:
    expected, code = _next_cip(api), order_code()
    headers = {**api.headers(), "X-Sandbox-Fault": "delay-after=1000"}
    with pytest.raises(httpx.ReadTimeout):
        api.http.post(
            "/v1/cips", json=api.cip_body(transactionCode=code), headers=headers, timeout=0.3
        )
    assert _stored_code(api, expected) == code


def test_malformed_answers_success_with_a_truncated_body(api: Api) -> None:
    expected, code = _next_cip(api), order_code()
    response = api.create(headers={"X-Sandbox-Fault": "malformed"}, transactionCode=code)
    assert response.status_code == 201
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert response.content.startswith(b'{"code":100')
    assert _stored_code(api, expected) == code


def test_error_500_is_166_and_nothing_is_created(api: Api) -> None:
    expected = _next_cip(api)
    response = api.create(headers={"X-Sandbox-Fault": "error=500"})
    assert response.status_code == 500
    assert response.json() == {"code": "166", "message": "Error interno del servidor.", "data": []}
    assert _stored_code(api, expected) is None


@pytest.mark.parametrize("status", [502, 503])
def test_gateway_errors_are_html(api: Api, status: int) -> None:
    response = api.create(headers={"X-Sandbox-Fault": f"error={status}"})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"<h1>{status}" in response.text


def test_expired_token_fault(api: Api) -> None:
    response = api.create(headers={"X-Sandbox-Fault": "expired-token"})
    assert response.status_code == 401 and response.json()["code"] == "508"
    assert api.create().status_code == 201


def test_latency_delays_the_answer(api: Api) -> None:
    started = time.monotonic()
    response = api.http.post(
        "/v1/cips/search",
        json={"data": []},
        headers=api.headers(**{"X-Sandbox-Fault": "latency=300"}),
    )
    assert response.status_code == 200 and time.monotonic() - started >= 0.3


def test_bad_fault_header_is_400(api: Api) -> None:
    response = api.create(headers={"X-Sandbox-Fault": "explode"})
    assert response.status_code == 400 and "explode" in response.json()["error"]


def test_python_api_faults_are_one_shot_and_matched(api: Api) -> None:
    api.headers()  # get a token before queueing faults
    api.server.faults.add("error", status=503, method="POST", path="/v1/cips")
    search = api.http.post("/v1/cips/search", json={"data": []}, headers=api.headers())
    assert search.status_code == 200
    assert api.create().status_code == 503
    assert api.create().status_code == 201
    api.server.faults.add("expired-token", count=2, path="/v1/cips*")
    assert [api.create().status_code for _ in range(3)] == [401, 401, 201]
    assert api.server.faults.pending() == []


def test_faults_over_the_admin_route(api: Api) -> None:
    api.headers()
    added = api.http.post(
        "/_sandbox/faults", json={"kind": "latency", "ms": 200, "count": None, "method": "PATCH"}
    )
    assert added.status_code == 200
    assert added.json()["faults"] == [
        {"kind": "latency", "value": 200, "count": None, "method": "PATCH", "path": None}
    ]
    api.http.post("/_sandbox/faults", json={"kind": "malformed", "path": "/v1/cips/search"})
    assert len(api.http.get("/_sandbox/faults").json()["faults"]) == 2
    search = api.http.post("/v1/cips/search", json={"data": []}, headers=api.headers())
    assert search.status_code == 200 and not search.text.endswith("}")
    started = time.monotonic()
    api.patch(1, "2030-01-01T00:00:00-05:00")
    assert time.monotonic() - started >= 0.2
    assert api.http.delete("/_sandbox/faults").json() == {"faults": []}
    bad = api.http.post("/_sandbox/faults", json={"kind": "error", "status": 404})
    assert bad.status_code == 400
    assert api.http.post("/_sandbox/faults", json={"kind": "nope"}).status_code == 400
