"""The server object, persistence across restarts, the ASGI app alone, and the CLI."""

from __future__ import annotations

import argparse
import asyncio
import io
import threading
import time
from pathlib import Path

import httpx
import pytest

from desktop.cli.sandbox import register, serve
from desktop.sandbox import DEMO_CONFIG, SandboxServer, create_app
from tests.sandbox.conftest import TEST_CONFIG, Api, FakeClock, Receiver


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pagodesk")
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    args = _parse(*argv)
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_state_survives_a_restart(tmp_path: Path) -> None:
    path, clock = tmp_path / "sandbox.sqlite3", FakeClock()
    with SandboxServer(TEST_CONFIG, path, clock) as server:
        api = Api(server, clock)
        created = api.new_cip()
        token = api.token()
        server.state.set_webhook_url("http://127.0.0.1:9/hook")
        api.close()
    started = time.monotonic()
    with SandboxServer(TEST_CONFIG, path, clock) as server:
        api = Api(server, clock)
        item = api.one(created["cip"])
        assert item["transactionCode"] == created["transactionCode"]
        # the signing key persisted: a token from the previous run is still good
        search = api.http.post(
            "/v1/cips/search", json={"data": []}, headers={"Authorization": f"Bearer {token}"}
        )
        assert search.status_code == 200
        assert api.new_cip()["cip"] == created["cip"] + 1
        assert server.state.webhook_url == "http://127.0.0.1:9/hook"
        assert api.http.get(created["cipUrl"].rsplit("/", 1)[1]).status_code == 200
        api.close()
    assert time.monotonic() - started < 2.0
    assert not server.running


def test_stop_is_quick_even_with_a_request_in_flight() -> None:
    server = SandboxServer(TEST_CONFIG).start()
    latency = server.faults.add("latency", ms=3000)

    outcome: list[object] = []

    def slow() -> None:
        try:
            outcome.append(httpx.get(server.base_url + "/nothing.html", timeout=5).status_code)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=slow)
    thread.start()
    assert server.faults.wait_used(latency)  # the request is inside the server, held
    started = time.monotonic()
    server.stop()
    thread.join()
    assert time.monotonic() - started < 2.5
    assert outcome and outcome[0] != 404  # cut off (500 or a transport error), not served
    with pytest.raises(RuntimeError):
        _ = server.base_url


def test_create_app_works_over_the_asgi_transport() -> None:
    async def scenario() -> None:
        app = create_app(DEMO_CONFIG, ":memory:")
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test") as client:
            response = await client.post("/v1/cips", json={})
            assert response.status_code == 401 and response.json()["code"] == "508"
            info = (await client.get("/_sandbox")).json()
            assert info["serviceId"] == 1234 and info["baseUrl"] == "http://sandbox.test"

    asyncio.run(scenario())


def _stored_state(tmp_path: Path, receiver: Receiver | None = None) -> tuple[Path, int]:
    path = tmp_path / "demo.sqlite3"
    config = TEST_CONFIG.with_changes(webhook_url=receiver.url if receiver else None)
    clock = FakeClock()
    with SandboxServer(config, path, clock) as server:
        api = Api(server, clock)
        cip = api.new_cip(
            transactionCode="ORD-CLI", amount="20.50", dateExpiry="2099-01-01T00:00:00-05:00"
        )["cip"]
        api.close()
    assert isinstance(cip, int)
    return path, cip


def test_cli_pay_sends_the_webhook_from_the_stored_state(
    tmp_path: Path, receiver: Receiver, capsys: pytest.CaptureFixture[str]
) -> None:
    path, cip = _stored_state(tmp_path, receiver)
    code, out, err = _run(
        capsys, "sandbox", "pay", str(cip), "--operation", "777", "--state", str(path)
    )
    assert code == 0, err
    assert f"CIP {cip} pagado: S/ 20.50, referencia ORD-CLI, operación 777" in out
    assert "Notificación: entregada" in out
    (request,) = receiver.requests
    assert b'"operationNumber":"777"' in request.body and b'"amount":20.50' in request.body
    import hashlib
    import hmac

    signature = hmac.new(TEST_CONFIG.secret_key.encode(), request.body, hashlib.sha256)
    assert request.headers["PE-Signature"] == signature.hexdigest()

    code, _, err = _run(capsys, "sandbox", "--state", str(path), "pay", str(cip))
    assert (
        code == 1 and err == f"pagodesk: no se puede pagar el CIP {cip}: su estado es 23 (pagado)\n"
    )
    code, out, _ = _run(capsys, "sandbox", "reverse", str(cip), "--state", str(path))
    assert code == 0 and "extornado (pendiente otra vez)" in out


def test_cli_expire_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, cip = _stored_state(tmp_path)
    code, out, _ = _run(capsys, "sandbox", "expire", str(cip), "--state", str(path))
    assert code == 0 and f"CIP {cip} expirado" in out
    code, _, err = _run(capsys, "sandbox", "expire", "999", "--state", str(path))
    assert code == 1 and err == "pagodesk: el CIP 999 no existe en el sandbox\n"
    code, _, err = _run(capsys, "sandbox", "pay", "1", "--state", str(tmp_path / "none.db"))
    assert code == 1 and err.startswith("pagodesk: no hay un estado del sandbox en ")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["pay", "abc"], "CIP no válido «abc»"),
        (["pay", "12", "--operation", "123456789012345"], "--operation"),
        (["--service-id", "5", "--port", "0"], "van juntos"),
        (["--service-id", "0", "--access-key", "A", "--secret-key", "S"], "--service-id"),
        (["--webhook-url", "ftp://x"], "--webhook-url"),
        (["--port", "70000"], "--port debe estar entre 0 y 65535"),
    ],
)
def test_cli_refuses_bad_input_in_one_line(
    argv: list[str], words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 2 and one line ``pagodesk: …`` naming what to fix, before anything is touched."""
    path, _ = _stored_state(tmp_path)
    code, out, err = _run(capsys, "sandbox", "--state", str(path), *argv)
    assert code == 2 and out == ""
    assert err.startswith("pagodesk: ") and words in err and err.count("\n") == 1


def test_cli_pay_without_webhook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, cip = _stored_state(tmp_path)
    code, out, _ = _run(capsys, "sandbox", "pay", str(cip), "--state", str(path))
    assert code == 0 and "Notificación: no hay ninguna URL de avisos configurada." in out


def test_foreground_server_prints_url_and_credentials(tmp_path: Path) -> None:
    out, stop = io.StringIO(), threading.Event()
    config = DEMO_CONFIG.with_changes(port=0)
    result: list[int] = []
    thread = threading.Thread(
        target=lambda: result.append(serve(config, tmp_path / "fg.sqlite3", out, stop))
    )
    thread.start()
    deadline = time.monotonic() + 5
    while "Ctrl+C" not in out.getvalue() and time.monotonic() < deadline:
        time.sleep(0.01)
    text = out.getvalue()
    url = text.split("atendiendo en ", 1)[1].split()[0]
    assert httpx.get(url + "/_sandbox").json()["accessKey"] == DEMO_CONFIG.access_key
    for expected in ("1234", DEMO_CONFIG.access_key, DEMO_CONFIG.secret_key, "fg.sqlite3"):
        assert expected in text
    stop.set()
    thread.join(5)
    assert result == [0] and "Simulador detenido." in out.getvalue()


def test_cli_refuses_a_file_that_is_not_a_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not sqlite" * 100)
    code, _, err = _run(capsys, "sandbox", "pay", "1", "--state", str(junk))
    assert code == 1 and "no es un archivo de estado del sandbox" in err
    code, _, err = _run(capsys, "sandbox", "--port", "0", "--state", str(junk))
    assert code == 1 and "no es un archivo de estado del sandbox" in err
    assert err.startswith("pagodesk: ") and err.count("\n") == 1


def test_port_in_use_is_a_clear_failure(capsys: pytest.CaptureFixture[str]) -> None:
    with SandboxServer(TEST_CONFIG) as running:
        port = running.base_url.rsplit(":", 1)[1]
        code, _, err = _run(capsys, "sandbox", "--port", port, "--state", ":memory:")
    assert code == 1 and err.startswith(f"pagodesk: no se puede escuchar en 127.0.0.1:{port}: ")
