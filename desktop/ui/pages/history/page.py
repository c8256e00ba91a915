"""The "Historial" page: every voucher of the profile, searched, filtered, sorted and exported."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.money import Currency, Money
from desktop.services.export import ExportFormat
from desktop.services.lookup import CurrencyTotal, HistoryQuery, VoucherLookup, VoucherNotFound
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.file_dialogs import OpenFolderButton
from desktop.ui.message_style import Severity, show_message
from desktop.ui.pages.history.exporting import HistoryExporter
from desktop.ui.pages.history.filters import (
    DateBasisCombo,
    HistoryFilter,
    OptionalDateEdit,
    StatusFilterButton,
    lima_day_bounds,
)
from desktop.ui.pages.history.keep_view import ViewKeeper
from desktop.ui.pages.history.model import ID_ROLE, HistoryModel
from desktop.ui.pages.history.table import build_history_table
from desktop.ui.tasks import Lane, TaskRunner

SEARCH_DELAY_MS = 250
CHANGES_DELAY_MS = 300
TICK_MS = 60_000


class HistoryScreen(QWidget):
    """The history table with its search box, filters, totals and export."""

    def __init__(
        self,
        lookup: VoucherLookup,
        tasks: TaskRunner,
        events: UiEvents,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._tasks = tasks
        self._events = events
        self.model = HistoryModel(
            tasks, lookup.rows, lookup.totals, HistoryQuery(lookup.profile), clock, parent=self
        )
        self.exporter = HistoryExporter(lookup, tasks, self, clock)
        self._build()
        self._search_timer = self._timer(SEARCH_DELAY_MS, self._on_search_timer_timeout)
        self._changes_timer = self._timer(CHANGES_DELAY_MS, self.refresh)
        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self.model.tick)
        self._tick_timer.start(TICK_MS)
        self._connect()
        self.model.set_query(self.current_query())

    # -- building ----------------------------------------------------------------------

    def _timer(self, msecs: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Historial"), self)
        title.setStyleSheet("font-size:20px;font-weight:600;")
        heading.addWidget(title)
        heading.addStretch(1)
        self.date_basis = DateBasisCombo(self)
        heading.addWidget(self.date_basis)
        heading.addSpacing(8)
        self.export_button = QPushButton(self.tr("Exportar"), self)
        self.export_button.setToolTip(self.tr("Exportar lo que se muestra a CSV o Excel"))
        self.export_button.setMinimumWidth(110)
        export_menu = QMenu(self.export_button)
        self.export_csv_action = export_menu.addAction(self.tr("CSV (.csv)…"))
        self.export_xlsx_action = export_menu.addAction(self.tr("Excel (.xlsx)…"))
        self.export_button.setMenu(export_menu)
        heading.addWidget(self.export_button)
        layout.addLayout(heading)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Buscar CIP, cliente, documento, correo o concepto"))
        self.search.setToolTip(
            self.tr(
                "Escriba para buscar (Ctrl+F). Escanee el código de barras de un voucher "
                "para abrirlo."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(170)
        self.search.installEventFilter(self)
        filters.addWidget(self.search, 1)
        self.status_filter = StatusFilterButton(self)
        self.status_filter.setMinimumWidth(150)
        filters.addWidget(self.status_filter)
        self.since_edit = OptionalDateEdit(self.tr("cualquiera"), self)
        self.until_edit = OptionalDateEdit(self.tr("cualquiera"), self)
        for text, edit in (
            (self.tr("&Desde"), self.since_edit),
            (self.tr("&Hasta"), self.until_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            edit.setMinimumWidth(112)
            filters.addSpacing(4)
            filters.addWidget(label)
            filters.addWidget(edit)
        self.clear_button = QPushButton(self.tr("Limpiar filtros"), self)
        filters.addSpacing(4)
        filters.addWidget(self.clear_button)
        for widget in (
            self.search,
            self.status_filter,
            self.since_edit,
            self.until_edit,
            self.clear_button,
            self.date_basis,
            self.export_button,
        ):
            widget.setMinimumHeight(30)
        layout.addLayout(filters)

        self.table = build_history_table(self.model, self)
        self.keeper = ViewKeeper(self.table, self.model)  # selection and place kept
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setStyleSheet(
            "QLabel#historyEmpty{color:#5f6b73;font-size:15px;background:white;"
            "border:1px solid #c9cdd0;}"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        footer = QHBoxLayout()
        self.totals_label = QLabel(self)
        self.totals_label.setStyleSheet("font-weight:600;")
        self.notice_label = QLabel(self)
        self.open_folder_button = OpenFolderButton(self)
        footer.addWidget(self.totals_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)
        footer.addWidget(self.open_folder_button)
        layout.addLayout(footer)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.since_edit)
        self.setTabOrder(self.since_edit, self.until_edit)
        self.setTabOrder(self.until_edit, self.clear_button)
        self.setTabOrder(self.clear_button, self.table)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.status_filter.selection_changed.connect(self._on_filters_changed)
        self.since_edit.dateChanged.connect(self._on_filters_changed)
        self.until_edit.dateChanged.connect(self._on_filters_changed)
        self.date_basis.currentIndexChanged.connect(self._on_filters_changed)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.export_csv_action.triggered.connect(lambda: self.export(ExportFormat.CSV))
        self.export_xlsx_action.triggered.connect(lambda: self.export(ExportFormat.XLSX))
        self.exporter.finished.connect(self._on_exporter_finished)
        self.exporter.written.connect(self.open_folder_button.offer)
        self.table.activated.connect(self._on_table_activated)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.totals_changed.connect(self._on_model_totals_changed)
        self.model.load_failed.connect(self._on_model_load_failed)
        self._events.vouchers_changed.connect(self._on_events_vouchers_changed)

    # -- what the main window calls ----------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """F5 and changes elsewhere: ask the store again, keeping the selection and position."""
        self._changes_timer.stop()
        self.model.refresh()

    def apply_filter(self, wanted: HistoryFilter) -> None:
        """Show exactly ``wanted`` (a Resumen card): the search and other filters are cleared."""
        widgets = (
            self.search,
            self.status_filter,
            self.since_edit,
            self.until_edit,
            self.date_basis,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.set_selected(list(wanted.statuses))
        self.since_edit.set_value(wanted.since)
        self.until_edit.set_value(wanted.until)
        self.date_basis.set_value(wanted.dated)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- queries -----------------------------------------------------------------------

    def current_query(self) -> HistoryQuery:
        """What the widgets ask for, in the model's current sort order."""
        since, until = lima_day_bounds(self.since_edit.value(), self.until_edit.value())
        return replace(
            self.model.query,
            search=self.search.text().strip(),
            statuses=tuple(self.status_filter.selected()),
            since=since,
            until=until,
            dated=self.date_basis.value(),
        )

    def has_filters(self) -> bool:
        query = self.current_query()
        return bool(query.search or query.statuses or query.since or query.until)

    def selected_voucher_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def export(self, fmt: ExportFormat) -> None:
        """Export every row that matches the current filters, in the order shown."""
        self.exporter.start(fmt, self.current_query())

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.current_query()
        if query != self.model.query:
            self.notice_label.clear()
            self.model.set_query(query)

    # -- slots -------------------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._apply_filters()

    def _on_filters_changed(self, *_args: object) -> None:
        self._apply_filters()

    def _on_clear_button_clicked(self) -> None:
        self.apply_filter(HistoryFilter())

    def _on_search_return_pressed(self) -> None:
        """A barcode scanner types the CIP digits and Enter: open that voucher."""
        text = self.search.text().strip()
        self._apply_filters()
        self.search.selectAll()  # the next scan replaces this one
        if not text.isdigit():
            return
        lookup = self._lookup
        self._tasks.run(
            lambda: lookup.find(text).id,
            self._on_scan_found,
            lambda error: self._on_scan_failed(text, error),
            lane=Lane.NETWORK,
            owner=self,
        )

    def _on_scan_found(self, voucher_id: int) -> None:
        self.notice_label.clear()
        self._events.open_voucher.emit(voucher_id)

    def _on_scan_failed(self, cip: str, error: BaseException) -> None:
        if not isinstance(error, VoucherNotFound):
            raise error
        text = self.tr("No hay ningún voucher con el CIP {cip} en este perfil.").format(cip=cip)
        self._notify(text, error=True)

    def _on_table_activated(self, index: QModelIndex) -> None:
        voucher_id = index.data(ID_ROLE)
        if voucher_id is not None:
            self._events.open_voucher.emit(voucher_id)

    def _on_events_vouchers_changed(self) -> None:
        self._changes_timer.start()  # a burst of changes becomes one query

    def _on_model_totals_changed(self) -> None:
        self.totals_label.setText(self.totals_text())
        self.totals_label.setToolTip(self.totals_tip() if self.model.total is not None else "")

    def _on_model_loaded(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        if self.has_filters():
            text = self.tr(
                "Ningún cobro coincide con la búsqueda o los filtros.\n"
                "Pruebe con otras palabras o pulse «Limpiar filtros»."
            )
        else:
            text = self.tr(
                "Todavía no hay cobros en este perfil.\nEmita el primero en «Nuevo cobro» (Ctrl+N)."
            )
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _on_model_load_failed(self, error: BaseException) -> None:
        text = self.tr("No se pudo leer el historial: {error}").format(error=error)
        self._notify(text, error=True)

    def _on_exporter_finished(self, text: str, ok: bool) -> None:
        self._notify(text, error=not ok)

    def _notify(self, text: str, *, error: bool) -> None:
        """A note beside the totals (in the error style for problems) and in the status bar."""
        self.open_folder_button.withdraw()
        show_message(self.notice_label, text, Severity.ERROR if error else Severity.SUCCESS)
        self._events.status_message.emit(text)

    def totals_text(self) -> str:
        """ "11 cobros · Cobrado S/ 1,200.00 · Pendiente S/ 300.00": how many match, and
        of those the money collected and still to collect, per currency ("Calculando…"
        while the totals of new filters are being added up)."""
        if self.model.total is None:
            return self.tr("Calculando totales…")
        count = self.model.total
        parts = [self.tr("%Ln cobro(s)", "", count)]
        shown = [c.value for c in Currency if c.value in self.model.totals]
        if shown:
            parts.append(
                self.tr("Cobrado {amounts}").format(amounts=_sums(self.model.collected, shown))
            )
            parts.append(
                self.tr("Pendiente {amounts}").format(amounts=_sums(self.model.pending, shown))
            )
        return " · ".join(parts)

    def totals_tip(self) -> str:
        """What the totals cover (and what they leave out), with their counts."""
        paid = sum(t.count for t in self.model.collected.values())
        payable = sum(t.count for t in self.model.pending.values())
        return "\n".join(
            (
                self.tr("Cobrado: suma de %Ln cobro(s) pagado(s).", "", paid),
                self.tr("Pendiente: suma de %Ln cobro(s) que aún se puede(n) pagar.", "", payable),
                self.tr(
                    "No se suman los anulados, los expirados, los sin confirmar ni los no emitidos."
                ),
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes to the results, keyboard first.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)


def _sums(totals: dict[str, CurrencyTotal], currencies: Sequence[str]) -> str:
    """``S/ 1,200.00 + US$ 50.00``: the currencies of ``currencies`` this group has; zero in
    the first of them when it has none."""
    present = [c for c in currencies if c in totals] or list(currencies[:1])
    return " + ".join(
        str(totals[c].money if c in totals else Money.from_cents(0, c)) for c in present
    )


def create(ctx: UiContext) -> QWidget:
    return HistoryScreen(ctx.runtime.lookup, ctx.tasks, ctx.events, ctx.clock)
