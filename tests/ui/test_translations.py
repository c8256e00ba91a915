"""Translations: Spanish complete, placeholders kept, catalogs in step with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.ts_tools import Entry, placeholders, read_catalog

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = {lang: ROOT / "translations" / f"pagodesk_{lang}.ts" for lang in ("es", "en")}


def live(entries: list[Entry]) -> list[Entry]:
    return [e for e in entries if not e.obsolete]


def test_no_spanish_entry_is_unfinished() -> None:
    entries = live(read_catalog(CATALOGS["es"]))
    assert entries, "the Spanish catalog is empty"
    unfinished = [e.source for e in entries if e.unfinished or not e.translation]
    assert unfinished == []


def test_no_english_entry_is_unfinished() -> None:
    entries = live(read_catalog(CATALOGS["en"]))
    assert entries, "the English catalog is empty"
    unfinished = [(e.context, e.source) for e in entries if e.unfinished or not e.translation]
    assert unfinished == []


@pytest.mark.parametrize("language", sorted(CATALOGS))
def test_translations_keep_the_placeholders(language: str) -> None:
    broken = [
        (e.context, e.source, form)
        for e in live(read_catalog(CATALOGS[language]))
        for form in e.forms or (e.translation,)
        if form and placeholders(e.source) != placeholders(form)
    ]
    assert broken == []


@pytest.mark.parametrize("language", sorted(CATALOGS))
def test_plural_messages_have_every_form_with_its_count(language: str) -> None:
    """``%n`` messages (``%Ln``: digits grouped by the locale): one form per plural of the
    language (Spanish too: "1 discrepancia", never "1 discrepancias"), each with the count."""
    plural = [e for e in live(read_catalog(CATALOGS[language])) if e.forms]
    assert plural, "no plural message in the catalog"
    broken = [(e.source, e.forms) for e in plural if len(e.forms) != 2 or not e.translation]
    assert broken == []
    mark = {e.source: "%Ln" if "%Ln" in e.source else "%n" for e in plural}
    assert [e.source for e in plural if not all(mark[e.source] in f for f in e.forms)] == []
    assert [e.source for e in plural if e.forms[0] == e.forms[1]] == []


def test_catalogs_hold_every_text_of_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-extensions", "py", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(e.context, e.source) for e in read_catalog(fresh)}
    have = {(e.context, e.source) for e in live(read_catalog(CATALOGS["es"]))}
    missing = sorted(wanted - have)
    assert missing == [], "run `make translations`"


def test_checker_sees_a_lost_placeholder() -> None:
    assert placeholders("vence en {span}") != placeholders("due in {time}")
    assert placeholders("{n} h") == placeholders("{n} hrs")


def test_english_catalog_loads_and_translates(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for language, catalog in CATALOGS.items():
        subprocess.run(
            [
                str(lrelease),
                "-silent",
                str(catalog),
                "-qm",
                str(tmp_path / f"pagodesk_{language}.qm"),
            ],
            check=True,
        )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Historial") == "History"
        assert QCoreApplication.translate("Format", "Pagado") == "Paid"
    finally:  # the rest of the suite reads the source text, with no catalog installed
        for translator in installed:
            app.removeTranslator(translator)


def test_the_screens_translate_the_one_set_of_status_labels() -> None:
    """The words live in domain/display.py (CLI, files, reports); ui/format.py only marks them
    for the catalogs, so a label changed in one place cannot drift from the other."""
    from desktop.domain.display import STATUS_LABELS
    from desktop.ui.format import MARKED_STATUS_LABELS, status_label

    assert sorted(MARKED_STATUS_LABELS) == sorted(STATUS_LABELS.values())
    assert [status_label(s) for s in STATUS_LABELS] == list(STATUS_LABELS.values())  # Spanish
    assert "Cancelado" not in STATUS_LABELS.values()


def test_the_screens_translate_the_one_set_of_source_words() -> None:
    """Event sources and PagoDesk's own actor are worded in domain/display.py (the command
    line says them too); the detail only marks them for the catalogs."""
    from desktop.domain.display import SOURCE_LABELS, SYSTEM_ACTORS
    from desktop.ui.dialogs.detail.wording import (
        MARKED_SOURCE_LABELS,
        MARKED_SYSTEM_ACTORS,
        actor_label,
        source_label,
    )

    assert sorted(MARKED_SOURCE_LABELS) == sorted(SOURCE_LABELS.values())
    assert sorted(MARKED_SYSTEM_ACTORS) == sorted(SYSTEM_ACTORS.values())
    assert [source_label(s) for s in SOURCE_LABELS] == list(SOURCE_LABELS.values())
    assert (actor_label("sync"), actor_label("Ana (caja 1)"), actor_label(None)) == (
        "PagoDesk",
        "Ana (caja 1)",
        "",
    )
    assert source_label("manual") == "personal" and source_label("otro") == "otro"
