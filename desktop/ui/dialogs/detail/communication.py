"""The detail's «Comunicación» tab: every request to PagoEfectivo about the voucher, every
notification received for it and its events, in one time line; and «Exportar para reclamo…»."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.services.communication import (
    Communication,
    CommunicationItem,
    ExchangeItem,
    NotificationItem,
)
from desktop.services.dispute import DisputePackage
from desktop.ui.dialogs.detail.action_rules import DetailServices
from desktop.ui.dialogs.detail.wording import actor_label, describe_event, source_label
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.format import lima_datetime
from desktop.ui.message_style import Severity
from desktop.ui.tasks import Lane, TaskRunner


class CommunicationPanel(QWidget):
    """Read on first show and again after a change while it was read (``refresh``)."""

    feedback = Signal(str, str)  # text, severity (the dialog's footer)
    saved = Signal(Path)  # the package written («Abrir carpeta»)

    def __init__(
        self, tasks: TaskRunner, services: DetailServices, voucher_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._services = services
        self._ref = f"#{voucher_id}"
        self.record: Communication | None = None
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.summary = QLabel(self.tr("Leyendo…"), self)
        self.summary.setObjectName("muted")
        self.export_button = QPushButton(self.tr("Exportar para reclamo…"), self)
        self.export_button.setToolTip(
            self.tr(
                "Un ZIP con el voucher, su historial, lo hablado con PagoEfectivo, las "
                "constancias y un manifiesto para probar que nada cambió"
            )
        )
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        communication, ref = self._services.communication, self._ref
        self.loaded = True
        self._tasks.run(
            lambda: communication.of(ref), self._on_read, self._on_failed, Lane.STORAGE, owner=self
        )

    def _on_read(self, record: Communication) -> None:
        self.record = record
        self.summary.setText(
            self.tr("{requests} · {notifications}").format(
                requests=self.tr("%n pedido(s) a PagoEfectivo", "", len(record.exchanges)),
                notifications=self.tr("%n notificación(es)", "", len(record.notifications)),
            )
        )
        self.view.setHtml("".join(self._item_html(item) for item in record.items))

    def _on_failed(self, error: BaseException) -> None:
        self.summary.setText(
            self.tr("No se pudo leer la comunicación: {error}").format(error=error)
        )

    def _item_html(self, item: CommunicationItem) -> str:
        when = escape(lima_datetime(item.at))
        if item.exchange is not None:
            return self._exchange_html(when, item.exchange)
        if item.notification is not None:
            return self._notification_html(when, item.notification)
        assert item.event is not None
        who = f"{source_label(item.event.source)} · {actor_label(item.event.actor)}"
        return f"<p><b>{when} · {escape(describe_event(item.event))}</b><br>{escape(who)}</p>"

    def _exchange_html(self, when: str, e: ExchangeItem) -> str:
        answer = f"HTTP {e.status}" if e.status is not None else self.tr("sin respuesta")
        title = self.tr("Pedido {call} → {answer} ({ms} ms)").format(
            call=f"{e.method} {e.path}", answer=answer, ms=f"{e.duration_ms:.0f}"
        )
        parts = [f"<p><b>{when} · {escape(title)}</b></p>"]
        for label, text in ((self.tr("Enviado"), e.request), (self.tr("Respuesta"), e.response)):
            if text:
                parts.append(f"<p>{escape(label)}</p><pre>{escape(text)}</pre>")
        if e.error:
            parts.append(f"<p>{escape(e.error)}</p>")
        return "".join(parts)

    def _notification_html(self, when: str, n: NotificationItem) -> str:
        signed = self.tr("firma válida") if n.signature_ok else self.tr("firma NO válida")
        title = self.tr("Notificación {event} ({signed}) → {outcome}").format(
            event=n.event_type or "?", signed=signed, outcome=n.outcome
        )
        detail = f"<br>{escape(n.detail)}" if n.detail else ""
        return f"<p><b>{when} · {escape(title)}</b>{detail}</p><pre>{escape(n.body)}</pre>"

    def export(self) -> None:
        cip = self.record.voucher.cip if self.record is not None else None
        name = f"reclamo-{cip or self._ref.lstrip('#')}.zip"
        path = ask_save_path(
            self, self.tr("Exportar para reclamo"), name, self.tr("ZIP (*.zip)"), (".zip",)
        )
        if path is None:
            return
        dispute, ref = self._services.dispute, self._ref
        self.export_button.setEnabled(False)
        self._tasks.run(
            lambda: dispute.write(ref, path),
            self._on_exported,
            self._on_export_failed,
            Lane.STORAGE,
            owner=self,
        )

    def _on_exported(self, package: DisputePackage) -> None:
        self.export_button.setEnabled(True)
        path = package.path
        text = self.tr("Paquete para reclamo guardado: {name}").format(name=path.name)
        self.feedback.emit(text, Severity.SUCCESS.value)
        self.saved.emit(path)

    def _on_export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        text = self.tr("No se pudo guardar el paquete: {reason}").format(reason=reason)
        self.feedback.emit(text, Severity.ERROR.value)
