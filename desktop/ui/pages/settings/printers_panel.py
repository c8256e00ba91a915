"""Ajustes → Impresoras: this station's thermal printer (how it is connected and where, its
paper, dots per line and code page, «imprimir al emitir»), «Imprimir prueba» before saving."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.printers import (
    CODE_PAGES,
    DOTS_MAX,
    DOTS_MIN,
    THERMAL_PAPERS,
    default_dots,
)
from desktop.domain.settings import GeneralSettings
from desktop.services.printer_settings import PrinterForm, form_printer, save_printer
from desktop.services.printing import Delivery, PrintService
from desktop.services.profiles import ProfileRegistry
from desktop.services.settings import InvalidSettings
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.message_style import Severity, show_message
from desktop.ui.pages.settings.field_row import FieldRow, add_field, show_problems
from desktop.ui.tasks import Lane, TaskRunner
from desktop.ui.thermal import problem_text as printer_problem_text

# How the printer is reached: the URI's scheme, its name here and what «Dirección» takes.
KINDS = (
    ("", QT_TRANSLATE_NOOP("PrintersPanel", "Ninguna: usar el diálogo de impresión"), ""),
    ("tcp", QT_TRANSLATE_NOOP("PrintersPanel", "Red (TCP/IP, puerto 9100)"),
     QT_TRANSLATE_NOOP("PrintersPanel", "IP o nombre, p. ej. 192.168.1.50 o 192.168.1.50:9100")),
    ("usb", QT_TRANSLATE_NOOP("PrintersPanel", "USB directo"),
     QT_TRANSLATE_NOOP("PrintersPanel", "fabricante:producto en hex, p. ej. 04b8:0202")),
    ("serial", QT_TRANSLATE_NOOP("PrintersPanel", "Puerto serie"),
     QT_TRANSLATE_NOOP("PrintersPanel", "COM3 o /dev/ttyUSB0 (?baudrate=19200 si no es 9600)")),
    ("win32raw", QT_TRANSLATE_NOOP("PrintersPanel", "Impresora de Windows (RAW)"),
     QT_TRANSLATE_NOOP("PrintersPanel", "el nombre de la impresora en Windows")),
    ("cups", QT_TRANSLATE_NOOP("PrintersPanel", "Cola de CUPS (RAW)"),
     QT_TRANSLATE_NOOP("PrintersPanel", "el nombre de la cola, p. ej. ticketera")),
    ("file", QT_TRANSLATE_NOOP("PrintersPanel", "Archivo (pruebas, o /dev/usb/lp0)"),
     QT_TRANSLATE_NOOP("PrintersPanel", "ruta completa, p. ej. /home/caja/ticket.bin")),
)  # fmt: skip
SYSTEM_NAMED = ("win32raw", "cups")  # the address is a printer the system lists


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintersPanel", text)


def compose_uri(kind: str, address: str) -> str:
    """The URI for a kind and what was typed (``192.168.1.50`` → ``tcp://192.168.1.50``)."""
    address = address.strip()
    if not kind or not address:
        return ""
    if kind == "file":
        address = address.replace("\\", "/")
        return f"file://{address if address.startswith('/') else '/' + address}"
    return f"{kind}://{address}"


def split_uri(uri: str) -> tuple[str, str]:
    """The kind and the address of a stored URI (its inverse)."""
    kind, separator, rest = uri.partition("://")
    if not separator:
        return "", ""
    if kind == "file" and len(rest) > 3 and rest[2] == ":":  # /C:/tickets/t.bin
        rest = rest[1:]
    return kind, rest


class PrintersPanel(QWidget):
    """Saves through services.printer_settings; «Imprimir prueba» prints what the form says
    (saved or not) on the device lane; errors appear beside each field."""

    saved = Signal(object)  # the GeneralSettings once stored

    def __init__(
        self,
        tasks: TaskRunner,
        registry: ProfileRegistry,
        general: GeneralSettings,
        printing: PrintService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._registry = registry
        self._printing = printing
        self._build()
        self._show(general)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.rows: dict[str, FieldRow] = {}
        box = QGroupBox(self.tr("Impresora térmica de esta caja"), self)
        outer = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "Con una impresora de tickets (ESC/POS: Epson, Bixolon y las genéricas de 58 u "
                "80 mm), «Imprimir ticket» la usa directamente; Ctrl+P sigue abriendo el "
                "diálogo de impresión. Cada PC guarda su propia impresora."
            ),
            box,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        outer.addLayout(form)
        self.kind_box = QComboBox(box)
        for kind, label, _hint in KINDS:
            self.kind_box.addItem(tr(label), kind)
        self.kind_box.setMaximumWidth(360)
        self.address_edit = QLineEdit(box)
        self.address_edit.setMaximumWidth(460)
        self.uri_label = QLabel(box)
        self.uri_label.setStyleSheet("color:#555;")
        self.uri_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        address = QVBoxLayout()
        address.setSpacing(2)
        address.addWidget(self.address_edit)
        address.addWidget(self.uri_label)
        self.paper_box = QComboBox(box)
        for paper in THERMAL_PAPERS:
            self.paper_box.addItem(paper.replace("mm", " mm"), paper)
        self.paper_box.setMaximumWidth(120)
        self.dots_spin = QSpinBox(box)
        self.dots_spin.setRange(DOTS_MIN, DOTS_MAX)
        self.dots_spin.setSingleStep(8)
        self.dots_spin.setMaximumWidth(120)
        dots = QHBoxLayout()
        dots.addWidget(self.dots_spin)
        dots_note = QLabel(self.tr("576 en 80 mm y 384 en 58 mm (cabezal de 203 dpi)"), box)
        dots_note.setStyleSheet("color:#555;")
        dots.addWidget(dots_note)
        dots.addStretch(1)
        self.codepage_box = QComboBox(box)
        for page in CODE_PAGES:
            self.codepage_box.addItem(page, page)
        self.codepage_box.setItemText(0, self.tr("CP858 (PC858, con €; la habitual)"))
        self.codepage_box.setMaximumWidth(320)
        self.on_issue_check = QCheckBox(self.tr("Imprimir el ticket al emitir cada cobro"), box)
        self._add(form, "printer_uri_kind", self.tr("Conexión"), self.kind_box)
        self._add(form, "printer_uri", self.tr("Dirección"), address)
        self._add(form, "printer_paper", self.tr("Papel"), self.paper_box)
        self._add(form, "printer_dots", self.tr("Puntos por línea"), dots)
        self._add(form, "printer_codepage", self.tr("Página de códigos"), self.codepage_box)
        self._add(form, "print_on_issue", self.tr("Al emitir"), self.on_issue_check)
        layout.addWidget(box)

        footer = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Imprimir prueba"), self)
        self.test_button.setToolTip(
            self.tr("Imprime una página de prueba con lo que dice el formulario, aún sin guardar")
        )
        self.save_button = QPushButton(self.tr("Guardar impresora"), self)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.test_button)
        footer.addWidget(self.save_button)
        layout.addLayout(footer)
        layout.addStretch(1)

        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.address_edit.textChanged.connect(self._on_address_changed)
        self.paper_box.currentIndexChanged.connect(self._on_paper_changed)
        self.test_button.clicked.connect(self.print_test)
        self.save_button.clicked.connect(self.save)

    def _add(self, form: QFormLayout, key: str, label: str, content: Any) -> None:
        add_field(self.rows, form, key, label, content, self, caption_width=150)

    def _show(self, general: GeneralSettings) -> None:
        kind, address = split_uri(general.printer_uri)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.address_edit.setText(address)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(general.printer_paper)))
        self.dots_spin.setValue(general.printer_dots)
        self.codepage_box.setCurrentIndex(
            max(0, self.codepage_box.findData(general.printer_codepage))
        )
        self.on_issue_check.setChecked(bool(general.print_on_issue))
        self._on_kind_changed()

    # -- the form ----------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData() or "")

    def uri(self) -> str:
        return compose_uri(self.kind, self.address_edit.text())

    def form(self) -> PrinterForm:
        return PrinterForm(
            uri=self.uri(),
            paper=str(self.paper_box.currentData()),
            dots=self.dots_spin.value(),
            codepage=str(self.codepage_box.currentData()),
            print_on_issue=self.on_issue_check.isChecked() and bool(self.kind),
        )

    def _on_kind_changed(self, _index: int = 0) -> None:
        kind = self.kind
        hint = next((h for k, _label, h in KINDS if k == kind), "")
        self.address_edit.setPlaceholderText(tr(hint) if hint else "")
        for widget in (self.address_edit, self.paper_box, self.dots_spin, self.codepage_box):
            widget.setEnabled(bool(kind))
        self.on_issue_check.setEnabled(bool(kind))
        self.test_button.setEnabled(bool(kind))
        names = QPrinterInfo.availablePrinterNames() if kind in SYSTEM_NAMED else []
        completer = QCompleter(names, self.address_edit) if names else None
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.address_edit.setCompleter(completer)  # type: ignore[arg-type]  # None: no list
        self._on_address_changed()

    def _on_address_changed(self, _text: str = "") -> None:
        uri = self.uri()
        self.uri_label.setText(self.tr("Se guardará como {uri}").format(uri=uri) if uri else "")
        self.uri_label.setVisible(bool(uri))

    def _on_paper_changed(self, _index: int) -> None:
        self.dots_spin.setValue(default_dots(str(self.paper_box.currentData())))

    # -- test and save -----------------------------------------------------------------

    def _clear(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self.status_label.clear()

    def _show_problems(self, error: InvalidSettings) -> None:
        show_problems(self.rows, error.problems)
        self._set_status(self.tr("Revise los campos marcados."), Severity.ERROR)

    def print_test(self) -> None:
        if not self.test_button.isEnabled():
            return
        self._clear()
        form, printing = self.form(), self._printing
        self.test_button.setEnabled(False)
        self._set_status(self.tr("Imprimiendo la página de prueba…"), Severity.INFO)
        self._tasks.run(
            lambda: printing.print_sample(form_printer(form)),
            self._on_test_printed,
            lambda error: self._on_test_failed(error, form.uri),
            lane=Lane.DEVICE,
            owner=self,
        )

    def _on_test_printed(self, delivery: Delivery) -> None:
        self.test_button.setEnabled(bool(self.kind))
        text = self.tr("Página de prueba impresa en {uri}: revise las tildes, la ñ y la regla.")
        self._set_status(text.format(uri=delivery.uri), Severity.SUCCESS)

    def _on_test_failed(self, error: BaseException, uri: str) -> None:
        self.test_button.setEnabled(bool(self.kind))
        if isinstance(error, InvalidSettings):
            self._show_problems(error)
            return
        self._set_status(printer_problem_text(error, uri, voucher=False), Severity.ERROR)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._clear()
        registry, form = self._registry, self.form()
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda: save_printer(registry, form),
            self._on_saved,
            self._on_save_failed,
            lane=Lane.STORAGE,
            owner=self,
        )

    def _on_saved(self, general: GeneralSettings) -> None:
        self.save_button.setEnabled(True)
        if general.printer_uri:
            text = self.tr("Impresora guardada: «Imprimir» usa {uri}.").format(
                uri=general.printer_uri
            )
        else:
            text = self.tr("Sin impresora térmica: «Imprimir» abre el diálogo de impresión.")
        self._set_status(text, Severity.SUCCESS)
        self.saved.emit(general)

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidSettings):
            self._show_problems(error)
            self._set_status(
                self.tr("Revise los campos marcados: no se guardó nada."), Severity.ERROR
            )
            return
        self._set_status(self.tr("No se pudo guardar: {error}").format(error=error), Severity.ERROR)

    def _set_status(self, text: str, severity: Severity) -> None:
        show_message(self.status_label, text, severity)
