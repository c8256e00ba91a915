"""The history page: lazy SQL-backed table, search, filters, sort, totals, export, scanner."""

from __future__ import annotations

import csv
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from desktop.domain.limatime import utc_now
from desktop.domain.status import VoucherStatus
from desktop.services.export import DEFAULT_HEADERS
from desktop.services.lookup import HistoryQuery, HistoryRow, HistoryRows, HistoryTotals
from desktop.store.tables import Voucher
from desktop.store.vouchers import add_voucher
from desktop.ui.context import UiContext
from desktop.ui.pages.history import page as history_page
from desktop.ui.pages.history.model import (
    COL_AMOUNT,
    COL_CIP,
    COL_CUSTOMER,
    COL_STATUS,
    ID_ROLE,
    RAW_ROLE,
    HistoryModel,
)
from desktop.ui.pages.history.page import HistoryScreen
from desktop.ui.tasks import TaskRunner
from tests.staffing import person
from tests.ui.conftest import type_text

S = VoucherStatus
NOW = utc_now().replace(microsecond=0)  # the app and its embedded sandbox run on the wall clock
OLD = (NOW - timedelta(days=40)).replace(hour=15, minute=0, second=0)  # 10:00 in Lima that day


def seed(ctx: UiContext, count: int, **fields: object) -> list[int]:
    """Rows straight into the store in one session (fast); ``fields`` override all rows."""
    ids = []
    with Session(ctx.runtime.engine) as session:
        for n in range(1, count + 1):
            values: dict[str, object] = {
                "profile": ctx.runtime.profile.name,
                "transaction_code": f"PD-T{n:06d}",
                "cip": 3_100_000 + n,
                "status": S.PENDING.value,
                "amount_cents": 1000 + n,
                "currency": "PEN",
                "concept": f"Pedido {n}",
                "first_name": "Ana",
                "last_name": "Pérez",
                "email": f"cliente{n}@example.pe",
                "created_at": NOW - timedelta(minutes=n),
                "expires_at": NOW + timedelta(hours=3, minutes=5),
            }
            values.update(fields)
            voucher = add_voucher(session, Voucher(**values), actor=person("tests"), at=NOW)  # type: ignore[arg-type]
            ids.append(voucher.id)
        session.commit()
    return ids


def add(ctx: UiContext, code: str, **fields: object) -> int:
    values: dict[str, object] = {"transaction_code": code, "cip": None}
    values.update(fields)
    return seed(ctx, 1, **values)[0]


def settle(qtbot: QtBot, page: HistoryScreen) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total is not None, timeout=5000)


def open_page(qtbot: QtBot, ctx: UiContext) -> HistoryScreen:
    page = history_page.create(ctx)
    assert isinstance(page, HistoryScreen)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    settle(qtbot, page)
    return page


def column(page: HistoryScreen, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = page.model
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def wait_rows(qtbot: QtBot, page: HistoryScreen, count: int) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == count, timeout=5000)


@pytest.fixture
def mixed(ui_ctx: UiContext) -> UiContext:
    add(ui_ctx, "A", cip=2_601_001, first_name="José", last_name="Núñez", amount_cents=5000)
    add(ui_ctx, "B", cip=2_601_002, last_name="Ñahui", status=S.PAID.value, amount_cents=2550)
    add(ui_ctx, "C", cip=2_601_003, currency="USD", amount_cents=12000, status=S.EXPIRED.value)
    add(ui_ctx, "D", first_name=None, last_name=None, status=S.ISSUING.value, amount_cents=900)
    add(ui_ctx, "E", cip=2_601_005, created_at=OLD)
    return ui_ctx


def test_model_passes_the_model_tester_and_shows_each_column(
    qtbot: QtBot, qtmodeltester, mixed: UiContext
) -> None:
    page = open_page(qtbot, mixed)
    qtmodeltester.check(page.model)
    settle(qtbot, page)
    assert page.model.rowCount() == 5
    row = page.model.row_of(mixed.runtime.lookup.find("2601003").id)
    index = page.model.index(row, COL_AMOUNT)
    assert index.data() == "US$ 120.00" and index.data(RAW_ROLE) == 12000
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight.value
    assert page.model.index(row, COL_STATUS).data() == "Expirado"
    issuing = page.model.row_of(mixed.runtime.lookup.find("D").id)
    assert page.model.index(issuing, COL_CIP).data() == "—"
    assert page.model.index(issuing, COL_STATUS).data() == "Sin confirmar"
    assert "Cancelado" not in column(page, COL_STATUS)
    expires = page.model.index(page.model.row_of(mixed.runtime.lookup.find("A").id), 6)
    assert expires.data() in ("vence en 3 h", "vence en 2 h")


def test_search_as_you_type_ignores_accents(qtbot: QtBot, mixed: UiContext) -> None:
    page = open_page(qtbot, mixed)
    type_text(qtbot, page.search, "nunez")
    wait_rows(qtbot, page, 1)
    assert column(page, COL_CUSTOMER) == ["José Núñez"] and page.model.query.search == "nunez"
    page.search.clear()
    type_text(qtbot, page.search, "ÑAHUI")
    qtbot.waitUntil(lambda: column(page, COL_CUSTOMER) == ["Ana Ñahui"], timeout=3000)
    page.search.clear()
    type_text(qtbot, page.search, "zzz")
    wait_rows(qtbot, page, 0)
    assert page.stack.currentWidget() is page.empty_label
    assert "Ningún cobro coincide" in page.empty_label.text()
    page.clear_button.click()
    wait_rows(qtbot, page, 5)
    assert page.stack.currentWidget() is page.table


def test_status_and_date_filters(qtbot: QtBot, mixed: UiContext) -> None:
    page = open_page(qtbot, mixed)
    page.status_filter.actions_by_status[S.PAID].trigger()
    wait_rows(qtbot, page, 1)
    assert column(page, COL_STATUS) == ["Pagado"] and page.status_filter.text() == "Estado: Pagado"
    page.status_filter.actions_by_status[S.EXPIRED].trigger()
    wait_rows(qtbot, page, 2)
    assert page.status_filter.text() == "Estados: 2"
    page.status_filter.all_action.trigger()
    wait_rows(qtbot, page, 5)
    day = OLD.date()
    page.since_edit.set_value(day)  # Lima days: 10:00 Lima on that day is in
    page.until_edit.set_value(day)
    wait_rows(qtbot, page, 1)
    midnight = datetime(day.year, day.month, day.day, 5, tzinfo=UTC)  # 00:00 in Lima
    assert page.model.query.since == midnight
    assert page.model.query.until == midnight + timedelta(days=1)
    page.until_edit.set_value(day - timedelta(days=1))
    wait_rows(qtbot, page, 0)
    page.until_edit.set_value(None)
    wait_rows(qtbot, page, 5)
    page.since_edit.set_value(None)
    qtbot.keyClick(page.since_edit, Qt.Key.Key_Up)  # an empty field steps from today
    assert page.since_edit.value() == QDate.currentDate().toPython()


def test_header_click_sorts_in_sql(qtbot: QtBot, mixed: UiContext) -> None:
    page = open_page(qtbot, mixed)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_AMOUNT) + header.sectionSize(COL_AMOUNT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: page.model.query.sort == "amount" and not page.model.loading)
    amounts = column(page, COL_AMOUNT, RAW_ROLE)
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.query.descending is descending
    assert amounts == sorted(amounts, reverse=descending)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: page.model.query.descending is not descending)
    qtbot.waitUntil(
        lambda: column(page, COL_AMOUNT, RAW_ROLE) == sorted(amounts, reverse=not descending)
    )
    assert column(page, COL_AMOUNT, RAW_ROLE)[0] in (900, 12000)


def test_totals_of_what_is_shown(qtbot: QtBot, mixed: UiContext, spanish: None) -> None:
    """Collected and still payable, per currency: an expired, an unconfirmed or an annulled
    voucher adds to neither (the footer once added every status together)."""
    add(mixed, "F", cip=2_601_006, status=S.ANNULLED.value, amount_cents=99_900)
    page = open_page(qtbot, mixed)
    assert page.totals_label.text() == ("6 cobros · Cobrado S/ 25.50 · Pendiente S/ 60.01")
    tip = page.totals_label.toolTip()
    assert "suma de 1 cobro pagado." in tip and "suma de 2 cobros que aún se pueden pagar" in tip
    assert "No se suman los anulados, los expirados, los sin confirmar" in tip
    page.status_filter.actions_by_status[S.PAID].trigger()
    qtbot.waitUntil(
        lambda: page.totals_label.text() == "1 cobro · Cobrado S/ 25.50 · Pendiente S/ 0.00"
    )
    add(mixed, "G", cip=2_601_007, status=S.PAID.value, currency="USD", amount_cents=4_000)
    page.refresh()
    qtbot.waitUntil(
        lambda: (
            page.totals_label.text()
            == "2 cobros · Cobrado S/ 25.50 + US$ 40.00 · Pendiente S/ 0.00"
        )
    )


def test_pages_load_lazily_as_the_table_scrolls(
    qtbot: QtBot, ui_ctx: UiContext, spanish: None
) -> None:
    seed(ui_ctx, 600)
    page = open_page(qtbot, ui_ctx)
    assert page.model.rowCount() == 200 and page.model.total == 600
    assert page.totals_label.text().startswith("600 cobros")
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=5000)
    page.model.fetchMore(page.model.index(-1, -1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 600 and not page.model.loading)
    assert not page.model.canFetchMore(page.model.index(-1, -1))
    codes = column(page, COL_CIP)
    assert len(set(codes)) == 600 and codes[0] == "3100001" and codes[-1] == "3100600"


def test_refresh_keeps_rows_and_selection_and_shows_new_vouchers(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    ids = seed(ui_ctx, 3)
    page = open_page(qtbot, ui_ctx)
    page.table.selectRow(1)
    assert page.selected_voucher_id() == ids[1]
    changed: list[int] = []
    page.model.dataChanged.connect(lambda top, bottom, roles=(): changed.append(top.row()))
    with Session(ui_ctx.runtime.engine) as session:
        voucher = session.get(Voucher, ids[1])
        voucher.concept = "Pedido corregido"
        session.add(voucher)
        session.commit()
    for _ in range(5):  # a burst of changes becomes one query
        ui_ctx.events.vouchers_changed.emit()
    qtbot.waitUntil(lambda: changed == [1], timeout=3000)
    assert page.model.index(1, 3).data() == "Pedido corregido"
    newest = add(ui_ctx, "NEW", cip=3_199_999, created_at=NOW + timedelta(minutes=1))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=3000)
    assert page.model.voucher_id(0) == newest and page.selected_voucher_id() == ids[1]


def history_row(first_name: str, n: int = 1) -> HistoryRow:
    return HistoryRow(
        n, "X", None, 100, "PEN", None, first_name, None, "", None, None, NOW, None, None, S.PENDING
    )


def test_stale_answers_are_ignored(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    asked: list[str] = []
    counted: list[str] = []
    gate = threading.Event()

    def load(query: HistoryQuery) -> HistoryRows:
        asked.append(query.search)
        if query.search == "lenta":
            assert gate.wait(5)  # the older question answers last
        return HistoryRows([history_row(query.search)], more=False)

    def count(query: HistoryQuery) -> HistoryTotals:
        counted.append(query.search)
        if query.search == "lenta":
            assert gate.wait(5)
        return HistoryTotals(total=len(query.search))

    model = HistoryModel(tasks, load, count, HistoryQuery(profile="demo"))
    model.set_query(HistoryQuery(profile="demo", search="lenta"))
    qtbot.waitUntil(lambda: asked == ["lenta"])  # the older question is under way...
    model.set_query(HistoryQuery(profile="demo", search="rapida"))
    qtbot.waitUntil(lambda: not model.loading)  # ...the newer one answered first
    assert model.index(0, COL_CUSTOMER).data() == "rapida" and model.total == 6
    gate.set()
    qtbot.waitUntil(lambda: tasks.pending == 0)  # the older answers reached the GUI thread
    assert sorted(asked) == sorted(counted) == ["lenta", "rapida"]
    assert model.index(0, COL_CUSTOMER).data() == "rapida" and model.total == 6


def fake_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def get_save_file_name(parent, caption, folder, pattern, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(pattern)
        return str(path), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked


def test_export_csv_has_all_matching_rows_not_just_loaded_pages(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(ui_ctx, 450, first_name="Íñigo", last_name="Núñez")
    add(ui_ctx, "OTRO", cip=3_200_000, first_name="Rosa", last_name="Castillo")
    page = open_page(qtbot, ui_ctx)
    type_text(qtbot, page.search, "inigo")
    qtbot.waitUntil(lambda: page.model.total == 450 and not page.model.loading, timeout=5000)
    assert page.model.rowCount() == 200
    target = tmp_path / "historial"  # no extension typed: .csv is added
    asked = fake_save_dialog(monkeypatch, target)
    with qtbot.waitSignal(page.exporter.finished, timeout=10000):
        page.export_csv_action.trigger()
    assert "*.csv" in asked[0]
    path = tmp_path / "historial.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == DEFAULT_HEADERS and len(rows) == 451
    assert {r[3] for r in rows[1:]} == {"Íñigo Núñez"}
    assert rows[1][0] == "3100001" and rows[1][8] == "10.01"  # newest first, as shown
    assert "451" not in page.notice_label.text() and "450" in page.notice_label.text()


def test_export_xlsx_follows_filters_and_sort(
    qtbot: QtBot, mixed: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, mixed)
    page.model.sort(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    page.status_filter.set_selected([S.PENDING, S.EXPIRED])
    qtbot.waitUntil(lambda: page.model.total == 3 and not page.model.loading)
    fake_save_dialog(monkeypatch, tmp_path / "h.xlsx")
    with qtbot.waitSignal(page.exporter.finished, timeout=10000):
        page.export_xlsx_action.trigger()
    sheet = load_workbook(tmp_path / "h.xlsx").active
    assert sheet.cell(1, 1).font.b and sheet.cell(1, 1).value == "CIP"
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [v[8] for v in values] == [pytest.approx(10.01), 50, 120]
    assert [v[9] for v in values] == ["Pendiente de pago", "Pendiente de pago", "Expirado"]
    assert values[1][3] == "José Núñez" and sheet.cell(2, 9).number_format == "#,##0.00"


def test_cancelling_a_big_export_leaves_no_file(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(ui_ctx, 120)
    page = open_page(qtbot, ui_ctx)
    gate, calls = threading.Event(), []
    real = ui_ctx.runtime.lookup.vouchers

    def slow_vouchers(query: HistoryQuery):  # type: ignore[no-untyped-def]
        calls.append(query.offset)
        if len(calls) > 1:
            gate.wait(5)  # hold the second page until the test has pressed Cancel
        return real(query)

    out = tmp_path / "out"
    out.mkdir()
    fake_save_dialog(monkeypatch, out / "grande.xlsx")
    page.exporter.page_size = 50
    monkeypatch.setattr(ui_ctx.runtime.lookup, "vouchers", slow_vouchers)
    page.export_xlsx_action.trigger()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    assert page.exporter.progress is not None
    with qtbot.waitSignal(page.exporter.finished, timeout=10000) as finished:
        cancel = page.exporter.progress.findChild(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert "cancelada" in finished.args[0]
    assert list(out.iterdir()) == [] and page.exporter.progress is None


def test_export_failure_is_reported(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, ui_ctx)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    fake_save_dialog(monkeypatch, tmp_path / "no-such-folder" / "h.csv")
    with qtbot.waitSignal(page.exporter.finished, timeout=5000):
        page.export_csv_action.trigger()
    assert warnings and "No se pudo exportar" in warnings[0]


def test_scanner_enter_opens_the_voucher(qtbot: QtBot, mixed: UiContext) -> None:
    page = open_page(qtbot, mixed)
    wanted = mixed.runtime.lookup.find("2601002").id
    with qtbot.waitSignal(mixed.events.open_voucher, timeout=3000) as opened:
        type_text(qtbot, page.search, "2601002")
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [wanted]
    assert page.search.selectedText() == "2601002"  # the next scan replaces it
    with qtbot.waitSignal(mixed.events.status_message, timeout=3000) as told:
        type_text(qtbot, page.search, "9999999")
        qtbot.keyClick(page.search, Qt.Key.Key_Enter)
    assert "9999999" in told.args[0] and page.notice_label.text() == told.args[0]


def test_double_click_and_enter_on_a_row_open_it(qtbot: QtBot, mixed: UiContext) -> None:
    page = open_page(qtbot, mixed)
    first = page.model.voucher_id(0)
    rect = page.table.visualRect(page.model.index(0, COL_CUSTOMER))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(mixed.events.open_voucher) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [first]
    page.focus_search()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() or QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(mixed.events.open_voucher) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert (
        opened.args == [page.model.voucher_id(1)] and page.selected_voucher_id() == opened.args[0]
    )
    assert page.table.currentIndex().data(ID_ROLE) == opened.args[0]


def test_empty_profile_invites_to_issue(qtbot: QtBot, ui_ctx: UiContext, spanish: None) -> None:
    page = open_page(qtbot, ui_ctx)
    assert page.stack.currentWidget() is page.empty_label
    assert "Nuevo cobro" in page.empty_label.text() and page.totals_label.text() == "0 cobros"
    page.focus_search()
    assert page.search.hasFocus() or QApplication.focusWidget() is page.search
