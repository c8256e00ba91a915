"""Conciliación > Importar liquidación (file, columns, preview, confirm, apply, cancel) and
Cierre del día, driven on the real page with the real services; only the file dialogs and the
confirmation box are faked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.limatime import to_lima
from desktop.services.settlement import ApplyResult, LineKind
from desktop.services.settlement_file import ColumnMapping, load_mapping
from desktop.ui.context import UiContext
from desktop.ui.pages.reconcile.import_preview import MISSING
from desktop.ui.pages.reconcile.import_screen import ImportScreen
from desktop.ui.pages.reconcile.page import ReconcilePage
from desktop.ui.tasks import Lane
from tests.staffing import person
from tests.ui.test_reconcile_page import WAIT, issue, open_page, stored

HEADERS = "Código de pago;Importe;Moneda;Fecha de pago;Nro. operación"


def fake_open_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def get_open_file_name(_parent: QWidget, caption: str, *_: Any, **__: Any) -> tuple[str, str]:
        asked.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    return asked


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_: Any) -> Any:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def settlement(ui_ctx: UiContext, tmp_path: Path) -> dict[str, Any]:
    """Vouchers of every kind, and a semicolon CSV that mentions them as a bank would."""
    matched, differs, paid, missing = (issue(ui_ctx, a) for a in ("25.50", "25", "10", "7"))
    ui_ctx.runtime.reconciliation.mark_paid(
        paid.id or 0, actor=person("Ana"), reason="pagó en caja", operation_number="OP-1"
    )
    when = to_lima(datetime.now(UTC) - timedelta(minutes=30)).strftime("%d/%m/%Y %H:%M")
    rows = [
        f"{matched.cip};25,50;PEN;{when};778899",
        f"{differs.cip};20,00;PEN;{when};778900",
        f"{paid.cip};10,00;PEN;{when};OP-1",
        f"9999999;12,00;PEN;{when};778901",
        f"{missing.cip};siete;PEN;{when};778902",
    ]
    path = tmp_path / "liquidación noviembre.csv"
    path.write_text("\n".join([HEADERS, *rows]) + "\n", encoding="utf-8-sig")
    return {"path": path, "matched": matched, "differs": differs, "paid": paid, "missing": missing}


def open_import(
    qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch, path: Path
) -> tuple[ReconcilePage, ImportScreen]:
    """The page, its import tab, the file chosen: on the columns step."""
    page = open_page(qtbot, ctx)
    fake_open_dialog(monkeypatch, path)
    return page, start_import(qtbot, page)


def start_import(qtbot: QtBot, page: ReconcilePage) -> ImportScreen:
    screen = page.importer
    page.tabs.setCurrentWidget(screen)
    qtbot.mouseClick(screen.start.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.mapping, timeout=WAIT)
    return screen


def preview(qtbot: QtBot, screen: ImportScreen) -> None:
    qtbot.mouseClick(screen.mapping.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.preview, timeout=WAIT)


def rows_of(screen: ImportScreen, column: int) -> list[str]:
    model = screen.preview.lines.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_settlement_file_is_previewed_then_applied_and_its_columns_remembered(
    qtbot: QtBot,
    ui_ctx: UiContext,
    spanish: None,
    settlement: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, screen = open_import(qtbot, ui_ctx, monkeypatch, settlement["path"])
    mapping = screen.mapping
    assert mapping.file_label.text() == "liquidación noviembre.csv: 5 líneas de datos"
    assert mapping.mapping().columns == {
        "cip": "Código de pago",
        "amount": "Importe",
        "currency": "Moneda",
        "paid_at": "Fecha de pago",
        "operation_number": "Nro. operación",
    }
    mapping.combos["cip"].setCurrentIndex(0)  # "(ninguna)": the CIP is required
    assert mapping.problems["cip"].text() == "Elija la columna."
    assert not mapping.preview_button.isEnabled()
    mapping.combos["cip"].setCurrentIndex(mapping.combos["cip"].findData("Código de pago"))
    assert mapping.problems["cip"].text() == "" and mapping.preview_button.isEnabled()

    preview(qtbot, screen)
    chips = screen.preview.chips
    assert [chips[k].text() for k in ("all", *LineKind, MISSING) if chips[k].isVisible()] == [
        "Todas (5)",
        "Coinciden (1)",
        "Monto distinto (1)",
        "CIP desconocido (1)",
        "Ya pagados (1)",
        "No válidas (1)",
        "Faltan en el archivo (0)",
    ]
    qtbot.mouseClick(chips[LineKind.AMOUNT_DIFFERS], Qt.MouseButton.LeftButton)
    assert rows_of(screen, 1) == [str(settlement["differs"].cip)]
    assert rows_of(screen, 6) == ["Archivo S/ 20.00, voucher S/ 25.00"]
    background = screen.preview.lines.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QColor) and background.name() == "#fbecec"
    qtbot.mouseClick(chips[LineKind.INVALID], Qt.MouseButton.LeftButton)
    assert rows_of(screen, 6) == ["Monto no válido «siete»"]
    assert load_mapping(ui_ctx.runtime.profile.name) is None  # not before an apply

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.result, timeout=WAIT)
    assert asked and asked[0].startswith("Se marcará 1 cobro como pagado.")

    paid, events = stored(ui_ctx, settlement["matched"].id)
    assert paid.status == "paid" and paid.operation_number == "778899"
    assert (events[-1].source, events[-1].actor) == ("import", "Ana (caja 1)")
    assert "liquidación noviembre.csv línea 2" in (events[-1].reason or "")
    differs = stored(ui_ctx, settlement["differs"].id)[1][-1]
    assert (differs.kind, differs.source) == ("discrepancy", "import")
    assert stored(ui_ctx, settlement["missing"].id)[0].status == "pending"
    applied = page.feedback.text()
    assert applied.startswith("Liquidación aplicada: 1 cobro pagado, ")  # none late: not said
    assert load_mapping(ui_ctx.runtime.profile.name) == ColumnMapping(
        dict(mapping.mapping().columns)
    )
    # The contradiction it recorded is now in the discrepancy queue, worded.
    qtbot.waitUntil(lambda: page.tab_title("discrepancies") == "Discrepancias (1)", timeout=WAIT)
    view = page.views["discrepancies"]
    assert view.model.index(0, 4).data() == "El monto no coincide con el registrado"
    assert view.model.index(0, 5).data() == "archivo de liquidación"


def test_the_open_vouchers_missing_from_the_file_are_listed(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed, forgotten = issue(ui_ctx, "12"), issue(ui_ctx, "13")
    path = tmp_path / "liq.csv"
    path.write_text(f"CIP,Monto\n{listed.cip},12.00\n", encoding="utf-8")
    _page, screen = open_import(qtbot, ui_ctx, monkeypatch, path)
    preview(qtbot, screen)
    assert screen.preview.chips[MISSING].text() == "Faltan en el archivo (1)"
    qtbot.mouseClick(screen.preview.chips[MISSING], Qt.MouseButton.LeftButton)
    view = screen.preview.missing
    assert screen.preview.tables.currentWidget() is view
    assert [view.model.index(0, c).data() for c in range(3)] == [
        str(forgotten.cip),
        "S/ 13.00",
        "Pendiente de pago",
    ]
    answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(screen.preview.apply_button, Qt.MouseButton.LeftButton)
    assert screen.steps.currentWidget() is screen.preview  # said no: nothing happens
    assert stored(ui_ctx, listed.id or 0)[0].status == "pending"


def test_cancelling_the_apply_changes_nothing_and_forgets_nothing(
    qtbot: QtBot,
    ui_ctx: UiContext,
    settlement: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    page, screen = open_import(qtbot, ui_ctx, monkeypatch, settlement["path"])
    preview(qtbot, screen)
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    gate = threading.Event()
    ui_ctx.tasks.run(lambda: gate.wait(10), lane=Lane.STORAGE)  # the storage lane is busy
    qtbot.mouseClick(screen.preview.apply_button, Qt.MouseButton.LeftButton)
    assert screen.steps.currentWidget() is screen.working and screen.cancel_button.isVisible()
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.result, timeout=WAIT)
    assert page.feedback.text() == "Importación cancelada: no se cambió nada."
    assert stored(ui_ctx, settlement["matched"].id)[0].status == "pending"
    assert [e.kind for e in stored(ui_ctx, settlement["differs"].id)[1]] == ["created", "move"]
    assert load_mapping(ui_ctx.runtime.profile.name) is None


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("viejo.xls", b"\xd0\xcf\x11\xe0", "Es un Excel antiguo (.xls): ábralo y guárdelo"),
        ("vacio.csv", b"CIP;Monto\n", "El archivo no tiene líneas de datos."),
    ],
)
def test_a_file_that_cannot_be_used_says_what_to_do(
    qtbot: QtBot,
    ui_ctx: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    page = open_page(qtbot, ui_ctx)
    fake_open_dialog(monkeypatch, path)
    screen = page.importer
    qtbot.mouseClick(screen.start.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.result, timeout=WAIT)
    assert screen.result.label.text().startswith(message)
    assert page.feedback.text().startswith(message)


def test_closing_of_the_day_is_saved_as_csv(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issue(ui_ctx, "40")
    target = tmp_path / "cierre"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)")),
    )
    page = open_page(qtbot, ui_ctx)
    qtbot.mouseClick(page.closing_button, Qt.MouseButton.LeftButton)
    dialog = page.closing
    assert dialog.isVisible() and dialog.day() == to_lima(datetime.now(UTC)).date()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cierre del día guardado" in page.feedback.text(), timeout=WAIT)
    written = target.with_suffix(".csv")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("\ufeffFecha,") and "Ana (caja 1)" in text and "40.00" in text
    assert str(written) in page.feedback.text()


def test_the_applied_message_counts_in_singular_and_plural(
    qtbot: QtBot, ui_ctx: UiContext, spanish: None
) -> None:
    screen = open_page(qtbot, ui_ctx).importer
    assert screen.applied_text(ApplyResult(paid=2, late=1, discrepancies=1, unchanged=1)) == (
        "Liquidación aplicada: 2 cobros pagados (1 fuera de plazo), 1 discrepancia registrada, "
        "1 línea sin cambios."
    )
    assert screen.applied_text(
        ApplyResult(paid=1, late=0, discrepancies=0, unchanged=3, resorted=1)
    ) == (
        "Liquidación aplicada: 1 cobro pagado, 0 discrepancias registradas, 3 líneas sin "
        "cambios. 1 línea cambió desde la vista previa (otra estación se adelantó)."
    )
