"""The profile form: name, environment, URL, service id, shared database, keys (never shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.services import settings as service
from desktop.services.profiles import Profile
from desktop.services.secrets import KeyringUnavailable
from desktop.ui.message_style import Severity, style_message
from desktop.ui.pages.settings.field_row import FieldRow
from desktop.ui.pages.settings.messages import problem_text

STORED = "•••••• (guardada)"


class ProfileFormBox(QGroupBox):
    """Shows one profile or a new one. Stored keys only ever appear as a placeholder."""

    submitted = Signal()  # Enter in any field
    key_file_requested = Signal()  # "Usar archivo cifrado…", offered when there is no keyring

    def __init__(self, parent: QGroupBox | None = None) -> None:
        super().__init__(parent)
        self.editing: str | None = None  # the stored profile shown; None for a new one
        outer = QVBoxLayout(self)
        self.demo_note = QLabel(
            self.tr(
                "El perfil demo usa el simulador de PagoEfectivo incluido en PagoDesk: datos "
                "de prueba, sin credenciales ni dinero real."
            ),
            self,
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet("color:#555;")
        outer.addWidget(self.demo_note)
        self._layout = form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("p. ej. tienda-lince"))
        self.environment_box = QComboBox(self)
        for value, label in (
            ("sandbox", self.tr("Pruebas de PagoEfectivo (sandbox)")),
            ("production", self.tr("Producción (cobros reales)")),
            ("demo", self.tr("Demo (simulador incluido)")),
        ):
            self.environment_box.addItem(label, value)
        model = self.environment_box.model()
        if isinstance(model, QStandardItemModel):
            model.item(2).setEnabled(False)  # the demo profile is built in, never created
        self.url_edit = QLineEdit(self)
        self.service_edit = QLineEdit(self)
        self.service_edit.setPlaceholderText(self.tr("el número que le dio PagoEfectivo"))
        self.database_edit = QLineEdit(self)
        self.database_edit.setPlaceholderText(
            self.tr("opcional: postgresql+psycopg://servidor/base")
        )
        self.access_edit = QLineEdit(self)
        self.secret_edit = QLineEdit(self)
        for edit in (self.access_edit, self.secret_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.rows: dict[str, FieldRow] = {}
        for key, label, editor in (
            ("name", self.tr("Nombre"), self.name_edit),
            ("environment", self.tr("Entorno"), self.environment_box),
            ("base_url", self.tr("URL base"), self.url_edit),
            ("service_id", self.tr("ID de servicio"), self.service_edit),
            ("database_url", self.tr("Base de datos compartida"), self.database_edit),
            ("access_key", self.tr("Clave de acceso"), self.access_edit),
            ("secret_key", self.tr("Clave secreta"), self.secret_edit),
        ):
            self.rows[key] = FieldRow(editor, self)
            form.addRow(label, self.rows[key])
        outer.addLayout(form)
        self.keys_note = QLabel(self)
        self.keys_note.setWordWrap(True)
        self.keys_note.setStyleSheet("color:#555;")
        outer.addWidget(self.keys_note)
        self.form_error = QLabel(self)
        self.form_error.setWordWrap(True)
        style_message(self.form_error, Severity.ERROR)
        self.form_error.hide()
        outer.addWidget(self.form_error)
        self.key_file_button = QPushButton(self.tr("Usar archivo cifrado…"), self)
        self.key_file_button.setToolTip(
            self.tr("Guardar las claves en un archivo cifrado con contraseña (menos seguro)")
        )
        self.key_file_button.hide()
        self.key_file_button.clicked.connect(self.key_file_requested)
        outer.addWidget(self.key_file_button, 0, Qt.AlignmentFlag.AlignLeft)
        for edit in self.line_edits:
            edit.returnPressed.connect(self.submitted)
        self.environment_box.currentIndexChanged.connect(self._on_environment_changed)

    @property
    def line_edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.name_edit,
            self.url_edit,
            self.service_edit,
            self.database_edit,
            self.access_edit,
            self.secret_edit,
        )

    @property
    def environment(self) -> str:
        return str(self.environment_box.currentData())

    def _set_environment(self, value: str) -> None:
        self.environment_box.blockSignals(True)
        self.environment_box.setCurrentIndex(self.environment_box.findData(value))
        self.environment_box.blockSignals(False)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.environment_box, *self.line_edits[1:]):
            widget.setEnabled(editable)

    def _show_account_rows(self, visible: bool) -> None:
        """The demo profile has no URL, service id or keys: their rows are hidden."""
        for key in ("base_url", "service_id", "database_url", "access_key", "secret_key"):
            self._layout.setRowVisible(self.rows[key], visible)

    def _clear_keys(self) -> None:
        for edit in (self.access_edit, self.secret_edit):
            edit.clear()
            edit.setPlaceholderText("")

    def show_profile(self, profile: Profile) -> None:
        self.editing = profile.name
        self.clear_feedback()
        self.setTitle(self.tr("Perfil «{name}»").format(name=profile.name))
        self.demo_note.setVisible(profile.is_demo)
        self.name_edit.setText(profile.name)
        self.name_edit.setReadOnly(True)
        self._set_environment(profile.environment.value)
        self.url_edit.setText(profile.base_url or "")
        self.service_edit.setText(str(profile.service_id or ""))
        self.database_edit.setText(profile.database_url or "")
        self._set_editable(not profile.is_demo)
        self.environment_box.setEnabled(False)  # a profile's data stays in one environment
        self._show_account_rows(not profile.is_demo)
        self._clear_keys()
        self.keys_note.setText(
            "" if profile.is_demo else self.tr("Consultando el llavero del sistema…")
        )

    def show_new(self) -> None:
        self.editing = None
        self.clear_feedback()
        self.setTitle(self.tr("Nuevo perfil"))
        self.demo_note.hide()
        self.name_edit.setReadOnly(False)
        for edit in self.line_edits:
            edit.clear()
        self._set_editable(True)
        self._show_account_rows(True)
        self._clear_keys()
        self._set_environment("sandbox")
        self.url_edit.setText(service.default_base_url("sandbox"))
        self.keys_note.setText(
            self.tr("Las claves se guardan en el llavero del sistema, nunca en un archivo.")
        )
        self.name_edit.setFocus()

    def set_key_state(self, stored: bool) -> None:
        """Stored keys show as a placeholder; typing a value replaces that key on save."""
        self.access_edit.setPlaceholderText(STORED if stored else "")
        self.secret_edit.setPlaceholderText(STORED if stored else "")
        self.keys_note.setText(
            self.tr(
                "Claves guardadas en el llavero del sistema. Escriba una nueva solo para "
                "reemplazarla."
            )
            if stored
            else self.tr("Este perfil no tiene claves guardadas: escríbalas y guarde.")
        )

    def _on_environment_changed(self, _index: int) -> None:
        """Keep the URL on PagoEfectivo's host for the environment unless staff typed another."""
        url = self.url_edit.text().strip()
        defaults = {service.default_base_url(e) for e in ("sandbox", "production")}
        if not url or url in defaults:
            self.url_edit.setText(service.default_base_url(self.environment))

    def form(self) -> service.ProfileForm:
        return service.ProfileForm(
            name=self.name_edit.text().strip(),
            environment=self.environment,
            base_url=self.url_edit.text().strip(),
            service_id=self.service_edit.text().strip(),
            database_url=self.database_edit.text().strip(),
            access_key=self.access_edit.text().strip(),
            secret_key=self.secret_edit.text().strip(),
        )

    def saved(self) -> None:
        """The typed keys are in the keyring now: clear them from the screen."""
        self._clear_keys()
        self.set_key_state(True)

    def clear_feedback(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self.form_error.hide()
        self.key_file_button.hide()

    def show_error(self, error: BaseException) -> None:
        """Refused fields beside their field; anything else under the form."""
        if isinstance(error, service.InvalidSettings):
            for problem in error.problems:
                row = self.rows.get(problem.field)
                if row is not None:
                    row.set_error(problem_text(problem))
                else:
                    self.show_message(problem_text(problem))
            return
        if isinstance(error, KeyringUnavailable):
            self.show_message(error.message_es)
            self.key_file_button.setVisible(error.code == "keyring_missing")
        else:
            self.show_message(self.tr("No se pudo completar: {error}").format(error=error))

    def show_message(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.show()
