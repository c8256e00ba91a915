"""«Cambiar la URL de notificación»: the procedure, step by step. Enter the receiver's new
public URL and check that it answers as this profile's receiver; save it; register it in
PagoEfectivo's portal and mark it «registrado en el portal» with the date; keep the old
receiver running until the first notification arrives on the new one (both receivers' last
notification shown when they tell it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import Clock, lima_now, utc_now
from desktop.domain.notify_url import MAX_URL_LENGTH
from desktop.services.notify_url import NotifyUrls, NotifyUrlStatus
from desktop.services.receiver.probe import ReceiverProbe
from desktop.ui.notify_url import words
from desktop.ui.tasks import Lane, TaskRunner

_ERROR = "color:#a33a3a;"
_GOOD = "color:#1b7a36;"


def _label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class NotifyUrlDialog(QDialog):
    changed = Signal(object)  # the NotifyUrlStatus after a change was saved
    checked = Signal(object)  # a ReceiverProbe just shown
    loaded = Signal(object)  # the NotifyUrlStatus just shown

    def __init__(
        self,
        tasks: TaskRunner,
        urls: NotifyUrls,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._urls = urls
        self._clock = clock
        self._checked_url: str | None = None
        self.status: NotifyUrlStatus | None = None
        self.setWindowTitle(self.tr("Cambiar la URL de notificación"))
        self.setMinimumWidth(600)
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.current = _label(self)
        self.current.setStyleSheet("background:#f4f4f4;padding:8px;border-radius:4px;")
        layout.addWidget(self.current)

        first = QGroupBox(self.tr("1. Nueva URL pública del receptor"), self)
        box = QVBoxLayout(first)
        row = QHBoxLayout()
        self.url_edit = QLineEdit(first)
        self.url_edit.setMaxLength(MAX_URL_LENGTH)
        self.url_edit.setPlaceholderText("https://cobros.mitienda.pe")
        self.check_button = QPushButton(self.tr("Comprobar"), first)
        row.addWidget(self.url_edit, 1)
        row.addWidget(self.check_button)
        box.addLayout(row)
        self.url_error = _label(first)
        self.url_error.setStyleSheet(_ERROR)
        self.url_error.hide()
        box.addWidget(self.url_error)
        self.probe_label = _label(first)
        box.addWidget(self.probe_label)
        self.probe_label.hide()
        self.save_button = QPushButton(self.tr("Guardar como URL del receptor"), first)
        self.save_button.setEnabled(False)
        box.addLayout(_left(self.save_button))
        layout.addWidget(first)

        second = QGroupBox(self.tr("2. Regístrela en el portal de PagoEfectivo"), self)
        box = QVBoxLayout(second)
        box.addWidget(
            _label(
                second,
                self.tr(
                    "Entre al portal de comercios de PagoEfectivo y ponga esa URL como URL de "
                    "notificación. Sin este paso PagoEfectivo sigue notificando a la anterior."
                ),
            )
        )
        layout.addWidget(second)

        third = QGroupBox(self.tr("3. Márquela como registrada en el portal"), self)
        box = QVBoxLayout(third)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Registrada el"), third))
        self.date_edit = QDateEdit(third)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        today = lima_now(self._clock).date()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.mark_button = QPushButton(self.tr("Marcar «registrado en el portal»"), third)
        row.addWidget(self.date_edit)
        row.addWidget(self.mark_button)
        row.addStretch(1)
        box.addLayout(row)
        self.mark_error = _label(third)
        self.mark_error.setStyleSheet(_ERROR)
        self.mark_error.hide()
        box.addWidget(self.mark_error)
        layout.addWidget(third)

        fourth = QGroupBox(self.tr("4. Mantenga el receptor anterior en marcha"), self)
        box = QVBoxLayout(fourth)
        box.addWidget(
            _label(
                fourth,
                self.tr(
                    "No apague el receptor anterior hasta que llegue la primera notificación "
                    "a la nueva URL: PagoEfectivo puede seguir enviando a la anterior un tiempo."
                ),
            )
        )
        self.compare_button = QPushButton(self.tr("Ver la última notificación de cada URL"), fourth)
        box.addLayout(_left(self.compare_button))
        self.compare_label = _label(fourth)
        self.compare_label.hide()
        box.addWidget(self.compare_label)
        layout.addWidget(fourth)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.check_button.clicked.connect(self.check)
        self.url_edit.returnPressed.connect(self.check)
        self.url_edit.textEdited.connect(self._on_url_edit_text_edited)
        self.save_button.clicked.connect(self.save)
        self.mark_button.clicked.connect(self.mark_registered)
        self.compare_button.clicked.connect(self.compare)

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        self._tasks.run(
            self._urls.status, self._on_status, self._on_load_failed, Lane.STORAGE, owner=self
        )

    def _on_status(self, status: NotifyUrlStatus) -> None:
        self.status = status
        registered = status.registered
        lines = [
            self.tr("Perfil «{name}».").format(name=status.profile),
            self.tr("Registrada en el portal: {url}").format(
                url=f"{registered.url} ({registered.on:%d/%m/%Y})" if registered else "—"
            ),
            self.tr("URL del receptor: {url}").format(url=status.receiver_url or "—"),
            words.state_text(status.state),
        ]
        self.current.setText("\n".join(lines))
        color = "#b26a00" if status.warns else "#1b7a36"
        self.current.setStyleSheet(
            f"background:#f4f4f4;padding:8px;border-radius:4px;border-left:4px solid {color};"
        )
        self._fit()
        self.loaded.emit(status)

    def _fit(self) -> None:
        """Grow to show every text in full (they arrive after the dialog opened)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def _on_load_failed(self, error: BaseException) -> None:
        self.current.setText(words.problem_text(error))

    # -- step 1 --------------------------------------------------------------------------

    def _on_url_edit_text_edited(self, _text: str) -> None:
        self._checked_url = None
        self.save_button.setEnabled(False)
        self.url_error.hide()

    def check(self) -> None:
        typed = self.url_edit.text()
        urls = self._urls
        self.url_error.hide()
        self.probe_label.setText(self.tr("Comprobando…"))
        self.probe_label.setStyleSheet("")
        self.probe_label.show()
        self.check_button.setEnabled(False)
        self._tasks.run(
            lambda: urls.check(typed),
            lambda probe: self._on_checked(typed, probe),
            self._on_check_failed,
            owner=self,
        )

    def _on_checked(self, typed: str, probe: ReceiverProbe) -> None:
        self.check_button.setEnabled(True)
        self.probe_label.setText(words.probe_text(probe))
        self.probe_label.setStyleSheet(_GOOD if probe.ok else _ERROR)
        self._fit()
        good = probe.ok and typed == self.url_edit.text()
        self._checked_url = typed if good else None
        self.save_button.setEnabled(good)
        self.checked.emit(probe)

    def _on_check_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.probe_label.hide()
        self._show_error(self.url_error, error)

    def save(self) -> None:
        if self._checked_url is None:
            return
        urls, url = self._urls, self._checked_url
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda: urls.set_receiver_url(url, check=False),  # just checked, in this dialog
            self._on_changed,
            lambda error: self._show_error(self.url_error, error),
            Lane.STORAGE,
            owner=self,
        )

    # -- step 3 --------------------------------------------------------------------------

    def mark_registered(self) -> None:
        chosen = self.date_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        urls = self._urls
        self.mark_error.hide()
        self._tasks.run(
            lambda: urls.mark_registered(day),
            self._on_changed,
            lambda error: self._show_error(self.mark_error, error),
            Lane.STORAGE,
            owner=self,
        )

    def _on_changed(self, status: NotifyUrlStatus) -> None:
        self._on_status(status)
        self.changed.emit(status)

    # -- step 4 --------------------------------------------------------------------------

    def compare(self) -> None:
        """The last notification of the registered URL's receiver and of the new one's."""
        status = self.status
        if status is None:
            return
        targets = dict.fromkeys(
            u
            for u in (status.registered.url if status.registered else None, status.receiver_url)
            if u
        )
        urls = self._urls
        self.compare_label.setText(self.tr("Comprobando…"))
        self.compare_label.show()

        def probe_all() -> list[ReceiverProbe]:
            return [urls.check(url) for url in targets]

        self._tasks.run(probe_all, self._on_compared, self._on_compare_failed, owner=self)

    def _on_compared(self, probes: list[ReceiverProbe]) -> None:
        if not probes:
            self.compare_label.setText(self.tr("Aún no hay ninguna URL que comprobar."))
            return
        self.compare_label.setText("\n\n".join(words.probe_text(p) for p in probes))
        self._fit()

    def _on_compare_failed(self, error: BaseException) -> None:
        self.compare_label.setText(words.problem_text(error))

    def _show_error(self, label: QLabel, error: BaseException) -> None:
        label.setText(words.problem_text(error))
        label.show()
        self.save_button.setEnabled(self._checked_url is not None)


def open_procedure(
    tasks: TaskRunner,
    urls: NotifyUrls,
    clock: Clock,
    parent: QWidget | None,
    on_changed: Callable[[object], None] | None = None,
) -> NotifyUrlDialog:
    """Open the procedure (not modal: the portal is in the browser meanwhile)."""
    dialog = NotifyUrlDialog(tasks, urls, clock, parent)
    if on_changed is not None:
        dialog.changed.connect(on_changed)
    dialog.show()
    dialog.adjustSize()  # the wrapped texts at the dialog's width
    return dialog
