"""The command line as a new user meets it: fresh PAGODESK_HOME, nothing configured."""

from __future__ import annotations

import json
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.config import demo_sandbox_path
from desktop.sandbox import DEMO_CONFIG, SandboxServer
from desktop.services.runtime import demo_credentials
from tests.integration.conftest import TEST_CREDENTIALS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def own_demo_port(monkeypatch: pytest.MonkeyPatch) -> int:
    """Never join a sandbox a developer may have running on the real demo port."""
    port = free_port()
    monkeypatch.setenv("PAGODESK_DEMO_PORT", str(port))
    return port


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def voucher_count(home: Path) -> int:
    database = home / "data" / "profiles" / "demo.sqlite3"
    if not database.exists():
        return 0
    with sqlite3.connect(database) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM vouchers").fetchone()[0])


def test_first_run_issue_list_show_then_pay_at_the_sandbox(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        capsys, "issue", "--amount", "25.50", "--email", "cliente@example.pe", "--json"
    )
    assert code == 0, err
    issued = json.loads(out)
    assert issued["outcome"] == "pending"
    cip = str(issued["voucher"]["cip"])
    assert issued["voucher"]["amount"] == "25.50" and issued["voucher"]["cip_url"]

    code, out, _ = run(capsys, "list")
    assert code == 0 and cip in out and "Pendiente de pago" in out and "S/ 25.50" in out

    code, out, _ = run(capsys, "show", cip, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["status"] == "pending" and shown["cip"] == int(cip)
    assert [e["to"] for e in shown["events"]] == ["issuing", "pending"]

    code, out, _ = run(capsys, "sandbox", "pay", cip)
    assert code == 0 and "pagado" in out and "PagoDesk no está abierto en el perfil demo" in out
    with SandboxServer(DEMO_CONFIG, demo_sandbox_path()) as sandbox:
        record = sandbox.state.get(int(cip))
        assert record is not None and record.status_at(sandbox.state.now()) == 23


def test_search_filters_and_json_list(capsys: pytest.CaptureFixture[str]) -> None:
    for email, last in (("jose@example.pe", "Núñez"), ("ana@example.pe", "Pérez")):
        code, _, err = run(capsys, "issue", "--amount", "10", "--email", email, "--last-name", last)
        assert code == 0, err
    code, out, _ = run(capsys, "list", "--search", "NUNEZ", "--status", "pendiente", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["total"] == 1
    assert listed["vouchers"][0]["customer"]["last_name"] == "Núñez"
    assert listed["totals"]["PEN"] == {"count": 1, "amount_cents": 1000}
    assert listed["pending"]["PEN"] == {"count": 1, "amount_cents": 1000}
    assert listed["collected"] == {}


@pytest.mark.parametrize(
    "argv, flag",
    [
        (["--amount", "0", "--email", "a@b.pe"], "--amount"),
        (["--amount", "1.234", "--email", "a@b.pe"], "--amount"),
        (["--amount", "99999", "--email", "a@b.pe"], "--amount"),
        (["--amount", "10", "--email", "no-at"], "--email"),
        (["--amount", "10", "--email", "a@b.pe", "--currency", "EUR"], "--currency"),
        (["--amount", "10", "--email", "a@b.pe", "--first-name", "x" * 31], "--first-name"),
        (["--amount", "10", "--email", "a@b.pe", "--concept", "c" * 51], "--concept"),
        (
            ["--amount", "10", "--email", "a@b.pe", "--doc-type", "DNI", "--doc-number", "12"],
            "--doc-number",
        ),
        (["--amount", "10", "--email", "a@b.pe", "--phone", "98x"], "--phone"),
        (["--amount", "10", "--email", "a@b.pe", "--expires-in", "30min"], "--expires-in"),
        (["--amount", "10", "--email", "a@b.pe", "--expires-in", "31d"], "--expires-in"),
        (["--amount", "10", "--email", "a@b.pe", "--expires-at", "mañana"], "--expires-at"),
        (
            ["--amount", "10", "--email", "a@b.pe", "--expires-at", "2001-02-03T10:00:00"],
            "esa fecha y hora ya pasaron",
        ),
    ],
)
def test_invalid_input_exits_2_names_the_field_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path, argv: list[str], flag: str
) -> None:
    code, out, err = run(capsys, "issue", *argv)
    assert code == 2 and flag in err and out == ""
    assert len(err.strip().splitlines()) == 1
    assert voucher_count(pagodesk_home) == 0
    assert not (pagodesk_home / "data" / "profiles").exists()


def test_lost_answer_leaves_an_unconfirmed_voucher_and_retry_gets_a_fresh_cip(
    capsys: pytest.CaptureFixture[str], own_demo_port: int, pagodesk_home: Path
) -> None:
    config = replace(DEMO_CONFIG, port=own_demo_port)
    with SandboxServer(config, demo_sandbox_path()) as sandbox:  # the CLI joins this one
        sandbox.faults.add("drop", count=1, method="POST", path="/v1/cips")
        code, out, err = run(capsys, "issue", "--amount", "12", "--email", "a@b.pe", "--json")
        assert code == 1 and "sin confirmar" in err
        lost = json.loads(out)["voucher"]
        assert lost["status"] == "issuing" and lost["cip"] is None and lost["cip_url"] is None
        assert len(sandbox.state.find_by_transaction_code(lost["transaction_code"])) == 1

        code, out, _ = run(capsys, "list", "--status", "sin-confirmar")
        assert code == 0 and "Sin confirmar" in out and "—" in out

        code, out, err = run(capsys, "retry", f"#{lost['id']}", "--json")
        assert code == 0, err
        fresh = json.loads(out)["voucher"]
        assert fresh["status"] == "pending" and fresh["retry_of"] == lost["id"]
        assert voucher_count(pagodesk_home) == 2
        code, out, _ = run(capsys, "show", f"#{lost['id']}", "--json")
        assert json.loads(out)["status"] == "failed"


def remote_sandbox(tmp_path: Path) -> SandboxServer:
    """A local simulator that knows the test keys (not the demo's), for a 'sandbox' profile."""
    config = replace(
        DEMO_CONFIG,
        service_id=TEST_CREDENTIALS.service_id,
        access_key=TEST_CREDENTIALS.access_key,
        secret_key=TEST_CREDENTIALS.secret_key,
    )
    return SandboxServer(config, tmp_path / "remote.sqlite3")


ADMIN_PIN = "Jefa*Caja#2026"  # a password: no digit run that a file could hold by chance


@pytest.fixture
def real_profile(
    capsys: pytest.CaptureFixture[str],
    memory_keyring: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[SandboxServer]:
    """A 'sandbox' profile with its own keys, pointing at a local simulator, and its
    administrator «Jefa» acting (PAGODESK_USER / PAGODESK_PIN)."""
    with remote_sandbox(tmp_path) as sandbox:
        code, _, err = run(
            capsys,
            "profile",
            "add",
            "pruebas",
            "--environment",
            "sandbox",
            "--service-id",
            str(TEST_CREDENTIALS.service_id),
            "--base-url",
            sandbox.base_url,
            "--access-key",
            TEST_CREDENTIALS.access_key,
            "--secret-key",
            TEST_CREDENTIALS.secret_key,
            "--use",
        )
        assert code == 0, err
        monkeypatch.setenv("PAGODESK_NEW_PIN", ADMIN_PIN)
        code, _, err = run(capsys, "user", "add", "Jefa", "--role", "administrador")
        assert code == 0, err
        monkeypatch.setenv("PAGODESK_USER", "Jefa")
        monkeypatch.setenv("PAGODESK_PIN", ADMIN_PIN)
        yield sandbox


def test_secrets_never_reach_the_data_folder(
    capsys: pytest.CaptureFixture[str], real_profile: SandboxServer, pagodesk_home: Path
) -> None:
    code, out, err = run(capsys, "issue", "--amount", "30", "--email", "a@b.pe", "--json")
    assert code == 0, err
    code, out, _ = run(capsys, "profile", "test", "--json")
    assert code == 0 and json.loads(out)["clock_ok"] is True
    run(capsys, "list")
    files = [p for p in pagodesk_home.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"settings.json", "pagodesk.log", "pruebas.sqlite3"} <= names
    assert "POST /v1/cips" in (pagodesk_home / "logs" / "pagodesk.log").read_text()
    secrets = [TEST_CREDENTIALS.access_key, TEST_CREDENTIALS.secret_key, ADMIN_PIN]
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, f"{secret[:4]}... found in {path}"


def test_profile_list_use_and_a_refused_key(
    capsys: pytest.CaptureFixture[str], real_profile: SandboxServer, memory_keyring: object
) -> None:
    code, out, _ = run(capsys, "profile", "list", "--json")
    profiles = {p["name"]: p for p in json.loads(out)}
    assert code == 0 and profiles["pruebas"]["active"] and not profiles["demo"]["active"]
    from desktop.services import secrets

    secrets.store_credentials("pruebas", TEST_CREDENTIALS.access_key, "wrong-secret")
    code, _, err = run(capsys, "profile", "test")
    assert code == 1 and "credenciales" in err and "wrong-secret" not in err
    code, _, _ = run(capsys, "profile", "use", "demo")
    assert code == 0 and main(["profile", "use", "nadie"]) == 2
    assert demo_credentials().service_id == DEMO_CONFIG.service_id


def test_show_unknown_voucher_fails_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "12345")
    assert code == 1 and out == "" and "12345" in err


def test_keys_can_come_from_the_environment_instead_of_the_command_line(
    capsys: pytest.CaptureFixture[str], memory_keyring: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import secrets

    monkeypatch.setenv("PAGODESK_ACCESS_KEY", "ENVACCESSKEY00000001")
    monkeypatch.setenv("PAGODESK_SECRET_KEY", "env-secret")
    code, _, err = run(
        capsys, "profile", "add", "tienda", "--environment", "production", "--service-id", "19844"
    )
    assert code == 0, err
    assert secrets.load_credentials("tienda") == ("ENVACCESSKEY00000001", "env-secret")


def test_output_cut_short_by_a_pager_ends_quietly(tmp_path: Path) -> None:
    """`pagodesk list | head`: the reader leaves early; no traceback, exit 141 like a shell."""
    import subprocess
    import sys

    script = (
        "import argparse, sys\n"
        "from desktop.cli.main import _dispatch\n"
        "def lines(args):\n"
        "    for n in range(200_000):\n"
        "        print(f'CIP {n:07d}  S/ 25.50  Pendiente de pago')\n"
        "    return 0\n"
        "sys.exit(_dispatch(argparse.Namespace(command='list', func=lines)))\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.readline().startswith(b"CIP 0000000")
        child.stdout.close()  # what head does after its lines
        errors = child.stderr.read().decode()
        code = child.wait(timeout=30)
    assert "Traceback" not in errors and "BrokenPipe" not in errors
    assert code == 141
