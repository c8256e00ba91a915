"""Perfiles: the list (active one marked), add/edit with keys kept in the keyring, use, remove,
"Probar conexión" (credentials and the PC clock against PagoEfectivo) and "Probar antes de
salir a producción" (the go-live check; going to production without one asks first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import Clock, utc_now
from desktop.services import secrets
from desktop.services import settings as service
from desktop.services.golive import GoLive
from desktop.services.profiles import DEMO, Environment, Profile, ProfileRegistry
from desktop.ui.notify_url.notice import NotifyUrlNotice
from desktop.ui.pages.settings.connection import ConnectionResult
from desktop.ui.pages.settings.golive_dialog import GoLiveDialog
from desktop.ui.pages.settings.golive_guard import ProductionGuard
from desktop.ui.pages.settings.key_file_dialog import KeyFileDialog
from desktop.ui.pages.settings.profile_form import ProfileFormBox
from desktop.ui.tasks import Lane, TaskRunner


class ProfilesPanel(QWidget):
    status_changed = Signal(str)  # a short note for the status bar

    def __init__(
        self,
        tasks: TaskRunner,
        registry: ProfileRegistry,
        running_profile: str,
        demo_client: service.DemoClient | None = None,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
        golive: GoLive | None = None,
        notify_notice: NotifyUrlNotice | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._registry = registry
        self._running = running_profile
        self._demo_client = demo_client
        self._clock = clock
        self._golive = golive
        self.guard = ProductionGuard(tasks, golive, self.open_golive, self) if golive else None
        self.golive_dialog: GoLiveDialog | None = None
        self.notify_notice = notify_notice
        self._build()
        self.refresh_list(select=running_profile)

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.profile_list = QListWidget(self)
        self.profile_list.setFixedWidth(300)
        self.profile_list.setStyleSheet("QListWidget::item{padding:7px 6px;}")
        self.new_button = QPushButton(self.tr("Nuevo perfil"), self)
        self.use_button = QPushButton(self.tr("Usar este perfil"), self)
        self.remove_button = QPushButton(self.tr("Eliminar"), self)
        self.restart_note = QLabel(self)
        self.restart_note.setWordWrap(True)
        self.restart_note.setFixedWidth(300)
        self.restart_note.setStyleSheet("color:#555;")
        left.addWidget(self.profile_list, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.use_button, self.remove_button):
            buttons.addWidget(button)
        left.addLayout(buttons)
        left.addWidget(self.restart_note)
        layout.addLayout(left)

        right = QVBoxLayout()
        self.form = ProfileFormBox()
        right.addWidget(self.form)
        actions = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Probar conexión"), self)
        self.test_button.setToolTip(
            self.tr("Comprueba las credenciales y el reloj de esta PC con PagoEfectivo")
        )
        self.save_button = QPushButton(self.tr("Guardar perfil"), self)
        self.golive_button = QPushButton(self.tr("Probar antes de salir a producción"), self)
        self.golive_button.setToolTip(
            self.tr("Flujos completos contra este perfil de pruebas, con un informe firmado")
        )
        self.golive_button.setVisible(self._golive is not None)
        actions.addWidget(self.test_button)
        actions.addWidget(self.golive_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right.addLayout(actions)
        self.result = ConnectionResult(self)
        right.addWidget(self.result)
        if self.notify_notice is not None:
            right.addWidget(self.notify_notice)
        right.addStretch(1)
        layout.addLayout(right, 1)

        self.profile_list.currentItemChanged.connect(self._on_list_current_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.test_button.clicked.connect(self.test_connection)
        self.golive_button.clicked.connect(lambda: self.open_golive(self._current_name()))
        self.save_button.clicked.connect(self.save)
        self.form.submitted.connect(self.save)
        self.form.key_file_requested.connect(self._on_key_file_requested)

    # -- the list ----------------------------------------------------------------------

    def refresh_list(self, select: str | None = None) -> None:
        active = self._registry.settings.active_profile
        select = select or self._current_name()
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        chosen: QListWidgetItem | None = None
        for profile in self._registry.list_profiles():
            item = QListWidgetItem(self._item_text(profile, active), self.profile_list)
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            if profile.name == active:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if profile.name == select:
                chosen = item
        self.profile_list.blockSignals(False)
        self.profile_list.setCurrentItem(chosen or self.profile_list.item(0))
        note = self.tr("Abierto ahora: «{name}».").format(name=self._running)
        if active != self._running:
            note += " " + self.tr("Al reiniciar PagoDesk se abrirá «{name}».").format(name=active)
        else:
            note += " " + self.tr("Un cambio de perfil se aplica al reiniciar PagoDesk.")
        self.restart_note.setText(note)

    def _item_text(self, profile: Profile, active: str) -> str:
        kinds = {
            "demo": self.tr("demo"),
            "sandbox": self.tr("sandbox"),
            "production": self.tr("producción"),
        }
        text = self.tr("{name} ({kind})").format(
            name=profile.name, kind=kinds.get(profile.environment.value, "")
        )
        return self.tr("● {text} — activo").format(text=text) if profile.name == active else text

    def _current_name(self) -> str | None:
        item = self.profile_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, name: str) -> None:
        for row in range(self.profile_list.count()):
            if self.profile_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.profile_list.setCurrentRow(row)

    def _on_list_current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        profile = self._registry.get(str(current.data(Qt.ItemDataRole.UserRole)))
        self.result.clear()
        self.form.show_profile(profile)
        if self.notify_notice is not None:
            self.notify_notice.show_profile(profile)
        self.save_button.setEnabled(not profile.is_demo)
        self.golive_button.setEnabled(profile.environment is not Environment.PRODUCTION)
        self.use_button.setEnabled(True)
        running = profile.name == self._running
        self.remove_button.setEnabled(not profile.is_demo and not running)
        self.remove_button.setToolTip(self.tr("Es el perfil abierto ahora") if running else "")
        if not profile.is_demo:
            name = profile.name
            self._tasks.run(
                lambda: service.has_stored_keys(name),
                lambda stored: self._on_key_state_loaded(name, stored),
                self._on_task_failed,
                owner=self,
            )

    def refresh_notice(self) -> None:
        """The notification URL changed (here, or elsewhere): show it as it is now."""
        name = self._current_name()
        if self.notify_notice is not None and name is not None:
            self._registry.load()
            self.notify_notice.show_profile(self._registry.get(name))

    def _on_key_state_loaded(self, name: str, stored: bool) -> None:
        if self.form.editing == name:
            self.form.set_key_state(stored)

    def _on_new_clicked(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.setCurrentRow(-1)
        self.profile_list.blockSignals(False)
        self.result.clear()
        self.form.show_new()
        if self.notify_notice is not None:
            self.notify_notice.hide()
        self.save_button.setEnabled(True)
        self.golive_button.setEnabled(False)
        self.use_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    # -- actions -----------------------------------------------------------------------

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.form.clear_feedback()
        registry, form, editing = self._registry, self.form.form(), self.form.editing
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda: service.save_profile(registry, form, editing),
            self._on_saved,
            self._on_task_failed,
            lane=Lane.STORAGE,
            owner=self,
        )

    def _on_key_file_requested(self) -> None:
        dialog = KeyFileDialog(self._tasks, self)
        if dialog.exec() == KeyFileDialog.DialogCode.Accepted:
            self.save_button.setEnabled(True)
            self.save()  # the save the missing keyring refused, now into the file

    def _on_saved(self, profile: Profile) -> None:
        self.refresh_list(select=profile.name)
        self.form.saved()
        where = (
            self.tr(
                "Perfil «{name}» guardado; sus claves están en el archivo cifrado de este equipo."
            )
            if secrets.key_file_in_use()
            else self.tr("Perfil «{name}» guardado; sus claves están en el llavero del sistema.")
        )
        self.status_changed.emit(where.format(name=profile.name))

    def _on_task_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(self.form.environment != DEMO)
        self.form.show_error(error)

    def test_connection(self) -> None:
        self.form.clear_feedback()
        form = self.form.form()
        demo_client = self._demo_client if self._running == DEMO else None
        clock, url = self._clock, form.base_url or service.default_base_url(form.environment)
        self.result.show_busy()
        self.test_button.setEnabled(False)
        self._tasks.run(
            lambda: service.check_connection(form, demo_client=demo_client, clock=clock),
            self._on_connection_checked,
            lambda error: self._on_connection_failed(error, url),
            owner=self,
        )

    def _on_connection_checked(self, report: service.ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        self.result.show_report(report)

    def _on_connection_failed(self, error: BaseException, url: str) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, service.InvalidSettings):
            self.result.clear()
            self.form.show_error(error)
        else:
            self.result.show_failure(error, url)

    def _on_use_clicked(self) -> None:
        name = self._current_name()
        if name is None:
            return
        production = self._registry.get(name).environment is Environment.PRODUCTION
        if self.guard and production:  # the switch to real money asks for a recent check
            self.guard.confirm(name, lambda overridden: self._use(name, overridden))
        else:
            self._use(name, overridden=False)

    def _use(self, name: str, overridden: bool) -> None:
        registry = self._registry
        if overridden and self.guard:
            self.guard.record(name)
        self._tasks.run(
            lambda: service.use_profile(registry, name),
            self._on_used,
            self._on_task_failed,
            lane=Lane.STORAGE,
            owner=self,
        )

    def open_golive(self, name: str | None = None) -> GoLiveDialog | None:
        """The go-live check of ``name``; production profiles are never checked: then the
        open profile if it is a test one, else demo."""
        golive = self._golive
        if golive is None:
            return None
        tested = [name, self._running, DEMO]
        test_profiles = {
            p.name
            for p in self._registry.list_profiles()
            if p.environment is not Environment.PRODUCTION
        }
        chosen = next(n for n in tested if n in test_profiles)
        dialog = GoLiveDialog(
            self._tasks, lambda progress: golive.run(chosen, progress), chosen, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.golive_dialog = dialog
        dialog.open()
        return dialog

    def _on_used(self, profile: Profile) -> None:
        self.refresh_list(select=profile.name)
        if profile.name == self._running:
            text = self.tr("«{name}» es el perfil en uso.").format(name=profile.name)
        else:
            text = self.tr("«{name}» se abrirá al reiniciar PagoDesk.").format(name=profile.name)
        self.status_changed.emit(text)

    def _on_remove_clicked(self) -> None:
        name = self._current_name()
        if name is None or name in (DEMO, self._running):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Eliminar perfil"),
            self.tr(
                "¿Eliminar el perfil «{name}» y sus claves del llavero? Sus cobros guardados "
                "en esta PC se conservan."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        registry = self._registry
        self._tasks.run(
            lambda: service.remove_profile(registry, name),
            lambda _none: self._on_removed(name),
            self._on_task_failed,
            lane=Lane.STORAGE,
            owner=self,
        )

    def _on_removed(self, name: str) -> None:
        self.refresh_list(select=self._running)
        self.status_changed.emit(self.tr("Perfil «{name}» eliminado.").format(name=name))
