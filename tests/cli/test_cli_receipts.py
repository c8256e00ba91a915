"""Receipts from the command line: real PDFs whose barcode and QR decode to the voucher."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from desktop.cli import main
from desktop.config import demo_sandbox_path
from desktop.sandbox import DEMO_CONFIG, SandboxServer
from tests.cli.test_cli import own_demo_port, run  # noqa: F401  (fixture reused)


def decoded(pdf: Path) -> tuple[set[str], str]:
    """Every code zxing reads on the first page, and the page's text."""
    document = pypdfium2.PdfDocument(pdf.read_bytes())
    page = document[0]
    image = page.render(scale=4).to_pil()
    codes = {result.text for result in zxingcpp.read_barcodes(image)}
    text = " ".join(page.get_textpage().get_text_range().split())  # tickets wrap lines
    document.close()
    return codes, text


@pytest.mark.parametrize("paper", ["a4", "80mm", "58mm"])
def test_issue_with_receipt_writes_a_scannable_voucher(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, paper: str
) -> None:
    out = tmp_path / f"voucher-{paper}.pdf"
    code, stdout, err = run(
        capsys,
        "issue",
        "--amount",
        "1500.15",
        "--email",
        "jose@example.pe",
        "--first-name",
        "José",
        "--last-name",
        "Núñez",
        "--concept",
        "Torta de maracuyá",
        "--receipt",
        str(out),
        "--format",
        paper,
        "--json",
    )
    assert code == 0, err
    voucher = json.loads(stdout)["voucher"]
    codes, text = decoded(out)
    assert str(voucher["cip"]) in codes and voucher["cip_url"] in codes
    assert "S/ 1,500.15" in text and "Núñez" in text and "Comercio de demostración" in text
    assert "DEMO — SIN VALOR" in text.upper()  # printed on the demo profile: not a real order


def test_receipt_command_uses_the_merchant_settings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        "merchant",
        "--name",
        "Panadería Doña Pepa",
        "--ruc",
        "20131312955",
        "--address",
        "Av. Arequipa 123, Lima",
    )
    assert code == 0, err
    code, stdout, _ = run(capsys, "issue", "--amount", "8", "--email", "a@b.pe", "--json")
    cip = str(json.loads(stdout)["voucher"]["cip"])
    out = tmp_path / "again.pdf"
    code, stdout, err = run(capsys, "receipt", cip, "--out", str(out))
    assert code == 0 and cip in stdout, err
    codes, text = decoded(out)
    assert cip in codes and "Panadería Doña Pepa" in text and "20131312955" in text
    assert "DEMO — sin valor" in text  # a reprint goes through the same band


def test_the_logo_is_kept_in_the_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from PIL import Image

    from desktop.config import data_dir

    original = tmp_path / "logo.jpg"
    Image.new("RGB", (90, 30), "#0b5c7a").save(original, "JPEG")
    code, stdout, err = run(capsys, "merchant", "--logo", str(original), "--json")
    kept = data_dir() / "logo-comercio.jpg"
    assert code == 0 and json.loads(stdout)["merchant_logo"] == str(kept), err
    assert kept.read_bytes() == original.read_bytes()
    original.write_text("no es imagen")
    code, _, err = run(capsys, "merchant", "--logo", str(original))
    assert code == 2 and "--logo" in err and kept.exists()
    code, _, _ = run(capsys, "merchant", "--logo", "")
    assert code == 0 and not kept.exists()


def test_bad_ruc_is_refused_and_nothing_saved(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "merchant", "--ruc", "20131312954")
    assert code == 2 and "RUC" in err
    code, stdout, _ = run(capsys, "merchant", "--json")
    assert json.loads(stdout)["merchant_ruc"] == ""


def test_an_unconfirmed_voucher_gets_no_receipt(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    own_demo_port: int,  # noqa: F811
) -> None:
    out = tmp_path / "never.pdf"
    with SandboxServer(replace(DEMO_CONFIG, port=own_demo_port), demo_sandbox_path()) as sb:
        sb.faults.add("drop", count=1, method="POST", path="/v1/cips")
        code, stdout, err = run(
            capsys, "issue", "--amount", "5", "--email", "a@b.pe", "--receipt", str(out), "--json"
        )
        assert code == 1 and "no se guardó ningún PDF" in err
        lost = json.loads(stdout)["voucher"]
        code, _, err = run(capsys, "receipt", f"#{lost['id']}", "--out", str(out))
    assert code == 1 and "no tiene un CIP confirmado" in err
    assert not out.exists() and list(tmp_path.glob(".pagodesk-*")) == []
    with pytest.raises(SystemExit) as refused:
        main(["receipt", "#1", "--out", str(out), "--format", "A5"])
    assert refused.value.code == 2


def test_missing_receipt_folder_is_refused_before_issuing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pagodesk_home: Path
) -> None:
    out = tmp_path / "no-such-folder" / "v.pdf"
    code, stdout, err = run(
        capsys, "issue", "--amount", "5", "--email", "a@b.pe", "--receipt", str(out)
    )
    assert code == 2 and "no existe" in err and stdout == ""
    assert not (pagodesk_home / "data" / "profiles").exists()
