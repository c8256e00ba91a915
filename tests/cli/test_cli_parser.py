"""``pagodesk --help`` stays cheap: the parser is built without the services' heavy machinery."""

from __future__ import annotations

import json
import os
import sqlite3
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
    would need); once the database is at the newest schema, ``list`` and ``show`` read it the
    quick way: no migration machinery, nor SQLAlchemy, SQLModel or pydantic at all."""
    env = {"PAGODESK_HOME": str(tmp_path), "PAGODESK_DEMO_PORT": "0"}
    code = "from desktop.cli import main\nassert main(['list', '--limit', '20']) == 0"
    first = {m.split(".")[0] for m in loaded_after(code, env)}  # the database is made here
    assert first & {"PySide6", "reportlab", "starlette", "uvicorn"} == set()
    assert "alembic" in first
    cip = str(seed_one(tmp_path / "data" / "profiles" / "demo.sqlite3"))
    for argv in (["list", "--limit", "20"], ["show", cip, "--json"], ["show", "#1"]):
        code = f"from desktop.cli import main\nassert main({argv!r}) == 0"
        again = {m.split(".")[0] for m in loaded_after(code, env)}
        assert again & (HEAVY | QUICK_WITHOUT) == set(), argv
    assert not (tmp_path / "data" / "demo-sandbox.sqlite3").exists()  # no sandbox started


QUICK_WITHOUT = {"sqlalchemy", "sqlmodel", "pydantic", "alembic"}


def seed_one(database: Path) -> int:
    """One voucher in the profile database: its CIP."""
    from sqlmodel import Session

    from desktop.store.engine import make_engine, sqlite_url
    from tests.store.conftest import new_voucher

    engine = make_engine(sqlite_url(database))
    try:
        with Session(engine) as session:
            cip = new_voucher(session, 1).cip
            session.commit()
    finally:
        engine.dispose()
    assert cip is not None
    return cip


def test_a_database_behind_the_newest_schema_is_upgraded_then_read_the_quick_way(
    tmp_path: Path,
) -> None:
    """A profile this PC knows, left at the previous migration by an older version: ``show``
    takes the full path, which upgrades it as before; the next one reads it the quick way."""
    from desktop.store.engine import current_revision, make_engine, sqlite_url, upgrade
    from desktop.store.quick_read import HEAD_REVISION

    env = {"PAGODESK_HOME": str(tmp_path), "PAGODESK_DEMO_PORT": "0"}
    database = tmp_path / "data" / "profiles" / "demo.sqlite3"
    database.parent.mkdir(parents=True)
    engine = make_engine(sqlite_url(database))
    try:
        upgrade(engine, f"{int(HEAD_REVISION) - 1:04d}")
    finally:
        engine.dispose()
    cip = 2_600_001
    with sqlite3.connect(database) as connection:  # as that older version stored it
        connection.execute(
            "INSERT INTO vouchers (profile, transaction_code, cip, status, amount_cents,"
            " currency, email, created_at) VALUES ('demo', 'PD-1', ?, 'pending', 1000, 'PEN',"
            " 'a@example.pe', '2026-11-26 15:00:00.000000')",
            (cip,),
        )
        (store_id,) = connection.execute("SELECT value FROM store_meta").fetchone()
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "stores.json").write_text(json.dumps({"demo": store_id}))
    code = f"from desktop.cli import main\nassert main(['show', '{cip}']) == 0"
    assert "alembic" in {m.split(".")[0] for m in loaded_after(code, env)}
    engine = make_engine(sqlite_url(database))
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
    again = {m.split(".")[0] for m in loaded_after(code, env)}
    assert again & QUICK_WITHOUT == set()


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
