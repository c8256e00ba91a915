"""The detail's header: the CIP large with its copy buttons, the status chip, amount, concept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.views import VoucherView
from desktop.ui.dialogs.detail.wording import share_text
from desktop.ui.format import STATUS_COLORS, status_label

CIP_STYLE = "font-size:30px;font-weight:700;letter-spacing:2px;"

# The texts keep the translation context of the dialog they came from ("DetailDialog").


class DetailHeader(QFrame):
    """Shows one voucher's identity; the copy buttons put its CIP, link or share text on the
    clipboard. No CIP is ever shown for a voucher PagoEfectivo did not confirm."""

    copied = Signal(str)  # what was copied, for the dialog's footer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voucher: VoucherView | None = None
        self.setObjectName("detailHeader")
        self.setStyleSheet(
            "QFrame#detailHeader{background:#f4f7f9;border:1px solid #d9e1e6;border-radius:4px;}"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        cip_box = QVBoxLayout()
        caption = QLabel(QCoreApplication.translate("DetailDialog", "Código de pago (CIP)"), self)
        caption.setStyleSheet("color:#555;")
        self.cip_label = QLabel(QCoreApplication.translate("DetailDialog", "Cargando…"), self)
        self.cip_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cip_label.setStyleSheet(CIP_STYLE)
        cip_box.addWidget(caption)
        cip_box.addWidget(self.cip_label)
        copy_row = QHBoxLayout()
        self.copy_cip_button = QPushButton(
            QCoreApplication.translate("DetailDialog", "Copiar CIP"), self
        )
        self.copy_link_button = QPushButton(
            QCoreApplication.translate("DetailDialog", "Copiar enlace"), self
        )
        self.copy_share_button = QPushButton(
            QCoreApplication.translate("DetailDialog", "Copiar texto para compartir"), self
        )
        self.copy_share_button.setToolTip(
            QCoreApplication.translate("DetailDialog", "Mensaje para WhatsApp o correo")
        )
        for button in (self.copy_cip_button, self.copy_link_button, self.copy_share_button):
            button.setEnabled(False)
            copy_row.addWidget(button)
        copy_row.addStretch(1)
        cip_box.addLayout(copy_row)
        row.addLayout(cip_box, 1)

        right = QVBoxLayout()
        self.status_chip = QLabel(self)
        self.status_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.amount_label = QLabel(self)
        self.amount_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_label.setStyleSheet("font-size:24px;font-weight:600;")
        self.concept_label = QLabel(self)
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

    def show_voucher(self, voucher: VoucherView, has_cip: bool) -> None:
        self.voucher = voucher if has_cip else None
        self.cip_label.setText(
            str(voucher.cip) if has_cip else QCoreApplication.translate("DetailDialog", "Sin CIP")
        )
        self.cip_label.setStyleSheet(CIP_STYLE + ("" if has_cip else "color:#8a8a8a;"))
        color = STATUS_COLORS.get(voucher.status, "#555")
        self.status_chip.setText(status_label(voucher.status))
        self.status_chip.setStyleSheet(
            f"background:{color};color:white;font-weight:600;padding:3px 12px;border-radius:3px;"
        )
        self.amount_label.setText(str(voucher.money))
        self.concept_label.setText(voucher.concept or "")
        self.copy_cip_button.setEnabled(has_cip)
        self.copy_link_button.setEnabled(has_cip and bool(voucher.cip_url))
        self.copy_share_button.setEnabled(has_cip)

    def _copy(self, text: str, note: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(note)

    def _on_copy_cip_clicked(self) -> None:
        if self.voucher is not None:
            self._copy(
                str(self.voucher.cip),
                QCoreApplication.translate("DetailDialog", "CIP copiado al portapapeles."),
            )

    def _on_copy_link_clicked(self) -> None:
        if self.voucher is not None and self.voucher.cip_url:
            self._copy(
                self.voucher.cip_url,
                QCoreApplication.translate(
                    "DetailDialog", "Enlace de pago copiado al portapapeles."
                ),
            )

    def _on_copy_share_clicked(self) -> None:
        if self.voucher is not None:
            self._copy(
                share_text(self.voucher),
                QCoreApplication.translate(
                    "DetailDialog",
                    "Texto para compartir copiado: péguelo en WhatsApp o en un correo.",
                ),
            )
