"""``pagodesk golive`` end to end on the demo profile: it passes and writes its signed report;
it fails with one clear line when the sandbox drops notifications; ``--verify`` checks."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import httpx
import pytest

from desktop.sandbox import SandboxServer
from tests.cli.test_cli_reconcile import run, sandbox  # noqa: F401  (sandbox: autouse)
from tests.conftest import MemoryKeyring
from tests.receipts.helpers import page_text


def test_golive_passes_on_the_demo_profile_and_keeps_its_report(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    target = tmp_path / "INFORME.pdf"
    code, out, err = run(capsys, "golive", "--out", str(target))

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Prueba de salida a producción — perfil «demo»"
    assert lines[1].startswith("  ✓ La URL de notificaciones responde desde PagoEfectivo (")
    assert sum(line.startswith("  ✓ ") for line in lines) == 11
    assert "APROBADA: 11 de 11 flujos superados." in lines
    assert lines[-1] == f"Informe firmado: {target} (y INFORME.json)"
    for path in (target, target.with_suffix(".json")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "APROBADA: 11 de 11 flujos superados." in page_text(target.read_bytes())

    code, out, err = run(capsys, "golive", "--verify", str(target.with_suffix(".json")))
    assert code == 0, err
    assert out.startswith("Firma válida: el informe y su PDF coinciden.\nPerfil «demo», ")

    report = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    report["informe"]["id_servicio"] = 9999
    target.with_suffix(".json").write_text(json.dumps(report), encoding="utf-8")
    code, _, err = run(capsys, "golive", "--verify", str(target.with_suffix(".json")))
    assert code == 1 and err.strip().endswith(
        "la firma no coincide: el informe se cambió o se firmó en otra instalación"
    )


def test_golive_fails_clearly_when_notifications_are_dropped(
    capsys: pytest.CaptureFixture[str],
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    httpx.post(f"{sandbox.base_url}/_sandbox/webhook/drop").raise_for_status()
    code, out, err = run(capsys, "golive", "--json")

    assert code == 1
    (line,) = err.splitlines()
    assert line.startswith(
        "pagodesk: prueba de salida a producción NO aprobada: «Emitir, pagar y recibir la "
        "notificación» (y 1 más): Pagado en PagoEfectivo, pero el simulador está descartando "
        "las notificaciones a propósito"
    )
    report = json.loads(out)
    assert report["passed"] is False and report["aprobada"] is False
    failed = [f for f in report["flujos"] if f["estado"] == "failed"]
    assert [f["codigo"] for f in failed] == ["paid_notified", "duplicate"]
    assert "DELETE /_sandbox/webhook/drop" in failed[0]["que_corregir"]
    assert Path(report["pdf"]).is_file() and Path(report["json"]).is_file()  # kept as evidence


def test_golive_refuses_production_and_bad_flags(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setenv("PAGODESK_ACCESS_KEY", "PRODACCESSKEY0000001")
    monkeypatch.setenv("PAGODESK_SECRET_KEY", "ProdSecretKey/0123456789")
    code, _, err = run(
        capsys, "profile", "add", "tienda", "--environment", "production", "--service-id", "5"
    )
    assert code == 0, err
    code, _, err = run(capsys, "--profile", "tienda", "golive")
    assert code == 1 and err.strip() == (
        "pagodesk: «tienda» es un perfil de producción: la prueba corre en un perfil de "
        "pruebas (demo o sandbox); elíjalo con --profile"
    )
    code, _, err = run(capsys, "golive", "--out", str(tmp_path / "informe.txt"))
    assert code == 2 and err.strip().endswith("debe terminar en .pdf")
    code, _, err = run(capsys, "golive", "--verify", str(tmp_path / "nada.json"))
    assert code == 1 and err.strip().endswith("no es un informe legible")


def test_a_production_profile_goes_active_only_after_a_check_or_an_admins_word(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    from desktop.services.profiles import ProfileRegistry

    monkeypatch.setenv("PAGODESK_ACCESS_KEY", "PRODACCESSKEY0000001")
    monkeypatch.setenv("PAGODESK_SECRET_KEY", "ProdSecretKey/0123456789")
    argv = ("profile", "add", "tienda", "--environment", "production", "--service-id", "5")
    code, _, err = run(capsys, *argv, "--use")
    assert code == 1 and err.startswith("pagodesk: «tienda» quedó agregado pero no activo;")
    assert "pagodesk golive" in err and ProfileRegistry().active().name == "demo"
    code, _, err = run(capsys, "profile", "use", "tienda")
    assert code == 1 and "no hay una prueba de salida a producción aprobada" in err

    monkeypatch.setenv("PAGODESK_USER", "Sofía")  # a supervisor: not enough
    monkeypatch.setenv("PAGODESK_PIN", "2468")
    code, _, err = run(capsys, "profile", "use", "tienda", "--sin-prueba")
    assert code == 2 and "administrar perfiles y claves" in err
    monkeypatch.delenv("PAGODESK_USER")  # the demo's «Demo» (administrador)
    code, out, err = run(capsys, "profile", "use", "tienda", "--sin-prueba")
    assert code == 0 and out == "perfil activo: tienda\n", err
    assert "bajo la responsabilidad de Demo" in err
    override = ProfileRegistry().get("tienda").golive_override
    assert override is not None and override.by == "Demo"

    assert run(capsys, "profile", "use", "demo")[0] == 0
    assert run(capsys, "golive")[0] == 0  # a passing check: production needs no word now
    code, out, err = run(capsys, "profile", "use", "tienda")
    assert code == 0 and err == "", err
