"""The import rules of architecture.md, enforced on the source tree."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"

# package -> packages of ours it must never import
FORBIDDEN = {
    "domain": {
        "pagoefectivo",
        "sandbox",
        "store",
        "receipts",
        "services",
        "webhook",
        "ui",
        "cli",
        "config",
        "secrets",
    },
    "pagoefectivo": {"sandbox", "store", "receipts", "services", "webhook", "ui", "cli"},
    "sandbox": {"pagoefectivo", "store", "receipts", "services", "webhook", "ui", "cli"},
    "store": {"sandbox", "services", "webhook", "ui", "cli"},
    "receipts": {"sandbox", "store", "services", "webhook", "ui", "cli"},
    "services": {"sandbox", "webhook", "ui", "cli"},
    "webhook": {"ui", "cli"},
    "commands": {"ui", "webhook"},
}
# Widgets never run SQL, call HTTP or render PDFs themselves: they go through services.
UI_FORBIDDEN_ROOTS = {"sqlalchemy", "sqlmodel", "httpx", "reportlab", "qrcode", "alembic"}


def imported_modules(source: str) -> set[str]:
    """Every absolute module name a source file imports."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(path: Path, source: str) -> list[str]:
    """Import-rule breaches of one file of the desktop package."""
    relative = path.relative_to(PACKAGE)
    top = relative.parts[0].removesuffix(".py")
    found = []
    for module in imported_modules(source):
        root = module.split(".")[0]
        if root in {"PySide6", "shiboken6"} and top != "ui":
            found.append(f"{relative}: imports {module} (only desktop/ui may import Qt)")
        if root == "desktop" and "." in module:
            target = module.split(".")[1]
            if target in FORBIDDEN.get(top, set()):
                found.append(f"{relative}: imports {module} ({top} may not import {target})")
        if top == "ui" and root in UI_FORBIDDEN_ROOTS:
            found.append(f"{relative}: imports {module} (widgets go through desktop.services)")
    return found


def test_no_qt_outside_ui_and_imports_run_downward() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        problems.extend(violations(path, path.read_text(encoding="utf-8")))
    assert problems == []


def test_checker_catches_qt_in_services_and_upward_imports() -> None:
    assert violations(PACKAGE / "services" / "x.py", "from PySide6.QtCore import QObject")
    assert violations(PACKAGE / "store" / "x.py", "import PySide6")
    assert violations(PACKAGE / "domain" / "x.py", "from desktop.store import tables")
    assert violations(PACKAGE / "sandbox" / "x.py", "import desktop.pagoefectivo.client")
    assert not violations(PACKAGE / "ui" / "x.py", "from PySide6.QtWidgets import QLabel")
    assert violations(PACKAGE / "ui" / "x.py", "from sqlmodel import select")
    assert violations(PACKAGE / "commands" / "x.py", "from desktop.ui import app")
    assert not violations(PACKAGE / "services" / "x.py", "from desktop.domain import money")
