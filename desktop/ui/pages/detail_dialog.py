"""Detalle del voucher: everything known, the event timeline, the receipt preview, reprint."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.limatime import Clock, utc_now
from desktop.services.lookup import VoucherLookup, VoucherNotFound
from desktop.services.receipts import ReceiptService
from desktop.ui.context import UiContext
from desktop.ui.format import STATUS_COLORS, money, status_label
from desktop.ui.pages.detail.fields import VoucherFields
from desktop.ui.pages.detail.preview import PreviewPanel
from desktop.ui.pages.detail.timeline import EventTableModel, TimelineView
from desktop.ui.pages.detail.wording import no_receipt_text, share_text
from desktop.ui.printing import DialogFactory
from desktop.ui.tasks import TaskRunner

PRINTABLE = ("pending", "paid", "expired", "annulled")


def _snapshot(row: Any) -> SimpleNamespace:
    """A plain copy of a stored row: ORM objects never cross from the worker to the GUI."""
    return SimpleNamespace(**row.model_dump())


class DetailDialog(QDialog):
    """Non-modal: staff may keep several vouchers open while they work."""

    def __init__(
        self,
        tasks: TaskRunner,
        lookup: VoucherLookup,
        receipts: ReceiptService,
        voucher_id: int,
        *,
        clock: Clock = utc_now,
        paper: str = "a4",
        dialog_factory: DialogFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.voucher_id = voucher_id
        self.voucher: SimpleNamespace | None = None
        self._tasks = tasks
        self._lookup = lookup
        self._clock = clock
        self._shown_state: tuple[str, int] | None = None
        self.setWindowTitle(self.tr("Detalle del voucher #{id}").format(id=voucher_id))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.resize(1100, 720)
        self.setMinimumSize(960, 620)
        self.preview = PreviewPanel(tasks, receipts, voucher_id, paper, dialog_factory, self)
        self._build()
        self.reload()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self._build_header())
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background:#fff4e0;border:1px solid #e0b060;color:#5a3d00;padding:8px 10px;"
        )
        self.notice.hide()
        layout.addWidget(self.notice)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(splitter)
        self.fields = VoucherFields()
        data_scroll = QScrollArea()
        data_scroll.setWidgetResizable(True)
        data_scroll.setFrameShape(QFrame.Shape.NoFrame)
        data_scroll.setWidget(self.fields)
        self.tabs.addTab(data_scroll, self.tr("Datos"))
        self.events_model = EventTableModel(self)
        self.events_view = TimelineView(self.events_model)
        self.tabs.addTab(self.events_view, self.tr("Eventos"))
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([540, 520])
        layout.addWidget(splitter, 1)

        layout.addLayout(self._build_actions())
        footer = QHBoxLayout()
        self.feedback = QLabel(self)
        self.feedback.setStyleSheet("color:#1b5e20;")
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.setToolTip(self.tr("Cerrar (Esc)"))
        self.close_button.clicked.connect(self.close)
        footer.addWidget(self.feedback, 1)
        footer.addWidget(self.close_button)
        layout.addLayout(footer)

        self.preview.feedback_changed.connect(self.feedback.setText)
        self.preview.no_receipt_found.connect(self._on_preview_no_receipt_found)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self.print_shortcut.activated.connect(self.print_current)

    def _build_header(self) -> QWidget:
        header = QFrame(self)
        header.setObjectName("detailHeader")
        header.setStyleSheet(
            "QFrame#detailHeader{background:#f4f7f9;border:1px solid #d9e1e6;border-radius:4px;}"
        )
        row = QHBoxLayout(header)
        row.setContentsMargins(14, 10, 14, 10)
        cip_box = QVBoxLayout()
        caption = QLabel(self.tr("Código de pago (CIP)"), header)
        caption.setStyleSheet("color:#555;")
        self.cip_label = QLabel(self.tr("Cargando…"), header)
        self.cip_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cip_label.setStyleSheet("font-size:30px;font-weight:700;letter-spacing:2px;")
        cip_box.addWidget(caption)
        cip_box.addWidget(self.cip_label)
        copy_row = QHBoxLayout()
        self.copy_cip_button = QPushButton(self.tr("Copiar CIP"), header)
        self.copy_link_button = QPushButton(self.tr("Copiar enlace"), header)
        self.copy_share_button = QPushButton(self.tr("Copiar texto para compartir"), header)
        self.copy_share_button.setToolTip(self.tr("Mensaje para WhatsApp o correo"))
        for button in (self.copy_cip_button, self.copy_link_button, self.copy_share_button):
            button.setEnabled(False)
            copy_row.addWidget(button)
        copy_row.addStretch(1)
        cip_box.addLayout(copy_row)
        row.addLayout(cip_box, 1)

        right = QVBoxLayout()
        self.status_chip = QLabel(header)
        self.status_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.amount_label = QLabel(header)
        self.amount_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_label.setStyleSheet("font-size:24px;font-weight:600;")
        self.concept_label = QLabel(header)
        self.concept_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.concept_label.setStyleSheet("color:#444;")
        right.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.amount_label)
        right.addWidget(self.concept_label)
        right.addStretch(1)
        row.addLayout(right)

        self.copy_cip_button.clicked.connect(self._on_copy_cip_clicked)
        self.copy_link_button.clicked.connect(self._on_copy_link_clicked)
        self.copy_share_button.clicked.connect(self._on_copy_share_clicked)
        return header

    def _build_actions(self) -> QHBoxLayout:
        """Reconciliation actions: their place is kept; they arrive with the next release."""
        row = QHBoxLayout()
        caption = QLabel(self.tr("Conciliación:"), self)
        caption.setStyleSheet("color:#555;")
        row.addWidget(caption)
        self.action_buttons: dict[str, QPushButton] = {}
        for key, label in (
            ("recheck", self.tr("Volver a consultar")),
            ("extend", self.tr("Extender vencimiento")),
            ("annul", self.tr("Anular")),
            ("mark_paid", self.tr("Marcar pagado")),
            ("mark_expired", self.tr("Marcar expirado")),
        ):
            button = QPushButton(label, self)
            button.setEnabled(False)
            button.setToolTip(self.tr("Disponible próximamente"))
            row.addWidget(button)
            self.action_buttons[key] = button
        row.addStretch(1)
        return row

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the voucher and its events again (after a sync or any change)."""
        lookup, ref = self._lookup, f"#{self.voucher_id}"

        def work() -> tuple[SimpleNamespace, list[SimpleNamespace]]:
            detail = lookup.detail(ref)
            return _snapshot(detail.voucher), [_snapshot(e) for e in detail.events]

        self._tasks.run(work, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, result: Any) -> None:
        if not isValid(self):
            return
        voucher, events = result
        self.voucher = voucher
        has_cip = voucher.cip is not None and voucher.status in PRINTABLE
        ref = str(voucher.cip) if has_cip else f"#{voucher.id}"
        self.setWindowTitle(self.tr("Detalle del voucher {ref}").format(ref=ref))
        self.cip_label.setText(str(voucher.cip) if has_cip else self.tr("Sin CIP"))
        self.cip_label.setStyleSheet(
            "font-size:30px;font-weight:700;letter-spacing:2px;"
            + ("" if has_cip else "color:#8a8a8a;")
        )
        color = STATUS_COLORS.get(voucher.status, "#555")
        self.status_chip.setText(status_label(voucher.status))
        self.status_chip.setStyleSheet(
            f"background:{color};color:white;font-weight:600;padding:3px 12px;border-radius:3px;"
        )
        self.amount_label.setText(money(voucher.amount_cents, voucher.currency))
        self.concept_label.setText(voucher.concept or "")
        self.copy_cip_button.setEnabled(has_cip)
        self.copy_link_button.setEnabled(has_cip and bool(voucher.cip_url))
        self.copy_share_button.setEnabled(has_cip)
        self.fields.show_voucher(voucher, self._clock())
        self.events_model.set_events(events)
        self.tabs.setTabText(1, self.tr("Eventos ({n})").format(n=len(events)))
        if has_cip:
            self.notice.hide()
        else:
            self.notice.setText(no_receipt_text(voucher.status))
            self.notice.show()
        state = (voucher.status, voucher.version)
        if state != self._shown_state:
            self._shown_state = state
            if has_cip:
                self.preview.show_available(f"voucher-{voucher.cip}")
            else:
                self.preview.show_unavailable(
                    self.tr("Sin comprobante: este voucher no tiene un CIP confirmado.")
                )

    def _on_load_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, VoucherNotFound):
            text = self.tr("No se encontró el voucher #{id}.").format(id=self.voucher_id)
        else:
            text = self.tr("No se pudo leer el voucher: {error}").format(error=error)
        self.cip_label.setText(self.tr("—"))
        self.notice.setText(text)
        self.notice.show()

    def _on_preview_no_receipt_found(self) -> None:
        status = self.voucher.status if self.voucher is not None else "failed"
        self.preview.show_unavailable(no_receipt_text(status))

    # -- actions -----------------------------------------------------------------------

    def print_current(self) -> None:
        """Ctrl+P: reprint in the format chosen beside the preview."""
        self.preview.print_current()

    def _copy(self, text: str, note: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.feedback.setText(note)

    def _on_copy_cip_clicked(self) -> None:
        if self.voucher is not None and self.voucher.cip is not None:
            self._copy(str(self.voucher.cip), self.tr("CIP copiado al portapapeles."))

    def _on_copy_link_clicked(self) -> None:
        if self.voucher is not None and self.voucher.cip_url:
            self._copy(self.voucher.cip_url, self.tr("Enlace de pago copiado al portapapeles."))

    def _on_copy_share_clicked(self) -> None:
        if self.voucher is not None and self.voucher.cip is not None:
            self._copy(
                share_text(self.voucher),
                self.tr("Texto para compartir copiado: péguelo en WhatsApp o en un correo."),
            )


def open_detail(ctx: UiContext, voucher_id: int, parent: QWidget) -> None:
    """Show the voucher's detail (raising its window when it is already open)."""
    for dialog in parent.findChildren(DetailDialog):
        if isValid(dialog) and dialog.voucher_id == voucher_id and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return
    dialog = DetailDialog(
        ctx.tasks,
        ctx.runtime.lookup,
        ctx.runtime.receipts,
        voucher_id,
        clock=ctx.clock,
        paper=ctx.runtime.general.ticket_format,
        parent=parent,
    )
    ctx.events.vouchers_changed.connect(dialog.reload)
    dialog.show()
