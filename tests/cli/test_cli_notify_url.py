"""``pagodesk profile notify-url`` end to end on a real profile: a mismatch exits 1 in one
line; ``--set`` checks a real receiver on loopback first; ``--registered`` marks it with its
date; only an administrator changes it, and each change is in the staff audit trail."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from sqlmodel import Session

from desktop.sandbox import SandboxServer
from desktop.services.databases import open_profile_store
from desktop.services.profiles import ProfileRegistry
from desktop.services.receiver.server import WebhookServer
from desktop.store.staff import staff_events
from tests.cli.test_cli import real_profile  # noqa: F401  (a fixture)
from tests.cli.test_cli_reconcile import run
from tests.integration.conftest import TEST_CREDENTIALS


@pytest.fixture
def receiver(real_profile: SandboxServer) -> Iterator[WebhookServer]:  # noqa: F811
    """The profile's receiver, as ``pagodesk webhook`` would run it on its server."""
    engine = open_profile_store(ProfileRegistry().get("pruebas"))
    try:
        with WebhookServer(engine, "pruebas", TEST_CREDENTIALS.secret_key) as server:
            yield server
    finally:
        engine.dispose()


def free_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_notify_url_tells_checks_sets_and_marks(
    capsys: pytest.CaptureFixture[str], receiver: WebhookServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, "profile", "notify-url")
    assert (code, out) == (1, "")
    assert err == (
        "pagodesk: perfil «pruebas»: no hay una URL marcada como registrada en el portal de "
        "PagoEfectivo: regístrela allí y márquela con --registered\n"
    )

    nowhere = free_url()
    code, out, err = run(capsys, "profile", "notify-url", "pruebas", "--set", nowhere)
    assert code == 1 and len(err.splitlines()) == 1
    assert err.startswith(f"pagodesk: {nowhere}/health no responde (ConnectError); no se cambió")

    code, out, err = run(
        capsys, "profile", "notify-url", "pruebas", "--set", "ftp://x", "--no-check"
    )
    assert (code, err) == (
        2,
        "pagodesk: la URL debe ser como https://cobros.mitienda.pe (sin usuario, parámetros "
        "ni espacios)\n",
    )

    code, out, err = run(
        capsys,
        "profile",
        "notify-url",
        "--set",
        receiver.base_url,
        "--registered",
        "--date",
        "2026-01-10",
    )
    assert code == 0, err
    assert f"URL del receptor: {receiver.notification_url}" in out
    assert f"registrada en el portal de PagoEfectivo: {receiver.notification_url}" in out
    assert "Mantenga el receptor anterior en marcha" in out

    code, out, err = run(capsys, "profile", "notify-url")
    assert code == 0, err
    assert out.splitlines() == [
        "perfil «pruebas» (sandbox)",
        f"registrada en el portal: {receiver.notification_url} (el 2026-01-10)",
        f"receptor:                {receiver.notification_url}",
        "coinciden",
    ]
    code, out, _ = run(capsys, "profile", "notify-url", "--json")
    assert code == 0 and json.loads(out)["matches"] is True

    moved = free_url()
    code, out, err = run(capsys, "profile", "notify-url", "--set", moved, "--no-check")
    assert code == 0, err
    assert "no es la del receptor" in out  # registered in the portal: the old one
    code, out, err = run(capsys, "profile", "notify-url")
    assert code == 1 and len(err.splitlines()) == 1 and "no es la del receptor" in err

    engine = open_profile_store(ProfileRegistry().get("pruebas"))
    try:
        with Session(engine) as session:
            trail = [
                (e.kind, e.user_name, json.loads(e.details or "{}"))
                for e in staff_events(session, "pruebas")
                if e.kind.startswith("notify_url")
            ]
    finally:
        engine.dispose()
    assert trail == [
        ("notify_url_set", "Jefa", {"old": None, "new": receiver.notification_url}),
        (
            "notify_url_portal",
            "Jefa",
            {"old": None, "new": receiver.notification_url, "date": "2026-01-10"},
        ),
        (
            "notify_url_set",
            "Jefa",
            {"old": receiver.notification_url, "new": moved + "/pagoefectivo/notificaciones"},
        ),
    ]

    # A cashier may look, not change.
    monkeypatch.setenv("PAGODESK_NEW_PIN", "1470")
    assert run(capsys, "user", "add", "Ana", "--role", "cajero")[0] == 0
    monkeypatch.setenv("PAGODESK_PIN", "1470")
    code, out, err = run(capsys, "--user", "Ana", "profile", "notify-url", "--registered")
    assert code == 2 and len(err.splitlines()) == 1 and "administrador" in err
    code, _, err = run(capsys, "profile", "notify-url", "--date", "2026-01-10")
    assert (code, err) == (2, "pagodesk: --date va con --registered\n")
