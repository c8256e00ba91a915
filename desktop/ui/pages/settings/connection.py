"""The outcome box of "Probar conexión": service code, clock difference, loud clock warning."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.settings import ConnectionReport
from desktop.ui.message_style import Severity, style_message
from desktop.ui.pages.settings.messages import clock_warning, connection_error_text

SEVERITIES = {
    "ok": Severity.SUCCESS,
    "error": Severity.ERROR,
    "alarm": Severity.ERROR,  # loud: the PC's clock is wrong
    "busy": Severity.INFO,
}


class ConnectionResult(QLabel):
    """Hidden until a test runs. ``kind`` is ok, error, alarm (the PC clock) or busy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.kind = ""
        self.hide()

    def _show(self, text: str, kind: str) -> None:
        self.kind = kind
        self.setText(text)
        style_message(self, SEVERITIES[kind], boxed=kind != "busy", loud=kind == "alarm")
        self.show()

    def show_busy(self) -> None:
        self._show(self.tr("Probando la conexión con PagoEfectivo…"), "busy")

    def show_report(self, report: ConnectionReport) -> None:
        text = self.tr("Conexión correcta con {url}: código de servicio {code}.").format(
            url=report.base_url, code=report.code_service
        )
        skew = report.skew_text
        if skew is None:
            self._show(text + " " + self.tr("No se pudo medir la diferencia de reloj."), "ok")
            return
        text += " " + self.tr("Diferencia de reloj con PagoEfectivo: {skew}.").format(skew=skew)
        if report.clock_ok:
            self._show(text, "ok")
        else:
            self._show(clock_warning(skew) + "\n" + text, "alarm")

    def show_failure(self, error: BaseException, base_url: str) -> None:
        text, clock = connection_error_text(error, base_url)
        self._show(text, "alarm" if clock else "error")

    def clear(self) -> None:
        self.kind = ""
        super().clear()
        self.hide()
