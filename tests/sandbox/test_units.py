"""Pure pieces of the sandbox: test vectors, JSON without floats, binding, fault parsing."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.limatime import parse_api_datetime
from desktop.sandbox import SandboxConfig, hash_string, paid_body, sign
from desktop.sandbox.faults import FaultRegistry, make_fault, parse_header
from desktop.sandbox.jsonio import api_amount, dumps, loads
from desktop.sandbox.pages import spanish_deadline
from desktop.sandbox.validation import CREATE_FIELDS, bind, parse_cip, validate_create
from tests.sandbox.conftest import ACCESS_KEY, SECRET, START

WEBHOOK_VECTOR = "266f68e128b1c2eba60c8f576f3cba65a0e172022c28ed45ba5e14d4a6da384e"
AUTH_VECTOR = "bfcde24fc72fdcbb090afff391d0ebceeefcadd21cc36dda7b86cee00158182d"


def test_auth_hash_test_vector() -> None:
    assert hash_string(1234, ACCESS_KEY, SECRET, "2024-05-10T09:30:00-05:00") == AUTH_VECTOR


def test_webhook_test_vector() -> None:
    body = paid_body(
        cip=2523136,
        currency="PEN",
        amount=Decimal("150"),
        payment_date="2024-05-10T10:15:20-05:00",
        transaction_code="ORD-1001",
        operation_number="123456",
    )
    assert body == (
        b'{"eventType":"cip.paid","operationNumber":"123456","data":{"cip":"2523136",'
        b'"currency":"PEN","amount":150.00,"paymentDate":"2024-05-10T10:15:20-05:00",'
        b'"transactionCode":"ORD-1001"}}'
    )
    assert sign(body, SECRET) == WEBHOOK_VECTOR
    independent = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert independent == WEBHOOK_VECTOR


def test_paid_body_formats_a_datetime_in_lima_time() -> None:
    body = json.loads(
        paid_body(
            cip=1,
            currency="USD",
            amount=Decimal("2.5"),
            payment_date=START + timedelta(minutes=45, seconds=20),
            transaction_code="X",
            operation_number="9",
        )
    )
    assert body["data"]["paymentDate"] == "2024-05-10T10:15:20-05:00"


def test_json_keeps_decimals_exact() -> None:
    parsed = loads(b'{"amount": 160.35, "n": 7}')
    assert parsed == {"amount": Decimal("160.35"), "n": 7}
    assert dumps({"a": Decimal("150.00"), "b": [1, "x", None, True]}) == (
        '{"a":150.00,"b":[1,"x",null,true]}'
    )
    with pytest.raises(TypeError):
        dumps({"a": 1.5})
    assert [dumps(api_amount(Decimal(t))) for t in ("25.00", "1.00", "160.35", "100")] == [
        "25",
        "1",
        "160.35",
        "100",
    ]


@given(st.integers(min_value=1, max_value=10**18 - 1))
def test_api_amount_round_trips_every_cent_value(cents: int) -> None:
    amount = Decimal(cents) / 100
    assert loads(dumps(api_amount(amount))) == amount


@given(st.lists(st.booleans(), min_size=len(CREATE_FIELDS) * 20, max_size=len(CREATE_FIELDS) * 20))
def test_binding_accepts_any_key_casing(flips: list[bool]) -> None:
    it = iter(flips)
    body = {
        "".join(c.upper() if next(it) else c.lower() for c in name): f"value-{name}"
        for name in CREATE_FIELDS
    }
    assert bind(body, CREATE_FIELDS) == {name: f"value-{name}" for name in CREATE_FIELDS}


def test_binding_prefers_the_exact_camel_case_key() -> None:
    assert bind({"Amount": 1, "amount": 2, "AMOUNT": 3}, ["amount"]) == {"amount": 2}
    assert bind([1], ["amount"]) is None


def test_parse_cip() -> None:
    assert parse_cip(2600001) == parse_cip("2600001") == parse_cip(" 2600001 ") == 2600001
    assert parse_cip(Decimal("12.0")) == 12
    for bad in (True, 0, -1, "abc", "1.5", None, 10**14, {"cip": 1}):
        assert parse_cip(bad) is None


def test_net_min_date_means_default_expiry() -> None:
    request, errors = validate_create(
        {
            "currency": "PEN",
            "amount": 1,
            "transactionCode": "A",
            "userEmail": "a@b.pe",
            "dateExpiry": "0001-01-01T00:00:00+00:00",
        },
        START,
    )
    assert errors == [] and request is not None and request.date_expiry is None


def test_fault_header_and_registry() -> None:
    faults = parse_header("latency=300, drop,error=503")
    assert [(f.kind, f.value) for f in faults] == [("latency", 300), ("drop", None), ("error", 503)]
    assert parse_header("delay-after")[0].value == 2000
    for bad in ("boom", "error=404", "latency=abc", "drop=3"):
        with pytest.raises(ValueError):
            parse_header(bad)
    registry = FaultRegistry()
    registry.add("malformed", count=2, method="post", path="/v1/cips")
    registry.add("latency", count=None, path="/v1/cips/*", ms=10)
    assert registry.take("GET", "/v1/cips") == []
    assert [f.kind for f in registry.take("POST", "/v1/cips")] == ["malformed"]
    assert [f.kind for f in registry.take("POST", "/v1/cips")] == ["malformed"]
    assert registry.take("POST", "/v1/cips") == []
    assert [f.kind for f in registry.take("PATCH", "/v1/cips/12")] == ["latency"]
    assert len(registry.pending()) == 1
    with pytest.raises(ValueError):
        make_fault("drop", count=0)


def test_spanish_deadline() -> None:
    moment = parse_api_datetime("2024-05-10T22:05:00-05:00")
    assert moment is not None
    assert spanish_deadline(moment) == "viernes 10/05/2024 - 10:05 p. m."
    assert spanish_deadline(START) == "viernes 10/05/2024 - 09:30 a. m."


def test_config_json_round_trip() -> None:
    config = SandboxConfig(
        service_id=19844, max_amount=Decimal("500.50"), token_ttl=timedelta(minutes=5)
    )
    assert SandboxConfig.from_json(json.loads(json.dumps(config.to_json()))) == config
