"""An issue whose outcome is unknown (no CIP shown, ever), and the panel shown before any issue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.pages.issue.outcome import Issued

STYLE = """
QFrame#unconfirmedPanel { background: #fff8e6; border: 1px solid #f0c36d; border-radius: 6px; }
QLabel#unconfirmedTitle { color: #8a5300; font-weight: 700; font-size: 15px; }
QLabel#unconfirmedWarning { color: #5c3b00; font-weight: 600; }
QPushButton#primary { background: #1f5a73; color: white; font-weight: 600; border: none;
                      border-radius: 4px; padding: 6px 16px; }
QPushButton#primary:disabled { background: #8aa7b4; }
QFrame#emptyPanel { background: #f6f8f9; border: 1px dashed #c5d0d5; border-radius: 6px; }
QLabel#emptyText { color: #5f6b70; font-size: 14px; }
"""


class UnconfirmedPanel(QFrame):
    """PagoEfectivo did not answer: the code must not be handed over. Retry or discard."""

    retry_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unconfirmedPanel")
        self.setStyleSheet(STYLE)
        self.issued: Issued | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("Cobro sin confirmar"), self)
        self.title.setObjectName("unconfirmedTitle")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "PagoEfectivo no respondió a tiempo y no sabemos si el código de pago se "
                "generó. No entregue ningún código al cliente."
            ),
            self,
        )
        self.warning.setObjectName("unconfirmedWarning")
        self.warning.setWordWrap(True)
        self.explanation = QLabel(
            self.tr(
                "«Reintentar» pide un código nuevo a PagoEfectivo. «Descartar» deja este "
                "intento como no emitido; si el código llegó a generarse, nadie lo conoce y "
                "vencerá sin pagarse."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        for widget in (self.title, self.summary, self.warning, self.explanation):
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Reintentar"), self)
        self.retry_button.setObjectName("primary")
        self.discard_button = QPushButton(self.tr("Descartar"), self)
        for button, signal in (
            (self.retry_button, self.retry_requested),
            (self.discard_button, self.discard_requested),
        ):
            button.setAutoDefault(True)
            button.setMinimumHeight(30)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_issued(self, issued: Issued) -> None:
        self.issued = issued
        parts = [str(issued.money), issued.customer, issued.email]
        self.summary.setText(" · ".join(p for p in parts if p))
        self.set_busy(False)

    def set_busy(self, busy: bool, what: str = "") -> None:
        self.retry_button.setEnabled(not busy)
        self.discard_button.setEnabled(not busy)
        self.retry_button.setText(
            self.tr("Reintentando…") if busy and what == "retry" else self.tr("Reintentar")
        )

    def focus_primary(self) -> None:
        self.retry_button.setFocus()


class EmptyPanel(QFrame):
    """Before the first issue: where the code will appear and which keys help."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyPanel")
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 28)
        text = QLabel(
            self.tr(
                "Complete los datos del cobro y presione Enter.\n\n"
                "Aquí aparecerá el código de pago (CIP) para imprimirlo, guardarlo en PDF "
                "o enviarlo por WhatsApp."
            ),
            self,
        )
        text.setObjectName("emptyText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addStretch(1)
