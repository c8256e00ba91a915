"""The issued voucher: the CIP large, print / save / copy, and the WhatsApp message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.lookup import VoucherView
from desktop.services.receipts import PaperFormat
from desktop.services.share import deadline_text, share_text, whatsapp_number, whatsapp_url
from desktop.ui.format import STATUS_COLORS, status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.pages.issue.outcome import Issued
from desktop.ui.thermal import PrintNotice

PAPERS = (
    (PaperFormat.A4, QT_TRANSLATE_NOOP("ResultPanel", "A4")),
    (PaperFormat.TICKET_80, QT_TRANSLATE_NOOP("ResultPanel", "Ticket 80 mm")),
    (PaperFormat.TICKET_58, QT_TRANSLATE_NOOP("ResultPanel", "Ticket 58 mm")),
)
STYLE = """
QFrame#resultPanel { background: #ffffff; border: 1px solid #d5dde1; border-radius: 6px; }
QLabel#resultTitle { color: #1b7a36; font-weight: 700; font-size: 15px; }
QLabel#cipCaption, QLabel#muted { color: #5f6b70; }
QLabel#cipValue { color: #12384a; }
QLabel#amountValue { font-size: 20px; font-weight: 600; color: #1d1d1d; }
QPushButton#primary { background: #1f5a73; color: white; font-weight: 600; border: none;
                      border-radius: 4px; padding: 6px 16px; }
QPushButton#primary:disabled { background: #8aa7b4; }
QLabel#testBand { background: #c62828; color: white; font-weight: 700; padding: 5px 10px;
                  border-radius: 3px; }
QLabel#resultState { color: white; font-weight: 700; font-size: 14px; padding: 6px 12px;
                     border-radius: 4px; }
"""
TEST_BANDS = {
    "demo": QT_TRANSLATE_NOOP(
        "ResultPanel",
        "DEMO — sin valor: código de prueba del simulador, no se puede pagar en agentes ni bancos",
    ),
    "sandbox": QT_TRANSLATE_NOOP(
        "ResultPanel",
        "SANDBOX — sin valor: código del entorno de pruebas de PagoEfectivo, no es un cobro real",
    ),
}
"""The band a test profile's panel carries (the printed voucher carries its own)."""


class ResultPanel(QFrame):
    """Shows one confirmed voucher. Rendering and files are the page's job (signals)."""

    print_requested = Signal()
    save_requested = Signal()
    new_requested = Signal()
    status_message = Signal(str)

    def __init__(
        self, paper: str, environment: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setStyleSheet(STYLE)
        self.issued: Issued | None = None
        self.status = "pending"
        self.message = ""
        self.whatsapp_link = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(6)

        self.title = QLabel(self.tr("✓ Cobro emitido"), self)
        self.title.setObjectName("resultTitle")
        caption = QLabel(self.tr("Código de pago (CIP)"), self)
        caption.setObjectName("cipCaption")
        self.cip = QLabel(self)
        self.cip.setObjectName("cipValue")
        font = QFont(self.font())
        font.setPixelSize(46)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        self.cip.setFont(font)
        self.cip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.amount = QLabel(self)
        self.amount.setObjectName("amountValue")
        self.deadline = QLabel(self)
        self.deadline.setWordWrap(True)
        self.customer = QLabel(self)
        self.customer.setObjectName("muted")
        self.customer.setWordWrap(True)
        self.new_button = self._button(self.tr("Nuevo cobro"), self.new_requested)
        self.new_button.setToolTip(self.tr("Limpiar el formulario para el siguiente cliente (Esc)"))
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.new_button)
        layout.addLayout(heading)
        self.test_band = QLabel(self)
        self.test_band.setObjectName("testBand")
        self.test_band.setWordWrap(True)
        band = TEST_BANDS.get(environment or "")
        self.test_band.setText(QCoreApplication.translate("ResultPanel", band) if band else "")
        self.test_band.setVisible(band is not None)
        layout.addWidget(self.test_band)
        self.state = QLabel(self)
        self.state.setObjectName("resultState")
        self.state.setWordWrap(True)
        self.state.hide()
        layout.addWidget(self.state)
        for widget in (caption, self.cip, self.amount, self.deadline, self.customer):
            layout.addWidget(widget)
        layout.addSpacing(8)

        documents = QHBoxLayout()
        documents.setSpacing(6)
        self.paper = QComboBox(self)
        for value, label in PAPERS:
            self.paper.addItem(QCoreApplication.translate("ResultPanel", label), value.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.paper.setToolTip(self.tr("Formato del voucher para imprimir o guardar"))
        self.print_button = self._button(self.tr("Imprimir"), self.print_requested, primary=True)
        self.print_button.setToolTip(self.tr("Imprimir el voucher (Ctrl+P)"))
        self.save_button = self._button(self.tr("Guardar PDF"), self.save_requested)
        documents.addWidget(self.paper)
        documents.addWidget(self.print_button)
        documents.addWidget(self.save_button)
        documents.addStretch(1)
        layout.addLayout(documents)
        self.notice = PrintNotice(self)  # the thermal printer's outcome, «Reintentar impresión»
        layout.addWidget(self.notice)
        self.thermal: str | None = None

        copies = QHBoxLayout()
        copies.setSpacing(6)
        self.copy_cip_button = self._button(self.tr("Copiar CIP"), self._on_copy_cip_clicked)
        self.copy_link_button = self._button(
            self.tr("Copiar enlace de pago"), self._on_copy_link_clicked
        )
        copies.addWidget(self.copy_cip_button)
        copies.addWidget(self.copy_link_button)
        copies.addStretch(1)
        layout.addLayout(copies)
        layout.addSpacing(6)

        share = self.share_box = QGroupBox(self.tr("Compartir por WhatsApp"), self)
        share_layout = QVBoxLayout(share)
        share_layout.setSpacing(6)
        self.share_text = QPlainTextEdit(share)
        self.share_text.setReadOnly(True)
        self.share_text.setTabChangesFocus(True)
        self.share_text.setFixedHeight(84)
        share_layout.addWidget(self.share_text)
        share_row = QHBoxLayout()
        self.copy_text_button = self._button(self.tr("Copiar texto"), self._on_copy_text_clicked)
        self.whatsapp_button = self._button(self.tr("Abrir WhatsApp"), self._on_whatsapp_clicked)
        self.recipient = QLabel(share)
        self.recipient.setObjectName("muted")
        self.recipient.setWordWrap(True)
        share_row.addWidget(self.copy_text_button)
        share_row.addWidget(self.whatsapp_button)
        share_row.addStretch(1)
        share_layout.addLayout(share_row)
        share_layout.addWidget(self.recipient)
        layout.addWidget(share)
        layout.addStretch(1)

    def _button(self, text: str, slot: object, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(True)  # Enter presses the focused button
        button.setMinimumHeight(30)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(slot)
        return button

    # -- content -----------------------------------------------------------------------

    def show_issued(self, issued: Issued) -> None:
        assert issued.cip is not None and issued.expires_at is not None
        self.issued = issued
        self.notice.clear()
        self.status = "pending"
        self.title.setText(self.tr("✓ Cobro emitido"))
        self.state.hide()
        self.deadline.show()
        self.share_box.show()
        self.cip.setText(str(issued.cip))
        self.amount.setText(str(issued.money))
        self.deadline.setText(
            self.tr("Págalo antes del {deadline} (hora de Lima)").format(
                deadline=deadline_text(issued.expires_at)
            )
        )
        self.customer.setText(" · ".join(p for p in (issued.customer, issued.email) if p))
        self.copy_link_button.setEnabled(bool(issued.cip_url))
        self.message = share_text(
            cip=issued.cip,
            money=issued.money,
            expires_at=issued.expires_at,
            first_name=issued.first_name,
            cip_url=issued.cip_url,
        )
        self.share_text.setPlainText(self.message)
        self.whatsapp_link = whatsapp_url(self.message, issued.phone)
        number = whatsapp_number(issued.phone)
        self.recipient.setText(
            self.tr("Se abrirá el chat con +{number}").format(number=number)
            if number
            else self.tr("WhatsApp le pedirá elegir el contacto")
        )
        self.set_working(False)

    def show_status(self, view: VoucherView) -> None:
        """The shown voucher moved (paid by notification, sync or another station; annulled,
        expired): the panel says so at the top; back to pending, it says nothing."""
        if self.issued is None or view.id != self.issued.voucher_id:
            return
        self.status = view.status.value
        pending = self.status == "pending"
        self.deadline.setVisible(pending)  # "Págalo antes del…" no longer applies
        self.share_box.setVisible(pending)  # nor the message asking the customer to pay
        if pending:
            self.title.setText(self.tr("✓ Cobro emitido"))
            self.state.hide()
            return
        if self.status == "paid":
            self.title.setText(self.tr("✓ Cobro pagado"))
            text = self.tr("✓ Pagado")
            if view.paid_at is not None:
                text = self.tr("✓ Pagado el {when}").format(when=deadline_text(view.paid_at))
        else:
            text = status_label(self.status)
        self.state.setText(text)
        color = STATUS_COLORS.get(self.status, "#5f6b70")
        self.state.setStyleSheet(f"QLabel#resultState{{background:{color};}}")
        self.state.show()

    def set_thermal(self, uri: str | None) -> None:
        """With a thermal printer (its URI), «Imprimir» prints the ticket on it; Ctrl+P
        still opens the system dialog in the format chosen here."""
        self.thermal = uri
        self.print_button.setText(self._print_text())
        self.print_button.setToolTip(
            self.tr("Imprimir el ticket en {uri} (Ctrl+P: elegir impresora)").format(uri=uri)
            if uri
            else self.tr("Imprimir el voucher (Ctrl+P)")
        )
        self.paper.setToolTip(
            self.tr(
                "Formato para Guardar PDF y para Ctrl+P (el ticket sale al ancho de la ticketera)"
            )
            if uri
            else self.tr("Formato del voucher para imprimir o guardar")
        )

    def _print_text(self) -> str:
        return self.tr("Imprimir ticket") if self.thermal else self.tr("Imprimir")

    def set_default_paper(self, paper: str) -> None:
        """The ticket format chosen in Ajustes (the choice here still wins for this voucher)."""
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))

    def selected_paper(self) -> PaperFormat:
        return PaperFormat(self.paper.currentData())

    def set_working(self, busy: bool, what: str = "") -> None:
        """While a document is prepared: no second print or save."""
        for button in (self.print_button, self.save_button, self.paper):
            button.setEnabled(not busy)
        working = {"print": self.tr("Preparando…"), "ticket": self.tr("Imprimiendo…")}
        self.print_button.setText((working.get(what) if busy else None) or self._print_text())
        self.save_button.setText(
            self.tr("Guardando…") if busy and what == "save" else self.tr("Guardar PDF")
        )

    def focus_primary(self) -> None:
        self.print_button.setFocus()

    # -- slots -------------------------------------------------------------------------

    def _copy(self, text: str, note: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status_message.emit(note)

    def _on_copy_cip_clicked(self) -> None:
        if self.issued is not None:
            cip = str(self.issued.cip)
            self._copy(cip, self.tr("CIP {cip} copiado").format(cip=cip))

    def _on_copy_link_clicked(self) -> None:
        if self.issued is not None and self.issued.cip_url:
            self._copy(self.issued.cip_url, self.tr("Enlace de pago copiado"))

    def _on_copy_text_clicked(self) -> None:
        if self.message:
            self._copy(self.message, self.tr("Mensaje copiado; péguelo en el chat del cliente"))

    def _on_whatsapp_clicked(self) -> None:
        if not self.whatsapp_link:
            return
        if not QDesktopServices.openUrl(QUrl.fromEncoded(self.whatsapp_link.encode("ascii"))):
            self.status_message.emit(
                self.tr("No se pudo abrir WhatsApp; use «Copiar texto» y péguelo en el chat")
            )
