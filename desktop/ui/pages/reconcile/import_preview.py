"""The preview step: counts per kind as chips that filter the colour-coded lines, and the
open vouchers missing from the file. Nothing is applied here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.settlement import (
    LineKind,
    SettlementPreview,
    changes_something,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.pages.reconcile.columns import (
    amount_column,
    cip_column,
    status_column,
    time_column,
)
from desktop.ui.pages.reconcile.import_words import KIND_COLORS, kind_label, line_text
from desktop.ui.pages.reconcile.queue_model import Column
from desktop.ui.pages.reconcile.queue_view import PRIMARY_STYLE, QueueView

ALL = "all"
MISSING = "missing"
CHIP_STYLE = (
    'QPushButton[chip="true"]{border:1px solid #c9cdd0;border-radius:12px;padding:4px 12px;'
    'background:white;}QPushButton[chip="true"]:checked{background:#1f5a73;color:white;'
    "border-color:#1f5a73;}"
)


def line_columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("ReconcileColumns", "Línea"),
            lambda r: str(r.number),
            lambda r: r.number,
            right=True,
            width=60,
        ),
        cip_column(),
        amount_column(),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Pagado"), lambda r: r.paid_at),
        Column(
            QT_TRANSLATE_NOOP("ReconcileColumns", "Operación"),
            lambda r: r.operation_number or "",
            width=110,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReconcileColumns", "Resultado"),
            lambda r: kind_label(r.kind),
            color=lambda r: KIND_COLORS[r.kind][0],
            width=130,
        ),
        Column(QT_TRANSLATE_NOOP("ReconcileColumns", "Detalle"), line_text),
    ]


def missing_columns() -> list[Column]:
    return [
        cip_column(),
        amount_column(),
        status_column(),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Vence"), lambda r: r.expires_at, None),
    ]


class PreviewStep(QWidget):
    """What the file would do, before anything is applied."""

    apply_requested = Signal()
    back_requested = Signal()
    voucher_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: SettlementPreview | None = None
        self.chips: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight:600;")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        chips = QHBoxLayout()
        chips.setSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for key in (ALL, *LineKind, MISSING):
            chip = QPushButton(self)
            chip.setCheckable(True)
            chip.setProperty("chip", True)
            chip.clicked.connect(lambda _checked=False, k=key: self.show_kind(k))
            self._group.addButton(chip)
            chips.addWidget(chip)
            self.chips[key] = chip
        chips.addStretch(1)
        layout.addLayout(chips)
        self.lines = QueueView(
            line_columns(),
            self.tr("Cada línea del archivo y lo que pasará con ella al aplicar."),
            row_id=lambda line: line.voucher_id,
            background=lambda line: KIND_COLORS[line.kind][1],
            parent=self,
        )
        self.missing = QueueView(
            missing_columns(),
            self.tr(
                "Vouchers abiertos que el archivo no menciona (creados hasta el día de su "
                "último pago). Solo se informan: aplicar no los cambia."
            ),
            parent=self,
        )
        self.lines.empty_label.setText(self.tr("Ninguna línea de este tipo"))
        self.missing.empty_label.setText(self.tr("El archivo menciona todos los cobros abiertos"))
        self.tables = QStackedWidget(self)
        self.tables.addWidget(self.lines)
        self.tables.addWidget(self.missing)
        layout.addWidget(self.tables, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Volver a las columnas"), self)
        self.apply_button = QPushButton(self.tr("Aplicar"), self)
        self.apply_button.setObjectName("primary")
        for button in (self.back_button, self.apply_button):
            button.setMinimumHeight(30)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)
        self.setStyleSheet(PRIMARY_STYLE + CHIP_STYLE)
        self.back_button.clicked.connect(self.back_requested)
        self.apply_button.clicked.connect(self.apply_requested)
        for view in (self.lines, self.missing):
            view.voucher_activated.connect(self.voucher_activated)

    def set_preview(self, preview: SettlementPreview) -> None:
        self.preview = preview
        counts = preview.counts()
        self.summary.setText(
            self.tr(
                "{name}: %Ln línea(s). Revise antes de aplicar.", "", len(preview.lines)
            ).format(name=preview.file_name)
        )
        self.chips[ALL].setText(self.tr("Todas ({n})").format(n=len(preview.lines)))
        for kind in LineKind:
            self.chips[kind].setText(f"{kind_label(kind)} ({counts[kind]})")
            self.chips[kind].setVisible(counts[kind] > 0 or kind is LineKind.MATCHED)
        self.chips[MISSING].setText(
            self.tr("Faltan en el archivo ({n})").format(n=len(preview.missing))
        )
        self.missing.set_rows(preview.missing)
        acting = sum(1 for line in preview.lines if changes_something(line))
        self.apply_button.setEnabled(acting > 0)
        self.apply_button.setToolTip("" if acting else self.tr("Nada que aplicar"))
        self.show_kind(ALL)

    def show_kind(self, key: str) -> None:
        """Filter the lines by kind (``all``), or show the missing vouchers (``missing``)."""
        self.chips[key].setChecked(True)
        if key == MISSING:
            self.tables.setCurrentWidget(self.missing)
            return
        lines = self.preview.lines if self.preview is not None else []
        chosen = lines if key == ALL else [line for line in lines if line.kind == key]
        self.lines.set_rows(chosen)
        self.tables.setCurrentWidget(self.lines)

    def counts_text(self) -> str:
        """The confirmation's summary of what applying does."""
        assert self.preview is not None
        counts = self.preview.counts()
        to_record = sum(
            1
            for line in self.preview.lines
            if changes_something(line) and line.kind is not LineKind.MATCHED
        )
        return self.tr("{paid} {problems} {unknown} y {invalid} no cambian nada.").format(
            paid=self.tr(
                "Se marcará(n) %Ln cobro(s) como pagado(s).", "", counts[LineKind.MATCHED]
            ),
            problems=self.tr(
                "Se registrará(n) hasta %Ln discrepancia(s) para revisar.", "", to_record
            ),
            unknown=self.tr("%Ln línea(s) con CIP desconocido", "", counts[LineKind.UNKNOWN_CIP]),
            invalid=self.tr("%Ln no válida(s)", "", counts[LineKind.INVALID]),
        )
