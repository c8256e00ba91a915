"""How the client fails: each fault of the sandbox maps to the error a caller can act on."""

from __future__ import annotations

import logging
import socket
from datetime import timedelta

import pytest

from desktop.domain.limatime import utc_now
from desktop.pagoefectivo import (
    AuthenticationFailed,
    ConnectionFailed,
    Credentials,
    Exchange,
    OutcomeUnknown,
    PagoEfectivoClient,
    PagoEfectivoError,
    ServerError,
    date_request,
    hash_string,
)
from desktop.sandbox import SandboxServer
from tests.integration.conftest import TEST_CREDENTIALS
from tests.integration.test_client_sandbox import cip_request


def created(sandbox: SandboxServer, code: str = "ORD-1") -> int:
    """How many CIPs the sandbox holds for this transaction code."""
    return len(sandbox.state.find_by_transaction_code(code))


def test_wrong_secret_is_authentication_failed(sandbox: SandboxServer) -> None:
    wrong = Credentials(TEST_CREDENTIALS.service_id, TEST_CREDENTIALS.access_key, "nope")
    with PagoEfectivoClient(sandbox.base_url, wrong) as client:
        with pytest.raises(AuthenticationFailed) as failed:
            client.create_cip(cip_request())
    assert failed.value.clock_skew is None
    assert "nope" not in str(failed.value)
    assert created(sandbox) == 0


def test_wrong_service_id_is_authentication_failed(sandbox: SandboxServer) -> None:
    wrong = Credentials(9999, TEST_CREDENTIALS.access_key, TEST_CREDENTIALS.secret_key)
    with PagoEfectivoClient(sandbox.base_url, wrong) as client, pytest.raises(AuthenticationFailed):
        client.check_connection()


def test_nothing_listening_is_connection_failed() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with PagoEfectivoClient(f"http://127.0.0.1:{port}", TEST_CREDENTIALS) as client:
        with pytest.raises(ConnectionFailed):
            client.create_cip(cip_request())


def test_expired_token_is_renewed_once_and_the_call_retried(
    client: PagoEfectivoClient, sandbox: SandboxServer, exchanges: list[Exchange]
) -> None:
    client.authorize()
    exchanges.clear()
    sandbox.faults.add("expired-token", count=1, method="POST", path="/v1/cips")
    client.create_cip(cip_request())
    assert [(e.path, e.status) for e in exchanges] == [
        ("/v1/cips", 401),
        ("/v1/authorizations", 201),
        ("/v1/cips", 201),
    ]
    assert created(sandbox, "ORD-1") == 1


def test_a_second_refused_token_is_authentication_failed(
    client: PagoEfectivoClient, sandbox: SandboxServer, exchanges: list[Exchange]
) -> None:
    sandbox.faults.add("expired-token", count=2, method="POST", path="/v1/cips/search")
    with pytest.raises(AuthenticationFailed):
        client.search_cips([1])
    assert [e.path for e in exchanges].count("/v1/cips/search") == 2


def test_internal_error_166_is_server_error(
    client: PagoEfectivoClient, sandbox: SandboxServer
) -> None:
    sandbox.faults.add("error", count=1, method="POST", path="/v1/cips", status=500)
    with pytest.raises(ServerError) as failed:
        client.create_cip(cip_request())
    assert failed.value.code == "166" and failed.value.http_status == 500
    assert created(sandbox) == 0


def test_gateway_html_error_is_server_error(
    client: PagoEfectivoClient, sandbox: SandboxServer
) -> None:
    sandbox.faults.add("error", count=1, method="POST", path="/v1/cips/search", status=503)
    with pytest.raises(ServerError) as failed:
        client.search_cips([1])
    assert failed.value.http_status == 503


def test_connection_dropped_after_creation_is_outcome_unknown(
    client: PagoEfectivoClient, sandbox: SandboxServer
) -> None:
    sandbox.faults.add("drop", count=1, method="POST", path="/v1/cips")
    with pytest.raises(OutcomeUnknown):
        client.create_cip(cip_request("LOST-1"))
    assert created(sandbox, "LOST-1") == 1  # the CIP exists remotely


def test_timeout_after_creation_is_outcome_unknown(sandbox: SandboxServer) -> None:
    sandbox.faults.add("delay-after", count=1, method="POST", path="/v1/cips", ms=1500)
    with PagoEfectivoClient(sandbox.base_url, TEST_CREDENTIALS, timeout=0.5) as client:
        client.authorize()
        with pytest.raises(OutcomeUnknown):
            client.create_cip(cip_request("SLOW-1"))
    assert created(sandbox, "SLOW-1") == 1


def test_malformed_success_body_is_outcome_unknown(
    client: PagoEfectivoClient, sandbox: SandboxServer
) -> None:
    sandbox.faults.add("malformed", count=1, method="POST", path="/v1/cips")
    with pytest.raises(OutcomeUnknown):
        client.create_cip(cip_request("GARBLED-1"))
    assert created(sandbox, "GARBLED-1") == 1
    sandbox.faults.add("malformed", count=1, method="POST", path="/v1/cips/search")
    with pytest.raises(PagoEfectivoError):
        client.search_cips([1])


def test_latency_is_survived_and_measured(
    client: PagoEfectivoClient, sandbox: SandboxServer, exchanges: list[Exchange]
) -> None:
    client.authorize()
    sandbox.faults.add("latency", count=1, method="POST", path="/v1/cips", ms=300)
    client.create_cip(cip_request())
    assert exchanges[-1].duration_ms >= 300


def test_small_clock_skew_is_measured_and_accepted(
    client: PagoEfectivoClient, sandbox: SandboxServer
) -> None:
    sandbox.state.set_clock_offset(timedelta(minutes=2))
    check = client.check_connection()
    assert check.clock_skew is not None
    assert timedelta(minutes=1, seconds=57) < check.clock_skew < timedelta(minutes=2, seconds=3)
    assert check.clock_ok and not client.clock_skew_exceeded


def test_large_clock_skew_is_reported(
    client: PagoEfectivoClient, sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.state.set_clock_offset(timedelta(minutes=-10))
    with caplog.at_level(logging.WARNING), pytest.raises(AuthenticationFailed) as failed:
        client.check_connection()
    skew = failed.value.clock_skew
    assert skew is not None and timedelta(minutes=-10, seconds=-3) < skew < timedelta(
        minutes=-9, seconds=-57
    )
    assert "clock" in str(failed.value)
    assert client.clock_skew_exceeded
    assert any("clock" in record.getMessage() for record in caplog.records)


def test_no_secret_token_or_hash_survives_in_the_exchange_log(
    sandbox: SandboxServer, exchanges: list[Exchange]
) -> None:
    moments = []

    def clock():  # type: ignore[no-untyped-def]
        now = utc_now()
        moments.append(now)
        return now

    with PagoEfectivoClient(
        sandbox.base_url, TEST_CREDENTIALS, log_sink=exchanges.append, clock=clock
    ) as client:
        token = client.authorize()
        cip = client.create_cip(cip_request()).cip
        client.search_cips([cip])
        client.update_expiry(cip, utc_now() + timedelta(days=2))
        client.delete_cip(cip)
        sandbox.faults.add("expired-token", count=1)
        client.search_cips([cip])
        second = client.authorize()
    wrong = Credentials(TEST_CREDENTIALS.service_id, "WRONGACCESSKEY000001", "wrong-secret")
    with PagoEfectivoClient(sandbox.base_url, wrong, log_sink=exchanges.append) as bad:
        with pytest.raises(AuthenticationFailed):
            bad.authorize()
    hashes = {
        hash_string(
            TEST_CREDENTIALS.service_id,
            TEST_CREDENTIALS.access_key,
            TEST_CREDENTIALS.secret_key,
            date_request(moment),
        )
        for moment in moments
    }
    forbidden = {
        TEST_CREDENTIALS.access_key,
        TEST_CREDENTIALS.secret_key,
        "WRONGACCESSKEY000001",
        "wrong-secret",
        token.value,
        second.value,
        *hashes,
    }
    log_text = "\n".join(repr(e) for e in exchanges)
    assert len(exchanges) >= 9 and '"hashString":"***"' in log_text
    for secret in forbidden:
        assert secret not in log_text
