"""'Cierre del día…': which day and cashier, then where to save the PDF or CSV report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.closing import build_day_report, lima_today, write_day_report
from desktop.services.receipts import merchant_from_settings
from desktop.services.runtime import Runtime
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.message_style import Severity, show_message
from desktop.ui.tasks import Lane, TaskRunner


def save_day_report(runtime: Runtime, day: date, cashier: str | None, path: Path) -> Path:
    """The worker's part: build the day's figures and write the file (PDF or CSV)."""
    merchant = merchant_from_settings(runtime.general, demo=runtime.profile.is_demo)
    report = build_day_report(
        runtime.engine, runtime.profile, day, cashier, runtime.clock, merchant=merchant
    )
    return write_day_report(report, path)


class ClosingDialog(QDialog):
    """Asks the day (Lima, today by default) and optionally one cashier; on "Guardar…" asks
    the file and writes it in the background. ``finished_report(text, ok)`` tells the page."""

    finished_report = Signal(str, bool)
    written = Signal(object)  # the Path of the saved report («Abrir carpeta»)

    def __init__(self, runtime: Runtime, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self._tasks = tasks
        self.setWindowTitle(self.tr("Cierre del día"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Resumen del día por cajero: emitidos, pagados, vencidos, anulados y "
                "conciliados a mano, con totales por moneda."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        today = lima_today(runtime.clock)
        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.cashier_edit = QLineEdit(self)
        self.cashier_edit.setPlaceholderText(self.tr("todos"))
        form.addRow(self.tr("&Día:"), self.day_edit)
        form.addRow(self.tr("&Cajero (opcional):"), self.cashier_edit)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Guardar…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancelar"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def day(self) -> date:
        chosen = self.day_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _on_buttons_accepted(self) -> None:
        day = self.day()
        cashier = self.cashier_edit.text().strip() or None
        suggested = f"cierre-{day.isoformat()}{'-' + cashier if cashier else ''}.pdf"
        path = ask_save_path(
            self,
            self.tr("Guardar cierre del día"),
            suggested,
            self.tr("PDF (*.pdf);;CSV (*.csv)"),
            (".pdf", ".csv"),
        )
        if path is None:
            return
        runtime = self._runtime
        self.save_button.setEnabled(False)
        show_message(self.status, self.tr("Preparando el cierre…"), Severity.INFO)
        self._tasks.run(
            lambda: save_day_report(runtime, day, cashier, path),
            self._on_saved,
            self._on_failed,
            Lane.STORAGE,
            owner=self,
        )

    def _on_saved(self, path: Path) -> None:
        self.finished_report.emit(
            self.tr("Cierre del día guardado en {path}").format(path=path), True
        )
        self.written.emit(path)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        text = self.tr("No se pudo guardar el cierre: {error}").format(error=detail)
        show_message(self.status, text, Severity.ERROR)
