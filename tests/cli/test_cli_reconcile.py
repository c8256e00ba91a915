"""``pagodesk sync | extend | annul | reconcile | audit verify`` against the demo sandbox."""

from __future__ import annotations

import json
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.config import demo_sandbox_path
from desktop.domain.display import lima_short
from desktop.domain.limatime import shifted_clock
from desktop.sandbox import DEMO_CONFIG, SandboxServer
from desktop.services import runtime
from tests.conftest import MemoryKeyring
from tests.staffing import person, signed_in

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    """The demo sandbox on a port of this test's own; every command joins it."""
    port = free_port()
    monkeypatch.setenv("PAGODESK_DEMO_PORT", str(port))
    with SandboxServer(replace(DEMO_CONFIG, port=port), demo_sandbox_path()) as server:
        yield server


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def issue(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, out, err = run(capsys, "issue", "--amount", "20", "--email", "a@b.pe", "--json")
    assert code == 0, err
    voucher: dict[str, object] = json.loads(out)["voucher"]
    return voucher


def show(capsys: pytest.CaptureFixture[str], cip: object) -> dict[str, object]:
    code, out, err = run(capsys, "show", str(cip), "--json")
    assert code == 0, err
    shown: dict[str, object] = json.loads(out)
    return shown


def test_sync_reports_changes_and_fails_when_pagoefectivo_is_down(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer
) -> None:
    paid, waiting = issue(capsys), issue(capsys)
    sandbox.pay(int(str(paid["cip"])))

    code, out, err = run(capsys, "sync")

    assert code == 0, err
    assert f"CIP {paid['cip']}: Pendiente de pago -> Pagado" in out
    assert "2 de 2 revisados, 1 cambio, 0 discrepancias" in out and "revisados 2/2" in err
    assert show(capsys, waiting["cip"])["last_checked_at"] is not None

    code, out, err = run(capsys, "show", str(paid["cip"]))
    assert code == 0, err
    timeline = [line.split()[2:] for line in out.split("Historial:\n")[1].splitlines()]
    me = "Demo"  # the demo acts as its administrator when no --user is given
    assert timeline == [
        ["Creado", "personal", me],
        ["Sin", "confirmar", "→", "Pendiente", "de", "pago", "PagoEfectivo", me],
        ["Pendiente", "de", "pago", "→", "Pagado", "consulta", "PagoDesk"],
    ]  # staff's words: no "created", "manual", "poll" or the sync round's code "sync"
    code, out, err = run(capsys, "list")
    assert code == 0 and out.splitlines()[-1] == "2 cobros", err
    code, out, err = run(capsys, "list", "--status", "paid")
    assert code == 0 and out.splitlines()[-1] == "1 cobro", err

    sandbox.faults.add("error", count=None, method="POST", path="/v1/cips/search")
    code, out, err = run(capsys, "sync", "--json")
    assert code == 1 and "no se pudo consultar a PagoEfectivo" in err
    assert json.loads(out)["errors"] and json.loads(out)["checked"] == 0


def test_extend_an_expired_voucher_then_annul_it(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer
) -> None:
    cip = issue(capsys)["cip"]
    sandbox.expire(int(str(cip)))
    assert run(capsys, "sync")[0] == 0 and show(capsys, cip)["status"] == "expired"

    code, _, err = run(capsys, "extend", str(cip), "--expires-in", "30min")
    assert code == 2 and "--expires-in" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "extend", str(cip), "--expires-in", "24h", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "pending"
    record = sandbox.state.get(int(str(cip)))
    assert record is not None and record.status_at(sandbox.state.now()) == 22

    code, _, err = run(capsys, "annul", str(cip))
    assert code == 2 and "--reason" in err
    code, out, err = run(capsys, "annul", str(cip), "--reason", "el cliente desistió")
    assert code == 0 and "Anulado" in out, err
    code, _, err = run(capsys, "annul", str(cip), "--reason", "otra vez")
    assert code == 1 and "Anulado" in err


def test_reconcile_paid_and_expired_by_hand(
    capsys: pytest.CaptureFixture[str],
    pagodesk_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = issue(capsys), issue(capsys)
    code, _, err = run(capsys, "reconcile", str(first["cip"]), "--paid", "--reason", "pagó")
    assert code == 2 and "--operation" in err
    code, _, err = run(capsys, "reconcile", str(first["cip"]), "--paid", "--operation", "9")
    assert code == 2 and "--reason" in err
    code, _, err = run(
        capsys, "reconcile", str(first["cip"]), "--paid", "--evidence", "no.png", "--reason", "x"
    )
    assert code == 2 and "--evidence" in err

    slip = tmp_path / "slip.png"
    slip.write_bytes(PNG)
    monkeypatch.setenv("PAGODESK_PIN", "2468")
    code, out, err = run(
        capsys,
        "--user",
        "Sofía",
        "reconcile",
        str(first["cip"]),
        "--paid",
        "--evidence",
        str(slip),
        "--reason",
        "foto de la constancia",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["status"] == "paid"
    assert not (pagodesk_home / "data" / "evidence").exists()  # kept in the database
    events = show(capsys, first["cip"])["events"]
    assert isinstance(events, list) and events[-1]["actor"] == "Sofía"
    assert events[-1]["source"] == "manual" and events[-1]["slip"]["name"] == "slip.png"

    code, _, err = run(capsys, "reconcile", str(first["cip"]), "--expired", "--reason", "x")
    assert code == 1 and "Pagado" in err
    code, _, err = run(capsys, "reconcile", str(second["cip"]), "--approve")
    assert code == 1 and "solicitud" in err


def test_reconcile_expired_only_once_the_deadline_passed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    voucher = issue(capsys)
    deadline = datetime.fromisoformat(str(voucher["expires_at"]))

    code, out, err = run(capsys, "reconcile", str(voucher["cip"]), "--expired", "--reason", "x")

    # One line: when it can be marked, and that annulling stops the payment now.
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err
    assert "todavía no se puede marcar expirado" in err and lima_short(deadline) in err
    assert f"pagodesk annul {voucher['cip']}" in err and "Traceback" not in err
    assert show(capsys, voucher["cip"])["status"] == "pending"

    # The same command once the deadline has passed (the runtime's clock, shifted).
    later = shifted_clock(deadline - datetime.now(UTC) + timedelta(minutes=1))
    opened = runtime.open_runtime
    monkeypatch.setattr(runtime, "open_runtime", partial(opened, clock=later))
    code, _, err = run(capsys, "reconcile", str(voucher["cip"]), "--expired", "--reason", "no vino")
    assert code == 0, err
    assert show(capsys, voucher["cip"])["status"] == "expired"


def test_audit_verify_is_ok_then_names_the_tampered_event(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path
) -> None:
    voucher = issue(capsys)
    issue(capsys)
    code, out, err = run(capsys, "audit", "verify")
    assert code == 0, err
    first, seal = out.strip().splitlines()
    assert first == "OK: 2 cobros y 4 eventos verificados; cadena sellada: 4 eslabones"
    anchor = seal.split(": ", 1)[1].split()[0]
    assert (
        seal.startswith("Sello actual: 4:")
        and run(capsys, "audit", "verify", "--anchor", anchor)[0] == 0
    )
    code, _, err = run(capsys, "audit", "verify", "--anchor", "cuatro")
    assert code == 2 and err.startswith("pagodesk: --anchor: sello no válido")

    database = pagodesk_home / "data" / "profiles" / "demo.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute(
            "UPDATE voucher_events SET reason = 'editado' WHERE voucher_id = ? AND sequence = 2",
            (voucher["id"],),
        )
    connection.close()

    code, out, _ = run(capsys, "audit", "verify")
    assert code == 1
    assert f"CIP {voucher['cip']} (#{voucher['id']}), evento 2: hash_mismatch" in out


def test_evidence_writes_the_slip_and_audit_names_an_altered_one(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path, tmp_path: Path
) -> None:
    voucher = issue(capsys)
    cip = str(voucher["cip"])
    code, _, err = run(capsys, "evidence", cip, "--out", str(tmp_path / "copia.png"))
    assert code == 1 and err.strip() == "pagodesk: este voucher no tiene constancia de pago"
    slip = tmp_path / "boleta BCP.png"
    slip.write_bytes(PNG)
    code, _, err = run(
        capsys, "reconcile", cip, "--paid", "--evidence", str(slip), "--reason", "boleta"
    )
    assert code == 0, err
    slip.unlink()

    code, out, _ = run(capsys, "show", cip)
    assert code == 0 and "constancia: boleta BCP.png (sha256 " in out
    code, _, err = run(capsys, "evidence", cip, "--out", str(tmp_path / "no" / "copia.png"))
    assert code == 2 and "no existe" in err
    code, out, err = run(capsys, "evidence", cip, "--out", str(tmp_path / "copia.png"))
    assert code == 0, err
    assert (tmp_path / "copia.png").read_bytes() == PNG
    assert out.startswith("constancia «boleta BCP.png» guardada en ")

    database = pagodesk_home / "data" / "profiles" / "demo.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE evidence_slips SET content = ?", (PNG + b"otra",))
    connection.close()
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 1
    assert f"CIP {cip} (#{voucher['id']}), evento 3: slip_altered (la constancia" in out
    code, _, err = run(capsys, "evidence", cip, "--out", str(tmp_path / "otra.png"))
    assert code == 1 and "fue alterada" in err and not (tmp_path / "otra.png").exists()


def test_a_second_station_needs_the_key_and_gets_it_as_a_code(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path, memory_keyring: MemoryKeyring
) -> None:
    """A real profile's chain key lives in the keyring; another PC imports it by code, and a
    wrong code is refused before anything is stored."""
    from desktop.services.profiles import Environment, Profile, ProfileRegistry

    ProfileRegistry().add(Profile("tienda", Environment.SANDBOX, service_id=1))
    assert run(capsys, "--profile", "tienda", "audit", "key", "show")[0] == 1  # none yet
    assert run(capsys, "--profile", "tienda", "audit", "verify")[0] == 0  # makes the key
    code, out, _ = run(capsys, "--profile", "tienda", "audit", "key", "show")
    key = out.splitlines()[0]
    assert code == 0 and key.startswith("PDK1-")
    code, _, err = run(capsys, "--profile", "tienda", "audit", "key", "import", key[:-3] + "AAA")
    assert code == 2 and "código no válido" in err
    code, _, err = run(capsys, "--profile", "tienda", "audit", "key", "import", key)
    assert code == 0, err


def test_sync_counts_the_discrepancies_to_review_as_the_app_tab_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.services.queues import ReconciliationQueues
    from desktop.services.runtime import open_runtime

    cip = str(issue(capsys)["cip"])
    code, _out, err = run(
        capsys, "reconcile", cip, "--paid", "--reason", "pagó en bodega", "--operation", "77"
    )
    assert code == 0, err
    code, out, _err = run(capsys, "sync")
    assert code == 0 and out.rstrip().endswith("1 discrepancia por revisar")
    runtime = signed_in(open_runtime(None), person("Ana"))
    try:
        queues = ReconciliationQueues(runtime.engine, "demo", runtime.reconciliation)
        queues.mark_reviewed(runtime.lookup.find(cip).id, person("Ana"), "visto")
    finally:
        runtime.close()

    code, out, _err = run(capsys, "sync", "--json")
    report = json.loads(out)
    assert len(report["discrepancies"]) == 1  # the round finds it again, already reviewed
    assert report["discrepancies_to_review"] == 0
    code, out, _err = run(capsys, "sync")
    assert out.rstrip().endswith("0 discrepancias por revisar")
