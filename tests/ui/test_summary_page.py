"""The Resumen page in the real main window: the app opens on it, its cards show the figures of
the store (payments of today by their date, in soles and dollars), a click on a card opens
the list behind it with the same figure, the chart has a bar per day for 30 days, and a
change elsewhere refreshes it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.domain.limatime import to_lima
from desktop.domain.money import Currency
from desktop.domain.status import VoucherStatus
from desktop.domain.validation import IssueInput, validate_issue
from desktop.services.summary import CHART_DAYS
from desktop.store.tables import Voucher
from desktop.ui.app import build_window
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.history.page import HistoryScreen
from desktop.ui.pages.issue.page import IssuePage
from desktop.ui.pages.reconcile.page import ReconcilePage
from desktop.ui.pages.summary.page import SummaryPage
from tests.staffing import person

WAIT = 15_000


# The app's Spanish catalog, as run_gui installs it: it words the plurals ("1 pago").
pytestmark = pytest.mark.usefixtures("spanish")


def issue(ctx: UiContext, amount: str, currency: str = "PEN", hours: float = 48) -> Voucher:
    data = IssueInput(
        amount=amount,
        currency=currency,
        email="rosa.quispe@gmail.com",
        first_name="Rosa",
        last_name="Quispe Núñez",
        expires_in=timedelta(hours=hours),
    )
    return ctx.runtime.issuer.issue(validate_issue(data, datetime.now(UTC))).voucher


def paid(ctx: UiContext, amount: str, at: datetime, currency: str = "PEN") -> Voucher:
    """Issued now and marked paid by hand, the slip dated ``at``."""
    voucher = issue(ctx, amount, currency)
    ctx.runtime.reconciliation.mark_paid(
        voucher.id or 0,
        actor=person("Carla"),
        reason="Pago en agente",
        operation_number="123",
        paid_at=at,
    )
    return voucher


def earlier_today() -> datetime:
    """A moment of today in Lima, never in the future: the slip's payment time."""
    now = datetime.now(UTC)
    midnight = to_lima(now).replace(hour=0, minute=1, second=0, microsecond=0)
    return max(midnight, now - timedelta(minutes=5)).astimezone(UTC)


def listed(history: HistoryScreen) -> list[str]:
    """What the history's totals add up to, per currency (one voucher each here)."""
    totals = history.model.totals
    assert history.model.total in (None, 0, 1)
    return [str(totals[c].money) for c in sorted(totals)]


def open_window(qtbot: QtBot, ctx: UiContext) -> tuple[MainWindow, SummaryPage]:
    # No automatic sync round: PagoEfectivo never heard of the payments marked here by hand,
    # and a round would (rightly) add discrepancies while the test reads the cards.
    ctx.runtime.general = replace(ctx.runtime.general, sync_minutes=0)
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.current_page()
    assert isinstance(page, SummaryPage)  # the app opens on the Resumen
    qtbot.waitUntil(lambda: page.figures is not None, timeout=WAIT)
    return window, page


def test_the_cards_and_the_chart_show_the_store(qtbot: QtBot, ui_ctx: UiContext) -> None:
    now = earlier_today()
    paid(ui_ctx, "150.00", now)
    paid(ui_ctx, "35.50", now)
    paid(ui_ctx, "20.00", now, currency="USD")
    paid(ui_ctx, "99.90", now - timedelta(days=3))  # not today: in the chart only
    issue(ui_ctx, "60.00")
    issue(ui_ctx, "45.00", hours=6)
    window, page = open_window(qtbot, ui_ctx)

    cards = page.cards
    assert cards["paid_today"].amounts_text() == ["S/ 185.50", "US$ 20.00"]
    assert cards["paid_today"].count_label.text() == "3 pagos"
    assert cards["pending"].amounts_text() == ["S/ 105.00"]  # no dollars: no dollar line
    assert cards["pending"].count_label.text() == "2 cobros"
    assert cards["expiring"].amounts_text() == ["S/ 45.00"]
    assert cards["expiring"].count_label.text() == "1 cobro"
    assert cards["discrepancies"].amounts_text() == ["S/ 0.00"]
    assert window.navigation.item(0).text() == "Resumen"

    chart = page.chart
    assert set(chart.bar_sets) == {Currency.PEN, Currency.USD}
    soles = chart.bar_sets[Currency.PEN]
    assert soles.count() == CHART_DAYS
    assert soles.at(CHART_DAYS - 1) == 185.5 and soles.at(CHART_DAYS - 4) == 99.9
    assert chart.bar_sets[Currency.USD].at(CHART_DAYS - 1) == 20.0
    assert chart.bar_text(CHART_DAYS - 1).endswith(": S/ 185.50 · US$ 20.00 · 3 pagos")
    window.close()


def test_a_card_opens_the_list_behind_its_figure(qtbot: QtBot, ui_ctx: UiContext) -> None:
    now = earlier_today()
    paid(ui_ctx, "150.00", now)
    paid(ui_ctx, "35.50", now - timedelta(days=2))
    issue(ui_ctx, "60.00")
    window, page = open_window(qtbot, ui_ctx)

    qtbot.mouseClick(page.cards["paid_today"], Qt.MouseButton.LeftButton)
    history = window.current_page()
    assert isinstance(history, HistoryScreen)
    query = history.current_query()
    assert (query.statuses, query.dated) == ((VoucherStatus.PAID,), "paid")
    assert history.date_basis.currentText() == "Fechas de pago"
    qtbot.waitUntil(lambda: listed(history) == ["S/ 150.00"], timeout=WAIT)  # the card's

    window.show_page("summary")
    qtbot.mouseClick(page.cards["pending"], Qt.MouseButton.LeftButton)
    assert window.current_page() is history
    query = history.current_query()
    assert (query.statuses, query.since, query.until) == ((VoucherStatus.PENDING,), None, None)
    qtbot.waitUntil(lambda: listed(history) == ["S/ 60.00"], timeout=WAIT)

    window.show_page("summary")
    page.cards["discrepancies"].setFocus()
    QTest.keyClick(page.cards["discrepancies"], Qt.Key.Key_Space)  # the keyboard works too
    reconcile: Any = window.current_page()
    assert isinstance(reconcile, ReconcilePage)
    assert reconcile.tabs.currentWidget() is reconcile.views["discrepancies"]
    window.show_page("summary")
    qtbot.mouseClick(page.cards["late_payments"], Qt.MouseButton.LeftButton)
    assert reconcile.tabs.currentWidget() is reconcile.views["late_payments"]

    window.show_page("summary")
    assert page.figures is not None
    page.chart.day_clicked.emit(page.figures.daily_paid[-3].day)
    qtbot.waitUntil(lambda: listed(history) == ["S/ 35.50"], timeout=WAIT)  # 2 days ago
    history.clear_button.click()  # "Limpiar filtros" goes back to issue dates
    assert history.current_query().dated == "created"
    window.close()


def test_a_change_elsewhere_refreshes_the_page_and_ctrl_n_still_works(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    window, page = open_window(qtbot, ui_ctx)
    assert page.cards["paid_today"].amounts_text() == ["S/ 0.00"]
    assert page.chart.chart().title() == "Sin cobros en estos 30 días"

    paid(ui_ctx, "12.30", earlier_today())  # as another station would
    ui_ctx.events.vouchers_changed.emit()
    qtbot.waitUntil(lambda: page.cards["paid_today"].amounts_text() == ["S/ 12.30"], timeout=WAIT)
    assert page.cards["paid_today"].count_label.text() == "1 pago"
    assert page.chart.chart().title() == ""

    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    assert isinstance(window.current_page(), IssuePage)
    window.close()
