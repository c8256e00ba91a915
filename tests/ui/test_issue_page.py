"""The "Nuevo cobro" page against the real runtime: sandbox, SQLite, rendered and decoded PDFs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.validation import IssueLimits
from desktop.services.share import whatsapp_url
from desktop.store.history import HistoryQuery
from desktop.store.tables import Voucher
from desktop.ui.context import UiContext
from desktop.ui.dialogs.detail.action_dialog import lima_qdatetime
from desktop.ui.pages.issue import page as issue_page
from desktop.ui.pages.issue.messages import describe_failure
from desktop.ui.pages.issue.page import IssuePage
from tests.ui.conftest import type_text

WAIT = 15_000


class PdfPrintDialog(QDialog):
    """The print dialog's stand-in: accepts, with the printer writing a PDF file."""

    def __init__(self, path: Path, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(parent)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted.value


def make_page(qtbot: QtBot, ctx: UiContext, **overrides: Any) -> IssuePage:
    runtime = ctx.runtime
    options: dict[str, Any] = {
        "issuer": runtime.issuer,
        "receipts": runtime.receipts,
        "limits": runtime.limits,
        "tasks": ctx.tasks,
        "events": ctx.events,
        "clock": ctx.clock,
        "default_expiry_hours": runtime.general.default_expiry_hours,
        "paper": runtime.general.ticket_format,
    }
    options.update(overrides)
    page = IssuePage(**options)
    qtbot.addWidget(page)
    page.resize(990, 720)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    page.activate()
    return page


def fill(
    qtbot: QtBot,
    page: IssuePage,
    amount: str = "25.50",
    email: str = "jose.nunez@correo.pe",
    first: str = "José",
    last: str = "Núñez",
    doc: tuple[str, str] = ("DNI", "45678912"),
    phone: str = "987 654 321",
    concept: str = "Torta de maracuyá",
) -> None:
    form = page.form
    form.clear()
    for edit, text in (
        (form.amount, amount),
        (form.concept, concept),
        (form.first_name, first),
        (form.last_name, last),
        (form.email, email),
        (form.doc_number, doc[1]),
        (form.phone, phone),
    ):
        type_text(qtbot, edit, text)
    form.doc_type.setCurrentIndex(form.doc_type.findData(doc[0]))


def vouchers(ctx: UiContext) -> list[Voucher]:
    query = HistoryQuery(profile=ctx.runtime.profile.name, sort="created", descending=False)
    return ctx.runtime.lookup.history(query).rows


def wait_for(qtbot: QtBot, page: IssuePage, panel: Callable[[IssuePage], QWidget]) -> None:
    qtbot.waitUntil(lambda: page.panels.currentWidget() is panel(page), timeout=WAIT)


def visible_texts(page: IssuePage) -> str:
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def decoded_codes(pdf: bytes) -> set[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=4).to_pil()
        return {result.text for result in zxingcpp.read_barcodes(image)}
    finally:
        document.close()


def test_issue_with_enter_then_save_copy_and_share(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ui_ctx)
    changed: list[bool] = []
    notes: list[str] = []
    ui_ctx.events.vouchers_changed.connect(lambda: changed.append(True))
    ui_ctx.events.status_message.connect(notes.append)
    assert QApplication.focusWidget() is page.form.amount
    fill(qtbot, page)

    qtbot.keyClick(page.form.phone, Qt.Key.Key_Return)  # Enter issues, from any field
    assert page.form.submit.text() == "Emitiendo…" and not page.form.submit.isEnabled()
    wait_for(qtbot, page, lambda p: p.result)

    cip = int(page.result.cip.text())
    stored = ui_ctx.runtime.lookup.find(str(cip))
    assert (stored.status, stored.money.cents, stored.money.currency) == ("pending", 2550, "PEN")
    assert (stored.first_name, stored.last_name) == ("José", "Núñez")
    assert (stored.doc_type, stored.doc_number, stored.phone) == ("DNI", "45678912", "987654321")
    assert stored.concept == "Torta de maracuyá" and stored.cip_url
    assert page.result.amount.text() == "S/ 25.50"
    assert page.result.deadline.text().startswith("Págalo antes del ")
    assert "hora de Lima" in page.result.deadline.text()
    assert changed and any(str(cip) in note for note in notes)
    assert page.form.submit.isEnabled() and page.form.submit.text() == "Emitir cobro"

    # Guardar PDF: the default name carries the CIP; the file's barcode decodes to it.
    asked: list[str] = []
    target = tmp_path / "entregas" / "mi-voucher.pdf"
    target.parent.mkdir()

    def save_as(_parent: QWidget, _title: str, default: str, _filter: str) -> tuple[str, str]:
        asked.append(default)
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(page.result.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and page.result.save_button.isEnabled(), timeout=WAIT)
    assert Path(asked[0]).name == f"voucher-{cip}.pdf"
    codes = decoded_codes(target.read_bytes())
    assert str(cip) in codes and stored.cip_url in codes
    assert [p.name for p in target.parent.iterdir()] == ["mi-voucher.pdf"]

    # Copy CIP and the payment link: the real clipboard.
    qtbot.mouseClick(page.result.copy_cip_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(cip)
    qtbot.mouseClick(page.result.copy_link_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == stored.cip_url

    # WhatsApp: the text, copied and opened as a wa.me link to the customer's mobile.
    message = page.result.share_text.toPlainText()
    assert message.startswith(f"Hola José, tu código de pago PagoEfectivo es {cip} por S/ 25.50.")
    assert message.endswith(f"Paga aquí: {stored.cip_url}")
    qtbot.mouseClick(page.result.copy_text_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == message
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.result.whatsapp_button, Qt.MouseButton.LeftButton)
    (url,) = opened
    link = bytes(url.toEncoded().data()).decode("ascii")
    assert link == whatsapp_url(message, "987654321")
    assert link.startswith("https://wa.me/51987654321?text=")
    assert parse_qs(urlsplit(link).query) == {"text": [message]}

    # "Nuevo cobro": empty form, amount focused, ready for the next customer.
    qtbot.mouseClick(page.result.new_button, Qt.MouseButton.LeftButton)
    assert page.panels.currentWidget() is page.empty
    assert page.form.amount.text() == "" and page.form.email.text() == ""
    assert QApplication.focusWidget() is page.form.amount


def test_field_errors_show_beside_each_field_and_nothing_is_written(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    page = make_page(qtbot, ui_ctx)
    fill(qtbot, page, amount="abc", email="no-es-correo", doc=("DNI", "123"), phone="98x")
    page.form.expiry.set_custom(ui_ctx.clock() + timedelta(days=60))
    qtbot.mouseClick(page.form.submit, Qt.MouseButton.LeftButton)

    form = page.form
    assert form.problem_text("amount") == "Escriba el monto en números, por ejemplo 25.50."
    assert form.problem_text("email") == "Revise el correo (ejemplo: cliente@correo.pe)."
    assert form.problem_text("doc_number") == "El DNI debe tener 8 dígitos."
    assert form.problem_text("phone") == "Solo números, por ejemplo 987 654 321."
    assert form.problem_text("expiry") == "No puede vencer en más de 30 días."
    assert form.problem_text("first_name") == "" and form.problem_text("concept") == ""
    for name in ("amount", "email", "doc_number", "phone"):
        error = form.errors[name]
        assert error.isVisible() and error.parentWidget() is form.editors[name].parentWidget()
        assert form.editors[name].property("invalid") is True
    assert form.first_name.property("invalid") is False
    assert QApplication.focusWidget() is form.amount  # the first wrong field
    assert ui_ctx.tasks.pending == 0 and vouchers(ui_ctx) == []

    # Too soon is refused too; fixing everything clears the marks and issues.
    form.expiry.set_custom(ui_ctx.clock() + timedelta(minutes=20))
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert form.problem_text("expiry") == "Debe vencer al menos 1 hora después de ahora."
    fill(qtbot, page, amount="0", email="ana@correo.pe")
    qtbot.keyClick(form.email, Qt.Key.Key_Enter)
    assert form.problem_text("amount") == "El monto debe ser mayor que cero."
    assert form.problem_text("email") == "" and form.email.property("invalid") is False
    assert vouchers(ui_ctx) == []
    page.escape()  # Esc first clears the messages, then the form
    assert not form.has_problems() and form.amount.text() == "0"
    page.escape()
    assert form.amount.text() == ""


def test_duplicate_question_no_issues_nothing_yes_issues_another(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ui_ctx)
    fill(qtbot, page)
    qtbot.keyClick(page.form.amount, Qt.Key.Key_Return)
    wait_for(qtbot, page, lambda p: p.result)
    first = int(page.result.cip.text())

    questions: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: QWidget, _title: str, text: str, *_: Any) -> Any:
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    page.new_voucher()
    fill(qtbot, page, email="JOSE.NUNEZ@correo.pe", phone="")
    qtbot.keyClick(page.form.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(questions) and page.form.submit.isEnabled(), timeout=WAIT)
    assert questions == [
        f"Este cliente ya tiene el CIP {first} pendiente por el mismo monto. ¿Emitir otro?"
    ]
    assert len(vouchers(ui_ctx)) == 1 and page.panels.currentWidget() is page.empty

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(page.form.amount, Qt.Key.Key_Return)
    wait_for(qtbot, page, lambda p: p.result)
    assert len(questions) == 2
    rows = vouchers(ui_ctx)
    assert [row.status for row in rows] == ["pending", "pending"]
    assert rows[1].cip == int(page.result.cip.text()) != first


def test_unconfirmed_shows_no_code_and_retry_issues_a_fresh_one(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    sandbox = ui_ctx.runtime.sandbox
    assert sandbox is not None
    sandbox.faults.add("drop", count=1, method="POST", path="/v1/cips")
    page = make_page(qtbot, ui_ctx)
    fill(qtbot, page)
    qtbot.keyClick(page.form.amount, Qt.Key.Key_Return)
    wait_for(qtbot, page, lambda p: p.unconfirmed)

    (unsure,) = vouchers(ui_ctx)
    assert unsure.status == "issuing" and unsure.cip is None
    orphans = [r.cip for r in sandbox.state.find_by_transaction_code(unsure.transaction_code)]
    assert orphans  # PagoEfectivo did create a code; the answer was lost
    shown = visible_texts(page)
    assert "No entregue ningún código al cliente" in shown and "S/ 25.50" in shown
    assert all(str(cip) not in shown for cip in orphans)
    assert not page.result.isVisible() and page.shown_voucher() is None
    page.print_current()  # Ctrl+P has nothing to print
    assert ui_ctx.tasks.pending == 0
    page.escape()  # Esc does not dismiss an unconfirmed issue
    assert page.panels.currentWidget() is page.unconfirmed

    qtbot.mouseClick(page.unconfirmed.retry_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, lambda p: p.result)
    old, new = vouchers(ui_ctx)
    assert (old.id, old.status) == (unsure.id, "failed")
    assert new.status == "pending" and new.retry_of == old.id
    assert new.cip == int(page.result.cip.text()) and new.cip not in orphans
    assert new.transaction_code != old.transaction_code


def test_unconfirmed_can_be_discarded(qtbot: QtBot, ui_ctx: UiContext) -> None:
    assert ui_ctx.runtime.sandbox is not None
    ui_ctx.runtime.sandbox.faults.add("drop", count=1, method="POST", path="/v1/cips")
    page = make_page(qtbot, ui_ctx)
    fill(qtbot, page, first="María", last="Ñahui")
    qtbot.keyClick(page.form.amount, Qt.Key.Key_Return)
    wait_for(qtbot, page, lambda p: p.unconfirmed)
    qtbot.mouseClick(page.unconfirmed.discard_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, lambda p: p.empty)
    (row,) = vouchers(ui_ctx)
    assert row.status == "failed" and row.cip is None
    assert page.form.first_name.text() == "María"  # kept, to issue again if wanted


def test_refusal_keeps_the_form_and_marks_the_field(qtbot: QtBot, ui_ctx: UiContext) -> None:
    # Our own limit lets 40,000 through; PagoEfectivo's maximum (30,000) refuses it (511).
    page = make_page(qtbot, ui_ctx, limits=IssueLimits(max_amount=Decimal("100000")))
    fill(qtbot, page, amount="40000")
    qtbot.keyClick(page.form.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form.banner.isVisible(), timeout=WAIT)
    assert "supera el máximo que PagoEfectivo permite" in page.form.banner.text()
    assert page.form.problem_text("amount") == "Supera el máximo que PagoEfectivo permite."
    assert page.form.amount.text() == "40000" and page.form.last_name.text() == "Núñez"
    assert page.panels.currentWidget() is page.empty
    (row,) = vouchers(ui_ctx)
    assert (row.status, row.failure_code, row.cip) == ("failed", "511", None)


def test_print_goes_to_the_chosen_ticket_format(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    output = tmp_path / "impreso.pdf"
    page = make_page(
        qtbot,
        ui_ctx,
        print_dialog=lambda printer, parent: PdfPrintDialog(output, printer, parent),
        paper="80mm",
    )
    notes: list[str] = []
    ui_ctx.events.status_message.connect(notes.append)
    fill(qtbot, page)
    qtbot.keyClick(page.form.amount, Qt.Key.Key_Return)
    wait_for(qtbot, page, lambda p: p.result)
    assert page.result.paper.currentText() == "Ticket 80 mm"
    cip = page.result.cip.text()

    page.print_current()
    assert page.result.print_button.text() == "Preparando…"
    qtbot.waitUntil(lambda: "Voucher enviado a la impresora" in notes, timeout=WAIT)
    pdf = output.read_bytes()
    document = pypdfium2.PdfDocument(pdf)
    width_mm = document.get_page_size(0)[0] * 25.4 / 72
    document.close()
    assert abs(width_mm - 80) < 1
    assert cip in decoded_codes(pdf)
    assert page.result.print_button.isEnabled() and page.result.print_button.text() == "Imprimir"


def test_create_uses_the_settings_and_fits_the_window(qtbot: QtBot, ui_ctx: UiContext) -> None:
    page = issue_page.create(ui_ctx)
    qtbot.addWidget(page)
    assert isinstance(page, IssuePage)
    assert page.form.expiry.selected_hours() == ui_ctx.runtime.general.default_expiry_hours
    assert page.result.selected_paper().value == ui_ctx.runtime.general.ticket_format
    page.result.show()  # the biggest panel must fit beside the form in a 1180x760 window
    assert page.minimumSizeHint().width() <= 1180 - 190
    assert page.minimumSizeHint().height() <= 700


def test_failure_wording_maps_api_fields_to_the_form() -> None:
    detail = (
        '{"message": "Solicitud inválida", "fields": ['
        '{"field": "userEmail", "code": "113", "message": "Valor invalido."},'
        '{"field": "userPhone", "code": "112", "message": "Requerido."},'
        '{"field": "additionalData", "code": "113", "message": "Valor invalido."}]}'
    )
    failure = describe_failure("111", detail)
    assert failure.fields == {
        "email": "PagoEfectivo no acepta este valor.",
        "phone": "PagoEfectivo pide este dato.",
    }
    assert failure.summary.startswith("PagoEfectivo rechazó algunos datos.")
    assert "additionalData: Valor invalido." in failure.summary
    assert "conectar" in describe_failure("connection", "refused").summary
    odd = describe_failure("999", '{"message": "Servicio suspendido", "fields": []}')
    assert odd.summary == "PagoEfectivo no emitió el código (999: Servicio suspendido)."


def test_main_window_keys_reach_the_page(qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path) -> None:
    from desktop.ui.main_window import MainWindow

    output = tmp_path / "ctrl-p.pdf"
    window = MainWindow("demo", "demo")
    qtbot.addWidget(window)
    page = make_page(
        qtbot, ui_ctx, print_dialog=lambda printer, parent: PdfPrintDialog(output, printer, parent)
    )
    window.add_page("issue", "Nuevo cobro", page)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.show_page("issue")
    assert QApplication.focusWidget() is page.form.amount
    fill(qtbot, page)
    qtbot.keyClick(page.form.email, Qt.Key.Key_Return)
    wait_for(qtbot, page, lambda p: p.result)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: output.exists() and page.result.print_button.isEnabled(), timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # the next customer
    assert page.panels.currentWidget() is page.empty and page.form.email.text() == ""


def test_ctrl_n_starts_a_clean_charge_and_the_repeat_guard_still_asks(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow("demo", "demo")
    qtbot.addWidget(window)
    page = make_page(qtbot, ui_ctx)
    window.add_page("issue", "Nuevo cobro", page)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.show_page("issue")
    fill(qtbot, page)
    page.form.expiry.choose(72)
    qtbot.keyClick(page.form.email, Qt.Key.Key_Return)
    wait_for(qtbot, page, lambda p: p.result)
    first = int(page.result.cip.text())

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert page.panels.currentWidget() is page.empty
    typed = (form.amount, form.concept, form.first_name, form.last_name, form.email)
    assert [edit.text() for edit in (*typed, form.doc_number, form.phone)] == [""] * 7
    assert form.doc_type.currentData() == "" and form.expiry.selected_hours() == 48
    assert QApplication.focusWidget() is form.amount

    # Half-typed, then Ctrl+N again: still a clean charge.
    type_text(qtbot, form.email, "otra@correo.pe")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.email.text() == ""

    # The same customer and amount again: the repeat guard asks before issuing another.
    questions: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_: Any) -> Any:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    fill(qtbot, page)
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(questions) and form.submit.isEnabled(), timeout=WAIT)
    assert str(first) in questions[0] and len(vouchers(ui_ctx)) == 1


def test_a_past_date_is_refused_beside_the_field_not_moved(qtbot: QtBot, ui_ctx: UiContext) -> None:
    page = make_page(qtbot, ui_ctx)
    fill(qtbot, page)
    form = page.form
    qtbot.mouseClick(form.expiry.buttons[0], Qt.MouseButton.LeftButton)  # "Otra fecha"
    form.expiry.custom.setDateTime(lima_qdatetime(ui_ctx.clock() - timedelta(days=1)))
    typed = form.expiry.custom.dateTime()
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert form.problem_text("expiry") == "Esa fecha y hora ya pasaron: elija una fecha futura."
    assert form.errors["expiry"].isVisible() and form.expiry.custom.property("invalid") is True
    assert form.expiry.custom.dateTime() == typed  # as typed, not moved to a later one
    error = form.errors["expiry"]  # wrapped and whole: it does not widen a 1024 px window
    assert page.minimumSizeHint().width() <= 1024 - 190
    assert error.height() >= error.heightForWidth(error.width())
    assert QApplication.focusWidget() is form.expiry.custom
    assert ui_ctx.tasks.pending == 0 and vouchers(ui_ctx) == []


def test_the_greyed_deadline_follows_the_clock(qtbot: QtBot, ui_ctx: UiContext) -> None:
    start = ui_ctx.clock()
    now = [start]
    page = make_page(qtbot, ui_ctx, clock=lambda: now[0], default_expiry_hours=48)
    expiry = page.form.expiry
    assert not expiry.custom.isEnabled()
    assert expiry.custom.dateTime() == lima_qdatetime(start + timedelta(hours=48))
    assert expiry.refresh_timer.isActive() and expiry.refresh_timer.interval() <= 60_000

    now[0] = start + timedelta(hours=3, minutes=10)  # the form stayed open
    expiry.refresh_timer.timeout.emit()
    assert expiry.custom.dateTime() == lima_qdatetime(now[0] + timedelta(hours=48))

    chosen = start + timedelta(days=5)
    expiry.set_custom(chosen)  # a date the cashier chose stays as chosen
    now[0] += timedelta(hours=1)
    expiry.refresh_timer.timeout.emit()
    assert expiry.custom.dateTime() == lima_qdatetime(chosen)
