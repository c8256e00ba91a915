"""'Cierre del día…': which day and cashier, then where to save the PDF or CSV report, or
«Imprimir ticket» on this station's thermal printer."""

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

from desktop.domain.staff import Action
from desktop.services.closing import DayReport, build_day_report, lima_today, write_day_report
from desktop.services.printing import Delivery, print_service
from desktop.services.receipts import merchant_from_settings
from desktop.services.runtime import Runtime
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.message_style import Severity, show_message
from desktop.ui.roles import refusal
from desktop.ui.tasks import Lane, TaskRunner
from desktop.ui.thermal import problem_text


def day_report(runtime: Runtime, day: date, cashier: str | None) -> DayReport:
    """The worker's part: the day's figures of the profile."""
    merchant = merchant_from_settings(runtime.general, demo=runtime.profile.is_demo)
    return build_day_report(
        runtime.engine, runtime.profile, day, cashier, runtime.clock, merchant=merchant
    )


def save_day_report(runtime: Runtime, day: date, cashier: str | None, path: Path) -> Path:
    """Build the day's figures and write the file (PDF or CSV)."""
    return write_day_report(day_report(runtime, day, cashier), path)


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
        actor = runtime.actor
        if not actor.may(Action.REPORT_ALL):  # a cashier sees only their own section
            self.cashier_edit.setText(actor.name)
            self.cashier_edit.setReadOnly(True)
            self.cashier_edit.setToolTip(refusal(Action.REPORT_ALL))
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Guardar…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.printing = print_service(runtime)
        self.print_button = self.buttons.addButton(
            self.tr("Imprimir ticket"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setToolTip(
            self.tr("En la impresora térmica de esta caja: {uri}").format(
                uri=self.printing.configured_uri
            )
        )
        self.print_button.setVisible(self.printing.configured)
        self.print_button.clicked.connect(self._on_print_clicked)
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

    def _on_print_clicked(self) -> None:
        """The report as a ticket, on the device lane; after a failure the button reads
        «Reintentar impresión»."""
        runtime, printing, day = self._runtime, self.printing, self.day()
        cashier = self.cashier_edit.text().strip() or None
        self.print_button.setEnabled(False)
        show_message(self.status, self.tr("Imprimiendo el cierre…"), Severity.INFO)
        self._tasks.run(
            lambda: printing.print_day_report(day_report(runtime, day, cashier)),
            self._on_printed,
            self._on_print_failed,
            Lane.DEVICE,
            owner=self,
        )

    def _on_printed(self, delivery: Delivery) -> None:
        self.print_button.setEnabled(True)
        self.print_button.setText(self.tr("Imprimir ticket"))
        text = self.tr("Cierre del día impreso en {uri}").format(uri=delivery.uri)
        show_message(self.status, text, Severity.SUCCESS)

    def _on_print_failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.print_button.setText(self.tr("Reintentar impresión"))
        text = problem_text(error, self.printing.configured_uri, voucher=False)
        show_message(self.status, text, Severity.ERROR)

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
