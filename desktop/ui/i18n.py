"""Loading translations: ours (Qt Linguist .qm) and Qt's own for the chosen language."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Peru),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate (which reads this name) and returns it untranslated;
    PySide6's own, called here, is typed as returning ``object`` though it gives the str."""
    return cast(str, QtCore.QT_TRANSLATE_NOOP(context, source))


def translations_dir() -> Path:
    """``translations/`` beside the package, or inside the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and PagoDesk's catalogs for ``language`` (es by default). Our overrides of
    Qt's own wording (Peruvian "archivo" for Spain's "fichero", words Qt left in English) go in
    after Qt's catalog, so they are asked first."""
    locale = LANGUAGES.get(language, LANGUAGES["es"])
    QLocale.setDefault(locale)
    installed = []
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(translations_dir())
    for name, folder in (("qtbase", qt_path), ("qt_overrides", ours), ("pagodesk", ours)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
