"""Webhook intake over a real store (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.status import VoucherStatus
from desktop.services.webhook_intake import Outcome, WebhookIntake
from desktop.store.engine import open_store
from desktop.store.vouchers import verify_chain
from tests.store.conftest import ENGINES, fresh_database_url
from tests.webhook.helpers import (
    NOW,
    PROFILE,
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


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    for url in fresh_database_url(request.param, tmp_path):
        store = open_store(url)
        yield store
        store.dispose()


@pytest.fixture
def intake(engine: Engine) -> WebhookIntake:
    return WebhookIntake(engine, PROFILE, SECRET, clock=clock)


def moves(engine: Engine, voucher_id: int) -> list[tuple[str, str | None, str]]:
    _, events = voucher_and_events(engine, voucher_id)
    return [(e.kind, e.to_status, e.source) for e in events]


def test_the_doc_test_vector_pays_the_voucher_with_a_chained_webhook_event(
    engine: Engine, intake: WebhookIntake
) -> None:
    assert sign(VECTOR_BODY) == VECTOR_SIGNATURE  # the vector itself, independently
    voucher_id = seed_voucher(engine)
    result = intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, "203.0.113.7")
    assert (result.outcome, result.http_status, result.voucher_id) == (
        Outcome.APPLIED,
        200,
        voucher_id,
    )
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and voucher.operation_number == "123456"
    assert voucher.paid_at == VECTOR_PAID_AT
    last = events[-1]
    assert (last.kind, last.from_status, last.to_status) == ("move", "pending", "paid")
    assert (last.source, last.actor, last.created_at) == ("webhook", "PagoEfectivo", NOW)
    assert last.evidence == VECTOR_BODY.decode()
    with Session(engine) as session:
        assert verify_chain(session, voucher) is None
    (row,) = notifications(engine)
    assert (row.outcome, row.http_status, row.signature_ok) == ("applied", 200, True)
    assert (row.cip, row.operation_number, row.event_type) == (2523136, "123456", "cip.paid")
    assert row.remote_address == "203.0.113.7" and row.received_at == NOW
    assert row.body_excerpt == VECTOR_BODY.decode() and row.body_size == len(VECTOR_BODY)
    assert row.voucher_id == voucher_id and row.id == result.notification_id


def test_a_repeat_answers_200_and_changes_nothing(engine: Engine, intake: WebhookIntake) -> None:
    voucher_id = seed_voucher(engine)
    assert intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, None).outcome is Outcome.APPLIED
    before = voucher_and_events(engine, voucher_id)
    again = intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, None)
    assert (again.outcome, again.http_status, again.voucher_id) == (
        Outcome.DUPLICATE,
        200,
        voucher_id,
    )
    after = voucher_and_events(engine, voucher_id)
    assert after[0].version == before[0].version
    assert [e.id for e in after[1]] == [e.id for e in before[1]]
    assert [r.outcome for r in notifications(engine)] == ["applied", "duplicate"]


@pytest.mark.parametrize("signature", [None, "", "0" * 64, VECTOR_SIGNATURE.upper()[:-1] + "0"])
def test_a_bad_or_missing_signature_is_refused_recorded_and_changes_nothing(
    engine: Engine, intake: WebhookIntake, signature: str | None
) -> None:
    voucher_id = seed_voucher(engine)
    result = intake.receive(VECTOR_BODY, signature, "198.51.100.9")
    assert (result.outcome, result.http_status) == (Outcome.BAD_SIGNATURE, 401)
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "pending" and len(events) == 2
    (row,) = notifications(engine)
    assert (row.outcome, row.http_status, row.signature_ok) == ("bad_signature", 401, False)
    assert row.cip is None and row.dedupe_key is None and row.remote_address == "198.51.100.9"
    # A forged body signed with another key is no better.
    forged = intake.receive(VECTOR_BODY, sign(VECTOR_BODY, "another-secret"), None)
    assert forged.outcome is Outcome.BAD_SIGNATURE


def test_the_signature_is_checked_on_the_raw_bytes(engine: Engine, intake: WebhookIntake) -> None:
    seed_voucher(engine)
    spaced = VECTOR_BODY.replace(b'"amount":150.00', b'"amount": 150.00')
    assert intake.receive(spaced, VECTOR_SIGNATURE, None).outcome is Outcome.BAD_SIGNATURE
    assert intake.receive(spaced, sign(spaced), None).outcome is Outcome.APPLIED


def test_an_unknown_cip_is_recorded_and_answered_200(engine: Engine, intake: WebhookIntake) -> None:
    body = paid_body(cip=9999999)
    result = intake.receive(body, sign(body), None)
    assert (result.outcome, result.http_status, result.voucher_id) == (
        Outcome.UNKNOWN_CIP,
        200,
        None,
    )
    assert intake.receive(body, sign(body), None).outcome is Outcome.DUPLICATE
    rows = notifications(engine)
    assert [(r.outcome, r.cip) for r in rows] == [("unknown_cip", 9999999), ("duplicate", 9999999)]
    assert rows[0].detail == "transactionCode ORD-1001"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (paid_body(amount="140.00"), "amount_differs: notified S/ 140.00, voucher S/ 150.00"),
        (paid_body(currency="USD"), "currency_differs: notified US$ 150.00, voucher S/ 150.00"),
        (paid_body(code="ORD-9"), "transaction_code_differs: notified ORD-9, voucher ORD-1001"),
    ],
)
def test_a_payment_that_is_not_the_vouchers_is_a_discrepancy(
    engine: Engine, intake: WebhookIntake, body: bytes, reason: str
) -> None:
    voucher_id = seed_voucher(engine)
    result = intake.receive(body, sign(body), None)
    assert (result.outcome, result.http_status, result.detail) == (
        Outcome.DISCREPANCY,
        200,
        reason,
    )
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "pending" and voucher.paid_at is None
    last = events[-1]
    assert (last.kind, last.to_status, last.source, last.reason) == (
        "discrepancy",
        "paid",
        "webhook",
        reason,
    )
    assert last.evidence == body.decode()
    (row,) = notifications(engine)
    assert (row.outcome, row.detail, row.voucher_id) == ("discrepancy", reason, voucher_id)


def test_amounts_are_compared_as_money_not_text(engine: Engine, intake: WebhookIntake) -> None:
    seed_voucher(engine)
    body = paid_body(amount="150")
    assert intake.receive(body, sign(body), None).outcome is Outcome.APPLIED


def test_an_amount_that_is_not_whole_cents_never_passes_for_the_nearest_one(
    engine: Engine, intake: WebhookIntake
) -> None:
    voucher_id = seed_voucher(engine, amount_cents=15001)  # S/ 150.01
    body = paid_body(amount="150.005")  # would round half up to 150.01
    result = intake.receive(body, sign(body), None)
    assert result.outcome is Outcome.DISCREPANCY
    assert voucher_and_events(engine, voucher_id)[0].status == "pending"


def test_an_expired_voucher_paid_is_a_late_payment(engine: Engine, intake: WebhookIntake) -> None:
    voucher_id = seed_voucher(engine, status=VoucherStatus.EXPIRED)
    result = intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, None)
    assert (result.outcome, result.http_status) == (Outcome.LATE, 200)
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and voucher.operation_number == "123456"
    last = events[-1]
    assert (last.from_status, last.to_status, last.source, last.reason) == (
        "expired",
        "paid",
        "webhook",
        "late",
    )
    assert notifications(engine)[0].outcome == "late"


def test_paid_again_with_another_operation_is_a_discrepancy(
    engine: Engine, intake: WebhookIntake
) -> None:
    voucher_id = seed_voucher(engine)
    assert intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, None).outcome is Outcome.APPLIED
    other = paid_body(operation="654321")
    result = intake.receive(other, sign(other), None)
    assert (result.outcome, result.http_status) == (Outcome.DISCREPANCY, 200)
    assert result.detail == "operation_differs: notified 654321, voucher 123456"
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.operation_number == "123456" and events[-1].kind == "discrepancy"
    assert [k for k, _, _ in moves(engine, voucher_id)].count("move") == 2  # pending, paid


def test_a_voucher_paid_by_polling_learns_the_operation_number_from_the_notification(
    engine: Engine, intake: WebhookIntake
) -> None:
    voucher_id = seed_voucher(engine, status=VoucherStatus.PAID, operation=None)
    before = voucher_and_events(engine, voucher_id)
    result = intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, None)
    assert (result.outcome, result.http_status) == (Outcome.ALREADY_PAID, 200)
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "paid" and voucher.operation_number == "123456"
    assert len(events) == len(before[1]) + 1  # no move: one chained note
    assert (events[-1].kind, events[-1].reason, events[-1].source) == (
        "note",
        "operation_learned",
        "webhook",
    )
    again = intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, None)  # a repeat changes nothing
    assert again.outcome is Outcome.DUPLICATE
    assert voucher_and_events(engine, voucher_id)[0].version == voucher.version


def test_a_payment_of_an_annulled_voucher_is_a_discrepancy(
    engine: Engine, intake: WebhookIntake
) -> None:
    voucher_id = seed_voucher(engine, status=VoucherStatus.ANNULLED)
    result = intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, None)
    assert (result.outcome, result.http_status, result.detail) == (
        Outcome.DISCREPANCY,
        200,
        "paid_after_annulment",
    )
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "annulled"
    assert (events[-1].kind, events[-1].reason) == ("discrepancy", "paid_after_annulment")


@pytest.mark.parametrize(
    "body",
    [
        paid_body(event="cip.expired"),
        b'{"eventType":"cip.refunded","operationNumber":"1","data":{"cip":2523136}}',
        b'{"eventType":"something.new"}',
        b'{"eventType":"odd\\u0000type","operationNumber":"7","data":{"cip":"2523136"}}',
    ],
)
def test_other_event_types_are_recorded_as_unconfirmed(
    engine: Engine, intake: WebhookIntake, body: bytes
) -> None:
    voucher_id = seed_voucher(engine)
    result = intake.receive(body, sign(body), None)
    assert (result.outcome, result.http_status) == (Outcome.UNCONFIRMED, 200)
    voucher, events = voucher_and_events(engine, voucher_id)
    assert voucher.status == "pending" and len(events) == 2
    (row,) = notifications(engine)
    assert row.outcome == "unconfirmed" and row.signature_ok
    if b'"cip"' in body:
        assert row.voucher_id == voucher_id and row.cip == 2523136


@pytest.mark.parametrize(
    "body",
    [
        b'{"eventType":"cip.paid",',
        b"[1, 2]",
        b'{"operationNumber":"1"}',
        b'{"eventType":"cip.paid","operationNumber":"1","data":{"currency":"PEN"}}',
        paid_body(currency="EUR"),
        paid_body(cip="12345678901234567890"),
        paid_body(operation="1" * 21),
        paid_body().replace(b'"2024-05-10T10:15:20-05:00"', b"20240510"),
        b"\xff\xfe not utf-8",
    ],
)
def test_a_signed_but_unreadable_body_is_400_and_recorded(
    engine: Engine, intake: WebhookIntake, body: bytes
) -> None:
    voucher_id = seed_voucher(engine)
    result = intake.receive(body, sign(body), None)
    assert (result.outcome, result.http_status) == (Outcome.MALFORMED, 400)
    assert voucher_and_events(engine, voucher_id)[0].status == "pending"
    (row,) = notifications(engine)
    assert (row.outcome, row.signature_ok, row.http_status) == ("malformed", True, 400)
    assert row.detail


@pytest.mark.parametrize(
    "body, outcome",
    [(VECTOR_BODY, Outcome.APPLIED), (paid_body(event="cip.expired"), Outcome.UNCONFIRMED)],
)
def test_a_notification_body_is_parsed_once(
    engine: Engine,
    intake: WebhookIntake,
    monkeypatch: pytest.MonkeyPatch,
    body: bytes,
    outcome: Outcome,
) -> None:
    seed_voucher(engine)
    real_loads = json.loads
    parsed: list[object] = []

    def counting_loads(text: str | bytes, *args: Any, **kwargs: Any) -> Any:
        parsed.append(text)
        return real_loads(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counting_loads)
    assert intake.receive(body, sign(body), None).outcome is outcome
    assert [text for text in parsed if text in (body, body.decode())] == [body]


def test_twin_notifications_at_the_same_time_apply_once(
    engine: Engine, intake: WebhookIntake
) -> None:
    voucher_id = seed_voucher(engine)
    start = threading.Barrier(4)
    outcomes: list[Outcome] = []

    def deliver() -> None:
        start.wait()
        outcomes.append(intake.receive(VECTOR_BODY, VECTOR_SIGNATURE, None).outcome)

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == sorted([Outcome.APPLIED] + [Outcome.DUPLICATE] * 3)
    assert moves(engine, voucher_id).count(("move", "paid", "webhook")) == 1
    assert sorted(r.outcome for r in notifications(engine)) == ["applied"] + ["duplicate"] * 3


def test_the_secret_is_never_stored_nor_logged(
    engine: Engine, intake: WebhookIntake, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seed_voucher(engine)
    seed_voucher(engine, cip=2523137, code="ORD-1002", status=VoucherStatus.EXPIRED)
    bodies = [
        (VECTOR_BODY, VECTOR_SIGNATURE),
        (VECTOR_BODY, "bad"),
        (VECTOR_BODY, None),
        (paid_body(cip=2523137, code="ORD-1002"), None),
        (paid_body(amount="1.00"), None),
        (b"{", None),
        (paid_body(cip=1), None),
        (paid_body(event="cip.refunded"), None),
    ]
    for body, signature in bodies:
        intake.receive(body, signature if signature is not None else sign(body), "127.0.0.1")
    stored = every_stored_text(engine)
    assert SECRET not in stored and "TestSecretKey" not in stored
    assert len(notifications(engine)) == len(bodies)
    assert caplog.records and SECRET not in caplog.text and "TestSecretKey" not in caplog.text
    assert "TestSecretKey" not in repr(intake)


def test_the_intake_needs_a_secret(engine: Engine) -> None:
    with pytest.raises(ValueError):
        WebhookIntake(engine, PROFILE, "")


def test_the_database_check(engine: Engine, intake: WebhookIntake) -> None:
    assert intake.database_ok()
    engine.dispose()
    assert intake.database_ok()  # reconnects
