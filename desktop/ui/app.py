"""Qt application start: translators, the embedded demo sandbox, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.bootstrap import start_demo_sandbox
from desktop.ui.main_window import MainWindow


def _install_qt_translations(app: QApplication) -> None:
    """Qt's own Spanish strings (standard buttons, dialogs)."""
    translator = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(
        QLocale(QLocale.Language.Spanish, QLocale.Country.Peru), "qtbase", "_", path
    ):
        app.installTranslator(translator)


def run_gui(profile: str | None = None) -> int:
    """Open the main window; on the demo profile the embedded sandbox runs alongside."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("PagoDesk")
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Peru))
    _install_qt_translations(app)
    sandbox = start_demo_sandbox()
    try:
        window = MainWindow(profile_name=profile or "demo", sandbox_url=sandbox.base_url)
        window.show()
        return app.exec()
    finally:
        sandbox.stop()
