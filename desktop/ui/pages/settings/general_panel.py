"""Datos del comercio (name, RUC, address, logo), Preferencias (expiry, ticket, language) and
Sincronización y conciliación (automatic sync interval, second approval of manual payments)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from desktop.domain.settings import GeneralSettings, accepts
from desktop.services import settings as service
from desktop.services.profiles import ProfileRegistry
from desktop.ui.file_dialogs import ask_open_path
from desktop.ui.message_style import Severity, show_message
from desktop.ui.pages.settings.field_row import FieldRow, add_field, show_problems
from desktop.ui.tasks import Lane, TaskRunner

LOGO_PREVIEW = (160, 64)


class GeneralPanel(QWidget):
    """Saves through services.settings in the task runner; errors appear beside each field."""

    saved = Signal(object)  # the GeneralSettings once stored

    def __init__(
        self,
        tasks: TaskRunner,
        registry: ProfileRegistry,
        general: GeneralSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._registry = registry
        self._general = general
        self.logo_path = general.merchant_logo
        self._build()
        self._show(general)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.rows: dict[str, FieldRow] = {}
        merchant = QGroupBox(self.tr("Datos del comercio (aparecen en el voucher)"), self)
        form = self._form(merchant)
        self.name_edit = QLineEdit(merchant)
        self.name_edit.setMaxLength(accepts("merchant_name").max_length or 60)
        self.name_edit.setPlaceholderText(self.tr("p. ej. Bodega Doña Rosa"))
        self.ruc_edit = QLineEdit(merchant)
        self.ruc_edit.setMaxLength(11)
        self.ruc_edit.setPlaceholderText(self.tr("11 dígitos"))
        self.ruc_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,11}"), self.ruc_edit)
        )
        self.ruc_edit.setMaximumWidth(180)
        self.address_edit = QLineEdit(merchant)
        self.address_edit.setMaxLength(accepts("merchant_address").max_length or 120)
        for edit in (self.name_edit, self.address_edit):
            edit.setMaximumWidth(560)
        self.logo_preview = QLabel(merchant)
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border:1px dashed #b0b8bf;color:#777;background:white;")
        self.logo_button = QPushButton(self.tr("Elegir…"), merchant)
        self.logo_clear = QPushButton(self.tr("Quitar"), merchant)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.logo_clear)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        self._add(form, "merchant_name", self.tr("Nombre comercial"), self.name_edit)
        self._add(form, "merchant_ruc", self.tr("RUC"), self.ruc_edit)
        self._add(form, "merchant_address", self.tr("Dirección"), self.address_edit)
        self._add(form, "merchant_logo", self.tr("Logo (PNG o JPEG)"), logo_row)
        layout.addWidget(merchant)

        preferences = QGroupBox(self.tr("Preferencias"), self)
        form = self._form(preferences)
        self.expiry_spin = QSpinBox(preferences)
        self.expiry_spin.setRange(1, self._general.max_expiry_days * 24)
        self.expiry_spin.setSuffix(self.tr(" h"))
        self.expiry_spin.setMaximumWidth(120)
        self.ticket_box = QComboBox(preferences)
        for value, label in (
            ("a4", self.tr("A4")),
            ("80mm", self.tr("Ticket 80 mm")),
            ("58mm", self.tr("Ticket 58 mm")),
        ):
            self.ticket_box.addItem(label, value)
        self.ticket_box.setMaximumWidth(220)
        self.language_box = QComboBox(preferences)
        self.language_box.addItem("Español", "es")
        self.language_box.addItem("English", "en")
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_box)
        language_note = QLabel(self.tr("se aplica al reiniciar PagoDesk"), preferences)
        language_note.setStyleSheet("color:#555;")
        language_row.addWidget(language_note)
        language_row.addStretch(1)
        self._add(
            form, "default_expiry_hours", self.tr("Vencimiento por defecto"), self.expiry_spin
        )
        self._add(form, "ticket_format", self.tr("Formato del comprobante"), self.ticket_box)
        self._add(form, "language", self.tr("Idioma"), language_row)
        layout.addWidget(preferences)
        layout.addWidget(self._build_reconciliation())

        footer = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Guardar ajustes"), self)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.save_button)
        layout.addLayout(footer)
        layout.addStretch(1)

        for edit in (self.name_edit, self.ruc_edit, self.address_edit):
            edit.returnPressed.connect(self.save)
        self.logo_button.clicked.connect(self._on_logo_clicked)
        self.logo_clear.clicked.connect(self._on_logo_clear_clicked)
        self.save_button.clicked.connect(self.save)

    def _build_reconciliation(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sincronización y conciliación"), self)
        form = self._form(box)
        self.sync_spin = QSpinBox(box)
        sync = accepts("sync_minutes")
        self.sync_spin.setRange(sync.minimum or 0, sync.maximum or 0)
        self.sync_spin.setSuffix(self.tr(" min"))
        self.sync_spin.setSpecialValueText(self.tr("Solo a mano"))
        self.sync_spin.setMaximumWidth(140)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_spin)
        sync_note = QLabel(self.tr("0 = solo con «Sincronizar ahora»"), box)
        sync_note.setStyleSheet("color:#555;")
        sync_row.addWidget(sync_note)
        sync_row.addStretch(1)
        self.approval_check = QCheckBox(
            self.tr("Un pago marcado a mano necesita la aprobación de otra persona"), box
        )
        self.approval_check.setToolTip(
            self.tr(
                "Si está activo, «Marcar pagado» queda como solicitud hasta que otra persona "
                "la apruebe en el detalle del voucher."
            )
        )
        self._add(form, "sync_minutes", self.tr("Consultar a PagoEfectivo cada"), sync_row)
        self._add(form, "require_second_approval", self.tr("Doble aprobación"), self.approval_check)
        self.lock_spin = self._spin(box, "lock_idle_minutes", self.tr(" min"))
        self.lock_spin.setSpecialValueText(self.tr("Nunca"))
        self.lock_spin.setToolTip(
            self.tr(
                "Sin uso del teclado ni del mouse durante este tiempo, la pantalla se bloquea "
                "y pide el PIN (0 = nunca)."
            )
        )
        self._add(form, "lock_idle_minutes", self.tr("Bloquear la pantalla tras"), self.lock_spin)
        self.health_warning_spin = self._spin(box, "health_warning_percent", self.tr(" %"))
        self.health_bad_spin = self._spin(box, "health_bad_percent", self.tr(" %"))
        self.health_silent_spin = self._spin(box, "health_silent_hours", self.tr(" h"))
        tip = self.tr(
            "Tasa de éxito de la última hora bajo la que la luz de PagoEfectivo, en la barra "
            "de estado, se pone en ámbar o en rojo."
        )
        for spin in (self.health_warning_spin, self.health_bad_spin):
            spin.setToolTip(tip)
        self.health_silent_spin.setToolTip(
            self.tr(
                "Horas sin notificaciones de pago, habiendo pagos vistos al consultar, tras "
                "las que la luz se pone en ámbar."
            )
        )
        self._add(
            form, "health_warning_percent", self.tr("Luz ámbar bajo"), self.health_warning_spin
        )
        self._add(form, "health_bad_percent", self.tr("Luz roja bajo"), self.health_bad_spin)
        self._add(
            form, "health_silent_hours", self.tr("Sin notificaciones por"), self.health_silent_spin
        )
        return box

    def _spin(self, box: QGroupBox, key: str, suffix: str) -> QSpinBox:
        spin = QSpinBox(box)
        rule = accepts(key)
        spin.setRange(rule.minimum or 0, rule.maximum or 0)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(140)
        return spin

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _add(self, form: QFormLayout, key: str, label: str, content: Any) -> None:
        add_field(self.rows, form, key, label, content, self)

    def _show(self, general: GeneralSettings) -> None:
        self.name_edit.setText(general.merchant_name)
        self.ruc_edit.setText(general.merchant_ruc)
        self.address_edit.setText(general.merchant_address)
        self._set_logo(general.merchant_logo)
        self.expiry_spin.setValue(general.default_expiry_hours)
        self.ticket_box.setCurrentIndex(max(0, self.ticket_box.findData(general.ticket_format)))
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(general.language)))
        self.sync_spin.setValue(general.sync_minutes)
        self.approval_check.setChecked(bool(general.require_second_approval))
        self.lock_spin.setValue(general.lock_idle_minutes)
        self.health_warning_spin.setValue(general.health_warning_percent)
        self.health_bad_spin.setValue(general.health_bad_percent)
        self.health_silent_spin.setValue(general.health_silent_hours)

    # -- logo --------------------------------------------------------------------------

    def _set_logo(self, path: str) -> None:
        self.logo_path = path
        self.logo_clear.setEnabled(bool(path))
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(
                self.tr("Sin logo") if not path else self.tr("No se puede mostrar")
            )
            return
        self.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW[0] - 8,
                LOGO_PREVIEW[1] - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.logo_preview.setToolTip(path)

    def _on_logo_clicked(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Elegir el logo del comercio"),
            self.tr("Imágenes PNG o JPEG (*.png *.jpg *.jpeg)"),
        )
        if path is not None:
            self.rows["merchant_logo"].clear_error()
            self._set_logo(str(path))

    def _on_logo_clear_clicked(self) -> None:
        self._set_logo("")

    # -- save --------------------------------------------------------------------------

    def form(self) -> service.GeneralForm:
        return service.GeneralForm(
            merchant_name=self.name_edit.text().strip(),
            merchant_ruc=self.ruc_edit.text().strip(),
            merchant_address=self.address_edit.text().strip(),
            merchant_logo=self.logo_path,
            default_expiry_hours=self.expiry_spin.value(),
            ticket_format=str(self.ticket_box.currentData()),
            language=str(self.language_box.currentData()),
            sync_minutes=self.sync_spin.value(),
            require_second_approval=self.approval_check.isChecked(),
            health_warning_percent=self.health_warning_spin.value(),
            health_bad_percent=self.health_bad_spin.value(),
            health_silent_hours=self.health_silent_spin.value(),
            lock_idle_minutes=self.lock_spin.value(),
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        for row in self.rows.values():
            row.clear_error()
        self.status_label.clear()
        registry, form = self._registry, self.form()

        def work() -> GeneralSettings:
            return service.save_general(registry, form)

        self.save_button.setEnabled(False)
        self._tasks.run(work, self._on_saved, self._on_save_failed, lane=Lane.STORAGE, owner=self)

    def _on_saved(self, general: GeneralSettings) -> None:
        self.save_button.setEnabled(True)
        text = self.tr("Ajustes guardados. Los próximos vouchers usan los datos del comercio.")
        if general.language != self._general.language:
            text += " " + self.tr("El idioma cambiará al reiniciar PagoDesk.")
        self._general = general
        self._set_logo(general.merchant_logo)  # the copy kept in the data folder from now on
        self._set_status(text, ok=True)
        self.saved.emit(general)

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, service.InvalidSettings):
            show_problems(self.rows, error.problems)
            self._set_status(self.tr("Revise los campos marcados: no se guardó nada."), ok=False)
            return
        self._set_status(self.tr("No se pudo guardar: {error}").format(error=error), ok=False)

    def _set_status(self, text: str, *, ok: bool) -> None:
        show_message(self.status_label, text, Severity.SUCCESS if ok else Severity.ERROR)
