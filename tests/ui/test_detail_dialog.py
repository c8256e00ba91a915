"""Detalle del voucher: fields, timeline and preview of a real voucher; reprint; no CIP shown
for a voucher PagoEfectivo never confirmed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.staff import WEBHOOK_ACTOR
from desktop.domain.validation import IssueInput, validate_issue
from desktop.services.issuing import IssueResult, Outcome
from desktop.services.preview import page_sizes_mm
from desktop.ui.context import UiContext
from desktop.ui.dialogs.detail import wording
from desktop.ui.dialogs.detail.action_rules import DetailServices
from desktop.ui.dialogs.detail.dialog import DetailDialog, open_detail
from tests.staffing import person

WAIT = 15_000


def issue(ctx: UiContext, amount: str = "149.90") -> IssueResult:
    too_much = Decimal(amount) > Decimal(30000)  # validation would refuse it before the API
    data = IssueInput(
        amount="1.00" if too_much else amount,
        email="rosa.quispe@gmail.com",
        concept="Pedido 1043 - torta",
        first_name="Rosa",
        last_name="Quispe Núñez",
        doc_type="DNI",
        doc_number="45871236",
        phone="987654321",
    )
    valid = validate_issue(data, datetime.now(UTC))
    if too_much:
        valid = replace(valid, amount=Decimal(amount))
    return ctx.runtime.issuer.issue(valid)


def make_dialog(qtbot: QtBot, ctx: UiContext, voucher_id: int, **extra: object) -> DetailDialog:
    services = DetailServices.of(ctx.runtime)
    dialog = DetailDialog(
        ctx.tasks,
        ctx.runtime.lookup,
        ctx.runtime.receipts,
        voucher_id,
        services=services,
        **extra,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.voucher is not None, timeout=WAIT)
    return dialog


def all_text(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def test_detail_shows_fields_timeline_and_preview(qtbot: QtBot, ui_ctx: UiContext) -> None:
    result = issue(ui_ctx)
    cip = result.voucher.cip
    assert result.outcome is Outcome.PENDING and cip is not None
    parent = QWidget()
    qtbot.addWidget(parent)
    open_detail(ui_ctx, result.voucher.id or 0, parent)
    (dialog,) = parent.findChildren(DetailDialog)
    assert not dialog.isModal() and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.voucher is not None, timeout=WAIT)

    assert dialog.cip_label.text() == str(cip)
    assert dialog.status_chip.text() == "Pendiente de pago"
    assert dialog.amount_label.text() == "S/ 149.90"
    fields = dialog.fields
    assert fields.text("concept") == "Pedido 1043 - torta"
    assert fields.text("name") == "Rosa Quispe Núñez"
    assert fields.text("document") == "DNI 45871236"
    assert fields.text("email") == "rosa.quispe@gmail.com"
    assert fields.text("transaction_code") == result.voucher.transaction_code
    assert "vence en" in fields.text("expires") and "Ana (caja 1)" in fields.text("created")
    assert fields.text("last_check") == "nunca"
    assert not fields.is_shown("paid") and not fields.is_shown("failure")
    assert result.voucher.cip_url and result.voucher.cip_url in fields.text("link")

    model = dialog.events_model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert [row[1:4] for row in rows] == [
        ["Creado", "personal", "Ana (caja 1)"],
        ["Emitido por PagoEfectivo", "PagoEfectivo", "Ana (caja 1)"],
    ]
    assert dialog.tabs.tabText(1) == "Eventos (2)"
    timeline = dialog.events_view.toPlainText()
    assert "Emitido por PagoEfectivo" in timeline and "Ana (caja 1)" in timeline

    qtbot.waitUntil(lambda: bool(dialog.preview.page_labels), timeout=WAIT)
    (page,) = dialog.preview.page_labels
    assert not page.pixmap().isNull() and dialog.preview.paper == "a4"
    a4_height = page.pixmap().height()
    dialog.preview.format_box.setCurrentIndex(dialog.preview.format_box.findData("58mm"))
    qtbot.waitUntil(
        lambda: (
            bool(dialog.preview.page_labels)
            and dialog.preview.page_labels[0].pixmap().height() != a4_height
        ),
        timeout=WAIT,
    )

    enabled = {key for key, button in dialog.action_buttons.items() if button.isEnabled()}
    # "Marcar expirado" waits for the deadline (test_detail_deadline.py).
    assert enabled == {"recheck", "extend", "annul", "mark_paid"}
    dialog.copy_cip_button.click()
    assert QGuiApplication.clipboard().text() == str(cip)
    dialog.copy_share_button.click()
    shared = QGuiApplication.clipboard().text()
    assert str(cip) in shared and "S/ 149.90" in shared and "Rosa" in shared
    assert result.voucher.cip_url in shared

    open_detail(ui_ctx, result.voucher.id or 0, parent)  # already open: no second window
    assert len(parent.findChildren(DetailDialog)) == 1


def test_reprint_and_save_pdf(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = issue(ui_ctx, "25.50")
    printed = tmp_path / "impreso.pdf"

    class FakePrintDialog(QDialog):
        def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
            super().__init__(parent)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    dialog = make_dialog(
        qtbot, ui_ctx, result.voucher.id or 0, dialog_factory=FakePrintDialog, paper="80mm"
    )
    qtbot.waitUntil(lambda: bool(dialog.preview.page_labels), timeout=WAIT)
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "impresora" in dialog.feedback.text(), timeout=WAIT)
    data = printed.read_bytes()
    assert data.startswith(b"%PDF")
    width, _height = page_sizes_mm(data)[0]
    assert abs(width - 80) < 1

    saved = tmp_path / "voucher"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "PDF (*.pdf)"))
    )
    dialog.preview.save_button.click()
    target = saved.with_suffix(".pdf")
    qtbot.waitUntil(lambda: "PDF guardado" in dialog.feedback.text(), timeout=WAIT)
    document = pypdfium2.PdfDocument(target.read_bytes())
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert str(result.voucher.cip) in text

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_unconfirmed_voucher_shows_no_cip(qtbot: QtBot, ui_ctx: UiContext) -> None:
    sandbox = ui_ctx.runtime.sandbox
    assert sandbox is not None
    sandbox.faults.add("drop", count=1, method="POST", path="/v1/cips")
    result = issue(ui_ctx, "80.00")
    assert result.outcome is Outcome.UNCONFIRMED
    (orphan,) = sandbox.state.find_by_transaction_code(result.voucher.transaction_code)
    dialog = make_dialog(qtbot, ui_ctx, result.voucher.id or 0)

    assert dialog.cip_label.text() == "Sin CIP"
    assert dialog.status_chip.text() == "Sin confirmar"
    assert dialog.notice.isVisible() and "sin confirmar" in dialog.notice.text()
    assert dialog.fields.is_shown("failure") and "no llegó" in dialog.fields.text("failure")
    assert dialog.fields.text("link") == "—"
    for button in (dialog.copy_cip_button, dialog.copy_link_button, dialog.copy_share_button):
        assert not button.isEnabled()
    assert not dialog.preview.print_button.isEnabled() and not dialog.preview.page_labels
    assert "no tiene un CIP confirmado" in dialog.preview.message.text()
    dialog.print_current()  # Ctrl+P does nothing without a CIP
    assert dialog.feedback.text() == ""
    assert str(orphan.cip) not in all_text(dialog) + dialog.windowTitle()


def test_refused_voucher_explains_why(qtbot: QtBot, ui_ctx: UiContext) -> None:
    result = issue(ui_ctx, "30000.01")  # above the account's maximum: PagoEfectivo refuses
    assert result.outcome is Outcome.FAILED
    dialog = make_dialog(qtbot, ui_ctx, result.voucher.id or 0)
    assert dialog.status_chip.text() == "No emitido" and dialog.cip_label.text() == "Sin CIP"
    assert "no se emitió" in dialog.notice.text()
    assert "código 511" in dialog.fields.text("failure")
    model = dialog.events_model
    assert model.index(1, 1).data() == "Rechazado por PagoEfectivo"
    assert model.index(1, 4).data().startswith("511")


def event(**values: object) -> SimpleNamespace:
    """A stored event as the detail receives it (a plain snapshot)."""
    base = {
        "kind": "move",
        "from_status": "pending",
        "to_status": "paid",
        "source": "webhook",
        "actor": "PagoEfectivo",
        "reason": None,
        "evidence": None,
        "details": None,
        "sequence": 1,
        "created_at": datetime(2026, 11, 26, 20, 0, tzinfo=UTC),
    }
    return SimpleNamespace(**(base | values))


def test_event_model_and_wording(qtbot: QtBot, qtmodeltester: object) -> None:
    from desktop.ui.dialogs.detail.timeline import EventTableModel

    events = [
        event(),
        event(from_status="expired", reason="late", source="poll", sequence=2),
        event(
            kind="discrepancy",
            from_status="paid",
            to_status="pending",
            reason="reversal_required",
            sequence=3,
        ),
        event(kind="discrepancy", to_status=None, reason="amount_differs", sequence=4),
        event(from_status="pending", to_status="annulled", source="manual", sequence=5),
        event(from_status="paid", to_status="pending", reason="reversal: extorno BCP", sequence=6),
        event(to_status="pending", from_status="expired", source="import", sequence=7),
    ]
    model = EventTableModel()
    model.set_events(events)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    what = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert what == [
        "Pagado",
        "Pagado fuera de plazo",
        "Discrepancia: se informó «Pendiente de pago» pero el voucher está «Pagado»",
        "Discrepancia: el monto confirmado por PagoEfectivo no coincide con el registrado",
        "Anulado",
        "Extorno: el pago fue revertido",
        "Vencimiento extendido: vuelve a estar pendiente",
    ]
    sources = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert sources[:2] == ["notificación", "consulta"] and sources[-1] == "archivo de liquidación"
    assert model.index(5, 4).data() == "extorno; extorno BCP"
    assert model.index(0, 0).data() == "26/11/2026 15:00"  # Lima time
    assert "Cancelado" not in " ".join(what)
    assert wording.failure_text("connection", "x").startswith("No se pudo conectar")


def test_wording_of_sync_approval_import_and_notes(qtbot: QtBot) -> None:
    from desktop.ui.dialogs.detail.timeline import EVIDENCE_ROLE, EventTableModel

    def seen(**values: object) -> SimpleNamespace:
        """What a sync round records by default: a discrepancy of a paid voucher."""
        found = {"kind": "discrepancy", "from_status": "paid", "to_status": None}
        return event(**(found | {"source": "poll", "actor": "sync"} | values))

    events = [
        seen(to_status="annulled", reason="remote_differs"),
        seen(reason="unknown_status:27"),
        seen(
            from_status="pending",
            to_status="paid",
            source="manual",
            actor=person("Ana"),
            reason="approval_requested: trajo la constancia",
            evidence='{"sha256": "ab", "name": "foto.png", "size": 2048, "operation_number": null}',
        ),
        seen(kind="move", from_status="pending", to_status="paid", source="import"),
        seen(
            kind="note",
            from_status="pending",
            to_status="pending",
            source="api",
            reason="vencimiento extendido",
            details='{"expires_at":"2026-11-28T20:00:00+00:00"}',
        ),
        seen(kind="note", from_status="pending", to_status="pending", reason="otra cosa"),
        seen(kind="note", source="manual", actor=person("Ana"), reason="revisado: cliente avisado"),
        seen(kind="move", from_status="pending", to_status="expired", reason="vencido (gracia)"),
        seen(
            kind="note",
            to_status="paid",
            source="webhook",
            actor=WEBHOOK_ACTOR,
            reason="operation_learned",
            details='{"operation_number":"5566"}',
        ),
    ]
    model = EventTableModel()
    model.set_events(events)
    rows = [[model.index(r, c).data() for c in (1, 2, 4)] for r in range(model.rowCount())]
    assert rows == [
        [
            "Discrepancia: PagoEfectivo informa «Anulado», aquí está «Pagado»",
            "consulta",
            "PagoEfectivo informa otro estado",
        ],
        [
            "Discrepancia: PagoEfectivo informó un estado desconocido",
            "consulta",
            "estado desconocido en PagoEfectivo (código 27)",
        ],
        [
            "Pago manual solicitado: espera aprobación",
            "personal",
            "espera la aprobación de otra persona; trajo la constancia",
        ],
        ["Pagado según la liquidación", "archivo de liquidación", ""],
        ["Nuevo vencimiento: 28/11/2026 15:00", "PagoEfectivo", "vencimiento extendido"],
        ["Nota", "consulta", "otra cosa"],
        ["Revisado", "personal", "cliente avisado"],
        ["Expirado", "consulta", "vencido: pasó el plazo de gracia sin pago"],
        ["Número de operación recibido: 5566", "notificación", "operación recibida"],
    ]
    assert [model.index(r, 1).data(EVIDENCE_ROLE) for r in range(3)] == [None, None, "ab"]
    assert wording.evidence_file('{"operation_number": "1"}') is None
    assert wording.evidence_file("not json") is None
