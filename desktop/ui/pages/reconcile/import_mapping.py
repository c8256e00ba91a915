"""The mapping step: which column of the file holds each field, checked as it is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.settlement_file import (
    REQUIRED_FIELDS,
    SETTLEMENT_FIELDS,
    ColumnMapping,
    SettlementTable,
)
from desktop.ui.message_style import Severity, style_message
from desktop.ui.pages.history.table import read_only_table
from desktop.ui.pages.reconcile.import_words import field_label
from desktop.ui.pages.reconcile.queue_view import PRIMARY_STYLE

SAMPLE_ROWS = 5


class MappingStep(QWidget):
    """One combo per field with the file's headers; problems beside the field."""

    preview_requested = Signal()
    other_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: SettlementTable | None = None
        self.combos: dict[str, QComboBox] = {}
        self.problems: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        self.file_label = QLabel(self)
        self.file_label.setStyleSheet("font-weight:600;")
        layout.addWidget(self.file_label)
        explanation = QLabel(
            self.tr(
                "Indique qué columna del archivo tiene cada dato. Los marcados con * son "
                "obligatorios; sin moneda se asume PEN. La elección se recuerda para este perfil."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, name in enumerate(SETTLEMENT_FIELDS):
            required = name in REQUIRED_FIELDS
            label = QLabel(field_label(name) + (" *" if required else ""), self)
            combo = QComboBox(self)
            combo.setMinimumWidth(240)
            label.setBuddy(combo)
            problem = QLabel(self)
            style_message(problem, Severity.ERROR)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(problem, row, 2)
            self.combos[name] = combo
            self.problems[name] = problem
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Primeras líneas del archivo:"), self))
        self.sample = QStandardItemModel(self)
        self.sample_view = read_only_table(self.sample, self)
        self.sample_view.setFixedHeight(180)
        layout.addWidget(self.sample_view)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Elegir otro archivo…"), self)
        self.preview_button = QPushButton(self.tr("Ver vista previa"), self)
        self.preview_button.setObjectName("primary")
        self.setStyleSheet(PRIMARY_STYLE)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        layout.addLayout(buttons)
        self.other_button.clicked.connect(self.other_file_requested)
        self.preview_button.clicked.connect(self.preview_requested)

    def set_table(self, table: SettlementTable, mapping: ColumnMapping) -> None:
        """Show a file's headers and first lines, with ``mapping`` chosen where it fits."""
        self.table = table
        self.file_label.setText(
            self.tr("{name}: %Ln línea(s) de datos", "", len(table.rows)).format(
                name=table.path.name
            )
        )
        none = self.tr("(ninguna)")
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none, "")
            for header in table.headers:
                combo.addItem(header, header)
            wanted = mapping.columns.get(name, "")
            at = combo.findData(wanted) if wanted else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
        self.sample.clear()
        self.sample.setHorizontalHeaderLabels(table.headers)
        for row in table.rows[:SAMPLE_ROWS]:
            self.sample.appendRow([QStandardItem(cell) for cell in row])
        self.sample_view.resizeColumnsToContents()
        self.check()

    def mapping(self) -> ColumnMapping:
        chosen = {name: combo.currentData() for name, combo in self.combos.items()}
        return ColumnMapping({name: header for name, header in chosen.items() if header})

    def check(self) -> bool:
        """Show each field's problem beside it; the preview is possible only without any."""
        headers = self.table.headers if self.table is not None else []
        found: dict[str, str] = {}
        for code in self.mapping().problems(headers):
            kind, _, what = code.partition(":")
            if kind == "missing":
                found[what] = self.tr("Elija la columna.")
            elif kind == "shared_header":
                for name, header in self.mapping().columns.items():
                    if header == what:
                        found.setdefault(name, self.tr("Otro dato ya usa esta columna."))
        for name, label in self.problems.items():
            label.setText(found.get(name, ""))
        ok = not found and self.table is not None
        self.preview_button.setEnabled(ok)
        return ok

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.check()

    def focus_first(self) -> None:
        self.combos[SETTLEMENT_FIELDS[0]].setFocus(Qt.FocusReason.OtherFocusReason)
