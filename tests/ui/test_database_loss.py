"""A station whose PostgreSQL goes away while the app runs (issue 18): the status bar says
so, a charge is refused before anything is written or sent, the history on screen stays, and
when the server is back the bar clears by itself and every page reads again. The server is a
cluster of the tests' own (tests/own_cluster.py), stopped and started for real."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.services.profiles import Environment, Profile, ProfileRegistry
from desktop.services.runtime import open_runtime
from desktop.services.secrets import store_credentials
from desktop.ui.app import build_window
from desktop.ui.context import UiContext, UiEvents
from desktop.ui.database_status import DatabaseIndicator
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.history.page import HistoryScreen
from desktop.ui.pages.issue.page import IssuePage
from desktop.ui.tasks import TaskRunner
from tests.conftest import MemoryKeyring
from tests.integration.conftest import TEST_CREDENTIALS, sandbox, sandbox_config  # noqa: F401
from tests.own_cluster import OwnCluster, fresh_database, own_cluster, running_cluster  # noqa: F401
from tests.staffing import person, signed_in
from tests.ui.test_issue_page import fill

LOST = "Sin conexión con la base de datos; reintentando"
WAIT = 20_000
BACK = 45_000  # the backoff's 1 + 2 + 4 + 8 + 16 s, and the server's start


@pytest.fixture
def station(
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    sandbox: SandboxServer,  # noqa: F811
    running_cluster: OwnCluster,  # noqa: F811
) -> Iterator[tuple[MainWindow, UiContext]]:
    """The app's window on a profile whose database is on the own cluster."""
    with fresh_database(running_cluster) as url:
        registry = ProfileRegistry()
        profile = Profile(
            "tienda",
            Environment.SANDBOX,
            sandbox.base_url,
            TEST_CREDENTIALS.service_id,
            database_url=url,
        )
        registry.add(profile)
        store_credentials("tienda", TEST_CREDENTIALS.access_key, TEST_CREDENTIALS.secret_key)
        runtime = signed_in(open_runtime("tienda", registry=registry), person("Ana (caja 1)"))
        tasks = TaskRunner()
        ctx = UiContext(runtime=runtime, tasks=tasks, events=UiEvents(), registry=registry)
        window = build_window(ctx)
        qtbot.addWidget(window)
        window.resize(1180, 760)
        window.show()
        try:
            yield window, ctx
        finally:
            window.close()
            tasks.wait(20_000)
            runtime.close()


def issue_page(window: MainWindow) -> IssuePage:
    page = window.show_page("issue")
    assert isinstance(page, IssuePage)
    return page


def cips_made(server: SandboxServer) -> int:
    with server.state.storage.write() as connection:
        return int(connection.execute("SELECT COUNT(*) FROM cips").fetchone()[0])


def test_a_lost_database_is_said_blocks_issuing_and_comes_back_by_itself(
    qtbot: QtBot,
    station: tuple[MainWindow, UiContext],
    running_cluster: OwnCluster,  # noqa: F811
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    window, ctx = station
    indicator = window.statusBar().findChild(DatabaseIndicator)
    assert isinstance(indicator, DatabaseIndicator) and not indicator.isVisible()

    page = issue_page(window)  # one charge while all is well
    fill(qtbot, page)
    qtbot.mouseClick(page.form.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.panels.currentWidget() is page.result, timeout=WAIT)
    history = window.show_page("history")
    assert isinstance(history, HistoryScreen)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)

    with qtbot.waitSignal(indicator.lost, timeout=WAIT):
        running_cluster.stop()  # the store watch's next looks find it gone
    assert indicator.isVisible() and indicator.text() == LOST
    assert "Sin conexión desde las" in indicator.toolTip()

    failed = ctx.events.status_message
    with qtbot.waitSignal(failed, timeout=WAIT):
        history.refresh()  # a read now fails: what is on screen stays
    assert history.model.rowCount() == 1

    made = cips_made(sandbox)
    page = issue_page(window)
    page.new_voucher()
    fill(qtbot, page, email="otra@correo.pe", doc=("DNI", "11223344"))
    qtbot.mouseClick(page.form.submit, Qt.MouseButton.LeftButton)
    assert page.form.banner.isVisible()
    assert page.form.banner.text().startswith("Sin conexión con la base de datos")
    assert "No se envió nada a PagoEfectivo" in page.form.banner.text()
    assert page.form.submit.isEnabled()  # refused at once, nothing under way
    assert cips_made(sandbox) == made

    with (
        qtbot.waitSignal(indicator.restored, timeout=BACK),
        qtbot.waitSignal(ctx.events.vouchers_changed, timeout=BACK),
    ):
        running_cluster.start()  # the link's next attempt finds it
    assert not indicator.isVisible()

    qtbot.mouseClick(page.form.submit, Qt.MouseButton.LeftButton)  # issuing works again
    qtbot.waitUntil(lambda: page.panels.currentWidget() is page.result, timeout=WAIT)
    assert cips_made(sandbox) == made + 1
    history = window.show_page("history")
    assert isinstance(history, HistoryScreen)
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=WAIT)
