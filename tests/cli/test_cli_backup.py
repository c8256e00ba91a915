"""``pagodesk backup`` and ``pagodesk restore`` on the demo profile, as a person runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_reconcile import issue, run, sandbox  # noqa: F401  (sandbox: autouse)


def test_backup_then_restore_with_a_safety_copy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    issue(capsys)
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run(capsys, "backup", "--out", str(usb), "--json")
    assert code == 0, err
    made = json.loads(out)
    copy = Path(made["file"])
    assert copy.parent == usb and made["vouchers"] == 1 and made["chain_head"]
    issue(capsys)  # after the copy

    code, _, err = run(capsys, "restore", str(copy))
    assert code == 2 and "repita con --yes" in err
    code, out, err = run(capsys, "restore", str(copy), "--yes")
    assert code == 0, err
    assert out.startswith("Copia restaurada (1 cobro; sello ")
    assert "Los datos que reemplazó quedaron en " in out
    code, out, _ = run(capsys, "list")
    assert out.splitlines()[-1] == "1 cobro"

    bad = usb / "dañada.sqlite3"
    bad.write_bytes(b"no" * 1000)
    code, _, err = run(capsys, "restore", str(bad), "--yes")
    assert code == 1 and err.strip() == (
        "pagodesk: «dañada.sqlite3» no es una copia de PagoDesk que se pueda leer"
    )
    code, _, err = run(capsys, "backup", "--out", str(tmp_path / "no-existe"))
    assert code == 2 and "no existe" in err


def test_restore_is_refused_in_one_line_while_the_receiver_has_the_profile_open(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.services.test_move import held_elsewhere

    issue(capsys)
    code, out, err = run(capsys, "backup", "--out", str(tmp_path), "--json")
    assert code == 0, err
    copy = json.loads(out)["file"]
    with held_elsewhere("demo"):
        code, out, err = run(capsys, "restore", copy, "--yes")
    assert (code, out) == (1, "")
    assert err == "pagodesk: Cierre PagoDesk y el receptor antes de restaurar\n"
    code, out, err = run(capsys, "restore", copy, "--yes")
    assert code == 0, err


def test_move_out_and_in_with_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issue(capsys)
    issue(capsys)
    target = tmp_path / "mudanza.zip"
    code, out, err = run(capsys, "move-out", str(target))
    assert code == 0, err
    assert out.startswith(f"Perfil «demo» guardado en {target} (2 cobros, 0 constancias; sello ")
    assert out.rstrip().endswith("No lleva claves.")
    code, _, err = run(capsys, "move-out", str(tmp_path / "mudanza.txt"))
    assert code == 2 and "termina en .zip" in err

    monkeypatch.setenv("PAGODESK_HOME", str(tmp_path / "otra-pc"))
    code, out, err = run(capsys, "move-in", str(target))
    assert code == 0, err
    assert out.startswith("Perfil «demo» traído (2 cobros, auditada; sello ")
    code, out, _ = run(capsys, "list")
    assert out.splitlines()[-1] == "2 cobros"
    code, _, err = run(capsys, "move-in", str(target))
    assert code == 1 and err == (
        "pagodesk: el perfil «demo» ya existe en esta PC: repita con --replace para "
        "reemplazar sus datos\n"
    )
    cut = tmp_path / "cortado.zip"
    cut.write_bytes(target.read_bytes()[:5000])
    code, _, err = run(capsys, "move-in", str(cut), "--replace")
    assert code == 1 and err == (
        "pagodesk: «cortado.zip» no es un archivo de mudanza de PagoDesk que se pueda leer\n"
    )
    code, out, err = run(capsys, "move-in", str(target), "--replace")
    assert code == 0 and "Los datos que reemplazó quedaron en " in out, err
