"""The import rules of architecture.md, enforced on the source tree: each part of the package
imports only the parts below it, with no exceptions list."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"

# part -> the parts of ours it may import (besides itself and the package root's __version__).
# A part is a subpackage (``services``) or a top-level module (``config``).
ALLOWED: dict[str, frozenset[str]] = {
    "domain": frozenset(),
    "resources": frozenset(),
    "threadserver": frozenset(),
    "lazy": frozenset(),
    "config": frozenset({"domain"}),
    # python-escpos imported once, its side effects kept in PagoDesk's folders.
    "escpos_lib": frozenset({"config"}),
    "pagoefectivo": frozenset({"domain", "lazy"}),
    "store": frozenset({"domain"}),
    "receipts": frozenset({"domain", "resources", "escpos_lib"}),
    # Thermal printers: the connection a URI names, the status they answer.
    "printers": frozenset({"domain", "escpos_lib"}),
    "sandbox": frozenset({"domain", "threadserver", "lazy"}),
    "services": frozenset(
        {
            "domain",
            "store",
            "pagoefectivo",
            "receipts",
            "printers",
            "sandbox",
            "config",
            "threadserver",
        }
    ),
    "ui": frozenset({"services", "domain", "resources"}),
    # The command line opens the app (desktop.ui.app) when no command is given.
    "cli": frozenset({"services", "domain", "ui"}),
    "__main__": frozenset({"cli"}),
}
# Widgets never run SQL, call HTTP or render PDFs themselves: they go through services.
UI_FORBIDDEN_ROOTS = {"sqlalchemy", "sqlmodel", "httpx", "reportlab", "qrcode", "alembic"}
QT_ROOTS = {"PySide6", "shiboken6"}


def imported(source: str) -> set[tuple[str, str | None]]:
    """Every absolute import of a source file: (module, name imported from it or None)."""
    found: set[tuple[str, str | None]] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update((node.module, alias.name) for alias in node.names)
    return found


def part_of(module: str, name: str | None) -> str | None:
    """The part of ours ``module`` (``from module import name``) reaches; None for the
    package root's own attributes (``from desktop import __version__``) and for others."""
    pieces = module.split(".")
    if pieces[0] != "desktop":
        return None
    if len(pieces) > 1:
        return pieces[1]
    return None if name is None or name.startswith("__") else name


def violations(path: Path, source: str) -> list[str]:
    """Import-rule breaches of one file of the desktop package."""
    relative = path.relative_to(PACKAGE)
    part = relative.parts[0].removesuffix(".py")
    if part == "__init__":
        return []
    allowed = ALLOWED.get(part)
    if allowed is None:
        return [f"{relative}: {part} has no place in the layer map"]
    found = []
    for module, name in sorted(imported(source), key=str):
        root = module.split(".")[0]
        if root in QT_ROOTS and part != "ui":
            found.append(f"{relative}: imports {module} (only desktop/ui may import Qt)")
        if part == "ui" and root in UI_FORBIDDEN_ROOTS:
            found.append(f"{relative}: imports {module} (widgets go through desktop.services)")
        target = part_of(module, name)
        if target is not None and target != part and target not in allowed:
            what = f"{module}.{name}" if len(module.split(".")) == 1 else module
            found.append(f"{relative}: imports {what} ({part} may not import {target})")
    return found


def test_every_file_imports_only_the_parts_below_it() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        problems.extend(violations(path, path.read_text(encoding="utf-8")))
    assert problems == []


def test_no_cycle_between_the_parts() -> None:
    """The map itself runs one way: no part reaches itself through the others."""
    for start in ALLOWED:
        seen: set[str] = set()
        todo = list(ALLOWED[start])
        while todo:
            current = todo.pop()
            assert current != start, f"{start} reaches itself"
            if current not in seen:
                seen.add(current)
                todo.extend(ALLOWED.get(current, ()))


def test_checker_catches_what_it_must() -> None:
    ui, cli = PACKAGE / "ui" / "x.py", PACKAGE / "cli" / "x.py"
    assert violations(PACKAGE / "services" / "x.py", "from PySide6.QtCore import QObject")
    assert violations(PACKAGE / "store" / "x.py", "import PySide6")
    assert violations(PACKAGE / "domain" / "x.py", "from desktop.store import tables")
    assert violations(PACKAGE / "sandbox" / "x.py", "import desktop.pagoefectivo.client")
    assert not violations(ui, "from PySide6.QtWidgets import QLabel")
    assert violations(ui, "from sqlmodel import select")
    assert violations(ui, "from desktop.store.history import HistoryQuery")
    assert violations(ui, "from desktop import config")  # ``from desktop import x`` counts
    assert violations(cli, "from desktop.store import tables")
    assert violations(cli, "from desktop.pagoefectivo import errors")
    assert violations(cli, "from desktop.sandbox.state import SandboxState")  # via services
    assert violations(cli, "from desktop.threadserver import stop_on_signals")
    assert violations(cli, "from desktop import config")
    assert not violations(cli, "from desktop.ui.app import run_gui")
    assert not violations(cli, "from desktop.services.simulator import act")
    assert violations(PACKAGE / "newpart.py", "import os")  # every part has a place
    assert not violations(ui, "from desktop import __version__")
    assert not violations(PACKAGE / "services" / "x.py", "from desktop.domain import money")
