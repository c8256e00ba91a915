"""The screens follow the store: a voucher issued by another process (the command line, with
its own engine and its own sandbox) shows in the open history within the wait, the selection
and the scroll position kept; the app's own changes are not refreshed twice."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from desktop.cli.main import main
from desktop.store.engine import make_engine
from desktop.store.tables import Voucher
from desktop.store.vouchers import add_voucher
from desktop.ui.app import build_window
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.history.page import HistoryScreen
from desktop.ui.store_watcher import StoreWatcher
from tests.staffing import person
from tests.ui.test_history_page import NOW, add, seed, settle

WAIT = 5_000  # the watch looks once a second


def open_window(qtbot: QtBot, ctx: UiContext, key: str = "history") -> tuple[MainWindow, Any]:
    """The window as the app builds it (its store watch included), on page ``key``."""
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page(key)
    if isinstance(page, HistoryScreen):
        settle(qtbot, page)
    return window, page


def watcher_of(window: QObject) -> StoreWatcher:
    found = window.findChild(StoreWatcher)
    assert isinstance(found, StoreWatcher)
    return found


def voucher_fields(code: str) -> dict[str, Any]:
    return {
        "profile": "demo",
        "transaction_code": code,
        "status": "pending",
        "amount_cents": 990,
        "currency": "PEN",
        "email": "otra.caja@example.pe",
        "created_at": NOW + timedelta(minutes=1),
        "expires_at": NOW + timedelta(hours=5),
    }


def cli_issue(capsys: pytest.CaptureFixture[str], email: str) -> int:
    """``pagodesk issue`` in this test's data folder: another engine, another sandbox."""
    args = ["issue", "--amount", "12.30", "--email", email, "--first-name", "Lucía", "--json"]
    code = main(args)
    out = capsys.readouterr().out
    assert code == 0, out
    return int(json.loads(out)["voucher"]["cip"])


def test_a_voucher_issued_elsewhere_shows_with_selection_and_scroll_kept(
    qtbot: QtBot, ui_ctx: UiContext, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed(ui_ctx, 120)
    window, page = open_window(qtbot, ui_ctx)
    watcher = watcher_of(window)
    qtbot.waitUntil(lambda: watcher.watch.queries > 0, timeout=WAIT)  # bearings taken
    table, model = page.table, page.model
    table.selectRow(40)
    table.scrollTo(model.index(40, 0))
    bar = table.verticalScrollBar()
    bar.setValue(30)
    top = model.voucher_id(table.rowAt(0))
    selected = page.selected_voucher_id()
    assert selected == ids[40] and top is not None and bar.value() == 30

    refreshed: list[int] = []
    model.loaded.connect(lambda: refreshed.append(model.rowCount()))
    cip = cli_issue(capsys, "lucia@correo.pe")
    qtbot.waitUntil(lambda: model.rowCount() == 121, timeout=WAIT)
    assert model.index(0, 0).data() == str(cip)  # newest first
    assert page.selected_voucher_id() == selected
    assert model.voucher_id(table.rowAt(0)) == top  # the same rows stay in view
    assert refreshed == [121]  # one refresh


def test_at_the_top_the_new_voucher_comes_into_view(
    qtbot: QtBot, ui_ctx: UiContext, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(ui_ctx, 5)
    window, page = open_window(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: watcher_of(window).watch.queries > 0, timeout=WAIT)
    cip = cli_issue(capsys, "lucia@correo.pe")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=WAIT)
    assert page.model.index(page.table.rowAt(0), 0).data() == str(cip)


class Listening:
    """The history page of an open window, and what its watch says and its model loads."""

    def __init__(self, qtbot: QtBot, ctx: UiContext) -> None:
        seed(ctx, 3)
        self.qtbot = qtbot
        window, self.page = open_window(qtbot, ctx)
        self.watcher = watcher_of(window)
        idle = self.watcher  # bearings taken, and no look under way from here on
        qtbot.waitUntil(lambda: idle.watch.looks > 0 and not idle.looking, timeout=WAIT)
        self.heard: list[int] = []
        self.watcher.changed.connect(lambda: self.heard.append(1))
        self.loads: list[int] = []
        model = self.page.model
        model.loaded.connect(lambda: self.loads.append(model.rowCount()))

    def settle(self, rows: int) -> None:
        """``rows`` on screen, then three more looks for anything said twice."""
        self.qtbot.waitUntil(lambda: self.page.model.rowCount() == rows, timeout=WAIT)
        looked = self.watcher.watch.looks
        self.qtbot.waitUntil(lambda: self.watcher.watch.looks >= looked + 3, timeout=WAIT)


def test_a_burst_from_another_station_is_one_refresh(qtbot: QtBot, ui_ctx: UiContext) -> None:
    seen = Listening(qtbot, ui_ctx)
    station = make_engine(str(ui_ctx.runtime.engine.url))
    try:
        for n in range(5):  # five commits, while no look is under way
            with Session(station) as session:
                voucher = Voucher(**voucher_fields(f"PD-OTHER{n}"))
                add_voucher(session, voucher, actor=person("Luis"), at=NOW)
                session.commit()
    finally:
        station.dispose()
    seen.settle(8)
    assert seen.heard == [1] and seen.loads == [8]


def test_the_apps_own_news_is_not_said_twice(qtbot: QtBot, ui_ctx: UiContext) -> None:
    seen = Listening(qtbot, ui_ctx)
    add(ui_ctx, "PD-OWN")  # written by this process, which says so itself:
    ui_ctx.events.vouchers_changed.emit()
    seen.settle(4)
    assert seen.heard == [] and seen.loads == [4]
