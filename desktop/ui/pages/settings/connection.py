"""The outcome box of "Probar conexión": service code, clock difference, loud clock warning."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.settings import ConnectionReport
from desktop.ui.pages.settings.messages import clock_warning, connection_error_text

STYLES = {
    "ok": "background:#e8f5e9;border:1px solid #81c784;color:#1b5e20;padding:8px;",
    "error": "background:#fdecea;border:1px solid #e57373;color:#8c1d18;padding:8px;",
    "alarm": "background:#b3261e;color:white;font-weight:700;padding:10px;",
    "busy": "color:#555;padding:8px;",
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
        self.setStyleSheet(STYLES[kind])
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
