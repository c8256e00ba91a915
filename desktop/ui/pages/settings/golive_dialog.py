"""«Probar antes de salir a producción»: runs the go-live check off the GUI thread, shows
each flow as it goes (its steps and, when it fails, what to fix), then saves or opens the
signed report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.golive import (
    FLOWS,
    FlowResult,
    FlowStatus,
    GoLiveRun,
    Progress,
    copy_report,
)
from desktop.ui.file_dialogs import OpenFolderButton, ask_save_path
from desktop.ui.message_style import Severity, style_message
from desktop.ui.pages.settings import golive_words as words
from desktop.ui.tasks import TaskRunner

COLORS = {
    FlowStatus.PASSED: "#1b7a36",
    FlowStatus.FAILED: "#b3261e",
    FlowStatus.NOT_APPLICABLE: "#6b6b6b",
}
MARKS = {FlowStatus.PASSED: "✓", FlowStatus.FAILED: "✗", FlowStatus.NOT_APPLICABLE: "—"}
RESULT, TIME = 1, 2

Runner = Callable[[Progress], GoLiveRun]
"""Runs the check on one profile, telling ``Progress`` as each flow starts and ends."""


class GoLiveDialog(QDialog):
    run_finished = Signal(object)  # the GoLiveRun, once its report is kept
    flow_reported = Signal(str, object)  # from the worker: (code, FlowResult | None), queued

    def __init__(
        self, tasks: TaskRunner, run: Runner, profile: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._run = run
        self.running = False
        self.last_run: GoLiveRun | None = None
        self._results: dict[str, FlowResult] = {}
        self.setWindowTitle(self.tr("Prueba de salida a producción"))
        self.resize(860, 580)
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr(
                "Corre flujos completos con el perfil «{profile}», como en la caja: emitir, "
                "pagar, vencer, anular y extender; notificaciones repetidas, perdidas o con "
                "firma falsa; una respuesta tardía, una conexión cortada y el reloj. Con el "
                "simulador incluido corren todos; contra la pre-producción de PagoEfectivo no "
                "aplican los que necesitan pagar o provocar fallas. Al final queda un informe "
                "firmado (PDF y JSON) como constancia."
            ).format(profile=profile),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.flows = QTreeWidget(self)
        self.flows.setRootIsDecorated(False)
        self.flows.setHeaderLabels([self.tr("Flujo"), self.tr("Resultado"), self.tr("Tiempo")])
        header = self.flows.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (RESULT, TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._items = {}
        for number, code in enumerate(FLOWS, 1):
            item = QTreeWidgetItem(self.flows, [f"{number}. {words.title(code)}", "", ""])
            self._items[code] = item
        layout.addWidget(self.flows, 3)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Elija un flujo para ver sus pasos."))
        layout.addWidget(self.details, 2)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Iniciar prueba"), self)
        self.save_button = QPushButton(self.tr("Guardar informe…"), self)
        self.open_button = QPushButton(self.tr("Abrir informe"), self)
        self.folder_button = OpenFolderButton(self)
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        for button in (self.start_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.start_button.setDefault(True)
        self._show_idle()

        self.flow_reported.connect(self._on_reported)
        self.flows.currentItemChanged.connect(self._on_current_changed)
        self.start_button.clicked.connect(self.start)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.close_button.clicked.connect(self.reject)

    # -- running ----------------------------------------------------------------------------

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self.last_run = None
        self._results.clear()
        for item in self._items.values():
            self._paint(item, self.tr("Pendiente"), "", "#6b6b6b")
        self.details.clear()
        self._say(self.tr("Probando… no cierre PagoDesk hasta que termine."), Severity.INFO)
        self._show_idle()
        run, report = self._run, self.flow_reported.emit
        self._tasks.run(lambda: run(report), self._on_done, self._on_failed, owner=self)

    def _on_reported(self, code: str, result: FlowResult | None) -> None:
        item = self._items.get(code)
        if item is None:
            return
        if result is None:
            self._paint(item, self.tr("En curso…"), "", "#0b5c7a")
            self.flows.scrollToItem(item)
            return
        self._results[code] = result
        mark = f"{MARKS[result.status]} {words.status_word(result.status)}"
        time = "" if result.status is FlowStatus.NOT_APPLICABLE else f"{result.ms:.0f} ms"
        self._paint(item, mark, time, COLORS[result.status])
        first_failure = result.failed and sum(r.failed for r in self._results.values()) == 1
        if first_failure or self.flows.currentItem() is item:
            self.flows.setCurrentItem(item)
            self._show_details(code)

    def _on_done(self, run: GoLiveRun) -> None:
        self.running = False
        self.last_run = run
        result = run.result
        na = result.count(FlowStatus.NOT_APPLICABLE)
        if result.passed:
            text = self.tr(
                "Aprobada: %n flujos superados, todos los que aplican.", "", result.applicable
            )
            severity = Severity.SUCCESS
        else:
            failed = result.count(FlowStatus.FAILED)
            text = self.tr("No aprobada: %n flujos fallaron.", "", failed)
            severity = Severity.ERROR
        if na:
            text += " " + self.tr("%n flujos no aplican contra PagoEfectivo.", "", na)
        text += " " + self.tr("Informe firmado guardado: {name}.").format(
            name=run.report.pdf_path.name
        )
        self._say(text, severity)
        self._show_idle()
        self.run_finished.emit(run)

    def _on_failed(self, error: BaseException) -> None:
        self.running = False
        self._say(self.tr("La prueba no pudo correr: {error}").format(error=error), Severity.ERROR)
        self._show_idle()

    # -- the report -------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        if self.last_run is None:
            return
        report = self.last_run.report
        path = ask_save_path(
            self,
            self.tr("Guardar informe"),
            report.pdf_path.name,
            self.tr("Informe PDF (*.pdf)"),
            (".pdf",),
        )
        if path is None:
            return
        self._tasks.run(
            lambda: copy_report(report, path),
            self._on_saved,
            lambda error: self._say(
                self.tr("No se pudo guardar: {error}").format(error=error), Severity.ERROR
            ),
            owner=self,
        )

    def _on_saved(self, paths: tuple[Path, Path]) -> None:
        pdf, signed = paths
        self._say(
            self.tr("Informe guardado en {pdf} (y su JSON firmado, {json}).").format(
                pdf=pdf, json=signed.name
            ),
            Severity.SUCCESS,
        )
        self.folder_button.offer(pdf)

    def _on_open_clicked(self) -> None:
        if self.last_run is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_run.report.pdf_path)))

    # -- showing ----------------------------------------------------------------------------

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        code = next((c for c, item in self._items.items() if item is current), None)
        if code is not None:
            self._show_details(code)

    def _show_details(self, code: str) -> None:
        result = self._results.get(code)
        if result is None:
            self.details.clear()
            return
        lines = [words.title(code)]
        if result.status is FlowStatus.NOT_APPLICABLE:
            lines.append(words.not_applicable())
        for step in result.steps:
            mark = "✓" if step.ok else "✗"
            lines.append(f"  {mark} {words.step_text(step)} ({step.ms:.0f} ms)")
        if result.failed:
            lines.append(self.tr("Qué corregir: {fix}").format(fix=words.fix(result)))
        self.details.setPlainText("\n".join(lines))

    def _paint(self, item: QTreeWidgetItem, result: str, time: str, color: str) -> None:
        item.setText(RESULT, result)
        item.setText(TIME, time)
        item.setForeground(RESULT, QBrush(QColor(color)))

    def _say(self, text: str, severity: Severity) -> None:
        self.summary.setText(text)
        style_message(self.summary, severity, boxed=True)
        self.summary.show()

    def _show_idle(self) -> None:
        done = self.last_run is not None and not self.running
        self.start_button.setEnabled(not self.running)
        self.start_button.setText(
            self.tr("Probar otra vez") if self.last_run else self.tr("Iniciar prueba")
        )
        self.save_button.setEnabled(done)
        self.open_button.setEnabled(done)
        self.close_button.setEnabled(not self.running)

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        if not self.running:  # a check under way finishes first (it leaves the simulator tidy)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)
