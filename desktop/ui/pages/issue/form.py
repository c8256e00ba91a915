"""The issue form: what staff type, each field with its own error line; Enter submits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.validation import IssueInput
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.message_style import Severity, style_message
from desktop.ui.pages.issue.expiry import ExpiryPicker
from desktop.ui.pages.settings.field_row import WrappedLines

# In the order a person fills them (the first wrong one gets the focus).
FIELD_ORDER = (
    "amount",
    "currency",
    "concept",
    "expiry",
    "first_name",
    "last_name",
    "email",
    "doc_type",
    "doc_number",
    "phone",
)
CURRENCIES = (
    ("PEN", QT_TRANSLATE_NOOP("IssueForm", "S/  Soles")),
    ("USD", QT_TRANSLATE_NOOP("IssueForm", "US$  Dólares")),
)
DOC_TYPES = (
    ("", QT_TRANSLATE_NOOP("IssueForm", "Sin documento")),
    ("DNI", QT_TRANSLATE_NOOP("IssueForm", "DNI")),
    ("CE", QT_TRANSLATE_NOOP("IssueForm", "Carné de extranjería (CE)")),
    ("RUC", QT_TRANSLATE_NOOP("IssueForm", "RUC")),
    ("PAS", QT_TRANSLATE_NOOP("IssueForm", "Pasaporte (PAS)")),
    ("PAR", QT_TRANSLATE_NOOP("IssueForm", "Partida de nacimiento (PAR)")),
    ("LMI", QT_TRANSLATE_NOOP("IssueForm", "Libreta militar (LMI)")),
    ("NAN", QT_TRANSLATE_NOOP("IssueForm", "Otro documento (NAN)")),
)
FIELD_HEIGHT = 30
_GROWING = {"concept", "first_name", "last_name", "email", "doc_number", "expiry"}
STYLE = """
QLabel#formSection { color: #12384a; font-weight: 700; font-size: 13px;
                     border-bottom: 1px solid #e3e8eb; padding-bottom: 3px; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateTimeEdit[invalid="true"] {
    border: 1px solid #b3261e; border-radius: 3px; background: #fff8f7; padding: 3px; }
QPushButton#expiryPreset { padding: 4px 10px; }
QPushButton#expiryPreset:checked { background: #1f5a73; color: white; border: 1px solid #12384a;
                                   border-radius: 3px; }
QPushButton#issueButton { background: #1f5a73; color: white; font-weight: 600;
                          padding: 8px 22px; border-radius: 4px; border: none; }
QPushButton#issueButton:disabled { background: #8aa7b4; }
"""


def _translate(text: str) -> str:
    return QCoreApplication.translate("IssueForm", text)


class IssueForm(QWidget):
    """Builds an ``IssueInput`` from the fields and shows problems next to them."""

    submitted = Signal()

    def __init__(
        self, default_expiry_hours: int, clock: Clock = utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        self.banner = QLabel(self)
        self.banner.setObjectName("issueBanner")
        style_message(self.banner, Severity.ERROR, boxed=True)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._wrapped: list[WrappedLines] = []

        self._section(form, self.tr("Cobro"), first=True)
        self.amount = QLineEdit(self.fields)
        self.amount.setPlaceholderText(self.tr("0.00"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setMaximumWidth(150)
        self.currency = QComboBox(self.fields)
        for code, label in CURRENCIES:
            self.currency.addItem(_translate(label), code)
        self._row(form, self.tr("Monto *"), {"amount": self.amount, "currency": self.currency})
        self.concept = QLineEdit(self.fields)
        self.concept.setPlaceholderText(self.tr("Ej.: Torta de chocolate, pedido 123"))
        self._row(form, self.tr("Concepto"), {"concept": self.concept})
        self.expiry = ExpiryPicker(default_expiry_hours, clock, self.fields)
        self._row(form, self.tr("Vence"), {"expiry": self.expiry})
        self.editors["expiry"] = self.expiry.custom

        self._section(form, self.tr("Cliente"))
        self.first_name = QLineEdit(self.fields)
        self._row(form, self.tr("Nombres"), {"first_name": self.first_name})
        self.last_name = QLineEdit(self.fields)
        self._row(form, self.tr("Apellidos"), {"last_name": self.last_name})
        self.email = QLineEdit(self.fields)
        self.email.setPlaceholderText(self.tr("cliente@correo.pe"))
        self._row(form, self.tr("Correo *"), {"email": self.email})
        self.doc_type = QComboBox(self.fields)
        self.doc_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.doc_type.setMinimumContentsLength(14)
        for code, label in DOC_TYPES:
            self.doc_type.addItem(_translate(label), code)
        self.doc_number = QLineEdit(self.fields)
        self.doc_number.setPlaceholderText(self.tr("Número"))
        self._row(
            form, self.tr("Documento"), {"doc_type": self.doc_type, "doc_number": self.doc_number}
        )
        self.phone = QLineEdit(self.fields)
        self.phone.setPlaceholderText(self.tr("987 654 321"))
        self.phone.setMaximumWidth(180)
        self._row(form, self.tr("Celular"), {"phone": self.phone})
        outer.addWidget(self.fields)
        outer.addSpacing(6)

        actions = QHBoxLayout()
        self.hint = QLabel(self.tr("* obligatorio · Enter emite el cobro"), self)
        self.hint.setStyleSheet("color:#6b6b6b;")
        self.submit = QPushButton(self.tr("Emitir cobro"), self)
        self.submit.setObjectName("issueButton")
        self.submit.setAutoDefault(False)
        self.submit.clicked.connect(self.submitted)
        actions.addWidget(self.hint, 1)
        actions.addWidget(self.submit)
        outer.addLayout(actions)
        outer.addStretch(1)
        self._fix_tab_order()

    def _section(self, form: QFormLayout, title: str, first: bool = False) -> None:
        heading = QLabel(title, self.fields)
        heading.setObjectName("formSection")
        if not first:
            heading.setContentsMargins(0, 10, 0, 0)
        form.addRow(heading)

    def _row(self, form: QFormLayout, label: str, editors: dict[str, QWidget]) -> None:
        """One form row: the editors side by side, their error lines right under them."""
        cell = QWidget(self.fields)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(6)
        grows = False
        for name, editor in editors.items():
            stretch = name in _GROWING
            editor.setMinimumHeight(FIELD_HEIGHT)
            line.addWidget(editor, int(stretch))
            grows = grows or stretch
            self.editors[name] = editor
        if not grows:
            line.addStretch(1)
        column.addLayout(line)
        lines = []
        for name in editors:
            error = QLabel(cell)
            error.setObjectName("fieldError")
            style_message(error, Severity.ERROR, extra="font-size:12px;")
            error.hide()
            column.addWidget(error)
            self.errors[name] = error
            lines.append(error)
        # Wrapped and whole: a long message neither squeezes the row nor widens the window.
        self._wrapped.append(WrappedLines(cell, lines))
        caption = QLabel(label, self.fields)
        caption.setFixedHeight(FIELD_HEIGHT)  # stays beside the first line of a tall row
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setBuddy(next(iter(editors.values())))
        form.addRow(caption, cell)

    def _fix_tab_order(self) -> None:
        chain = [
            self.amount,
            self.currency,
            self.concept,
            *self.expiry.buttons.values(),
            self.expiry.custom,
            self.first_name,
            self.last_name,
            self.email,
            self.doc_type,
            self.doc_number,
            self.phone,
            self.submit,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- input -------------------------------------------------------------------------

    def read_input(self) -> IssueInput:
        expires_in, expires_at = self.expiry.selection()
        return IssueInput(
            amount=self.amount.text(),
            email=self.email.text(),
            currency=self.currency.currentData() or "PEN",
            concept=self.concept.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            doc_type=self.doc_type.currentData() or "",
            doc_number=self.doc_number.text(),
            phone=self.phone.text(),
            expires_in=expires_in,
            expires_at=expires_at,
        )

    def clear(self) -> None:
        """Empty for the next customer; the expiry back to the default; focus on the amount."""
        for edit in (
            self.amount,
            self.concept,
            self.first_name,
            self.last_name,
            self.email,
            self.doc_number,
            self.phone,
        ):
            edit.clear()
        self.currency.setCurrentIndex(0)
        self.doc_type.setCurrentIndex(0)
        self.expiry.reset()
        self.clear_problems()
        self.focus_amount()

    def focus_amount(self) -> None:
        self.amount.setFocus()
        self.amount.selectAll()

    # -- problems ----------------------------------------------------------------------

    def show_problems(self, messages: dict[str, str], banner: str | None = None) -> None:
        """Each message under its field, the field marked; the first wrong field focused."""
        self.clear_problems()
        for name, text in messages.items():
            if name in self.errors:
                self.errors[name].setText(text)
                self.errors[name].setToolTip(text)
                self.errors[name].show()
                self._mark(self.editors[name], True)
        for wrapped in self._wrapped:
            wrapped.refresh()
        if banner:
            self.banner.setText(banner)
            self.banner.show()
        for name in FIELD_ORDER:
            if name in messages:
                if name == "expiry":
                    self.expiry.focus()
                else:
                    self.editors[name].setFocus()
                break

    def clear_problems(self) -> None:
        for name, error in self.errors.items():
            error.clear()
            error.hide()
            self._mark(self.editors[name], False)
        for wrapped in self._wrapped:
            wrapped.refresh()
        self.banner.clear()
        self.banner.hide()

    def has_problems(self) -> bool:
        return not self.banner.isHidden() or any(not e.isHidden() for e in self.errors.values())

    def problem_text(self, name: str) -> str:
        """The error line under a field ('' when it is fine)."""
        error = self.errors[name]
        return "" if error.isHidden() else error.text()

    @staticmethod
    def _mark(editor: QWidget, invalid: bool) -> None:
        editor.setProperty("invalid", invalid)
        editor.style().unpolish(editor)
        editor.style().polish(editor)

    # -- busy and keys -----------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.fields.setEnabled(not busy)
        self.submit.setEnabled(not busy)
        self.submit.setText(self.tr("Emitiendo…") if busy else self.tr("Emitir cobro"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits, combos and buttons pass Enter up unhandled: it issues from any field.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.submit.isEnabled():
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)
