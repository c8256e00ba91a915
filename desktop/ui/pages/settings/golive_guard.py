"""Before a profile goes to production: a passing go-live check of the last 30 days, or a
warning that offers the check and lets a supervisor go on (recorded: who and when)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop.services.golive import GoLive, Readiness
from desktop.services.profiles import GoLiveOverride
from desktop.ui.tasks import Lane, TaskRunner


class ProductionWarning(QMessageBox):
    """No passing go-live check of the last 30 days: test now, go on as a supervisor, or not."""

    def __init__(self, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Salir a producción"))
        self.setText(
            self.tr(
                "«{profile}» cobra de verdad, y no hay una prueba de salida a producción aprobada "
                "en los últimos 30 días."
            ).format(profile=profile)
        )
        self.setInformativeText(
            self.tr(
                "PagoEfectivo pide probar flujos completos en su entorno de pruebas antes de "
                "cobrar: un pago notificado, uno vencido, una notificación repetida y una "
                "perdida, una conexión cortada… Pruébelos ahora, o continúe bajo la "
                "responsabilidad de un supervisor: quedará registrado quién y cuándo."
            )
        )
        self.test_button = self.addButton(
            self.tr("Probar antes de salir a producción"), QMessageBox.ButtonRole.ActionRole
        )
        self.override_button = self.addButton(
            self.tr("Continuar: lo autorizo como supervisor"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.test_button)
        self.setEscapeButton(self.cancel_button)


class ProductionGuard(QObject):
    """Asks before a profile goes to production (the panel's save and «Usar»)."""

    overridden = Signal(str)  # the profile's name, once the override is recorded
    failed = Signal(object)  # recording the override failed

    def __init__(
        self,
        tasks: TaskRunner,
        golive: GoLive,
        open_check: Callable[[], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._golive = golive
        self._open_check = open_check
        self._parent = parent
        self.warning: ProductionWarning | None = None

    def confirm(self, profile: str, proceed: Callable[[bool], None]) -> None:
        """``proceed(overridden)`` when the profile may go: at once with a passing report,
        after the warning only when a supervisor goes on."""
        golive = self._golive
        self._tasks.run(
            golive.readiness,
            lambda readiness: self._on_readiness(readiness, profile, proceed),
            lambda _error: self._on_readiness(Readiness(None), profile, proceed),
            owner=self._parent,
        )

    def _on_readiness(
        self, readiness: Readiness, profile: str, proceed: Callable[[bool], None]
    ) -> None:
        if readiness.ready:
            proceed(False)
            return
        warning = ProductionWarning(profile, self._parent)
        self.warning = warning

        def clicked(button: QAbstractButton) -> None:
            self.warning = None
            if button is warning.override_button:
                proceed(True)
            elif button is warning.test_button:
                self._open_check()

        warning.buttonClicked.connect(clicked)
        warning.open()

    def record(self, profile: str) -> None:
        """Who (the person working) and when, into the profile's settings and the log."""
        golive = self._golive
        self._tasks.run(
            lambda: golive.record_override(profile),
            lambda _override: self._on_recorded(profile, _override),
            self.failed.emit,
            lane=Lane.STORAGE,
            owner=self._parent,
        )

    def _on_recorded(self, profile: str, _override: GoLiveOverride) -> None:
        self.overridden.emit(profile)
