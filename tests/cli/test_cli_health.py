"""``pagodesk health`` and ``pagodesk exchanges CIP`` against the demo sandbox."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.sandbox import SandboxServer
from tests.cli.test_cli_reconcile import issue, run, sandbox  # noqa: F401  (sandbox: autouse)


def test_health_says_what_it_saw_and_exits_1_only_when_bad(
    capsys: pytest.CaptureFixture[str],
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    voucher = issue(capsys)
    sandbox.pay(int(str(voucher["cip"])))
    assert run(capsys, "sync")[0] == 0

    code, out, err = run(capsys, "health")
    assert code == 0, err
    assert out.startswith("Estado: atención\n  - no llegan notificaciones de pago")
    assert "Últimas 24h: 4 pedidos, 100.0 % de éxito (0 fallas, 0 rechazados)" in out
    assert "Notificaciones (24 h): 0 recibidas" in out and "la última: nunca" in out

    sandbox.faults.add("error", status=503, count=None, method="POST", path="/v1/cips/search")
    for _ in range(2):
        assert run(capsys, "sync")[0] == 1  # three tries each: six 503s
    code, out, _ = run(capsys, "health", "--since", "1h", "--json")
    report = json.loads(out)
    assert code == 1 and report["level"] == "bad" and "success_low" in report["reasons"]
    (hour,) = report["windows"]
    assert hour["failed"] == 6 and hour["problems"] == {"HTTP 503": 6}
    assert report["last_problems"][0]["code"] == "HTTP 503"

    code, _, err = run(capsys, "health", "--since", "2 semanas")
    assert code == 2 and err.strip() == (
        "pagodesk: --since: ventana no válida «2 semanas»: use 1h, 24h o 7d"
    )


def test_exchanges_of_a_voucher_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    voucher = issue(capsys)
    code, out, err = run(capsys, "exchanges", str(voucher["cip"]))
    assert code == 0, err
    lines = [line for line in out.splitlines() if not line.startswith(" ")]
    assert "evento: Creado (personal, " in lines[0]
    assert "pedido POST /v1/cips -> HTTP 201" in lines[1]
    assert '        "amount": 20.00,' in out  # as sent
    code, out, _ = run(capsys, "exchanges", str(voucher["cip"]), "--json")
    items = json.loads(out)["items"]
    assert [i["kind"] for i in items] == ["event", "exchange", "event"]
    code, _, err = run(capsys, "exchanges", "9999999")
    assert code != 0 and err.startswith("pagodesk: ") and "\n" not in err.strip()


def test_dispute_writes_the_package_or_says_what_to_fix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    voucher = issue(capsys)
    target = tmp_path / "reclamo.zip"
    code, out, err = run(capsys, "dispute", str(voucher["cip"]), "--out", str(target))
    assert code == 0, err
    assert out.strip() == f"Paquete para reclamo guardado en {target} (4 archivos y su manifiesto)"
    with zipfile.ZipFile(target) as zf:
        assert "manifiesto.json" in zf.namelist() and "voucher.pdf" in zf.namelist()
    code, _, err = run(capsys, "dispute", str(voucher["cip"]), "--out", str(tmp_path / "a.txt"))
    assert code == 2 and err.strip().endswith("debe terminar en .zip")
    missing = tmp_path / "no" / "r.zip"
    code, _, err = run(capsys, "dispute", str(voucher["cip"]), "--out", str(missing))
    assert code == 2 and err.strip() == f"pagodesk: --out: la carpeta «{missing.parent}» no existe"
