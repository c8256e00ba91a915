"""The status bar's light and «Salud de la conexión», on the real widgets and exchange log."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from desktop.services.api_health import ApiHealth
from desktop.store.engine import session_scope
from desktop.store.tables import ApiExchange
from desktop.ui.context import UiContext
from desktop.ui.health.indicator import COLORS, HealthIndicator
from desktop.ui.health.panel import HealthDialog

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
WAIT = 10_000


def logged(engine: Engine, minutes: int, status: int | None, code: str | None) -> None:
    body = json.dumps({"code": code, "message": f"mensaje {code}"}) if code else ""
    with session_scope(engine) as session:
        session.add(
            ApiExchange(
                profile="demo",
                started_at=NOW - timedelta(minutes=minutes),
                method="POST",
                path="/v1/cips/search",
                status=status,
                duration_ms=40.0,
                response_body=body,
            )
        )


def test_the_light_turns_red_says_why_and_opens_the_panel(
    qtbot: QtBot, ui_ctx: UiContext, spanish: None
) -> None:
    engine = ui_ctx.runtime.engine
    for minute in range(1, 9):
        logged(engine, minute, 200, "100")
    for minute in range(10, 13):
        logged(engine, minute, 503, None)
    health = ApiHealth(engine, "demo", clock=lambda: NOW)
    light = HealthIndicator(ui_ctx.tasks, health, every_ms=50)
    qtbot.addWidget(light)
    qtbot.waitUntil(lambda: light.report is not None, timeout=WAIT)
    assert light.report.level == "bad"  # 8 of 11: 72.7 %
    assert COLORS["bad"] in light.styleSheet()
    assert light.toolTip().startswith("PagoEfectivo: mal\nLa tasa de éxito de la última hora")

    logged(engine, 0, 200, "100")  # the light reads again on its own
    with qtbot.waitSignal(light.read, timeout=WAIT) as seen:
        pass
    assert seen.args[0].windows[0].requests == 12

    dialog = light.open_panel()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, HealthDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.level.text().startswith("PagoEfectivo: mal")
    assert dialog.windows.rowCount() == 3 and dialog.windows.item(0, 3).text() == "3"
    assert dialog.problems.rowCount() == 3 and dialog.problems.item(0, 2).text() == "HTTP 503"
    assert dialog.sets["failed"].count() == 24 and dialog.sets["failed"].at(22) == 3.0


def test_the_window_shows_the_light_in_its_status_bar_with_the_ajustes_thresholds(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    from desktop.domain.settings import GeneralSettings
    from tests.ui.test_store_follow import open_window

    window, _ = open_window(qtbot, ui_ctx, "summary")
    light = window.statusBar().findChild(HealthIndicator)
    assert isinstance(light, HealthIndicator) and light.isVisible()
    qtbot.waitUntil(lambda: light.report is not None, timeout=WAIT)
    assert light.report.level == "ok"  # a fresh profile: nothing failed
    assert light.x() < window.sync_button.x()  # before the sync controls

    engine = ui_ctx.runtime.engine
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        for n in range(20):  # 19 of 20 fine: 95 %, amber under the default 99 %
            session.add(
                ApiExchange(
                    profile="demo",
                    started_at=now - timedelta(minutes=n + 1),
                    method="POST",
                    path="/v1/cips/search",
                    status=503 if n == 0 else 200,
                    duration_ms=30.0,
                    response_body="" if n == 0 else '{"code": 100}',
                )
            )
    light.refresh()
    qtbot.waitUntil(
        lambda: light.report is not None and light.report.level == "warning", timeout=WAIT
    )
    ui_ctx.events.settings_changed.emit(
        GeneralSettings(health_warning_percent=90, health_bad_percent=80)
    )
    light.refresh()
    qtbot.waitUntil(lambda: light.report is not None and light.report.level == "ok", timeout=WAIT)


def test_resumen_opens_the_same_panel(qtbot: QtBot, ui_ctx: UiContext) -> None:
    from tests.ui.test_store_follow import open_window

    window, page = open_window(qtbot, ui_ctx, "summary")
    qtbot.waitUntil(lambda: window.statusBar().findChild(HealthIndicator) is not None)
    page.health_button.click()
    (dialog,) = [d for d in window.findChildren(HealthDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.windows.rowCount() == 3
