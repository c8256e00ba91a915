"""The "Nuevo cobro" page: validate, warn about repeats, issue off the GUI thread, show the CIP."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.settings import GeneralSettings
from desktop.domain.status import VoucherStatus
from desktop.domain.validation import InvalidInput, IssueLimits, ValidIssue, validate_issue
from desktop.services.database_link import DatabaseLink, DatabaseLost
from desktop.services.errors import StorageFailed
from desktop.services.issuing import IssueService, NotRetryable, Outcome
from desktop.services.lookup import VoucherLookup
from desktop.services.printing import PrintService, print_service
from desktop.services.receipts import ReceiptService
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.documents import (
    DialogFactory,
)
from desktop.ui.pages.issue.documents import IssueDocuments
from desktop.ui.pages.issue.follow import VoucherFollower
from desktop.ui.pages.issue.form import IssueForm
from desktop.ui.pages.issue.messages import describe_failure, describe_problem
from desktop.ui.pages.issue.outcome import Issued
from desktop.ui.pages.issue.result import ResultPanel
from desktop.ui.pages.issue.unconfirmed import EmptyPanel, UnconfirmedPanel
from desktop.ui.tasks import Lane, TaskRunner


class IssuePage(QWidget):
    """Issue a voucher for a customer and hand it over (print, PDF, copy, WhatsApp)."""

    def __init__(
        self,
        *,
        issuer: IssueService,
        receipts: ReceiptService,
        limits: IssueLimits,
        tasks: TaskRunner,
        events: UiEvents,
        clock: Clock = utc_now,
        default_expiry_hours: int = 48,
        paper: str = "a4",
        print_dialog: DialogFactory | None = None,
        lookup: VoucherLookup | None = None,
        environment: str | None = None,
        printing: PrintService | None = None,
        link: DatabaseLink | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``lookup`` lets the shown voucher follow the store (paid, annulled); with a test
        ``environment`` (demo, sandbox) the panel says the code has no value; ``printing``:
        this station's thermal printer, when Ajustes names one, takes «Imprimir»; with the
        database ``link`` lost, a charge is refused before anything is written or sent."""
        super().__init__(parent)
        self._issuer = issuer
        self._link = link
        self._limits = limits
        self._tasks = tasks
        self._events = events
        self._clock = clock
        self._print_on_issue = False
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(4)
        title = QLabel(self.tr("Nuevo cobro"), self)
        title.setStyleSheet("font-size:22px;font-weight:700;color:#12384a;")
        subtitle = QLabel(
            self.tr("Genere un código de pago (CIP) para que el cliente pague en agentes o banca."),
            self,
        )
        subtitle.setStyleSheet("color:#5f6b70;")
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        card = QFrame(self)
        card.setObjectName("formCard")
        card.setStyleSheet(
            "QFrame#formCard{background:#ffffff;border:1px solid #d5dde1;border-radius:6px;}"
        )
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 18, 20, 18)
        self.form = IssueForm(default_expiry_hours, clock, card)
        card_layout.addWidget(self.form)
        self.panels = QStackedWidget(self)
        self.empty = EmptyPanel(self.panels)
        self.result = ResultPanel(paper, environment, self.panels)
        self.follower = VoucherFollower(lookup, tasks, events, self)
        self.unconfirmed = UnconfirmedPanel(self.panels)
        for panel in (self.empty, self.result, self.unconfirmed):
            self.panels.addWidget(panel)
        columns.addWidget(card, 11)
        columns.addWidget(self.panels, 10)
        layout.addLayout(columns, 1)

        self.form.submitted.connect(self._on_form_submitted)
        self.documents = IssueDocuments(
            self,
            self.result,
            tasks,
            receipts,
            events,
            printing=printing,
            print_dialog=print_dialog,
        )
        self.result.print_requested.connect(self._on_result_print_requested)
        self.result.notice.retry_requested.connect(self.print_ticket)
        self.result.save_requested.connect(self._on_result_save_requested)
        self.result.new_requested.connect(self.new_voucher)
        self.result.status_message.connect(self._events.status_message)
        self.follower.updated.connect(self.result.show_status)
        self.unconfirmed.retry_requested.connect(self._on_unconfirmed_retry_requested)
        self.unconfirmed.discard_requested.connect(self._on_unconfirmed_discard_requested)

    # -- what the main window calls ------------------------------------------------------

    def activate(self) -> None:
        if not self._busy:
            self.form.focus_amount()

    def print_current(self) -> None:
        """Ctrl+P: the system print dialog for the voucher on screen, in the chosen format;
        nothing to do when none is shown."""
        self.documents.print_dialog(self.shown_voucher())

    def print_ticket(self) -> None:
        """The voucher on screen on this station's thermal printer."""
        self.documents.print_ticket(self.shown_voucher())

    def _on_result_print_requested(self) -> None:
        self.documents.print_requested(self.shown_voucher())

    def _on_result_save_requested(self) -> None:
        self.documents.save(self.shown_voucher())

    def escape(self) -> None:
        """Esc: a shown voucher makes way for the next customer; otherwise clear the form."""
        if self._busy:
            return
        if self.panels.currentWidget() in (self.result, self.unconfirmed):
            self.new_voucher()
        elif self.form.has_problems():
            self.form.clear_problems()
        else:
            self.form.clear()

    def new_voucher(self) -> None:
        """The "Nuevo cobro" button and Ctrl+N: empty form, amount focused. Not while a
        charge is under way, nor over an unconfirmed one (it must be retried or discarded)."""
        if self._busy:
            return
        if self.panels.currentWidget() is self.unconfirmed:
            self._events.status_message.emit(
                self.tr("Elija «Reintentar» o «Descartar» para este cobro sin confirmar.")
            )
            return
        self.panels.setCurrentWidget(self.empty)
        self.follower.follow(None)
        self.form.clear()

    def shown_voucher(self) -> Issued | None:
        """The confirmed voucher on screen, if any."""
        if self.panels.currentWidget() is self.result and self.result.issued is not None:
            return self.result.issued
        return None

    # -- issuing -------------------------------------------------------------------------

    def _on_form_submitted(self) -> None:
        if self._busy:
            return
        data = self.form.read_input()
        try:
            valid = validate_issue(data, self._clock(), self._limits)
        except InvalidInput as invalid:
            messages: dict[str, str] = {}
            for problem in invalid.problems:
                messages.setdefault(problem.field, describe_problem(problem, data.currency))
            self.form.show_problems(messages)
            return
        self.form.clear_problems()
        if self._refused_offline():
            return
        self._set_busy(True, "issue")
        issuer = self._issuer
        self._tasks.run(
            lambda: [voucher.cip for voucher in issuer.duplicates(valid)],
            lambda cips: self._on_duplicates_checked(valid, cips),
            self._on_duplicates_failed,
            owner=self,
        )

    def _on_duplicates_checked(self, valid: ValidIssue, cips: list[int | None]) -> None:
        if cips:
            answer = QMessageBox.question(
                self,
                self.tr("Cobro repetido"),
                self.tr(
                    "Este cliente ya tiene el CIP {cip} pendiente por el mismo monto. ¿Emitir otro?"
                ).format(cip=cips[0]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._set_busy(False)
                self.form.focus_amount()
                return
        issuer, require = self._issuer, self._require

        def work() -> Issued:
            require()
            return Issued.from_result(issuer.issue(valid))

        self._tasks.run(
            work,
            self._on_issue_finished,
            self._on_issue_crashed,
            owner=self,
        )

    def _on_unconfirmed_retry_requested(self) -> None:
        issued = self.unconfirmed.issued
        if issued is None or self._busy or self._refused_offline():
            return
        self._set_busy(True, "retry")
        issuer, voucher_id, require = self._issuer, issued.voucher_id, self._require

        def work() -> Issued:
            require()
            return Issued.from_result(issuer.retry(voucher_id))

        self._tasks.run(
            work,
            self._on_issue_finished,
            self._on_issue_crashed,
            owner=self,
        )

    def _on_unconfirmed_discard_requested(self) -> None:
        issued = self.unconfirmed.issued
        if issued is None or self._busy:
            return
        self._set_busy(True, "discard")
        issuer, voucher_id = self._issuer, issued.voucher_id
        self._tasks.run(
            lambda: issuer.discard(voucher_id).id,
            self._on_discard_finished,
            self._on_issue_crashed,
            lane=Lane.STORAGE,
            owner=self,
        )

    def _on_issue_finished(self, issued: Issued) -> None:
        self._set_busy(False)
        self._events.vouchers_changed.emit()
        if issued.outcome is Outcome.PENDING:
            self.result.show_issued(issued)
            self.follower.follow(issued.voucher_id, VoucherStatus.PENDING.value)
            self.panels.setCurrentWidget(self.result)
            self.result.focus_primary()
            if self._print_on_issue and self.documents.thermal:
                self.print_ticket()  # «imprimir al emitir» (Ajustes → Impresoras)
            self._events.status_message.emit(
                self.tr("CIP {cip} emitido por {amount}").format(
                    cip=issued.cip, amount=issued.money
                )
            )
        elif issued.outcome is Outcome.UNCONFIRMED:
            self.unconfirmed.show_issued(issued)
            self.panels.setCurrentWidget(self.unconfirmed)
            self.unconfirmed.focus_primary()
            self._events.status_message.emit(
                self.tr("Cobro sin confirmar: no entregue ningún código al cliente.")
            )
        else:
            failure = describe_failure(issued.failure_code, issued.failure_detail)
            self.panels.setCurrentWidget(self.empty)
            self.form.show_problems(failure.fields, banner=failure.summary)
            if not failure.fields:
                self.form.focus_amount()
            self._events.status_message.emit(self.tr("PagoEfectivo no emitió el código."))

    def _on_discard_finished(self, _voucher_id: int | None) -> None:
        self._set_busy(False)
        self._events.vouchers_changed.emit()
        self.panels.setCurrentWidget(self.empty)
        self.form.focus_amount()
        self._events.status_message.emit(self.tr("Cobro descartado; no se entregó ningún código."))

    def _require(self) -> None:
        """On the worker, right before issuing: refuse when the database is known lost."""
        if self._link is not None:
            self._link.require()

    def _refused_offline(self) -> bool:
        """With the database out of reach: say so on the form, try to reach it now, True."""
        if self._link is None or self._link.connected:
            return False
        self._link.wake()
        self._show_offline()
        return True

    def _show_offline(self) -> None:
        text = self.tr(
            "Sin conexión con la base de datos: no se puede emitir ahora. No se envió nada a "
            "PagoEfectivo. PagoDesk reintenta solo; cobre cuando la barra de estado ya no lo "
            "diga."
        )
        self.form.show_problems({}, banner=text)  # the status bar says it already

    def _on_duplicates_failed(self, error: BaseException) -> None:
        """Nothing was written nor sent yet: a database that just went away is said as such."""
        link = self._link
        if isinstance(error, StorageFailed) and link is not None and not link.connected:
            error = DatabaseLost(link.status)
        self._on_issue_crashed(error)

    def _on_issue_crashed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._events.vouchers_changed.emit()
        if isinstance(error, DatabaseLost):
            self._show_offline()
            return
        if isinstance(error, InvalidInput):  # what the voucher could not print, nothing sent
            messages = {p.field: describe_problem(p, "PEN") for p in error.problems}
            self.panels.setCurrentWidget(self.empty)
            self.form.show_problems(messages)
            return
        if isinstance(error, NotRetryable):
            text = self.tr(
                "Este cobro ya fue reintentado o descartado (quizá en otra caja). "
                "Revíselo en el Historial."
            )
            self.panels.setCurrentWidget(self.empty)
        else:
            text = self.tr(
                "No se pudo completar el cobro: {error}. Revise el Historial antes de "
                "volver a intentarlo."
            ).format(error=str(error) or type(error).__name__)
        self.form.show_problems({}, banner=text)

    def _set_busy(self, busy: bool, what: str = "") -> None:
        self._busy = busy
        self.documents.page_busy = busy
        self.form.set_busy(busy)
        self.unconfirmed.set_busy(busy, what)
        self.result.set_working(busy or self.documents.working)

    def apply_settings(self, general: GeneralSettings) -> None:
        """Ajustes were saved: their default expiry and ticket format, this station's thermal
        printer and «imprimir al emitir» from now on."""
        self.form.expiry.set_default_hours(general.default_expiry_hours)
        self.result.set_default_paper(general.ticket_format)
        self._print_on_issue = bool(general.print_on_issue) and bool(general.printer_uri)
        thermal = self.documents.printing is not None and general.printer_uri
        self.result.set_thermal(general.printer_uri if thermal else None)


def create(ctx: UiContext) -> QWidget:
    """The page as the main window shows it, built from the profile's services; the defaults
    follow Ajustes as soon as they are saved (the receipts follow by themselves)."""
    runtime = ctx.runtime
    page = IssuePage(
        issuer=runtime.issuer,
        receipts=runtime.receipts,
        limits=runtime.limits,
        tasks=ctx.tasks,
        events=ctx.events,
        clock=ctx.clock,
        default_expiry_hours=runtime.general.default_expiry_hours,
        paper=runtime.general.ticket_format,
        lookup=runtime.lookup,
        environment=runtime.profile.environment.value,
        printing=print_service(runtime),
        link=ctx.link,
    )
    page.apply_settings(runtime.general)
    ctx.events.settings_changed.connect(page.apply_settings)
    return page
