"""The "Importar liquidación" tab: file -> columns -> preview -> confirm -> apply -> result.

File reading, preview and apply run on the storage lane with progress and Cancelar; the
column mapping is remembered for the profile only after an apply went through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.settlement import ApplyResult, ImportCancelled, SettlementImport
from desktop.services.settlement_file import (
    ColumnMapping,
    SettlementFileError,
    SettlementTable,
    read_settlement,
    save_mapping,
    starting_mapping,
)
from desktop.ui.context import UiEvents
from desktop.ui.file_dialogs import ask_open_path
from desktop.ui.message_style import Severity, show_message
from desktop.ui.pages.reconcile.import_mapping import MappingStep
from desktop.ui.pages.reconcile.import_preview import PreviewStep
from desktop.ui.pages.reconcile.import_words import file_problem
from desktop.ui.pages.reconcile.job import JobControl
from desktop.ui.pages.reconcile.queue_view import PRIMARY_STYLE
from desktop.ui.tasks import Lane, TaskRunner


class MessageStep(QWidget):
    """A step that only says something, with one button (the first and the last step)."""

    def __init__(self, text: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size:14px;")
        self.button = QPushButton(button_text, self)
        self.button.setObjectName("primary")
        self.button.setMinimumHeight(32)
        self.button.setStyleSheet(PRIMARY_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)


class ImportScreen(QWidget):
    """Steps in a stack; ``finished(text, ok)`` for the page's feedback line."""

    finished = Signal(str, bool)

    def __init__(
        self,
        importer: SettlementImport,
        profile: str,
        tasks: TaskRunner,
        events: UiEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._profile = profile
        self._tasks = tasks
        self._events = events
        self.job: JobControl | None = None
        self.table: SettlementTable | None = None
        self._previewed_mapping = ColumnMapping({})
        self._stage = ""
        self.steps = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        self.start = self._message_step(
            self.tr(
                "Importe el archivo de liquidación (CSV o Excel) para marcar como pagados los "
                "cobros que figuran en él. Antes de aplicar nada verá qué coincide, qué "
                "monto difiere, qué CIP no es de este perfil y qué cobros abiertos faltan."
            ),
            self.tr("Importar liquidación…"),
        )
        self.mapping = MappingStep(self)
        self.working = self._working_step()
        self.preview = PreviewStep(self)
        self.result = self._message_step("", self.tr("Importar otro archivo…"))
        for step in (self.start, self.mapping, self.working, self.preview, self.result):
            self.steps.addWidget(step)
        self.mapping.other_file_requested.connect(self.choose_file)
        self.mapping.preview_requested.connect(self._on_mapping_preview_requested)
        self.preview.back_requested.connect(lambda: self.steps.setCurrentWidget(self.mapping))
        self.preview.apply_requested.connect(self._on_preview_apply_requested)
        self.preview.voucher_activated.connect(events.open_voucher)

    # -- building ------------------------------------------------------------------------

    def _message_step(self, text: str, button_text: str) -> MessageStep:
        step = MessageStep(text, button_text, self)
        step.button.clicked.connect(self.choose_file)
        return step

    def _working_step(self) -> QWidget:
        step = QWidget(self)
        layout = QVBoxLayout(step)
        layout.setContentsMargins(24, 24, 24, 24)
        self.working_label = QLabel(step)
        self.progress = QProgressBar(step)
        self.cancel_button = QPushButton(self.tr("Cancelar"), step)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addWidget(self.working_label)
        layout.addLayout(row)
        layout.addStretch(1)
        return step

    # -- the flow ------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the file (CSV or Excel), then read it in the background."""
        path = ask_open_path(
            self,
            self.tr("Archivo de liquidación"),
            self.tr("Liquidación (*.csv *.txt *.xlsx *.xlsm);;Todos los archivos (*)"),
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        profile = self._profile

        def work() -> tuple[SettlementTable, ColumnMapping]:
            table = read_settlement(path)
            return table, starting_mapping(profile, table.headers)

        self._begin(self.tr("Leyendo {name}…").format(name=path.name), cancellable=False)
        self._stage = "read"
        self._tasks.run(work, self._on_file_read, self._on_failed, Lane.STORAGE, owner=self)

    def _on_file_read(self, read: tuple[SettlementTable, ColumnMapping]) -> None:
        self.table, mapping = read
        self.mapping.set_table(self.table, mapping)
        self.steps.setCurrentWidget(self.mapping)
        self.mapping.focus_first()

    def _on_mapping_preview_requested(self) -> None:
        if self.table is None or not self.mapping.check():
            return
        table, mapping, importer = self.table, self.mapping.mapping(), self._importer
        job = self._begin(self.tr("Comparando con los cobros…"), cancellable=True)
        self._stage = "preview"
        self._tasks.run(
            lambda: (importer.preview(table, mapping, job.report, job.cancelled), mapping),
            self._on_preview_ready,
            self._on_failed,
            Lane.STORAGE,
            owner=self,
        )

    def _on_preview_ready(self, ready: tuple[Any, ColumnMapping]) -> None:
        preview, self._previewed_mapping = ready
        self.preview.set_preview(preview)
        self.steps.setCurrentWidget(self.preview)

    def _on_preview_apply_requested(self) -> None:
        preview = self.preview.preview
        if preview is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Aplicar liquidación"),
            self.preview.counts_text() + "\n\n" + self.tr("¿Aplicar ahora?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        importer, profile, mapping = self._importer, self._profile, self._previewed_mapping
        job = self._begin(self.tr("Aplicando la liquidación…"), cancellable=True)

        def work() -> ApplyResult:
            result = importer.apply(preview, job.report, job.cancelled)
            save_mapping(profile, mapping)  # remembered once it proved right
            return result

        self._stage = "apply"
        self._tasks.run(work, self._on_applied, self._on_failed, Lane.STORAGE, owner=self)

    def applied_text(self, result: ApplyResult) -> str:
        """ "Liquidación aplicada: 2 cobros pagados (1 fuera de plazo), 1 discrepancia
        registrada, 1 línea sin cambios." (the late ones only when there are some)."""
        paid = self.tr("%Ln cobro(s) pagado(s)", "", result.paid)
        if result.late:
            paid = self.tr("{paid} ({late} fuera de plazo)").format(paid=paid, late=result.late)
        text = self.tr("Liquidación aplicada: {paid}, {problems}, {unchanged}.").format(
            paid=paid,
            problems=self.tr("%Ln discrepancia(s) registrada(s)", "", result.discrepancies),
            unchanged=self.tr("%Ln línea(s) sin cambios", "", result.unchanged),
        )
        if result.resorted:
            text += " " + self.tr(
                "%Ln línea(s) cambiaron desde la vista previa (otra estación se adelantó).",
                "",
                result.resorted,
            )
        return text

    def _on_applied(self, result: ApplyResult) -> None:
        self.job = None
        text = self.applied_text(result)
        self._show_result(text, ok=True)
        self._events.vouchers_changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        if self._stage == "preview" and isinstance(error, ImportCancelled):
            self.steps.setCurrentWidget(self.mapping)  # back to the columns, nothing lost
            self.finished.emit(self.tr("Vista previa cancelada."), True)
            return
        if self._stage == "preview" and isinstance(error, SettlementFileError):
            self.steps.setCurrentWidget(self.mapping)
            self.finished.emit(file_problem(error), False)
            return
        if isinstance(error, ImportCancelled):
            self._show_result(self.tr("Importación cancelada: no se cambió nada."), ok=True)
        elif isinstance(error, SettlementFileError):
            self._show_result(file_problem(error), ok=False)
        else:
            text = self.tr("No se pudo importar: {error}. No se cambió nada.").format(error=error)
            self._show_result(text, ok=False)

    # -- helpers -------------------------------------------------------------------------

    def _begin(self, text: str, *, cancellable: bool) -> JobControl:
        job = JobControl(self)
        job.progressed.connect(self._on_job_progressed)
        self.job = job
        self.working_label.setText(text)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.steps.setCurrentWidget(self.working)
        return job

    def _on_job_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.job.cancel()

    def _show_result(self, text: str, *, ok: bool) -> None:
        label = self.result.label
        severity = Severity.SUCCESS if ok else Severity.ERROR
        show_message(label, text, severity, extra="font-size:14px;")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps.setCurrentWidget(self.result)
        self.finished.emit(text, ok)
