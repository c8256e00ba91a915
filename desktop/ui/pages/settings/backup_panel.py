"""Ajustes → Copias de seguridad: the last copy and its result, the folder and the rotation,
«Hacer copia ahora», «Restaurar…» (the app closes the profile, restores with a safety copy
and opens it again), «Mover a otra PC…» and «Traer de otra PC…». A PostgreSQL profile is
copied by the server's nightly job: the panel says so and offers nothing to press."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import Clock, to_lima, utc_now
from desktop.domain.settings import BACKUP_DAILY_MAX, BACKUP_WEEKLY_MAX, GeneralSettings
from desktop.services import backup, move
from desktop.services.auto_backup import BackupState, save_backup_settings
from desktop.services.backup_record import BackupEntry
from desktop.services.chain_keys import chain_key
from desktop.services.profiles import ProfileRegistry
from desktop.services.settings import InvalidSettings
from desktop.ui.backups import BackupScheduler
from desktop.ui.file_dialogs import ask_open_path, ask_save_path
from desktop.ui.format import lima_datetime
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.message_style import Severity, show_message
from desktop.ui.pages.settings.field_row import FieldRow, add_field, show_problems
from desktop.ui.tasks import Lane, TaskRunner

_CONTEXT = "BackupPanel"
PROBLEMS = {
    "folder_missing": QT_TRANSLATE_NOOP(
        "BackupPanel", "la carpeta {detail} no está: conecte la memoria USB o elija otra"
    ),
    "os_error": QT_TRANSLATE_NOOP("BackupPanel", "no se pudo escribir la copia ({detail})"),
    "no_chain_key": QT_TRANSLATE_NOOP(
        "BackupPanel", "esta PC no tiene la clave de la cadena de auditoría del perfil"
    ),
    "no_database": QT_TRANSLATE_NOOP("BackupPanel", "el perfil aún no tiene base de datos"),
    "unreadable": QT_TRANSLATE_NOOP(
        "BackupPanel", "«{detail}» no es una copia de PagoDesk que se pueda leer"
    ),
    "integrity": QT_TRANSLATE_NOOP("BackupPanel", "la copia está dañada ({detail}); use otra"),
    "audit": QT_TRANSLATE_NOOP("BackupPanel", "la copia no pasa la auditoría: {detail}; use otra"),
    "other_profile": QT_TRANSLATE_NOOP("BackupPanel", "«{detail}» es una copia de otro perfil"),
    "in_use": QT_TRANSLATE_NOOP("BackupPanel", "Cierre PagoDesk y el receptor antes de restaurar"),
    "profile_exists": QT_TRANSLATE_NOOP(
        "BackupPanel",
        "el perfil «{detail}» ya existe en esta PC: para reemplazarlo, cierre PagoDesk y use "
        "«pagodesk move-in ARCHIVO --replace»",
    ),
    "bad_move_file": QT_TRANSLATE_NOOP(
        "BackupPanel", "«{detail}» no es un archivo de mudanza de PagoDesk que se pueda leer"
    ),
    "move_too_big": QT_TRANSLATE_NOOP(
        "BackupPanel", "«{detail}» es demasiado grande para un archivo de mudanza"
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def problem_text(code: str, detail: str) -> str:
    template = PROBLEMS.get(code)
    if template is None:
        text = QCoreApplication.translate("BackupPanel", "falló ({code}: {detail})")
        return text.format(code=code, detail=detail)
    return tr(template).format(detail=detail)


def error_of(error: BaseException) -> str:
    if isinstance(error, backup.BackupError):
        return problem_text(error.code, error.detail)
    if isinstance(error, OSError):
        return problem_text("os_error", error.strerror or str(error))
    return str(error)


class BackupPanel(QWidget):
    saved = Signal(object)  # the GeneralSettings once stored

    def __init__(
        self,
        tasks: TaskRunner,
        registry: ProfileRegistry,
        scheduler: BackupScheduler,
        general: GeneralSettings,
        *,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._registry = registry
        self._scheduler = scheduler
        self._clock = clock
        self.rows: dict[str, FieldRow] = {}
        self._build()
        self.folder_edit.setText(general.backup_folder)
        self.daily_spin.setValue(general.backup_daily)
        self.weekly_spin.setValue(general.backup_weekly)
        self._enable(scheduler.auto.automatic)
        scheduler.state_changed.connect(self.show_state)
        scheduler.taken.connect(self._on_taken)
        if scheduler.state is not None:
            self.show_state(scheduler.state)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Copias de seguridad de este perfil"), self)
        outer = QVBoxLayout(box)
        self.state_label = QLabel(self.tr("Leyendo las copias…"), box)
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.state_label)
        self.postgres_note = QLabel(
            self.tr(
                "Este perfil usa PostgreSQL: la app no copia su base. La copia la hace la "
                "tarea nocturna del servidor («pagodesk backup», un pg_dump); vea la guía."
            ),
            box,
        )
        self.postgres_note.setWordWrap(True)
        outer.addWidget(self.postgres_note)
        intro = QLabel(
            self.tr(
                "PagoDesk copia la base cada día al abrirse y al cerrarse, y comprueba cada "
                "copia. Elija una memoria USB o una carpeta sincronizada: si la PC se pierde, "
                "la copia no."
            ),
            box,
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color:#555;")
        outer.addWidget(intro)
        form = QFormLayout()
        outer.addLayout(form)
        self.folder_edit = QLineEdit(box)
        self.folder_edit.setPlaceholderText(
            self.tr("vacío: {folder}").format(folder=backup.default_folder())
        )
        self.choose_button = QPushButton(self.tr("Elegir…"), box)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.choose_button)
        self.daily_spin = QSpinBox(box)
        self.daily_spin.setRange(1, BACKUP_DAILY_MAX)
        self.weekly_spin = QSpinBox(box)
        self.weekly_spin.setRange(0, BACKUP_WEEKLY_MAX)
        for spin in (self.daily_spin, self.weekly_spin):
            spin.setMaximumWidth(90)
        add_field(self.rows, form, "backup_folder", self.tr("Carpeta"), folder, box, 150)
        add_field(
            self.rows, form, "backup_daily", self.tr("Días que guarda"), self.daily_spin, box, 150
        )
        add_field(
            self.rows,
            form,
            "backup_weekly",
            self.tr("Semanas que guarda"),
            self.weekly_spin,
            box,
            150,
        )
        self.save_button = QPushButton(self.tr("Guardar"), box)
        saving = QHBoxLayout()
        saving.addStretch(1)
        saving.addWidget(self.save_button)
        outer.addLayout(saving)
        layout.addWidget(box)

        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Hacer copia ahora"), self)
        self.restore_button = QPushButton(self.tr("Restaurar…"), self)
        self.move_out_button = QPushButton(self.tr("Mover a otra PC…"), self)
        self.move_in_button = QPushButton(self.tr("Traer de otra PC…"), self)
        for button in (self.copy_button, self.restore_button, self.move_out_button):
            actions.addWidget(button)
        actions.addWidget(self.move_in_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        self.choose_button.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy_now)
        self.restore_button.clicked.connect(self.restore)
        self.move_out_button.clicked.connect(self.move_out)
        self.move_in_button.clicked.connect(self.move_in)

    def _enable(self, automatic: bool) -> None:
        self.postgres_note.setVisible(not automatic)
        for widget in (
            self.folder_edit,
            self.choose_button,
            self.daily_spin,
            self.weekly_spin,
            self.save_button,
            self.copy_button,
            self.restore_button,
            self.move_out_button,
        ):
            widget.setEnabled(automatic)

    # -- what the record says ----------------------------------------------------------

    def show_state(self, state: BackupState) -> None:
        if not state.automatic:
            self.state_label.setText(self.tr("Copias automáticas: no en este perfil (PostgreSQL)."))
            return
        lines = [self.tr("Las copias van a {folder}").format(folder=state.folder)]
        last, good = state.last, state.last_good
        if last is None:
            lines.insert(0, self.tr("Aún no hay ninguna copia de este perfil."))
        else:
            lines.insert(0, self.entry_text(last))
            if good is not None and good is not last:
                lines.insert(
                    1, self.tr("Última copia buena: {when}").format(when=lima_datetime(good.at))
                )
        self.state_label.setText("\n".join(lines))
        severity = Severity.WARNING if state.stale or (last and not last.ok) else Severity.INFO
        show_message(self.state_label, self.state_label.text(), severity)

    def entry_text(self, entry: BackupEntry) -> str:
        when = lima_datetime(entry.at)
        if entry.ok:
            text = self.tr(
                "Última copia: {when}, OK (%n cobro(s); sello {head}).", "", entry.vouchers
            )
            return text.format(when=when, head=entry.head or "—")
        text = self.tr("Última copia: {when}, falló: {error}.")
        return text.format(when=when, error=problem_text(entry.error, entry.detail))

    # -- folder and rotation -----------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Carpeta de las copias de seguridad"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def save(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        registry = self._registry
        folder, daily, weekly = (
            self.folder_edit.text(),
            self.daily_spin.value(),
            self.weekly_spin.value(),
        )
        self._tasks.run(
            lambda: save_backup_settings(registry, folder, daily, weekly),
            self._on_saved,
            self._on_save_failed,
            Lane.STORAGE,
            owner=self,
        )

    def _on_saved(self, general: GeneralSettings) -> None:
        self._scheduler.auto.use(general)
        self._say(self.tr("Guardado: las próximas copias usan esta carpeta."), Severity.SUCCESS)
        self.saved.emit(general)

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidSettings):
            show_problems(self.rows, error.problems)
            self._say(self.tr("Revise los campos marcados: no se guardó nada."), Severity.ERROR)
            return
        self._say(self.tr("No se pudo guardar: {error}").format(error=error), Severity.ERROR)

    # -- copy, restore, move -----------------------------------------------------------

    def copy_now(self) -> None:
        if self._scheduler.take("manual"):
            self._say(self.tr("Copiando y comprobando la base…"), Severity.INFO)

    def _on_taken(self, entry: BackupEntry) -> None:
        if entry.reason != "manual":  # an automatic copy shows in the last-copy line only:
            return  # what the person asked for here keeps its own message
        if entry.ok:
            self._say(
                self.tr("Copia comprobada en {file}").format(file=entry.file), Severity.SUCCESS
            )
        else:
            self._say(problem_text(entry.error, entry.detail), Severity.ERROR)

    def restore(self) -> None:
        chosen = ask_open_path(
            self, self.tr("Restaurar una copia"), self.tr("Copias de PagoDesk (*.sqlite3)")
        )
        if chosen is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Restaurar"),
            self.tr(
                "Los datos de este perfil se reemplazan por los de «{name}». PagoDesk guarda "
                "antes una copia de los actuales, cierra el perfil, restaura y lo vuelve a "
                "abrir. Cierre el receptor si lo tiene abierto. ¿Continuar?"
            ).format(name=chosen.name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        profile = self._scheduler.auto.profile
        self._say(self.tr("Comprobando la copia…"), Severity.INFO)
        self._tasks.run(
            lambda: backup.verify_restorable(profile, chosen, lambda e: chain_key(profile, e)),
            lambda _checked: self._scheduler.request_restore(chosen),
            lambda error: self._say(error_of(error), Severity.ERROR),
            Lane.NETWORK,
            owner=self,
        )

    def move_out(self) -> None:
        auto = self._scheduler.auto
        stamp = to_lima(self._clock()).strftime("%Y%m%d")
        target = ask_save_path(
            self,
            self.tr("Mover a otra PC"),
            f"pagodesk-{auto.profile.name}-{stamp}.zip",
            self.tr("Archivo de mudanza (*.zip)"),
            (".zip",),
        )
        if target is None:
            return
        registry = self._registry
        self._say(self.tr("Preparando el archivo…"), Severity.INFO)
        self._tasks.run(
            lambda: move.move_out(auto.profile, registry, target),
            self._on_moved_out,
            lambda error: self._say(error_of(error), Severity.ERROR),
            Lane.NETWORK,
            owner=self,
        )

    def _on_moved_out(self, moved: move.MovedOut) -> None:
        text = self.tr(
            "Listo: {file}. Llévelo a la otra PC y use «Traer de otra PC…». No lleva claves: "
            "allá ingrese de nuevo las de PagoEfectivo y el código de la cadena de auditoría."
        )
        self._say(text.format(file=moved.path), Severity.SUCCESS)

    def move_in(self) -> None:
        chosen = ask_open_path(
            self, self.tr("Traer de otra PC"), self.tr("Archivo de mudanza (*.zip)")
        )
        if chosen is None:
            return
        registry = self._registry
        self._tasks.run(
            lambda: move.move_in(chosen, registry),
            self._on_moved_in,
            lambda error: self._say(error_of(error), Severity.ERROR),
            Lane.STORAGE,
            owner=self,
        )

    def _on_moved_in(self, moved: move.MovedIn) -> None:
        text = self.tr(
            "Perfil «{name}» traído (%n cobro(s)). Elíjalo en Perfiles y conexión e ingrese sus "
            "claves: no viajan en el archivo.",
            "",
            moved.vouchers,
        )
        self._say(text.format(name=moved.profile.name), Severity.SUCCESS)

    def _say(self, text: str, severity: Severity) -> None:
        show_message(self.status_label, text, severity)
