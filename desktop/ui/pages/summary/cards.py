"""One figure of the Resumen page: a button showing an amount per currency and a count; a
click (or Enter) opens the list behind the figure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.money import Currency
from desktop.services.summary import Figure


class FigureCard(QPushButton):
    """Title, the amounts (PEN always, USD when there is some) and a worded count."""

    def __init__(self, title: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(
            "QPushButton#figureCard{background:white;border:1px solid #c9cdd0;"
            f"border-top:4px solid {accent};border-radius:6px;text-align:left;}}"
            "QPushButton#figureCard:hover{border-color:#7f8c93;"
            f"border-top-color:{accent};}}"
            "QPushButton#figureCard:focus{border-color:#1f5a73;"
            f"border-top-color:{accent};}}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        self.title_label = QLabel(title, self)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("color:#3d4a52;font-size:13px;font-weight:600;")
        self.amount_labels = {c: QLabel(self) for c in Currency}
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color:#5f6b73;font-size:12px;")
        # Cards of a row are as tall as the tallest title: the amounts sit at the bottom,
        # the dollar line keeping its room when hidden, so soles line up across the row.
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        layout.addSpacing(4)
        for currency, label in self.amount_labels.items():
            size = 19 if currency is Currency.PEN else 15
            label.setStyleSheet(f"color:#14232b;font-size:{size}px;font-weight:600;")
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)
            layout.addWidget(label)
        layout.addWidget(self.count_label)
        for label in (self.title_label, self.count_label, *self.amount_labels.values()):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_figure(self, figure: Figure, count_text: str) -> None:
        """``count_text``: the count worded for this card ("4 pagos")."""
        for currency, label in self.amount_labels.items():
            label.setText(str(figure.amount(currency)))
            # dollars only when there are some: most shops never take them
            label.setVisible(currency is Currency.PEN or figure.amount(currency).cents != 0)
        self.count_label.setText(count_text)
        words = [self.title_label.text(), *(str(m) for m in figure.amounts), count_text]
        self.setAccessibleName(", ".join(words))

    def amounts_text(self) -> list[str]:
        """The amounts shown, top to bottom (for tests and screen readers)."""
        return [label.text() for label in self.amount_labels.values() if label.isVisibleTo(self)]
