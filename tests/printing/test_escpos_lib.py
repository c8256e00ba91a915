"""python-escpos inside PagoDesk: loaded on first use only, its printer database cached in
PagoDesk's own data folder, no console handler added to the root logger, nothing printed on
stdout while a ticket is composed (``pagodesk print … --json`` and friends stay clean)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import escpos_lib

SCRIPT = """
import logging, sys
import desktop.services.printing  # the app imports this at start-up: escpos must not load
assert "escpos" not in sys.modules, "python-escpos loaded before the first ticket"
from desktop.receipts.escpos_ticket import voucher_ticket
from desktop.receipts.escpos_writer import TicketLayout
from tests.receipts.helpers import MERCHANT, voucher
job = voucher_ticket(voucher(environment="demo"), MERCHANT, TicketLayout("58mm", 384))
assert "escpos" in sys.modules and job.startswith(b"\\x1b@")
assert logging.getLogger().handlers == [], logging.getLogger().handlers
"""


def test_python_escpos_stays_quiet_and_keeps_its_cache_with_ours(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "PAGODESK_HOME": str(home)}
    env.pop(escpos_lib.PICKLE_ENV, None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    cached = home / "data" / "escpos"
    assert any(cached.glob("*.capabilities.pickle"))
    assert oct(cached.stat().st_mode & 0o777) == "0o700"
