"""Detalle del voucher: everything known, the event timeline, the receipt preview, reprint,
and the actions the voucher's state allows (actions.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from desktop.services.lateness import paid_late
from desktop.services.lookup import EventView, VoucherLookup, VoucherNotFound, VoucherView
from desktop.services.printing import PrintService, print_service
from desktop.services.receipts import ReceiptService
from desktop.services.reconcile import ApprovalRequest
from desktop.ui.context import UiContext
from desktop.ui.dialogs.detail.action_rules import DetailServices
from desktop.ui.dialogs.detail.actions import ActionBar
from desktop.ui.dialogs.detail.communication import CommunicationPanel
from desktop.ui.dialogs.detail.fields import VoucherFields
from desktop.ui.dialogs.detail.header import DetailHeader
from desktop.ui.dialogs.detail.preview import PreviewPanel
from desktop.ui.dialogs.detail.timeline import EventTableModel, TimelineView
from desktop.ui.dialogs.detail.wording import evidence_file, no_receipt_text
from desktop.ui.documents import DialogFactory
from desktop.ui.file_dialogs import OpenFolderButton
from desktop.ui.message_style import Severity, show_message, style_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.ui_state import remember_place

PRINTABLE = ("pending", "paid", "expired", "annulled")


class DetailDialog(QDialog):
    """Non-modal: staff may keep several vouchers open while they work."""

    voucher_changed = Signal(int)  # an action here changed this voucher (lists refresh)

    def __init__(
        self,
        tasks: TaskRunner,
        lookup: VoucherLookup,
        receipts: ReceiptService,
        voucher_id: int,
        *,
        services: DetailServices,
        clock: Clock = utc_now,
        paper: str = "a4",
        dialog_factory: DialogFactory | None = None,
        printing: PrintService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.voucher_id = voucher_id
        self.voucher: VoucherView | None = None
        self._tasks = tasks
        self._lookup = lookup
        self._reconciliation = services.reconciliation
        self._clock = clock
        self._shown_state: tuple[str, int] | None = None
        self.setWindowTitle(self.tr("Detalle del voucher #{id}").format(id=voucher_id))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        remember_place(self, "detail", 1100, 720)
        self.preview = PreviewPanel(
            tasks, receipts, voucher_id, paper, dialog_factory, printing=printing, parent=self
        )
        self.action_bar = ActionBar(tasks, services, clock=clock, parent=self)
        self.communication = CommunicationPanel(tasks, services, voucher_id, self)
        self.action_buttons = self.action_bar.buttons
        self._build()
        self.reload()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        self.header = DetailHeader(self)
        self.cip_label, self.status_chip = self.header.cip_label, self.header.status_chip
        self.amount_label, self.concept_label = self.header.amount_label, self.header.concept_label
        self.copy_cip_button = self.header.copy_cip_button
        self.copy_link_button = self.header.copy_link_button
        self.copy_share_button = self.header.copy_share_button
        layout.addWidget(self.header)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        style_message(self.notice, Severity.WARNING, boxed=True)
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
        self.tabs.addTab(self.communication, self.tr("Comunicación"))
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([540, 520])
        layout.addWidget(splitter, 1)

        layout.addWidget(self.action_bar)
        footer = QHBoxLayout()
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.setToolTip(self.tr("Cerrar (Esc)"))
        self.close_button.clicked.connect(self.close)
        self.open_folder_button = OpenFolderButton(self)
        footer.addWidget(self.feedback, 1)
        footer.addWidget(self.open_folder_button)
        footer.addWidget(self.close_button)
        layout.addLayout(footer)

        self.header.copied.connect(lambda text: self.show_feedback(text, Severity.SUCCESS))
        self.preview.feedback_changed.connect(self.show_feedback)
        self.preview.file_saved.connect(self.open_folder_button.offer)
        self.preview.no_receipt_found.connect(self._on_preview_no_receipt_found)
        self.action_bar.feedback.connect(self.show_feedback)
        self.action_bar.changed.connect(self._on_actions_changed)
        self.events_view.evidence_requested.connect(self.action_bar.open_evidence)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.communication.feedback.connect(self.show_feedback)
        self.communication.saved.connect(self.open_folder_button.offer)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self.print_shortcut.activated.connect(self.print_current)
        self.recheck_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.recheck_shortcut.activated.connect(self.action_bar.recheck)

    def show_feedback(self, text: str, severity: str) -> None:
        """A line in the footer, in the look of its severity (a failure never in green)."""
        self.open_folder_button.withdraw()  # it goes with the line that offered it
        show_message(self.feedback, text, Severity(severity))

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the voucher and its events again (after a sync or any change)."""
        lookup, ref, voucher_id = self._lookup, f"#{self.voucher_id}", self.voucher_id
        reconciliation = self._reconciliation

        def work() -> tuple[VoucherView, tuple[EventView, ...], ApprovalRequest | None, set[int]]:
            detail = lookup.detail(ref)
            asked = [r for r in reconciliation.open_requests() if r.voucher_id == voucher_id]
            late = {e.sequence for e in detail.events if paid_late(e, detail.voucher)}
            return detail.voucher, detail.events, asked[-1] if asked else None, late

        self._tasks.run(work, self._on_loaded, self._on_load_failed, owner=self)

    def _on_loaded(self, result: Any) -> None:
        voucher, events, request, late = result
        self.voucher = voucher
        has_cip = voucher.cip is not None and voucher.status in PRINTABLE
        ref = str(voucher.cip) if has_cip else f"#{voucher.id}"
        self.setWindowTitle(self.tr("Detalle del voucher {ref}").format(ref=ref))
        self.header.show_voucher(voucher, has_cip)
        moves = [e for e in events if e.kind == "move"]
        last = moves[-1] if moves else None
        self.fields.show_voucher(
            voucher,
            self._clock(),
            marked_expired_at=last.created_at if last and last.to_status == "expired" else None,
            paid_late=last is not None and last.to_status == "paid" and last.sequence in late,
        )
        self.events_model.set_events(events, late)
        if self.communication.loaded:  # read again only once it was looked at
            self.communication.refresh()
        self.tabs.setTabText(1, self.tr("Eventos ({n})").format(n=len(events)))
        kept = [found for e in events if (found := evidence_file(e.evidence))]
        self.action_bar.show_state(voucher, request, kept[-1][0] if kept else None)
        notice = self.action_bar.request_text() or (
            "" if has_cip else no_receipt_text(voucher.status)
        )
        show_message(self.notice, notice, Severity.WARNING, boxed=True)
        self.notice.setVisible(bool(notice))
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
        if isinstance(error, VoucherNotFound):
            text = self.tr("No se encontró el voucher #{id}.").format(id=self.voucher_id)
        else:
            text = self.tr("No se pudo leer el voucher: {error}").format(error=error)
        self.cip_label.setText(self.tr("—"))
        show_message(self.notice, text, Severity.ERROR, boxed=True)
        self.notice.show()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.communication and not self.communication.loaded:
            self.communication.refresh()

    def _on_preview_no_receipt_found(self) -> None:
        status = self.voucher.status if self.voucher is not None else "failed"
        self.preview.show_unavailable(no_receipt_text(status))

    # -- actions -----------------------------------------------------------------------

    def _on_actions_changed(self) -> None:
        self.reload()
        self.voucher_changed.emit(self.voucher_id)

    def print_current(self) -> None:
        """Ctrl+P: reprint in the format chosen beside the preview."""
        self.preview.print_current()


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
        services=DetailServices.of(ctx.runtime),
        clock=ctx.clock,
        paper=ctx.runtime.general.ticket_format,
        printing=print_service(ctx.runtime),
        parent=parent,
    )
    ctx.events.vouchers_changed.connect(dialog.reload)
    dialog.voucher_changed.connect(lambda _id: ctx.events.vouchers_changed.emit())
    dialog.show()
