"""Ajustes → Perfiles: «Probar antes de salir a producción» runs the real check against the
demo sandbox off the GUI thread, flow by flow, and saves its signed report; switching to a
production profile without a recent passing report warns, and a supervisor's «Continuar» is
recorded with who and when."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.services.golive import FLOWS, FlowResult, verify_report
from desktop.services.golive.model import CheckResult, FlowStatus, Target
from desktop.services.golive.report import report_key, save_report
from desktop.services.profiles import Environment, Profile
from desktop.store.seal import DEMO_KEY
from desktop.ui.context import UiContext
from desktop.ui.pages.settings.golive_dialog import GoLiveDialog
from tests.ui.test_settings_page import make_page

RUN = 90_000
WAIT = 15_000


def run_wizard(qtbot: QtBot, dialog: GoLiveDialog) -> list[tuple[str, FlowResult | None]]:
    heard: list[tuple[str, FlowResult | None]] = []
    dialog.flow_reported.connect(lambda code, result: heard.append((code, result)))
    dialog.start_button.click()
    assert not dialog.close_button.isEnabled()  # a check under way finishes first
    # Each flow is shown while it runs, not all at the end.
    qtbot.waitUntil(
        lambda: "En curso…" in [i.text(1) for i in dialog._items.values()], timeout=WAIT
    )
    qtbot.waitUntil(lambda: dialog.last_run is not None, timeout=RUN)
    return heard


def test_the_wizard_runs_every_flow_and_saves_the_report(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ui_ctx)
    panel = page.profiles
    panel.select("demo")
    assert panel.golive_button.isVisible() and panel.golive_button.isEnabled()
    panel.golive_button.click()
    dialog = panel.golive_dialog
    assert isinstance(dialog, GoLiveDialog) and dialog.isVisible()
    assert not dialog.save_button.isEnabled()

    heard = run_wizard(qtbot, dialog)

    assert [code for code, _ in heard] == [code for code in FLOWS for _ in (0, 1)]
    assert [r.status for _, r in heard if r is not None] == [FlowStatus.PASSED] * len(FLOWS)
    assert {dialog._items[code].text(1) for code in FLOWS} == {"✓ superado"}
    assert dialog.summary.text().startswith("Aprobada: 11 flujos superados, todos los que aplican.")
    assert dialog.save_button.isEnabled() and dialog.close_button.isEnabled()
    dialog.flows.setCurrentItem(dialog._items["duplicate"])
    details = dialog.details.toPlainText()
    assert details.startswith("Notificación duplicada: un solo cambio\n  ✓ Emitido el CIP ")
    assert "la reconoció como repetida" in details

    target = tmp_path / "informe-salida.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.save_button.click()
    qtbot.waitUntil(lambda: target.with_suffix(".json").exists(), timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.folder_button.isVisible(), timeout=WAIT)
    assert str(target) in dialog.summary.text()
    checked = verify_report(target.with_suffix(".json"), ui_ctx.registry)
    assert checked.passed and checked.pdf_checked and checked.profile == "demo"


def old_report(ctx: UiContext, age: timedelta) -> None:
    """A passing demo report finished ``age`` ago (signed like a real one)."""
    now = ctx.runtime.clock()
    result = CheckResult(
        profile="demo",
        environment="demo",
        target=Target.SIMULATOR,
        base_url="http://127.0.0.1:8765",
        service_id=1234,
        started_at=now - age - timedelta(seconds=9),
        finished_at=now - age,
        flows=(FlowResult("annulled", FlowStatus.PASSED),),
    )
    save_report(result, key=report_key(DEMO_KEY), merchant="Bodega")


def test_switching_to_production_without_a_recent_check_warns(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    ui_ctx.registry.add(Profile("tienda", Environment.PRODUCTION, service_id=19844))
    old_report(ui_ctx, timedelta(days=31))  # too old to count
    page = make_page(qtbot, ui_ctx)
    panel = page.profiles
    panel.select("tienda")
    assert not panel.golive_button.isEnabled()  # production is never the one tested
    guard = panel.guard
    assert guard is not None

    panel.use_button.click()
    qtbot.waitUntil(lambda: guard.warning is not None, timeout=WAIT)
    warning = guard.warning
    assert warning is not None and "«tienda» cobra de verdad" in warning.text()
    warning.cancel_button.click()
    assert ui_ctx.registry.load().active_profile == "demo"  # nothing switched

    panel.use_button.click()
    qtbot.waitUntil(lambda: guard.warning is not None, timeout=WAIT)
    assert guard.warning is not None
    guard.warning.test_button.click()  # offers the check, on a test profile
    dialog = panel.golive_dialog
    assert isinstance(dialog, GoLiveDialog) and dialog.isVisible()
    assert "«demo»" in dialog.intro.text()
    dialog.close()
    assert ui_ctx.registry.load().active_profile == "demo"

    panel.select("tienda")
    panel.use_button.click()
    qtbot.waitUntil(lambda: guard.warning is not None, timeout=WAIT)
    assert guard.warning is not None
    with qtbot.waitSignal(guard.overridden, timeout=WAIT):
        guard.warning.override_button.click()
    qtbot.waitUntil(lambda: ui_ctx.registry.load().active_profile == "tienda", timeout=WAIT)
    override = ui_ctx.registry.get("tienda").golive_override
    assert override is not None and override.by == "Ana (caja 1)"
    assert abs(override.at - ui_ctx.runtime.clock()) < timedelta(minutes=1)
    stored = json.loads(ui_ctx.registry.path.read_text(encoding="utf-8"))
    assert stored["profiles"][0]["golive_override"]["by"] == "Ana (caja 1)"


def test_a_recent_passing_check_lets_it_switch_at_once(qtbot: QtBot, ui_ctx: UiContext) -> None:
    ui_ctx.registry.add(Profile("tienda", Environment.PRODUCTION, service_id=19844))
    old_report(ui_ctx, timedelta(days=3))
    page = make_page(qtbot, ui_ctx)
    panel = page.profiles
    panel.select("tienda")
    with qtbot.waitSignal(panel.status_changed, timeout=WAIT) as said:
        panel.use_button.click()
    assert "reiniciar" in said.args[0] and panel.guard is not None
    assert panel.guard.warning is None
    assert ui_ctx.registry.load().active_profile == "tienda"
    assert ui_ctx.registry.get("tienda").golive_override is None


def test_the_wizard_and_the_report_say_the_same_spanish() -> None:
    """The report's wording (services/golive/wording.py) and the wizard's (marked for the
    catalogs) are one table each: same codes, same Spanish source texts."""
    from desktop.services.golive import wording
    from desktop.ui.pages.settings import golive_words

    for name in ("TITLES", "FIXES", "STEP_FIXES", "STEPS"):
        assert getattr(golive_words, name) == getattr(wording, name), name
    assert golive_words.NOT_APPLICABLE == wording.NOT_APPLICABLE
    assert golive_words.STATUS_WORDS == wording.STATUS_WORDS
    assert set(wording.TITLES) == set(FLOWS) and set(wording.FIXES) == set(FLOWS)
