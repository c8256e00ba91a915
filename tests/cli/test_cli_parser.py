"""``pagodesk --help`` stays cheap: the parser is built without the services' heavy machinery."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.receipts import FORMATS
from desktop.receipts.model import PaperFormat

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"sqlalchemy", "sqlmodel", "httpx", "reportlab", "starlette", "uvicorn", "alembic"}
HEAVY |= {"PySide6"}


def loaded_after(code: str, env: dict[str, str] | None = None) -> list[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=None if env is None else {**os.environ, **env},
    )
    return list(json.loads(done.stdout.splitlines()[-1]))


def test_building_the_parser_imports_no_services_database_http_pdf_or_qt() -> None:
    script = (
        "import sys; from desktop.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'sqlalchemy','sqlmodel','httpx','reportlab','starlette','uvicorn','alembic','PySide6'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
    ours = [
        m
        for m in loaded_after("from desktop.cli import build_parser; build_parser()")
        if m.startswith("desktop.") and not m.startswith(("desktop.cli", "desktop.domain"))
    ]
    # Of the services, only the constants the help names (default host and ports).
    assert ours == ["desktop.services", "desktop.services.ports"]


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["issue", "--help"], ["sandbox", "pay", "--help"], ["webhook", "--help"]],
    ids=" ".join,
)
def test_help_of_a_command_stays_cheap(argv: list[str]) -> None:
    code = (
        "from desktop.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0\n"
    )
    heavy = [m for m in loaded_after(code) if m.split(".")[0] in HEAVY]
    assert heavy == []


def test_listing_loads_no_qt_pdf_or_sandbox_and_a_current_database_no_alembic(
    tmp_path: Path,
) -> None:
    """``pagodesk list`` reads: no window toolkit, no PDF, no sandbox (nor the HTTP client it
    would need), and once the database is at the newest schema, no migration machinery."""
    env = {"PAGODESK_HOME": str(tmp_path), "PAGODESK_DEMO_PORT": "0"}
    code = "from desktop.cli import main\nassert main(['list', '--limit', '20']) == 0"
    first = {m.split(".")[0] for m in loaded_after(code, env)}  # the database is made here
    assert first & {"PySide6", "reportlab", "starlette", "uvicorn"} == set()
    assert "alembic" in first
    again = {m.split(".")[0] for m in loaded_after(code, env)}
    assert again & {"PySide6", "reportlab", "starlette", "uvicorn", "httpx", "alembic"} == set()
    assert "sqlalchemy" in again  # it did read the store
    assert not (tmp_path / "data" / "demo-sandbox.sqlite3").exists()  # no sandbox started


def test_the_paper_formats_offered_are_the_receipts_own() -> None:
    assert [paper.value for paper in PaperFormat] == FORMATS


def test_a_moment_is_read_as_the_help_and_the_error_write_it() -> None:
    from datetime import datetime

    from desktop.cli.common import UsageError, parse_moment
    from desktop.domain.limatime import LIMA

    wanted = datetime(2026, 12, 12, 15, 10, tzinfo=LIMA)
    for text in ("2026-12-12T15:10", "2026-12-12T15:10:00", "2026-12-12T15:10-05:00"):
        assert parse_moment(text, "--expires-at") == wanted, text
    with pytest.raises(UsageError) as refused:
        parse_moment("mañana", "--expires-at")
    assert "ej. 2026-12-12T15:10" in refused.value.message
