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
