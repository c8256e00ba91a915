"""The notification URL on screen: the status bar's warning (steps in its tooltip, a click
opens the procedure), the procedure against a real receiver on loopback, and the notice in
Ajustes → Perfiles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.notify_url import NotifyState
from desktop.domain.staff import Role
from desktop.domain.validation import IssueLimits
from desktop.services.notify_url import NotifyUrls
from desktop.services.profiles import Environment, Profile, ProfileRegistry
from desktop.services.receiver.server import WebhookServer
from desktop.services.runtime import Runtime
from desktop.store.engine import open_store
from desktop.store.staff import staff_events
from desktop.ui.notify_url.dialog import NotifyUrlDialog
from desktop.ui.notify_url.notice import NotifyUrlNotice
from desktop.ui.notify_url.warning import NotifyUrlWarning
from desktop.ui.tasks import TaskRunner
from tests.integration.conftest import TEST_CREDENTIALS
from tests.staffing import person, signed_in
from tests.ui.conftest import type_text

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
WAIT = 10_000


def clock() -> datetime:
    return NOW


@pytest.fixture
def registry() -> ProfileRegistry:
    registry = ProfileRegistry()
    registry.add(Profile("pruebas", Environment.SANDBOX, service_id=1035))
    return registry


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    store = open_store(f"sqlite:///{(tmp_path / 'pruebas.sqlite3').as_posix()}")
    yield store
    store.dispose()


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(WAIT)


def urls_of(engine: Engine, registry: ProfileRegistry, role: Role = Role.ADMIN) -> NotifyUrls:
    runtime = Runtime(registry.get("pruebas"), engine, TEST_CREDENTIALS, IssueLimits(), clock=clock)
    return NotifyUrls(signed_in(runtime, person("Rosa", role)), registry)


@pytest.fixture
def receiver(engine: Engine) -> Iterator[WebhookServer]:
    with WebhookServer(engine, "pruebas", TEST_CREDENTIALS.secret_key, clock=clock) as server:
        yield server


def test_the_warning_opens_the_procedure_that_changes_and_registers_the_url(
    qtbot: QtBot,
    tasks: TaskRunner,
    engine: Engine,
    registry: ProfileRegistry,
    receiver: WebhookServer,
) -> None:
    urls = urls_of(engine, registry)
    warning = NotifyUrlWarning(tasks, urls, clock=clock)
    qtbot.addWidget(warning)
    qtbot.waitUntil(lambda: warning.status is not None, timeout=WAIT)
    assert not warning.isHidden()
    assert "Regístrela en el portal de PagoEfectivo" in warning.toolTip()
    assert "Ninguna URL de notificación está marcada como registrada" in warning.toolTip()

    dialog = warning.open_procedure()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=WAIT)
    assert "URL del receptor: —" in dialog.current.text()
    assert not dialog.save_button.isEnabled()  # nothing checked yet

    type_text(qtbot, dialog.url_edit, receiver.base_url)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT) as checked:
        dialog.check_button.click()
    assert checked.args[0].ok
    assert "es el receptor de PagoDesk de este perfil" in dialog.probe_label.text()
    assert "Aún no recibió ninguna notificación." in dialog.probe_label.text()
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.changed, timeout=WAIT) as saved:
        dialog.save_button.click()
    assert saved.args[0].receiver_url == receiver.notification_url
    assert f"URL del receptor: {receiver.notification_url}" in dialog.current.text()
    assert not warning.isHidden()  # set, but not registered in the portal yet

    with qtbot.waitSignal(dialog.changed, timeout=WAIT) as marked:
        dialog.mark_button.click()
    assert marked.args[0].state is NotifyState.MATCH
    assert warning.isHidden()  # the warning heard the change at once
    assert "(26/11/2026)" in dialog.current.text()  # today in Lima, by default

    dialog.compare_button.click()  # one receiver: registered and new are the same URL
    qtbot.waitUntil(lambda: "Aún no recibió" in dialog.compare_label.text(), timeout=WAIT)
    assert dialog.compare_label.text().count("responde") == 1

    with Session(engine) as session:
        kinds = [e.kind for e in staff_events(session, "pruebas")]
    assert kinds == ["notify_url_set", "notify_url_portal"]


def test_a_bad_url_or_a_role_that_may_not_is_said_next_to_the_field(
    qtbot: QtBot,
    tasks: TaskRunner,
    engine: Engine,
    registry: ProfileRegistry,
    receiver: WebhookServer,
) -> None:
    dialog = NotifyUrlDialog(tasks, urls_of(engine, registry, Role.SUPERVISOR), clock)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.url_edit, "cobros mitienda")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not dialog.url_error.isHidden(), timeout=WAIT)
    assert dialog.url_error.text() == (
        "La URL debe ser como https://cobros.mitienda.pe (sin usuario, parámetros ni espacios)."
    )
    assert not dialog.save_button.isEnabled()

    dialog.url_edit.clear()
    type_text(qtbot, dialog.url_edit, receiver.notification_url)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        dialog.check_button.click()
    dialog.save_button.click()  # a supervisor may check, not change
    qtbot.waitUntil(lambda: "Su rol no permite" in dialog.url_error.text(), timeout=WAIT)
    assert "administrador" in dialog.url_error.text()
    assert ProfileRegistry().get("pruebas").receiver_public_url is None


def test_the_notice_in_ajustes_tells_each_profile_and_offers_the_procedure(
    qtbot: QtBot, registry: ProfileRegistry
) -> None:
    opened: list[bool] = []
    notice = NotifyUrlNotice("pruebas", lambda: opened.append(True))
    qtbot.addWidget(notice)
    notice.show_profile(registry.get("demo"))
    assert "receptor incluido" in notice.text.text() and notice.change_button.isHidden()
    notice.show_profile(registry.get("pruebas"))
    assert "Ninguna URL de notificación está marcada" in notice.text.text()
    assert not notice.change_button.isHidden() and notice.change_button.isEnabled()
    notice.change_button.click()
    assert opened == [True]
    elsewhere = NotifyUrlNotice("demo", lambda: None)
    qtbot.addWidget(elsewhere)
    elsewhere.show_profile(registry.get("pruebas"))
    assert not elsewhere.change_button.isEnabled()  # changed with the profile open
    assert "pagodesk profile notify-url" in elsewhere.change_button.toolTip()
