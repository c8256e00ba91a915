"""``pagodesk export`` and ``pagodesk day-report`` against the demo sandbox and its database."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from desktop.config import profile_database_path
from desktop.domain.limatime import LIMA
from desktop.store.engine import open_store, sqlite_url
from desktop.store.tables import Voucher
from tests.cli.test_cli import own_demo_port, run  # noqa: F401  (fixture reused)


def issue(capsys: pytest.CaptureFixture[str], amount: str, *more: str) -> int:
    code, out, err = run(capsys, *more, "issue", "--amount", amount, "--email", "c@x.pe", "--json")
    assert code == 0, err
    return int(json.loads(out)["voucher"]["cip"])


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where the files go (PAGODESK_HOME is in tmp_path too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_csv_and_excel_with_filters(
    capsys: pytest.CaptureFixture[str], out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paid = issue(capsys, "25.50")
    monkeypatch.setenv("PAGODESK_PIN", "1357")  # the demo's cashier Ana
    issue(capsys, "10", "--user", "Ana")
    issue(capsys, "7.25")
    assert run(capsys, "sandbox", "pay", str(paid))[0] == 0
    assert run(capsys, "sync")[0] == 0

    target = out_dir / "pagados.csv"
    code, out, err = run(capsys, "export", "--out", str(target), "--status", "pagado")
    assert code == 0, err
    assert out.strip() == f"1 cobro exportado a {target}"
    rows = csv_rows(target)
    assert [(r["CIP"], r["Monto"], r["Estado"]) for r in rows] == [(str(paid), "25.50", "Pagado")]

    today = datetime.now(LIMA).date().isoformat()
    argv = ["export", "--out", str(out_dir / "todo.xlsx"), "--since", today, "--until", today]
    code, out, err = run(capsys, *argv)
    assert code == 0 and out.startswith("3 cobros exportados"), err
    sheet = load_workbook(out_dir / "todo.xlsx").active
    assert sheet is not None
    amounts = sorted(Decimal(str(row[8])) for row in sheet.iter_rows(min_row=2, values_only=True))
    assert amounts == [Decimal("7.25"), Decimal("10"), Decimal("25.50")]


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (["--status", "cancelado"], "--status"),
        (["--since", "26/11/2026"], "--since"),
        (["--until", "ayer"], "--until"),
    ],
)
def test_export_refuses_bad_filters_before_writing(
    capsys: pytest.CaptureFixture[str], out_dir: Path, argv: list[str], flag: str
) -> None:
    code, out, err = run(capsys, "export", "--out", str(out_dir / "x.csv"), *argv)

    assert code == 2 and err.startswith(f"pagodesk: {flag}") and out == ""
    assert list(out_dir.iterdir()) == []


def test_export_refuses_other_file_types_and_missing_folders(
    capsys: pytest.CaptureFixture[str], out_dir: Path
) -> None:
    code, _, err = run(capsys, "export", "--out", str(out_dir / "x.pdf"))
    assert code == 2 and "--out: use un archivo .csv o .xlsx" in err
    code, _, err = run(capsys, "export", "--out", str(out_dir / "no" / "x.csv"))
    assert code == 2 and "no existe" in err
    assert list(out_dir.iterdir()) == []


def test_a_big_export_shows_progress_on_stderr(
    capsys: pytest.CaptureFixture[str], out_dir: Path
) -> None:
    start = datetime.now(UTC) - timedelta(days=1)
    engine = open_store(sqlite_url(profile_database_path("demo")))
    try:
        with engine.begin() as connection:
            connection.execute(
                insert(Voucher.__table__),  # type: ignore[attr-defined]
                [
                    {
                        "profile": "demo",
                        "transaction_code": f"PD-BULK-{n:05d}",
                        "cip": 3_000_000 + n,
                        "status": "pending",
                        "amount_cents": 100 + n,
                        "currency": "PEN",
                        "email": "c@x.pe",
                        "created_at": start + timedelta(seconds=n),
                        "version": 2,
                    }
                    for n in range(1_500)
                ],
            )
    finally:
        engine.dispose()

    code, out, err = run(capsys, "export", "--out", str(out_dir / "todo.csv"))

    assert code == 0 and out.startswith("1500 cobros exportados")
    assert err.splitlines() == ["exportando… 1,000 de 1,500", "exportando… 1,500 de 1,500"]
    assert len(csv_rows(out_dir / "todo.csv")) == 1_500


def pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(path.read_bytes())
    try:
        return " ".join(" ".join(p.get_textpage().get_text_range() for p in document).split())
    finally:
        document.close()


def test_day_report_of_today_per_cashier(
    capsys: pytest.CaptureFixture[str], out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = datetime.now(LIMA).date()
    monkeypatch.setenv("PAGODESK_PIN", "1357")  # the demo's cashier Ana
    ana_paid = issue(capsys, "1500.15", "--user", "Ana")
    issue(capsys, "40", "--user", "Ana")
    monkeypatch.delenv("PAGODESK_PIN")
    beto = issue(capsys, "60")  # the demo's administrator «Demo», no --user
    assert run(capsys, "sandbox", "pay", str(ana_paid))[0] == 0
    assert run(capsys, "sync")[0] == 0
    monkeypatch.setenv("PAGODESK_PIN", "2468")  # the demo's supervisor Sofía
    argv = ["--user", "Sofía", "reconcile", str(beto), "--paid", "--operation", "778899"]
    code, _, err = run(capsys, *argv, "--reason", "pagó en agente")
    assert code == 0, err
    monkeypatch.delenv("PAGODESK_PIN")

    out_pdf = out_dir / "cierre.pdf"
    code, out, err = run(capsys, "day-report", "--out", str(out_pdf), "--json")

    assert code == 0, err
    if datetime.now(LIMA).date() != today:
        pytest.skip("Lima midnight passed during the test")
    data = json.loads(out)
    assert data["date"] == today.isoformat() and data["file"] == str(out_pdf)
    ana, beto_day, carla = data["sections"]
    assert (ana["cashier"], beto_day["cashier"], carla["cashier"]) == ("Ana", "Demo", "Sofía")
    assert ana["lines"]["issued"]["PEN"] == {"count": 2, "amount": "1540.15"}
    assert ana["lines"]["paid"]["PEN"] == {"count": 1, "amount": "1500.15"}
    assert beto_day["lines"]["paid"]["PEN"] == {"count": 1, "amount": "60.00"}
    assert [(m["cip"], m["reason"], m["issued_by"]) for m in carla["manual"]] == [
        (beto, "pagó en agente", "Demo")
    ]
    assert data["total"]["lines"]["paid"]["PEN"] == {"count": 2, "amount": "1560.15"}
    text = pdf_text(out_pdf)
    assert "Total del día (todos los cajeros)" in text and "Pagados 2 S/ 1,560.15" in text
    assert "Cajero: Ana" in text and "DEMO" in text and "Comercio de demostración" in text

    out_csv = out_dir / "beto.csv"
    code, out, err = run(capsys, "day-report", "--cashier", "demo", "--out", str(out_csv))
    assert code == 0, err
    assert out.strip() == f"Cierre del día {today:%d/%m/%Y} (1 cajero) guardado en {out_csv}"
    beto_rows = [r for r in csv_rows(out_csv) if r["Cajero"] == "Demo"]
    assert [(r["Concepto"], r["Cantidad"], r["Monto"]) for r in beto_rows] == [
        ("Emitidos", "1", "60.00"),
        ("Pagados", "1", "60.00"),
    ]


def test_day_report_of_another_day_and_bad_input(
    capsys: pytest.CaptureFixture[str], out_dir: Path
) -> None:
    code, out, err = run(
        capsys, "day-report", "--date", "2026-11-26", "--out", str(out_dir / "c.csv"), "--json"
    )
    assert code == 0, err
    assert json.loads(out)["sections"] == [] and json.loads(out)["date"] == "2026-11-26"

    argv = ["day-report", "--date", "26/11/2026", "--out", str(out_dir / "x.pdf")]
    code, _, err = run(capsys, *argv)
    assert code == 2 and err.startswith("pagodesk: --date: fecha no válida «26/11/2026»")
    code, _, err = run(capsys, "day-report", "--out", str(out_dir / "x.xlsx"))
    assert code == 2 and "--out: use un archivo .pdf o .csv" in err
    assert [p.name for p in out_dir.iterdir()] == ["c.csv"]
