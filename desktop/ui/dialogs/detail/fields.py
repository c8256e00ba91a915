"""Everything known about one voucher, as an aligned read-only form (rows shown when relevant)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.services.views import VoucherView
from desktop.ui.dialogs.detail.wording import customer_name, failure_text
from desktop.ui.format import lima_datetime, relative_expiry, relative_past

EMPTY = "—"


class VoucherFields(QWidget):
    """Two groups, "Cobro" and "Cliente". Values are selectable so staff can copy any of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.values: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        self._captions: list[QLabel] = []
        payment = self._group(
            self.tr("Cobro"),
            [
                ("amount", self.tr("Monto")),
                ("concept", self.tr("Concepto")),
                ("transaction_code", self.tr("Código de transacción")),
                ("created", self.tr("Creado")),
                ("expires", self.tr("Vence")),
                ("paid", self.tr("Pagado")),
                ("annulled", self.tr("Anulado")),
                ("last_check", self.tr("Última consulta")),
                ("failure", self.tr("Motivo")),
                ("link", self.tr("Enlace de pago")),
                ("retry_of", self.tr("Reintento de")),
            ],
        )
        customer = self._group(
            self.tr("Cliente"),
            [
                ("name", self.tr("Nombre")),
                ("email", self.tr("Correo")),
                ("document", self.tr("Documento")),
                ("phone", self.tr("Teléfono")),
            ],
        )
        layout.addWidget(payment)
        layout.addWidget(customer)
        layout.addStretch(1)
        # One caption column for both groups, so their values line up.
        width = max(caption.sizeHint().width() for caption in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        for key, label in rows:
            value = QLabel(EMPTY, box)
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setOpenExternalLinks(key == "link")
            caption = QLabel(label, box)
            caption.setStyleSheet("color:#555;")
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._captions.append(caption)
            form.addRow(caption, value)
            self.values[key] = value
            self._forms[key] = form
        return box

    def text(self, key: str) -> str:
        return self.values[key].text()

    def is_shown(self, key: str) -> bool:
        return self._forms[key].isRowVisible(self.values[key])

    def _set(self, key: str, text: str | None, *, visible: bool = True) -> None:
        label = self.values[key]
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text or EMPTY)
        self._forms[key].setRowVisible(label, visible)

    def show_voucher(
        self,
        voucher: VoucherView,
        now: datetime,
        *,
        marked_expired_at: datetime | None = None,
        paid_late: bool = False,
    ) -> None:
        """``marked_expired_at``: when it moved to expired (its events say); ``paid_late``:
        its payment was late by the rule (services.lateness)."""
        status = voucher.status
        self._set("amount", str(voucher.money))
        self._set("concept", voucher.concept)
        self._set("transaction_code", voucher.transaction_code)
        created = lima_datetime(voucher.created_at)
        if voucher.created_by:
            created = self.tr("{when} por {who}").format(when=created, who=voucher.created_by)
        self._set("created", created)
        expires = lima_datetime(voucher.expires_at)
        relative = relative_expiry(voucher.expires_at, now, status)
        early = status == "expired" and voucher.expires_at is not None and voucher.expires_at > now
        if early and marked_expired_at is not None:
            # Never "Expirado" beside "vence en 47 h": the deadline, and when it was marked.
            expires = self.tr("{when} · marcado expirado el {marked}, antes de vencer").format(
                when=expires, marked=lima_datetime(marked_expired_at)
            )
        elif relative:
            expires = self.tr("{when} ({relative})").format(when=expires, relative=relative)
        self._set("expires", expires, visible=voucher.expires_at is not None)
        paid = lima_datetime(voucher.paid_at)
        if paid and paid_late:
            paid = self.tr("{when} · fuera de plazo").format(when=paid)
        if voucher.operation_number:
            paid = self.tr("{when} · operación {number}").format(
                when=paid or EMPTY, number=voucher.operation_number
            )
        self._set("paid", paid, visible=bool(voucher.paid_at or voucher.operation_number))
        self._set(
            "annulled", lima_datetime(voucher.annulled_at), visible=voucher.annulled_at is not None
        )
        checked = relative_past(voucher.last_checked_at, now)
        if voucher.last_checked_at is not None:
            checked = self.tr("{when} ({relative})").format(
                when=lima_datetime(voucher.last_checked_at), relative=checked
            )
        self._set("last_check", checked)
        failure = failure_text(voucher.failure_code, voucher.failure_detail)
        self._set("failure", failure, visible=status in ("failed", "issuing") and bool(failure))
        self._show_link(voucher.cip_url if voucher.cip is not None else None)
        self._set(
            "retry_of",
            self.tr("voucher #{id}").format(id=voucher.retry_of),
            visible=voucher.retry_of is not None,
        )
        self._set("name", customer_name(voucher))
        self._set("email", voucher.email)
        document = " ".join(p for p in (voucher.doc_type, voucher.doc_number) if p)
        self._set("document", document)
        self._set("phone", voucher.phone)

    def _show_link(self, url: str | None) -> None:
        label = self.values["link"]
        self._forms["link"].setRowVisible(label, True)
        if not url:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(EMPTY)
            return
        label.setTextFormat(Qt.TextFormat.RichText)
        safe = url.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
        label.setText(f'<a href="{safe}">{safe}</a>')
        label.setToolTip(url)
