"""Staff accounts on the command line, end to end on the demo profile and its sandbox: the
second approval between a cashier and a supervisor, roles refused with exit 2, wrong PINs and
the lockout with exit 1, and the administrator's ``pagodesk user`` commands."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.services.profiles import ProfileRegistry
from tests.cli.test_cli import own_demo_port, run  # noqa: F401  (fixture reused)

ISSUE = ("issue", "--amount", "42.50", "--email", "cliente@example.pe", "--json")


def as_user(monkeypatch: pytest.MonkeyPatch, name: str, pin: str) -> None:
    monkeypatch.setenv("PAGODESK_USER", name)
    monkeypatch.setenv("PAGODESK_PIN", pin)


@pytest.fixture
def second_approval(pagodesk_home: object) -> None:
    registry = ProfileRegistry()
    registry.set_general(replace(registry.load().general, require_second_approval=1))


def status_of(capsys: pytest.CaptureFixture[str], cip: int) -> tuple[str, list[dict[str, str]]]:
    code, out, err = run(capsys, "--user", "", "show", str(cip), "--json")  # no sign-in
    assert code == 0, err
    shown = json.loads(out)
    return shown["status"], shown["events"]


def test_a_cashier_asks_and_only_another_supervisor_with_the_right_pin_approves(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, second_approval: None
) -> None:
    as_user(monkeypatch, "Ana", "1357")  # the demo's cashier
    code, out, err = run(capsys, *ISSUE)
    assert code == 0, err
    cip = json.loads(out)["voucher"]["cip"]
    paid = ("reconcile", str(cip), "--paid", "--operation", "5512", "--reason", "pagó en agente")

    code, _, err = run(capsys, *paid)
    assert code == 0 and "un supervisor debe aprobarla" in err
    assert status_of(capsys, cip)[0] == "pending"

    code, _, err = run(capsys, "reconcile", str(cip), "--approve")  # the same cashier
    assert (code, err) == (
        2,
        "pagodesk: su rol no permite aprobar o rechazar solicitudes (se necesita supervisor)\n",
    )
    as_user(monkeypatch, "Sofía", "9999")  # the supervisor, a wrong PIN
    code, _, err = run(capsys, "reconcile", str(cip), "--approve")
    assert (code, err) == (1, "pagodesk: PIN incorrecto (quedan 4 intentos)\n")
    assert status_of(capsys, cip)[0] == "pending"

    as_user(monkeypatch, "Sofía", "2468")
    code, _, err = run(capsys, "reconcile", str(cip), "--approve")
    assert code == 0, err
    status, events = status_of(capsys, cip)
    assert status == "paid" and events[-1]["actor"] == "Sofía"
    assert (events[-2]["actor"], events[-2]["to"]) == ("Ana", "paid")  # the request
    assert events[-1]["actor_id"] != events[-2]["actor_id"]


def test_the_same_supervisor_cannot_approve_their_own_request(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, second_approval: None
) -> None:
    as_user(monkeypatch, "Ana", "1357")
    code, out, err = run(capsys, *ISSUE)
    cip = json.loads(out)["voucher"]["cip"]
    code, _, err = run(
        capsys, "reconcile", str(cip), "--paid", "--operation", "7", "--reason", "agente"
    )
    as_user(monkeypatch, "Ana", "1357")
    code, _, err = run(capsys, "annul", str(cip), "--reason", "no vino")
    assert (code, err) == (2, "pagodesk: su rol no permite anular (se necesita supervisor)\n")
    monkeypatch.delenv("PAGODESK_USER")
    monkeypatch.delenv("PAGODESK_PIN")  # the demo's «Demo» (administrador) approves
    code, _, err = run(capsys, "reconcile", str(cip), "--approve")
    assert code == 0, err


def test_five_wrong_pins_lock_the_user_out(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_user(monkeypatch, "Ana", "0000")
    for left in ("quedan 4 intentos", "quedan 3 intentos", "quedan 2 intentos", "queda 1 intento"):
        code, _, err = run(capsys, *ISSUE)
        assert code == 1 and err == f"pagodesk: PIN incorrecto ({left})\n"
    code, _, err = run(capsys, *ISSUE)
    assert code == 1 and err.startswith("pagodesk: PIN incorrecto 5 veces: usuario bloqueado")
    as_user(monkeypatch, "Ana", "1357")  # the right PIN waits too
    code, _, err = run(capsys, *ISSUE)
    assert code == 1 and "bloqueado hasta las" in err

    as_user(monkeypatch, "Demo", "2580")
    code, out, err = run(capsys, "user", "list")
    assert code == 0 and "Ana" in out and "bloqueado hasta las" in out, err
    code, out, err = run(capsys, "user", "log", "--limit", "4")
    assert code == 0 and out.splitlines()[-3].endswith("Ana: bloqueado por PIN incorrectos")


def test_the_administrator_manages_users_and_the_last_one_stays(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGODESK_NEW_PIN", "1234")
    code, _, err = run(capsys, "user", "add", "Luis", "--role", "cajero")
    assert (code, err) == (2, "pagodesk: PIN demasiado débil: no use una serie (1234, 9876...)\n")
    monkeypatch.setenv("PAGODESK_NEW_PIN", "5173")
    code, out, err = run(capsys, "user", "add", "Luis", "--role", "cajero")
    assert code == 0 and out == "Usuario «Luis» creado (cajero)\n", err

    as_user(monkeypatch, "Luis", "5173")
    code, out, err = run(capsys, *ISSUE)
    assert code == 0, err
    assert status_of(capsys, json.loads(out)["voucher"]["cip"])[1][0]["actor"] == "Luis"
    code, _, err = run(capsys, "user", "list")
    assert code == 2 and "administrar usuarios (se necesita administrador)" in err

    as_user(monkeypatch, "Demo", "2580")
    assert run(capsys, "user", "disable", "luis")[0] == 0
    code, _, err = run(capsys, "user", "disable", "Demo")
    assert (code, err) == (
        2,
        "pagodesk: es el último administrador: no se puede desactivar ni cambiar de rol\n",
    )
    as_user(monkeypatch, "Luis", "5173")
    code, _, err = run(capsys, *ISSUE)
    assert (code, err) == (1, "pagodesk: ese usuario está desactivado\n")


def test_a_real_profile_requires_a_user(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    monkeypatch.setenv("PAGODESK_ACCESS_KEY", "ACCESSKEY0000000001")
    monkeypatch.setenv("PAGODESK_SECRET_KEY", "SecretKey/0123456789")
    code, _, err = run(
        capsys, "profile", "add", "tienda", "--environment", "sandbox", "--service-id", "5"
    )
    assert code == 0, err
    code, _, err = run(capsys, "--profile", "tienda", *ISSUE)
    assert (code, err) == (
        2,
        "pagodesk: este perfil exige usuario: use --user NOMBRE (PIN en PAGODESK_PIN)\n",
    )
    monkeypatch.setenv("PAGODESK_NEW_PIN", "5173")
    code, _, err = run(capsys, "--profile", "tienda", "user", "add", "Rosa", "--role", "cajero")
    assert code == 2 and "el primero debe ser administrador" in err
    code, out, err = run(
        capsys, "--profile", "tienda", "user", "add", "Rosa", "--role", "administrador"
    )
    assert code == 0 and "administrador del perfil" in out, err


def test_audit_verify_catches_an_edited_staff_trail(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pagodesk_home: Path
) -> None:
    as_user(monkeypatch, "Ana", "1357")
    assert run(capsys, *ISSUE)[0] == 0
    monkeypatch.delenv("PAGODESK_USER")
    code, out, err = run(capsys, "audit", "verify")
    assert code == 0, err
    database = pagodesk_home / "data" / "profiles" / "demo.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE staff_events SET user_name = 'Sofía' WHERE kind = 'login'")
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 1 and "ROTO: registro del personal, evento 4: staff_chain_broken" in out


def test_only_an_administrator_changes_the_merchant_data(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_user(monkeypatch, "Sofía", "2468")
    code, _, err = run(capsys, "merchant", "--name", "Bodega Sofía")
    assert (code, err) == (
        2,
        "pagodesk: su rol no permite cambiar los ajustes (se necesita administrador)\n",
    )
    code, out, _ = run(capsys, "merchant", "--json")  # reading needs no one
    assert code == 0 and json.loads(out)["merchant_name"] != "Bodega Sofía"
    as_user(monkeypatch, "Demo", "2580")
    code, out, err = run(capsys, "merchant", "--name", "Bodega Demo", "--json")
    assert code == 0 and json.loads(out)["merchant_name"] == "Bodega Demo", err


def test_a_supervisor_rejects_a_request_with_a_reason(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, second_approval: None
) -> None:
    as_user(monkeypatch, "Ana", "1357")
    code, out, err = run(capsys, *ISSUE)
    cip = json.loads(out)["voucher"]["cip"]
    asked = ("reconcile", str(cip), "--paid", "--operation", "7", "--reason", "dijo que pagó")
    assert run(capsys, *asked)[0] == 0
    as_user(monkeypatch, "Sofía", "2468")
    code, _, err = run(capsys, "reconcile", str(cip), "--reject")
    assert code == 2 and "motivo" in err  # a rejection says why
    code, out, err = run(capsys, "reconcile", str(cip), "--reject", "--reason", "sin constancia")
    assert (code, out) == (0, "Solicitud de Ana rechazada; el voucher no cambió\n"), err
    status, events = status_of(capsys, cip)
    assert status == "pending" and events[-1]["reason"] == "approval_rejected: sin constancia"
    code, _, err = run(capsys, "reconcile", str(cip), "--approve")  # nothing waits now
    assert code == 1 and "ninguna solicitud" in err


def test_a_command_signs_in_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_user(monkeypatch, "Demo", "2580")
    monkeypatch.setenv("PAGODESK_NEW_PIN", "5173")
    assert run(capsys, "user", "add", "Luis", "--role", "cajero")[0] == 0
    code, out, err = run(capsys, "user", "log", "--limit", "4", "--json")
    assert code == 0, err
    trail = [(e["kind"], e["user"], e["subject"]) for e in json.loads(out)]
    assert trail == [  # the demo's last seeded user, the add's one login and its change,
        ("user_added", "PagoDesk", "Ana"),  # then the log's own login
        ("login", "Demo", None),
        ("user_added", "Demo", "Luis"),
        ("login", "Demo", None),
    ]
