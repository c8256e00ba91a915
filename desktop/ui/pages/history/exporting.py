"""Exporting what the history shows: pick a file, run the export off the GUI thread, show
progress, allow cancelling. The writing itself is ``desktop.services.export``."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.domain.limatime import Clock, lima_now, utc_now
from desktop.domain.status import VoucherStatus
from desktop.services.export import (
    ExportCancelled,
    ExportFormat,
    ExportResult,
    HistorySource,
    export_history,
)
from desktop.services.lookup import HistoryQuery
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.format import status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.tasks import Lane, TaskRunner

EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("HistoryExport", "CIP"),
    QT_TRANSLATE_NOOP("HistoryExport", "Código de transacción"),
    QT_TRANSLATE_NOOP("HistoryExport", "Fecha (Lima)"),
    QT_TRANSLATE_NOOP("HistoryExport", "Cliente"),
    QT_TRANSLATE_NOOP("HistoryExport", "Documento"),
    QT_TRANSLATE_NOOP("HistoryExport", "Correo"),
    QT_TRANSLATE_NOOP("HistoryExport", "Concepto"),
    QT_TRANSLATE_NOOP("HistoryExport", "Moneda"),
    QT_TRANSLATE_NOOP("HistoryExport", "Monto"),
    QT_TRANSLATE_NOOP("HistoryExport", "Estado"),
    QT_TRANSLATE_NOOP("HistoryExport", "Vence (Lima)"),
    QT_TRANSLATE_NOOP("HistoryExport", "Pagado (Lima)"),
    QT_TRANSLATE_NOOP("HistoryExport", "N.º de operación"),
    QT_TRANSLATE_NOOP("HistoryExport", "Última consulta (Lima)"),
)
EXPORT_PAGE_SIZE = 1000


class HistoryExporter(QObject):
    """One export at a time. ``finished(text, ok)`` carries the message for the status bar."""

    progressed = Signal(int, int)  # emitted from the worker; delivered queued to the GUI
    finished = Signal(str, bool)
    written = Signal(object)  # the Path of a finished export («Abrir carpeta»)

    def __init__(
        self,
        source: HistorySource,
        tasks: TaskRunner,
        parent: QWidget,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._tasks = tasks
        self._parent = parent
        self._clock = clock
        self.page_size = EXPORT_PAGE_SIZE
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()
        self.progressed.connect(self._on_worker_progressed, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self.progress is not None

    def start(self, fmt: ExportFormat, query: HistoryQuery) -> None:
        """Ask where to save, then export every row of ``query`` there."""
        if self.running:
            return
        path = self._ask_path(fmt)
        if path is None:
            return
        self._cancel.clear()
        self.progress = QProgressDialog(
            self.tr("Exportando cobros…"), self.tr("Cancelar"), 0, 0, self._parent
        )
        self.progress.setWindowTitle(self.tr("Exportar historial"))
        self.progress.setMinimumWidth(380)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._on_progress_canceled)
        headers = tuple(QCoreApplication.translate("HistoryExport", h) for h in EXPORT_HEADERS)
        labels = {code.value: status_label(code) for code in VoucherStatus}  # translated here, once
        title = self.tr("Historial")
        source, cancel, page_size = self._source, self._cancel, self.page_size
        emit = self.progressed.emit

        def work() -> ExportResult:
            return export_history(
                source,
                query,
                path,
                fmt,
                headers=headers,
                status_label=lambda code: labels.get(code, code),
                sheet_title=title,
                progress=emit,
                cancelled=cancel.is_set,
                page_size=page_size,
            )

        self._tasks.run(
            work, self._on_export_done, self._on_export_failed, lane=Lane.NETWORK, owner=self
        )

    def cancel(self) -> None:
        self._cancel.set()

    def _ask_path(self, fmt: ExportFormat) -> Path | None:
        name = f"historial-{lima_now(self._clock):%Y-%m-%d}.{fmt.value}"
        if fmt is ExportFormat.XLSX:
            title, pattern = self.tr("Exportar a Excel"), self.tr("Libro de Excel (*.xlsx)")
        else:
            title, pattern = self.tr("Exportar a CSV"), self.tr("Archivo CSV (*.csv)")
        return ask_save_path(self._parent, title, name, pattern, (f".{fmt.value}",))

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self._cancel.is_set():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))
            self.progress.setLabelText(
                self.tr("Exportando cobros… {done} de {total}").format(
                    done=f"{done:,}", total=f"{total:,}"
                )
            )

    def _on_progress_canceled(self) -> None:
        self._cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelando…"))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_progress_canceled)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_export_done(self, result: ExportResult) -> None:
        self._close_progress()
        text = self.tr("Se exportó %Ln cobro(s) a {name}.", "", result.rows).format(
            name=result.path.name
        )
        self.finished.emit(text, True)
        self.written.emit(result.path)

    def _on_export_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, ExportCancelled):
            self.finished.emit(self.tr("Exportación cancelada: no se guardó ningún archivo."), True)
            return
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        message = self.tr("No se pudo exportar el historial: {error}").format(error=reason)
        QMessageBox.warning(self._parent, self.tr("Exportar historial"), message)
        self.finished.emit(message, False)
