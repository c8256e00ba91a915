"""Qt's own dialogs speak Peru's Spanish: the save dialog and the print dialog a cashier sees
say "archivo" (Qt's catalog, written in Spain, says "fichero") and leave no word in English."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui import i18n

# Words that are the same in both languages, or not words at all.
SAME_IN_BOTH = {"Color", "PDF (*.pdf)", "...", "a"}


def visible_words(dialog: QDialog) -> list[str]:
    """Every label, button, tooltip, group title, tab and list entry, in a stable order."""
    texts: list[str] = [label.text() for label in dialog.findChildren(QLabel)]
    for button in dialog.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    texts += [group.title() for group in dialog.findChildren(QGroupBox)]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in dialog.findChildren(QComboBox):
        if combo.objectName() != "lookInCombo":  # folder paths
            texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


def save_dialog() -> QDialog:
    dialog = QFileDialog(None, "Guardar", "", "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own, as on Linux
    return dialog


def print_dialog() -> QDialog:
    return QPrintDialog(QPrinter())


@contextmanager
def in_spanish() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "es")
    assert len(installed) == 3, "qtbase_es, our overrides and our catalog"
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)


@pytest.mark.parametrize("build", [save_dialog, print_dialog], ids=["save", "print"])
def test_qt_dialogs_say_archivo_and_nothing_in_english(
    qtbot: QtBot, build: Callable[[], QDialog]
) -> None:
    # The same dialog built before any catalog gives Qt's English words, widget by widget.
    english_dialog = build()
    qtbot.addWidget(english_dialog)
    english = visible_words(english_dialog)
    with in_spanish():
        dialog = build()
        qtbot.addWidget(dialog)
        spanish = visible_words(dialog)
    assert len(english) == len(spanish)
    left_in_english = [
        en
        for en, es in zip(english, spanish, strict=True)
        if en == es and re.search("[A-Za-z]{2}", en) and en not in SAME_IN_BOTH
    ]
    assert left_in_english == []
    assert not [w for w in spanish if re.search("(?i)fichero", w)]


def test_the_file_dialog_words_a_cashier_reads(qtbot: QtBot) -> None:
    with in_spanish():
        dialog = save_dialog()
        qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Buscar en:"
    assert labels["fileNameLabel"] == "&Nombre del archivo:"
    assert labels["fileTypeLabel"] == "&Tipo de archivo:"
