"""``pagodesk webhook``: starts, prints the URL to register, serves the profile, stops cleanly."""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from desktop.cli import main
from desktop.cli.webhook import register, run_webhook
from desktop.config import demo_sandbox_path
from desktop.sandbox import DEMO_CONFIG, SandboxServer
from desktop.sandbox.state import SandboxState
from desktop.services.logs import close_logging, setup_logging
from desktop.services.receiver.app import NOTIFICATION_PATH
from tests.cli.test_cli import free_port, own_demo_port  # noqa: F401  (fixture reused)
from tests.integration.conftest import TEST_CREDENTIALS
from tests.webhook.helpers import paid_body, sign


def parse(*argv: str) -> argparse.Namespace:
    """The global options of ``pagodesk`` plus this command, as desktop/cli/main.py builds them."""
    parser = argparse.ArgumentParser(prog="pagodesk")
    parser.add_argument("--profile")
    parser.add_argument("--user")
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(list(argv))


@dataclass
class Running:
    out: io.StringIO
    url: str


@contextmanager
def running(*argv: str) -> Iterator[Running]:
    """Run the command in a thread until the block ends; it must then exit 0."""
    args = parse(*argv)
    out, stop, codes = io.StringIO(), threading.Event(), []
    thread = threading.Thread(target=lambda: codes.append(run_webhook(args, out, stop)))
    thread.start()
    deadline = time.monotonic() + 15
    while "Ctrl+C" not in out.getvalue():
        assert thread.is_alive() and time.monotonic() < deadline, out.getvalue()
        time.sleep(0.01)
    line = next(x for x in out.getvalue().splitlines() if "URL para registrar" in x)
    try:
        yield Running(out, line.split(": ", 1)[1].strip())
    finally:
        stop.set()
        thread.join(15)
    assert codes == [0] and out.getvalue().rstrip().endswith("Receptor detenido.")


def test_the_demo_receiver_prints_its_url_and_the_demo_sandbox_pays_through_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with running("webhook", "--port", "0") as receiver:
        assert receiver.url.startswith("http://127.0.0.1:") and receiver.url.endswith(
            NOTIFICATION_PATH
        )
        assert "perfil «demo»" in receiver.out.getvalue()
        assert "El sandbox de demostración" in receiver.out.getvalue()
        health_url = receiver.url.replace(NOTIFICATION_PATH, "/health")
        health = httpx.get(health_url)
        assert health.json() == {
            "service": "pagodesk-receiver",
            "profile": "demo",
            "status": "ok",
            "database": "ok",
            "last_notification": None,
        }

        assert main(["issue", "--amount", "25.50", "--email", "c@example.pe", "--json"]) == 0
        cip = str(json.loads(capsys.readouterr().out)["voucher"]["cip"])
        assert main(["sandbox", "pay", cip, "--operation", "778899"]) == 0
        assert "HTTP 200" in capsys.readouterr().out
        assert main(["show", cip, "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        assert shown["status"] == "paid" and shown["events"][-1]["to"] == "paid"
        assert "applied" in receiver.out.getvalue()  # one line per notification
        last = httpx.get(health_url).json()["last_notification"]
        assert last is not None and datetime.fromisoformat(last).tzinfo is not None
    state = SandboxState(demo_sandbox_path())
    try:
        assert state.webhook_url is None  # put back as it was
    finally:
        state.close()


def test_a_real_profile_verifies_with_its_own_secret_from_the_keyring(
    capsys: pytest.CaptureFixture[str],
    memory_keyring: object,
    tmp_path: Path,
    pagodesk_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = DEMO_CONFIG.with_changes(
        service_id=TEST_CREDENTIALS.service_id,
        access_key=TEST_CREDENTIALS.access_key,
        secret_key=TEST_CREDENTIALS.secret_key,
    )
    with SandboxServer(config, tmp_path / "remote.sqlite3") as sandbox:
        argv = ["profile", "add", "pruebas", "--environment", "sandbox"]
        argv += ["--service-id", str(TEST_CREDENTIALS.service_id), "--base-url", sandbox.base_url]
        argv += ["--access-key", TEST_CREDENTIALS.access_key]
        argv += ["--secret-key", TEST_CREDENTIALS.secret_key]
        assert main(argv) == 0
        monkeypatch.setenv("PAGODESK_NEW_PIN", "Jefa*Caja#2026")
        assert main(["--profile", "pruebas", "user", "add", "Jefa", "--role", "administrador"]) == 0
        monkeypatch.setenv("PAGODESK_USER", "Jefa")
        monkeypatch.setenv("PAGODESK_PIN", "Jefa*Caja#2026")
        capsys.readouterr()
        with running("--profile", "pruebas", "webhook", "--port", "0") as receiver:
            assert "perfil «pruebas»" in receiver.out.getvalue()
            assert "sandbox de demostración" not in receiver.out.getvalue()
            sandbox.state.set_webhook_url(receiver.url)
            main(["--profile", "pruebas", "issue", "--amount", "40", "--email", "a@b.pe", "--json"])
            cip = json.loads(capsys.readouterr().out)["voucher"]["cip"]
            setup_logging()
            try:
                delivery = sandbox.pay(cip, "5150").delivery
                demo_signed = paid_body(cip=cip)
                refused = httpx.post(
                    receiver.url,
                    content=demo_signed,
                    headers={"PE-Signature": sign(demo_signed, DEMO_CONFIG.secret_key)},
                )
            finally:
                close_logging()
        assert delivery is not None and delivery.status == 200
        assert refused.status_code == 401
    assert main(["--profile", "pruebas", "show", str(cip), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "paid"
    log = (pagodesk_home / "logs" / "pagodesk.log").read_text()
    assert "applied" in log and "bad_signature" in log
    for path in (p for p in pagodesk_home.rglob("*") if p.is_file()):
        assert TEST_CREDENTIALS.secret_key.encode() not in path.read_bytes(), path


def test_a_taken_port_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        args = parse("webhook", "--port", str(taken.getsockname()[1]))
        assert args.func(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("pagodesk: no se puede escuchar en 127.0.0.1:") and err.count("\n") == 1


def test_a_bad_port_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("webhook", "--port", "70000")
    assert args.func(args) == 2 and "--port" in capsys.readouterr().err


def test_a_profile_without_keys_says_so(
    capsys: pytest.CaptureFixture[str], memory_keyring: object
) -> None:
    from desktop.services import secrets

    argv = ["profile", "add", "tienda", "--environment", "sandbox", "--service-id", "19844"]
    argv += ["--access-key", "TIENDAACCESSKEY00001", "--secret-key", "tienda-secret"]
    assert main(argv) == 0, capsys.readouterr().err
    secrets.delete_credentials("tienda")
    capsys.readouterr()
    args = parse("--profile", "tienda", "webhook", "--port", "0")
    assert args.func(args) == 1 and "credenciales" in capsys.readouterr().err


_LAUNCHER = """
import argparse, sys
from desktop.cli.webhook import register
parser = argparse.ArgumentParser(prog="pagodesk")
parser.add_argument("--profile")
parser.add_argument("--user")
register(parser.add_subparsers(dest="command"))
args = parser.parse_args(sys.argv[1:])
sys.exit(args.func(args))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="signals to a child are POSIX")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_or_a_service_stop_ends_the_foreground_receiver(number: signal.Signals) -> None:
    child = subprocess.Popen(
        [sys.executable, "-u", "-c", _LAUNCHER, "webhook", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PAGODESK_DEMO_PORT": "0"},  # never a developer's demo sandbox
    )
    try:
        assert child.stdout is not None
        banner = [child.stdout.readline() for _ in range(3)]
        url = banner[1].split(": ", 1)[1].strip()
        assert httpx.get(url.replace(NOTIFICATION_PATH, "/health")).status_code == 200
        child.send_signal(number)
        rest, _ = child.communicate(timeout=15)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0 and rest.rstrip().endswith("Receptor detenido.")


def test_as_a_service_it_takes_its_settings_from_the_environment_and_logs_json_lines() -> None:
    env = {
        **os.environ,
        "PAGODESK_DEMO_PORT": "0",
        "PAGODESK_WEBHOOK_PORT": "0",
        "PAGODESK_LOG_JSON": "1",
        "PAGODESK_PROFILE": "demo",
    }
    child = subprocess.Popen(
        [sys.executable, "-u", "-c", _LAUNCHER, "webhook"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        started = json.loads(child.stdout.readline())
        assert started["level"] == "INFO" and started["message"].startswith("listening on ")
        url = started["message"].rsplit("URL to register: ", 1)[1]
        assert httpx.get(url.replace(NOTIFICATION_PATH, "/health")).status_code == 200
        answer = httpx.post(url, content=paid_body(), headers={"PE-Signature": "0" * 64})
        assert answer.status_code == 401
        refused = json.loads(child.stdout.readline())
        assert refused["logger"] == "desktop.services.webhook_intake"
        assert "bad_signature" in refused["message"] or "firma" in refused["message"]
        child.send_signal(signal.SIGTERM)
        rest, _ = child.communicate(timeout=15)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0
    assert all(json.loads(line)["time"] for line in rest.splitlines() if line.strip())
