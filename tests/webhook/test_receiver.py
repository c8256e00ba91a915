"""The receiver over real HTTP on loopback: signature first, 401/400/200, health."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from desktop.domain.status import VoucherStatus
from desktop.services.receiver.app import MAX_BODY, NOTIFICATION_PATH
from desktop.services.receiver.server import WebhookServer
from desktop.services.webhook_intake import IntakeResult, Outcome, WebhookIntake
from desktop.store.engine import make_engine, sqlite_url
from tests.webhook.helpers import (
    SECRET,
    VECTOR_BODY,
    VECTOR_PAID_AT,
    VECTOR_SIGNATURE,
    clock,
    every_stored_text,
    notifications,
    paid_body,
    seed_voucher,
    sign,
    voucher_and_events,
)


def post(server: WebhookServer, body: bytes, signature: str | None) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["PE-Signature"] = signature
    return httpx.post(server.notification_url, content=body, headers=headers, timeout=5)


def test_the_doc_test_vector_is_accepted_and_applied(
    receiver: WebhookServer, engine: Engine
) -> None:
    voucher_id = seed_voucher(engine)
    assert receiver.notification_url.endswith(NOTIFICATION_PATH)
    answer = post(receiver, VECTOR_BODY, VECTOR_SIGNATURE)
    assert answer.status_code == 200
    assert answer.json() == {"status": "received", "outcome": "applied"}
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and voucher.operation_number == "123456"
    assert voucher.paid_at == VECTOR_PAID_AT
    assert (events[-1].source, events[-1].actor) == ("webhook", "PagoEfectivo")
    (row,) = notifications(engine)
    assert row.outcome == "applied" and row.remote_address == "127.0.0.1"


def test_the_header_name_is_case_insensitive(receiver: WebhookServer, engine: Engine) -> None:
    seed_voucher(engine)
    answer = httpx.post(
        receiver.notification_url, content=VECTOR_BODY, headers={"pe-signature": VECTOR_SIGNATURE}
    )
    assert answer.status_code == 200


@pytest.mark.parametrize("signature", [None, "", "nothex", sign(VECTOR_BODY, "wrong")])
def test_a_bad_or_missing_signature_is_401_recorded_and_changes_nothing(
    receiver: WebhookServer, engine: Engine, signature: str | None
) -> None:
    voucher_id = seed_voucher(engine)
    answer = post(receiver, VECTOR_BODY, signature)
    assert answer.status_code == 401 and answer.json() == {"error": "invalid_signature"}
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "pending" and len(events) == 2
    (row,) = notifications(engine)
    assert (row.outcome, row.signature_ok, row.http_status) == ("bad_signature", False, 401)


def test_a_repeat_is_200_with_exactly_one_move(receiver: WebhookServer, engine: Engine) -> None:
    voucher_id = seed_voucher(engine)
    first = post(receiver, VECTOR_BODY, VECTOR_SIGNATURE)
    second = post(receiver, VECTOR_BODY, VECTOR_SIGNATURE)
    assert (first.status_code, second.status_code) == (200, 200)
    assert second.json()["outcome"] == "duplicate"
    _, events = voucher_and_events(engine, voucher_id)
    assert [(e.kind, e.to_status) for e in events].count(("move", "paid")) == 1
    assert [r.outcome for r in notifications(engine)] == ["applied", "duplicate"]


def test_an_unknown_cip_is_200_and_recorded(receiver: WebhookServer, engine: Engine) -> None:
    body = paid_body(cip=7654321)
    answer = post(receiver, body, sign(body))
    assert answer.status_code == 200 and answer.json()["outcome"] == "unknown_cip"
    (row,) = notifications(engine)
    assert (row.outcome, row.cip, row.voucher_id) == ("unknown_cip", 7654321, None)


def test_an_amount_mismatch_is_a_discrepancy_not_a_payment(
    receiver: WebhookServer, engine: Engine
) -> None:
    voucher_id = seed_voucher(engine)
    body = paid_body(amount="15.00")
    answer = post(receiver, body, sign(body))
    assert answer.status_code == 200 and answer.json()["outcome"] == "discrepancy"
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "pending" and events[-1].kind == "discrepancy"


def test_an_expired_voucher_is_paid_late(receiver: WebhookServer, engine: Engine) -> None:
    voucher_id = seed_voucher(engine, status=VoucherStatus.EXPIRED)
    answer = post(receiver, VECTOR_BODY, VECTOR_SIGNATURE)
    assert answer.status_code == 200 and answer.json()["outcome"] == "late"
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and events[-1].reason == "late"


def test_other_events_are_200_and_unconfirmed(receiver: WebhookServer, engine: Engine) -> None:
    voucher_id = seed_voucher(engine)
    body = paid_body(event="cip.expired")
    answer = post(receiver, body, sign(body))
    assert answer.status_code == 200 and answer.json()["outcome"] == "unconfirmed"
    assert voucher_and_events(engine, voucher_id)[0].status == "pending"


def test_malformed_json_after_a_valid_signature_is_400_and_recorded(
    receiver: WebhookServer, engine: Engine
) -> None:
    body = b'{"eventType": "cip.paid", "data": '
    answer = post(receiver, body, sign(body))
    assert answer.status_code == 400 and answer.json() == {"error": "malformed_notification"}
    (row,) = notifications(engine)
    assert (row.outcome, row.signature_ok, row.body_excerpt) == ("malformed", True, body.decode())


def test_an_oversized_body_is_413_and_recorded(receiver: WebhookServer, engine: Engine) -> None:
    body = b"{" + b" " * MAX_BODY + b"}"
    answer = post(receiver, body, sign(body))
    assert answer.status_code == 413
    (row,) = notifications(engine)
    assert row.outcome == "too_large" and row.body_size > MAX_BODY and len(row.body_excerpt) <= 2000


REFUSED = {
    Outcome.BAD_SIGNATURE: (401, "invalid_signature"),
    Outcome.MALFORMED: (400, "malformed_notification"),
    Outcome.TOO_LARGE: (413, "body_too_large"),
}


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_outcome_is_answered_with_the_status_of_the_table(
    receiver: WebhookServer, monkeypatch: pytest.MonkeyPatch, outcome: Outcome
) -> None:
    def receive(*args: object, **kwargs: object) -> IntakeResult:
        return IntakeResult(outcome, None)

    monkeypatch.setattr(WebhookIntake, "receive", receive)
    answer = post(receiver, VECTOR_BODY, VECTOR_SIGNATURE)
    assert answer.status_code == outcome.http_status
    if outcome in REFUSED:
        status, error = REFUSED[outcome]
        assert (answer.status_code, answer.json()) == (status, {"error": error})
    else:
        body = {"status": "received", "outcome": outcome.value}
        assert (answer.status_code, answer.json()) == (200, body)


def test_only_post_is_served_on_the_notification_path(receiver: WebhookServer) -> None:
    assert httpx.get(receiver.notification_url).status_code == 405
    assert httpx.post(receiver.base_url + "/other", content=b"{}").status_code == 404


def test_health_answers_ok_when_the_database_answers(receiver: WebhookServer) -> None:
    answer = httpx.get(receiver.health_url)
    assert answer.status_code == 200
    assert answer.json() == {
        "service": "pagodesk-receiver",
        "profile": "demo",
        "status": "ok",
        "database": "ok",
        "last_notification": None,
    }


def test_health_is_503_when_the_database_is_not_usable(tmp_path: Path) -> None:
    unmigrated = make_engine(sqlite_url(tmp_path / "empty.sqlite3"))
    try:
        with WebhookServer(unmigrated, "demo", SECRET, clock=clock) as server:
            answer = httpx.get(server.health_url)
            assert answer.status_code == 503
            assert answer.json() == {
                "service": "pagodesk-receiver",
                "profile": "demo",
                "status": "error",
                "database": "error",
                "last_notification": None,
            }
            failed = post(server, VECTOR_BODY, VECTOR_SIGNATURE)
            assert failed.status_code == 500  # PagoEfectivo retries once
    finally:
        unmigrated.dispose()


def test_the_secret_is_never_stored_nor_logged(
    receiver: WebhookServer, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seed_voucher(engine)
    post(receiver, VECTOR_BODY, VECTOR_SIGNATURE)
    post(receiver, VECTOR_BODY, "0" * 64)
    post(receiver, b"not json", sign(b"not json"))
    post(receiver, paid_body(cip=5), sign(paid_body(cip=5)))
    stored = every_stored_text(engine)
    assert len(notifications(engine)) == 4
    assert "TestSecretKey" not in stored and SECRET not in stored
    assert caplog.records and "TestSecretKey" not in caplog.text
    assert "TestSecretKey" not in repr(receiver)


def test_a_flood_of_unsigned_posts_costs_bounded_space_and_signed_ones_are_all_kept(
    receiver: WebhookServer, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """2,000 unsigned 60 KB posts used to add 7.9 MB of log rows; now a few per minute are
    kept (their beginning only) and the rest counted, while every signed one is kept whole."""
    caplog.set_level(logging.WARNING)
    junk = b"x" * (60 * 1024)
    with httpx.Client(timeout=5) as http:
        for _ in range(60):
            answer = http.post(receiver.notification_url, content=junk)
            assert answer.status_code == 401  # every answer stands
    seed_voucher(engine)
    assert post(receiver, VECTOR_BODY, VECTOR_SIGNATURE).status_code == 200
    rows = notifications(engine)
    refused = [r for r in rows if r.outcome == "bad_signature"]
    assert len(refused) == 5 and all(len(r.body_excerpt) <= 300 for r in refused)
    (applied,) = [r for r in rows if r.outcome == "applied"]
    assert applied.body_excerpt == VECTOR_BODY.decode()  # a real notification is whole


def test_the_budget_says_how_many_it_only_counted_once_the_minute_is_over() -> None:
    from desktop.services.refusals import RefusalBudget

    now = [0.0]
    budget = RefusalBudget(per_minute=2, ticker=lambda: now[0])
    assert [budget.take() for _ in range(5)] == [(True, 0), (True, 0)] + [(False, 0)] * 3
    assert budget.counted() == 3
    now[0] = 61.0
    assert budget.take() == (True, 3) and budget.counted() == 0


def test_a_client_that_leaves_mid_body_is_one_line_a_minute_not_a_traceback(
    receiver: WebhookServer, caplog: pytest.LogCaptureFixture
) -> None:
    import socket
    import time

    caplog.set_level(logging.WARNING)
    host, port = receiver.notification_url.split("//")[1].split("/")[0].split(":")
    for _ in range(3):
        with socket.create_connection((host, int(port))) as raw:
            raw.sendall(
                b"POST /pagoefectivo/notificaciones HTTP/1.1\r\nHost: x\r\n"
                b'Content-Length: 5000\r\nContent-Type: application/json\r\n\r\n{"cip":'
            )
    deadline = time.monotonic() + 10
    while receiver.cut_short.counted() < 2:  # all three handled: one said, two counted
        assert time.monotonic() < deadline, caplog.text
        time.sleep(0.02)
    assert caplog.text.count("left before sending its whole body") == 1
    assert "Traceback" not in caplog.text and "Exception in ASGI" not in caplog.text
