"""``pagodesk import-settlement`` end to end: vouchers issued at the demo sandbox, a file."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.domain.limatime import LIMA, lima_now
from desktop.sandbox import SandboxServer
from tests.cli import test_cli_reconcile
from tests.cli.test_cli_reconcile import run, show

sandbox = test_cli_reconcile.sandbox  # autouse: the demo sandbox on a port of the test's own


def issue(capsys: pytest.CaptureFixture[str], amount: str = "20") -> int:
    code, out, err = run(capsys, "issue", "--amount", amount, "--email", "a@b.pe", "--json")
    assert code == 0, err
    return int(json.loads(out)["voucher"]["cip"])


def write_csv(folder: Path, lines: list[str], name: str = "liquidacion.csv") -> str:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return str(path)


def test_a_settlement_file_with_every_kind_of_mismatch(
    capsys: pytest.CaptureFixture[str], sandbox: SandboxServer, tmp_path: Path
) -> None:
    pending, paid, expired, annulled, other, waiting = (issue(capsys) for _ in range(6))
    sandbox.pay(paid, "OPB")
    sandbox.expire(expired)
    assert run(capsys, "sync")[0] == 0
    assert run(capsys, "annul", str(annulled), "--reason", "el cliente desistió")[0] == 0
    now = f"{lima_now():%d/%m/%Y %H:%M:%S}"
    # PagoEfectivo ended ``expired`` just now (its deadline moved to then): a payment dated
    # after it is a late one (within the file's few minutes of clock margin).
    later = f"{lima_now() + timedelta(minutes=2):%d/%m/%Y %H:%M:%S}"
    path = write_csv(
        tmp_path,
        [
            "Liquidación PagoEfectivo",
            "CIP;Monto;Moneda;Fecha de pago;Nro. operación",
            f"{pending};20.00;PEN;{now};OPA",
            f"{paid};20.00;PEN;{now};OPB",
            f"{expired};S/ 20.00;;{later};OPC",
            f"{annulled};20.00;PEN;{now};OPD",
            f"{other};25.00;PEN;{now};OPE",
            f"9999999;20.00;PEN;{now};OPF",
            "abc;20.00;PEN;;",
            f"{pending};20.00;PEN;;",
        ],
    )

    code, out, err = run(capsys, "import-settlement", path)

    assert code == 0, err
    for label, count in (
        ("Coinciden (se marcan pagados):", "2 (1 fuera de plazo)"),
        ("Monto o moneda distintos:", "1"),
        ("CIP desconocidos:", "1"),
        ("Ya pagados:", "1"),
        ("No admiten pago:", "1"),
        ("Líneas no válidas:", "2"),
    ):
        assert f"{label}" in out and f" {count}" in out.split(label)[1].splitlines()[0]
    assert f"línea 7     CIP {other}" in out and "archivo S/ 25.00, voucher S/ 20.00" in out
    assert "el voucher está «Anulado»: no admite un pago" in out
    assert "CIP no válido «abc»" in out and "CIP repetido: ya figura en la línea 3" in out
    assert f"Cobros abiertos que no figuran en el archivo (1):\n  CIP {waiting}" in out
    assert "no se cambió nada" in out and show(capsys, pending)["status"] == "pending"

    code, out, err = run(capsys, "import-settlement", path, "--apply")

    assert code == 0, err
    assert "Aplicado: 2 cobros pagados (1 fuera de plazo), 2 discrepancias registradas" in out
    shown = show(capsys, pending)
    assert (shown["status"], shown["operation_number"]) == ("paid", "OPA")
    assert (
        shown["paid_at"]
        == datetime.strptime(now, "%d/%m/%Y %H:%M:%S").replace(tzinfo=LIMA).isoformat()
    )
    assert show(capsys, expired)["status"] == "paid"
    events = show(capsys, other)["events"]
    assert isinstance(events, list)
    assert (events[-1]["kind"], events[-1]["source"]) == ("discrepancy", "import")
    before = [len(show(capsys, cip)["events"]) for cip in (pending, expired, annulled, other)]  # type: ignore[arg-type]

    code, out, err = run(capsys, "import-settlement", path, "--apply", "--json")

    assert code == 0, err
    again = json.loads(out)
    assert again["counts"]["matched"] == 0 and again["counts"]["already_paid"] == 3
    assert again["applied"] == {
        "paid": 0,
        "late": 0,
        "discrepancies": 0,
        "unchanged": 8,
        "resorted": 0,
    }
    after = [len(show(capsys, cip)["events"]) for cip in (pending, expired, annulled, other)]  # type: ignore[arg-type]
    assert after == before
    assert run(capsys, "audit", "verify")[0] == 0


def test_unknown_columns_are_asked_for_then_remembered(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pagodesk_home: Path
) -> None:
    cip = issue(capsys, "12.50")
    book = Workbook()
    book.active.append(["Ref. de pago", "Valor cobrado", "Día"])
    book.active.append([cip, 12.5, None])
    path = tmp_path / "pagos.xlsx"
    book.save(path)

    code, out, err = run(capsys, "import-settlement", str(path))

    assert code == 2 and out == ""
    assert '--map cip="COLUMNA"' in err and '--map amount="COLUMNA"' in err
    assert "«Ref. de pago», «Valor cobrado», «Día»" in err

    code, out, err = run(
        capsys,
        "import-settlement",
        str(path),
        "--map",
        "cip=Ref. de pago",
        "--map",
        "monto=valor cobrado",
    )

    assert code == 0, err
    assert "columnas: CIP «Ref. de pago», monto «valor cobrado»" in out
    assert (pagodesk_home / "config" / "settlement-mappings" / "demo.json").is_file()
    code, out, err = run(capsys, "import-settlement", str(path), "--apply", "--json")
    assert code == 0, err
    assert json.loads(out)["mapping"] == {"cip": "Ref. de pago", "amount": "valor cobrado"}
    assert json.loads(out)["applied"]["paid"] == 1 and show(capsys, cip)["status"] == "paid"


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("no-existe.csv", None, "no existe el archivo"),
        ("viejo.xls", b"\xd0\xcf\x11\xe0", "Excel antiguo (.xls)"),
        ("vacio.csv", b"CIP;Monto\n", "no tiene líneas de datos"),
        ("foto.png", b"\x89PNG", "no es un CSV ni un Excel .xlsx"),
    ],
)
def test_unusable_files_exit_2_with_one_spanish_line_before_opening_anything(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    pagodesk_home: Path,
    name: str,
    content: bytes | None,
    words: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)

    code, out, err = run(capsys, "import-settlement", str(path), "--apply")

    assert code == 2 and out == "" and words in err
    assert len(err.strip().splitlines()) == 1
    assert not (pagodesk_home / "data" / "profiles").exists()


def test_a_bad_map_option_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_csv(tmp_path, ["CIP;Monto", "2600001;10"])

    bad_field = run(capsys, "import-settlement", path, "--map", "color=CIP")
    bad_header = run(capsys, "import-settlement", path, "--map", "amount=Importe")

    assert bad_field[0] == 2 and "use CAMPO=COLUMNA" in bad_field[2]
    assert bad_header[0] == 2 and "no tiene la columna «Importe»" in bad_header[2]
