"""The thermal printer from the screens, against a network printer on loopback: «Imprimir»
sends the ticket off the GUI thread, a failure says why and offers «Reintentar impresión»
(the charge unchanged), «imprimir al emitir», Ctrl+P still opens the dialog; Ajustes →
Impresoras prints its test page and saves the printer; the Cierre del día prints too."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.config import settings_path
from desktop.domain.settings import GeneralSettings
from desktop.services.printing import PrintService, Timeouts, print_service
from desktop.ui.context import UiContext
from desktop.ui.dialogs.detail.dialog import DetailDialog
from desktop.ui.pages.issue.page import IssuePage
from desktop.ui.pages.reconcile.closing_dialog import ClosingDialog
from desktop.ui.pages.settings import page as settings_page
from tests.printing.escpos_reader import read_ticket
from tests.printing.fake_printer import NO_PAPER, READY, fake_printer
from tests.ui.conftest import type_text
from tests.ui.test_detail_dialog import issue, make_dialog
from tests.ui.test_issue_page import PdfPrintDialog, fill, make_page, wait_for

WAIT = 15_000
FAST = Timeouts(connect=2.0, write=2.0, status=0.8)


def use_printer(ctx: UiContext, uri: str, **more: object) -> PrintService:
    """This station's printer set as Ajustes would (the runtime's settings in use)."""
    general = replace(ctx.runtime.general, printer_uri=uri, **more)  # type: ignore[arg-type]
    ctx.registry.set_general(general)
    ctx.runtime.use_general(general)
    return print_service(ctx.runtime, FAST)


class NoDialog(QDialog):
    """Where the system dialog must not open: it says so and is cancelled at once."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(parent)
        raise AssertionError("the print dialog opened instead of the receipt printer")


def issued_page(qtbot: QtBot, ctx: UiContext, printing: PrintService, **extra: object) -> IssuePage:
    extra.setdefault("print_dialog", NoDialog)
    page = make_page(qtbot, ctx, printing=printing, **extra)
    page.apply_settings(ctx.runtime.general)
    fill(qtbot, page)
    page.form.submit.click()
    wait_for(qtbot, page, lambda p: p.result)
    return page


def test_imprimir_sends_the_ticket_off_the_gui_thread(qtbot: QtBot, ui_ctx: UiContext) -> None:
    with fake_printer({}) as printer:  # it never answers the status: the job waits for that
        page = issued_page(qtbot, ui_ctx, use_printer(ui_ctx, printer.uri))
        result = page.result
        assert result.print_button.text() == "Imprimir ticket"
        assert (
            printer.uri in result.print_button.toolTip()
            and "Ctrl+P" in result.print_button.toolTip()
        )

        result.print_button.click()
        assert printer.jobs == [] and result.print_button.text() == "Imprimiendo…"
        assert f"Imprimiendo en {printer.uri}" in result.notice.text  # the GUI already moved on
        (job,) = printer.wait_jobs()
        qtbot.waitUntil(lambda: "Ticket impreso" in result.notice.text, timeout=WAIT)
    assert result.cip.text() in read_ticket(job).text
    assert not result.notice.retry_button.isVisible() and result.print_button.isEnabled()


def test_a_failed_ticket_can_be_retried_and_changes_nothing(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    with fake_printer(NO_PAPER) as printer:
        page = issued_page(qtbot, ui_ctx, use_printer(ui_ctx, printer.uri))
        result = page.result
        result.print_button.click()
        qtbot.waitUntil(lambda: result.notice.retry_button.isVisible(), timeout=WAIT)
        assert (
            result.notice.text == "No se imprimió: La impresora no tiene papel. El cobro no cambió."
        )
        assert ui_ctx.runtime.lookup.find(result.cip.text()).status == "pending"
        assert printer.wait_jobs() == [b""]  # asked, told, nothing sent

        printer.status = READY  # the roll is changed
        result.notice.retry_button.click()
        qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=WAIT)
        qtbot.waitUntil(lambda: "Ticket impreso" in result.notice.text, timeout=WAIT)
    assert result.cip.text() in read_ticket(printer.jobs[1]).text


def test_print_on_issue_and_ctrl_p_still_opens_the_dialog(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    output = tmp_path / "dialogo.pdf"
    with fake_printer() as printer:
        printing = use_printer(ui_ctx, printer.uri, print_on_issue=1)
        page = issued_page(
            qtbot,
            ui_ctx,
            printing,
            print_dialog=lambda p, parent: PdfPrintDialog(output, p, parent),
        )
        (job,) = printer.wait_jobs()  # printed as soon as it was issued
        assert page.result.cip.text() in read_ticket(job).text
        qtbot.waitUntil(lambda: page.result.print_button.isEnabled(), timeout=WAIT)
        page.print_current()  # Ctrl+P
        qtbot.waitUntil(output.exists, timeout=WAIT)
        assert len(printer.jobs) == 1


def test_without_a_thermal_printer_imprimir_opens_the_dialog(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    output = tmp_path / "dialogo.pdf"
    printing = print_service(ui_ctx.runtime)
    page = issued_page(
        qtbot, ui_ctx, printing, print_dialog=lambda p, parent: PdfPrintDialog(output, p, parent)
    )
    assert page.result.print_button.text() == "Imprimir"
    page.result.print_button.click()
    qtbot.waitUntil(output.exists, timeout=WAIT)


def test_the_detail_prints_the_ticket_too(qtbot: QtBot, ui_ctx: UiContext) -> None:
    voucher = issue(ui_ctx).voucher
    with fake_printer() as printer:
        printing = use_printer(ui_ctx, printer.uri)
        dialog: DetailDialog = make_dialog(qtbot, ui_ctx, voucher.id or 0, printing=printing)
        qtbot.waitUntil(lambda: dialog.preview.print_button.isEnabled(), timeout=WAIT)
        assert dialog.preview.print_button.text() == "Imprimir ticket"
        dialog.preview.print_button.click()
        (job,) = printer.wait_jobs()
        qtbot.waitUntil(lambda: "Ticket impreso" in dialog.preview.notice.text, timeout=WAIT)
    assert str(voucher.cip) in read_ticket(job).text


def test_the_day_closing_prints_as_a_ticket(qtbot: QtBot, ui_ctx: UiContext) -> None:
    issue(ui_ctx)
    with fake_printer(NO_PAPER) as printer:
        use_printer(ui_ctx, printer.uri)
        dialog = ClosingDialog(ui_ctx.runtime, ui_ctx.tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.print_button.isVisible()
        dialog.print_button.click()
        qtbot.waitUntil(lambda: dialog.print_button.text() == "Reintentar impresión", timeout=WAIT)
        assert dialog.status.text() == "No se imprimió: La impresora no tiene papel."
        printer.status = READY
        dialog.print_button.click()
        qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=WAIT)
        qtbot.waitUntil(lambda: "Cierre del día impreso" in dialog.status.text(), timeout=WAIT)
    assert "CIERRE DEL DÍA" in read_ticket(printer.jobs[1]).text


def test_ajustes_impresoras_prints_a_test_and_saves(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    page = settings_page.create(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    panel = page.printers
    assert panel is not None and page.tabs.tabText(2) == "Impresoras"
    saved: list[GeneralSettings] = []
    ui_ctx.events.settings_changed.connect(saved.append)
    assert panel.kind == "" and not panel.test_button.isEnabled()

    panel.kind_box.setCurrentIndex(panel.kind_box.findData("tcp"))
    type_text(qtbot, panel.address_edit, "127.0.0.1:99999")
    panel.save_button.click()
    qtbot.waitUntil(lambda: bool(panel.rows["printer_uri"].error_text), timeout=WAIT)
    assert "puerto" in panel.rows["printer_uri"].error_text and saved == []

    with fake_printer() as printer:
        panel.address_edit.setText(f"127.0.0.1:{printer.port}")
        assert panel.uri_label.text() == f"Se guardará como {printer.uri}"
        panel.paper_box.setCurrentIndex(panel.paper_box.findData("58mm"))
        assert panel.dots_spin.value() == 384
        panel.test_button.click()  # before saving: what the form says
        (job,) = printer.wait_jobs()
        qtbot.waitUntil(
            lambda: "Página de prueba impresa" in panel.status_label.text(), timeout=WAIT
        )
    sample = read_ticket(job)
    assert "PRUEBA DE IMPRESIÓN" in sample.text and "1234567890123456789012345678901" in sample.text

    panel.on_issue_check.setChecked(True)
    panel.save_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT)
    general = saved[0]
    assert (general.printer_uri, general.printer_paper, general.printer_dots) == (
        printer.uri, "58mm", 384
    )  # fmt: skip
    assert general.print_on_issue == 1 and ui_ctx.runtime.general.printer_uri == printer.uri
    assert f'"printer_uri": "{printer.uri}"' in settings_path().read_text(encoding="utf-8")

    panel.kind_box.setCurrentIndex(0)  # «Ninguna»: back to the dialog
    panel.save_button.click()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=WAIT)
    assert saved[1].printer_uri == "" and saved[1].print_on_issue == 0
