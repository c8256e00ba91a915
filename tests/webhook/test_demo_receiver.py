"""The app's own receiver in the demo profile: a payment of the embedded sandbox, made from
``pagodesk sandbox pay`` in another process's way (the shared state file) or over the
sandbox's HTTP admin route, is delivered signed to it and recorded at once by the real intake.
Two apps on the same demo profile hand the webhook over instead of fighting for it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest
from sqlmodel import Session

from desktop.cli.main import main
from desktop.domain.validation import IssueInput, validate_issue
from desktop.sandbox import SandboxState, paid_body
from desktop.services import simulator
from desktop.services.runtime import Runtime, open_runtime
from desktop.store.vouchers import events_of
from tests.staffing import person, signed_in


@pytest.fixture(autouse=True)
def free_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGODESK_DEMO_PORT", "0")  # never join a developer's sandbox


@pytest.fixture
def app() -> Iterator[Runtime]:
    runtime = signed_in(open_runtime(None), person("Ana (caja 1)"))
    yield runtime
    runtime.close()


def issue(runtime: Runtime) -> int:
    data = IssueInput(amount="25.50", email="rosa.quispe@gmail.com", first_name="Rosa")
    voucher = runtime.issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    assert voucher.cip is not None
    return voucher.cip


def registered() -> str | None:
    state = SandboxState(simulator.demo_state_path())
    try:
        return state.webhook_url
    finally:
        state.close()


def status_and_source(runtime: Runtime, cip: int) -> tuple[str, str]:
    voucher = runtime.lookup.find(str(cip))
    with Session(runtime.engine) as session:
        last = events_of(session, voucher.id)[-1]
    return voucher.status.value, last.source


def test_a_cli_payment_reaches_the_apps_receiver_and_is_recorded_before_it_returns(
    app: Runtime, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = app.receive_demo_notifications()
    assert receiver is not None and receiver.registered
    assert receiver.notification_url.startswith("http://127.0.0.1:")  # loopback only
    assert registered() == receiver.notification_url
    cip = issue(app)

    assert main(["sandbox", "pay", str(cip)]) == 0
    out = capsys.readouterr().out
    assert f"Notificación: entregada a {receiver.notification_url} (HTTP 200, 1 intento)." in out
    assert status_and_source(app, cip) == ("paid", "webhook")  # committed before the 200


def test_a_payment_over_the_sandbox_admin_route_is_recorded_too(app: Runtime) -> None:
    receiver = app.receive_demo_notifications()
    assert receiver is not None and app.sandbox_url is not None
    cip = issue(app)
    answer = httpx.post(f"{app.sandbox_url}/_sandbox/cips/{cip}/pay", timeout=5.0)
    assert answer.status_code == 200 and answer.json()["webhook"]["delivered"] is True
    assert status_and_source(app, cip) == ("paid", "webhook")


def test_a_payment_from_the_voucher_page_is_recorded_too(app: Runtime) -> None:
    """The link the customer gets opens the sandbox's page; "Simular el pago" pays there."""
    assert app.receive_demo_notifications() is not None
    cip = issue(app)
    page_url = app.lookup.find(str(cip)).cip_url
    assert page_url is not None
    with httpx.Client(timeout=5.0) as browser:
        page = browser.get(page_url).text
        action = page.split('action="', 1)[1].split('"', 1)[0]
        assert browser.post(app.sandbox_url + action).status_code == 303
    assert status_and_source(app, cip) == ("paid", "webhook")


def test_a_forged_notification_is_refused_by_the_same_intake(app: Runtime) -> None:
    receiver = app.receive_demo_notifications()
    assert receiver is not None
    cip = issue(app)
    body = paid_body(
        cip=cip,
        currency="PEN",
        amount=Decimal("25.50"),
        payment_date=datetime.now(UTC),
        transaction_code=app.lookup.find(str(cip)).transaction_code,
        operation_number="1",
    )
    headers = {"PE-Signature": "0" * 64, "Content-Type": "application/json"}
    answer = httpx.post(receiver.notification_url, content=body, headers=headers)
    assert answer.status_code == 401
    assert status_and_source(app, cip)[0] == "pending"


def test_two_apps_hand_the_webhook_over_and_the_last_one_out_leaves_none(app: Runtime) -> None:
    first = app.receive_demo_notifications()
    # the same demo profile, the same database
    second_app = signed_in(open_runtime(None), person("Luis (caja 2)"))
    try:
        second = second_app.receive_demo_notifications()
        assert first is not None and second is not None
        assert registered() == second.notification_url  # the newest takes the payments
        cip = issue(app)
        done = simulator.pay(simulator.demo_state_path(), cip)
        assert done.delivery is not None and done.delivery.url == second.notification_url
        assert status_and_source(app, cip)[0] == "paid"  # one database: both apps see it
    finally:
        second_app.close()
    assert registered() == first.notification_url  # handed back: the first still listens
    app.close()
    assert registered() is None  # nobody listens: no payment is posted into the void
    assert app.receiver is None


def test_the_first_app_leaving_first_keeps_the_second_registered(app: Runtime) -> None:
    app.receive_demo_notifications()
    second_app = signed_in(open_runtime(None), person("Luis (caja 2)"))
    try:
        second = second_app.receive_demo_notifications()
        assert second is not None
        app.close()
        assert registered() == second.notification_url
    finally:
        second_app.close()
    assert registered() is None  # the one before it is gone: not handed back to a dead port


def test_a_webhook_set_by_hand_is_handed_back_as_it_was(app: Runtime) -> None:
    assert app.sandbox_url is not None
    by_hand = "https://tienda.example.pe/pagoefectivo/notificaciones"
    httpx.put(f"{app.sandbox_url}/_sandbox/webhook", json={"url": by_hand}).raise_for_status()
    receiver = app.receive_demo_notifications()
    assert receiver is not None and registered() == receiver.notification_url
    receiver.stop()
    assert registered() == by_hand
