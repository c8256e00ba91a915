"""The client's pure parts: the doc's test vectors, tolerant parsing, redaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.limatime import parse_api_datetime
from desktop.domain.money import Money
from desktop.pagoefectivo import (
    Credentials,
    OtherEvent,
    PaymentNotification,
    Redactor,
    date_request,
    hash_string,
    parse_notification,
    sign_body,
    verify_signature,
)
from desktop.pagoefectivo.errors import format_skew
from desktop.pagoefectivo.wire import dumps, read_amount, read_cip, read_code

TEST_SECRET = "TestSecretKey/0123456789+abcdefghijklmno"
WEBHOOK_BODY = (
    b'{"eventType":"cip.paid","operationNumber":"123456","data":{"cip":"2523136",'
    b'"currency":"PEN","amount":150.00,"paymentDate":"2024-05-10T10:15:20-05:00",'
    b'"transactionCode":"ORD-1001"}}'
)
WEBHOOK_SIGNATURE = "266f68e128b1c2eba60c8f576f3cba65a0e172022c28ed45ba5e14d4a6da384e"


def test_hash_string_matches_the_doc_test_vector() -> None:
    assert (
        hash_string(1234, "TESTACCESSKEY0000001", TEST_SECRET, "2024-05-10T09:30:00-05:00")
        == "bfcde24fc72fdcbb090afff391d0ebceeefcadd21cc36dda7b86cee00158182d"
    )


def test_date_request_is_lima_time_with_offset() -> None:
    assert date_request(datetime(2024, 5, 10, 14, 30, 0, 987, tzinfo=UTC)) == (
        "2024-05-10T09:30:00-05:00"
    )
    with pytest.raises(ValueError):
        date_request(datetime(2024, 5, 10, 14, 30))


def test_webhook_signature_matches_the_doc_test_vector() -> None:
    assert sign_body(WEBHOOK_BODY, TEST_SECRET) == WEBHOOK_SIGNATURE
    assert verify_signature(WEBHOOK_BODY, WEBHOOK_SIGNATURE, TEST_SECRET)
    assert verify_signature(WEBHOOK_BODY, WEBHOOK_SIGNATURE.upper(), TEST_SECRET)


@pytest.mark.parametrize(
    "body, header, secret",
    [
        (WEBHOOK_BODY, None, TEST_SECRET),
        (WEBHOOK_BODY, "", TEST_SECRET),
        (WEBHOOK_BODY, WEBHOOK_SIGNATURE, "another secret"),
        (WEBHOOK_BODY.replace(b"150.00", b"150.0"), WEBHOOK_SIGNATURE, TEST_SECRET),
        (WEBHOOK_BODY.replace(b'":"', b'": "'), WEBHOOK_SIGNATURE, TEST_SECRET),
        (WEBHOOK_BODY, WEBHOOK_SIGNATURE[:-1], TEST_SECRET),
        (WEBHOOK_BODY, "zz\u00f1" * 20, TEST_SECRET),
    ],
)
def test_signature_refuses_any_change(body: bytes, header: str | None, secret: str) -> None:
    assert not verify_signature(body, header, secret)


def test_parse_notification_reads_the_documented_body() -> None:
    note = parse_notification(WEBHOOK_BODY)
    assert isinstance(note, PaymentNotification) and note.event_type == "cip.paid"
    assert (note.cip, note.operation_number, note.transaction_code) == (
        2523136,
        "123456",
        "ORD-1001",
    )
    assert note.amount == Decimal("150.00") and note.currency == "PEN"
    assert note.payment_date == datetime(2024, 5, 10, 15, 15, 20, tzinfo=UTC)


def test_parse_notification_tolerates_integer_cip_and_missing_optional_fields() -> None:
    note = parse_notification(
        b'{"eventType":"cip.paid","operationNumber":"1","data":{"cip":11546901,'
        b'"currency":"USD","amount":22.05}}'
    )
    assert isinstance(note, PaymentNotification)
    assert (note.cip, note.payment_date, note.transaction_code) == (11546901, None, None)
    assert note.money == Money.of(Decimal("22.05"), "USD")
    with pytest.raises(ValueError):
        parse_notification(b"not json")
    with pytest.raises(ValueError):
        parse_notification(b'{"eventType":"cip.paid"}')


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            b'{"eventType":"cip.expired","operationNumber":"1","data":{"cip":11546901,'
            b'"currency":"USD","amount":22.05}}',
            OtherEvent("cip.expired", 11546901, "1"),
        ),
        (b'{"eventType":"something.new"}', OtherEvent("something.new", None, None)),
        (
            b'{"eventType":"cip.refunded","data":{"cip":"123456789012345"}}',
            OtherEvent("cip.refunded", None, None),
        ),
    ],
)
def test_other_events_keep_their_readable_parts(body: bytes, expected: OtherEvent) -> None:
    assert parse_notification(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        b"[1, 2]",
        b'{"eventType":"  "}',
        b'{"eventType":"cip.paid","data":{"cip":0,"currency":"PEN","amount":1}}',
        b'{"eventType":"cip.paid","data":{"cip":123456789012345,"currency":"PEN","amount":1}}',
        b'{"eventType":"cip.paid","data":{"cip":1,"currency":"PEN","amount":1e999999}}',
        b'{"eventType":"x","operationNumber":"123456789012345678901"}',
        b'{"eventType":"cip.paid","operationNumber":"1\\n2","data":{"cip":1,"currency":"PEN",'
        b'"amount":1}}',
        b"[" * 100_000,
        b'{"eventType":"cip.paid","data":{"cip":1,"currency":"PEN","amount":1,"paymentDate":1}}',
    ],
)
def test_parse_notification_refuses_out_of_range_and_unreadable_bodies(body: bytes) -> None:
    with pytest.raises(ValueError):
        parse_notification(body)


def test_codes_cips_amounts_and_dates_are_read_tolerantly() -> None:
    assert read_code(100) == read_code("100") == "100"
    assert read_cip(2523136) == read_cip("2523136") == 2523136
    assert read_amount(25) == Decimal("25.00")
    assert read_amount(Decimal("160.35")) == Decimal("160.35")
    assert read_amount("10.5") == Decimal("10.50")
    assert parse_api_datetime("1900-01-01T00:00:00-05:00") is None
    assert parse_api_datetime("0001-01-01T00:00:00+00:00") is None
    assert parse_api_datetime("2020-12-31 23:59:59-05:00") == datetime(
        2021, 1, 1, 4, 59, 59, tzinfo=UTC
    )
    for bad in (None, True, "abc", 1.5):
        with pytest.raises(ValueError):
            read_cip(bad)
    with pytest.raises(ValueError):
        read_amount(1.5)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999999999999.99"), places=2))
def test_amounts_go_on_the_wire_with_two_decimals(amount: Decimal) -> None:
    text = dumps({"amount": amount})
    assert text == '{"amount":' + format(amount, "f") + "}"
    assert read_amount(Decimal(text.split(":")[1][:-1])) == amount


def test_dumps_refuses_floats_and_keeps_unicode() -> None:
    with pytest.raises(TypeError):
        dumps({"amount": 1.5})
    assert dumps({"userName": "Núñez", "n": None, "ok": True}) == (
        '{"userName":"Núñez","n":null,"ok":true}'
    )


def test_redactor_removes_keys_tokens_hashes_and_known_secrets() -> None:
    creds = Credentials(1234, "TESTACCESSKEY0000001", TEST_SECRET)
    assert "TESTACCESS" not in repr(creds) and TEST_SECRET not in repr(creds)
    redact = Redactor(creds.secrets())
    text = redact(
        '{"accessKey":"TESTACCESSKEY0000001","hashString":"abc123","token":"eyJ.x.y",'
        f'"note":"secret is {TEST_SECRET}"}} Authorization: Bearer eyJ.x.y'
    )
    for leaked in ("TESTACCESSKEY0000001", "abc123", "eyJ.x.y", TEST_SECRET):
        assert leaked not in text
    assert '"accessKey":"***"' in text


def test_format_skew() -> None:
    assert format_skew(timedelta(minutes=7, seconds=5)) == "+7 min 5 s"
    assert format_skew(timedelta(hours=-1, minutes=-2)) == "-1 h 2 min"
    assert format_skew(timedelta(0)) == "+0 s"
