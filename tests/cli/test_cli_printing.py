"""``pagodesk print``, ``print-test`` and ``day-report --printer`` against a network printer on
loopback (and a file printer): the bytes decode to the voucher; every failure is one line."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.services.profiles import ProfileRegistry
from tests.cli.test_cli import own_demo_port, run  # noqa: F401  (fixture reused)
from tests.printing.escpos_reader import decode_codes, read_ticket, render
from tests.printing.fake_printer import NO_PAPER, fake_printer


def issue(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, out, err = run(
        capsys, "issue", "--amount", "1500.15", "--email", "jose@example.pe",
        "--first-name", "José María", "--last-name", "Núñez Peña", "--json",
    )  # fmt: skip
    assert code == 0, err
    voucher: dict[str, object] = json.loads(out)["voucher"]
    return voucher


def test_print_sends_the_voucher_to_the_printer_given(capsys: pytest.CaptureFixture[str]) -> None:
    voucher = issue(capsys)
    with fake_printer() as printer:
        code, out, err = run(
            capsys, "print", str(voucher["cip"]), "--printer", printer.uri,
            "--format", "58mm", "--copies", "2",
        )  # fmt: skip
        (job,) = printer.wait_jobs()
    assert (code, err) == (0, "")
    assert out == f"voucher del CIP {voucher['cip']} impreso en {printer.uri} (2 copias)\n"
    half = read_ticket(job[: len(job) // 2])
    assert "José María Núñez Peña" in half.text and "DEMO - SIN VALOR" in half.text
    assert decode_codes(render(half, 384)) == {
        "qr": [voucher["cip_url"]],
        "code128": [str(voucher["cip"])],
    }


def test_print_uses_this_stations_printer(capsys: pytest.CaptureFixture[str]) -> None:
    voucher = issue(capsys)
    registry = ProfileRegistry()
    with fake_printer() as printer:
        general = replace(registry.load().general, printer_uri=printer.uri)
        registry.set_general(general)
        code, out, _ = run(capsys, "print", f"#{voucher['id']}")
        assert code == 0 and printer.uri in out
        assert len(printer.wait_jobs()) == 1


def test_print_test_and_day_report_print_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    issue(capsys)
    target = tmp_path / "ticket.bin"
    code, out, err = run(capsys, "print-test", "--printer", f"file://{target}")
    assert (code, err) == (0, "") and out.startswith("página de prueba impresa en file://")
    assert "PRUEBA DE IMPRESIÓN" in read_ticket(target.read_bytes()).text
    with fake_printer() as printer:
        code, out, err = run(capsys, "day-report", "--printer", printer.uri)
        (job,) = printer.wait_jobs()
    assert code == 0, err
    assert out.startswith("Cierre del día") and f"impreso en {printer.uri}" in out
    assert "CIERRE DEL DÍA" in read_ticket(job).text and "Emitidos" in read_ticket(job).text


@pytest.mark.parametrize(
    ("args", "exit_code", "line"),
    [
        (["--printer", "lpt1"], 2, "pagodesk: --printer: dirección no válida"),
        ([], 2, "pagodesk: no hay impresora térmica configurada: use --printer URI"),
        (["--copies", "0"], 2, "pagodesk: --copies: de 1 a 20, no 0"),
    ],
)
def test_bad_printer_input_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], exit_code: int, line: str
) -> None:
    voucher = issue(capsys)
    code, out, err = run(capsys, "print", str(voucher["cip"]), *args)
    assert code == exit_code and out == ""
    assert err.startswith(line) and err.count("\n") == 1


def test_a_printer_failure_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    voucher = issue(capsys)
    with fake_printer(NO_PAPER) as printer:
        code, out, err = run(capsys, "print", str(voucher["cip"]), "--printer", printer.uri)
    assert (code, out) == (1, "")
    assert err == (
        "pagodesk: no se imprimió: la impresora no tiene papel; el voucher no cambió, "
        "puede reintentarlo\n"
    )
    code, out, _ = run(capsys, "show", str(voucher["cip"]), "--json")
    assert code == 0 and json.loads(out)["status"] == "pending"


def test_day_report_needs_a_file_or_a_printer(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "day-report")
    assert code == 2 and "--out ARCHIVO" in err and "--printer URI" in err
