"""The client's whole surface against the sandbox, over real HTTP on loopback."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import httpx
import pytest

from desktop.domain.limatime import LIMA, utc_now
from desktop.domain.money import Currency
from desktop.pagoefectivo import (
    ApiRefused,
    CipRequest,
    CipStatus,
    Exchange,
    PagoEfectivoClient,
)
from desktop.sandbox import SandboxServer


def cip_request(code: str = "ORD-1", amount: str = "25.50", **extra: object) -> CipRequest:
    fields: dict[str, object] = {
        "currency": Currency.PEN,
        "amount": Decimal(amount),
        "transaction_code": code,
        "user_email": "cliente@example.pe",
        "date_expiry": utc_now() + timedelta(hours=48),
        "payment_concept": "Pedido de prueba",
        "user_name": "José",
        "user_last_name": "Núñez",
        "user_document_type": "DNI",
        "user_document_number": "12345678",
        "user_phone": "987654321",
        "user_code_country": "+51",
    }
    fields.update(extra)
    return CipRequest(**fields)  # type: ignore[arg-type]


def paths(exchanges: list[Exchange]) -> list[str]:
    return [f"{e.method} {e.path} {e.status}" for e in exchanges]


def test_create_returns_a_payable_cip_with_decimal_amount_and_lima_expiry(
    client: PagoEfectivoClient, sandbox: SandboxServer
) -> None:
    deadline = (utc_now() + timedelta(hours=48)).replace(microsecond=0)
    created = client.create_cip(cip_request(amount="1500.10", date_expiry=deadline))
    assert created.cip > 0 and created.amount == Decimal("1500.10")
    assert created.currency is Currency.PEN and created.transaction_code == "ORD-1"
    assert created.date_expiry == deadline
    assert created.date_expiry is not None and created.date_expiry.utcoffset() == timedelta(
        hours=-5
    )
    assert created.cip_url.startswith(sandbox.base_url) and created.cip_url.endswith(".html")
    page = httpx.get(created.cip_url)
    assert page.status_code == 200 and str(created.cip) in page.text
    assert "1,500.10" in page.text


def test_one_token_serves_many_calls(client: PagoEfectivoClient, exchanges: list[Exchange]) -> None:
    first = client.create_cip(cip_request("A"))
    second = client.create_cip(cip_request("B"))
    client.search_cips([first.cip, second.cip])
    assert second.cip > first.cip
    assert [e.path for e in exchanges].count("/v1/authorizations") == 1


def test_search_in_batches_omits_unknown_and_reports_states(
    sandbox: SandboxServer, exchanges: list[Exchange]
) -> None:
    from tests.integration.conftest import TEST_CREDENTIALS

    with PagoEfectivoClient(
        sandbox.base_url, TEST_CREDENTIALS, log_sink=exchanges.append, search_batch_size=4
    ) as client:
        cips = [client.create_cip(cip_request(f"B-{i}")).cip for i in range(9)]
        sandbox.pay(cips[0], "778899")
        sandbox.expire(cips[1])
        exchanges.clear()
        found = client.search_cips([*cips, str(cips[2]), 99999999])
    assert [e.path for e in exchanges].count("/v1/cips/search") == 3  # 10 distinct, 4 a call
    by_cip = {info.cip: info for info in found}
    assert set(by_cip) == set(cips)
    assert by_cip[cips[0]].known_status is CipStatus.PAID
    assert by_cip[cips[0]].date_payment is not None
    assert by_cip[cips[1]].known_status is CipStatus.EXPIRED
    pending = by_cip[cips[2]]
    assert pending.known_status is CipStatus.GENERATED and pending.status_name == "Generado."
    assert pending.date_payment is None and pending.date_removal is None  # 1900 sentinel
    assert pending.amount == Decimal("25.50") and pending.transaction_code == "B-2"
    assert pending.date_creation is not None and pending.date_creation.tzinfo is not None
    assert (
        pending.token
        and pending.token in httpx.URL(f"{sandbox.base_url}/{pending.token}.html").path
    )


def test_extending_an_expired_cip_makes_it_payable_and_delete_annuls(
    client: PagoEfectivoClient, sandbox: SandboxServer
) -> None:
    created = client.create_cip(cip_request())
    cip = created.cip
    sandbox.expire(cip)
    new_deadline = (utc_now() + timedelta(days=3)).astimezone(LIMA).replace(microsecond=0)
    client.update_expiry(cip, new_deadline)
    (info,) = client.search_cips([cip])
    assert info.known_status is CipStatus.GENERATED and info.date_expiry == new_deadline
    assert client.search_cips([]) == []
    assert httpx.get(created.cip_url).status_code == 200
    client.delete_cip(cip)
    (info,) = client.search_cips([cip])
    assert info.known_status is CipStatus.DELETED and info.date_removal is not None
    assert httpx.get(created.cip_url).status_code == 404


def test_refusals_carry_code_and_field_errors(client: PagoEfectivoClient) -> None:
    with pytest.raises(ApiRefused) as refused:
        client.create_cip(cip_request(user_email="", payment_concept="x" * 51))
    assert refused.value.code == "111" and refused.value.http_status == 400
    fields = {e.field: e.code for e in refused.value.field_errors}
    assert fields.get("paymentConcept") == "113"
    assert fields.get("userEmail") in {"112", "113"}

    with pytest.raises(ApiRefused) as too_much:
        client.create_cip(cip_request(amount="30000.01"))
    assert too_much.value.code == "511"

    paid = client.create_cip(cip_request("P")).cip
    with pytest.raises(ApiRefused):
        client.update_expiry(99999999, utc_now() + timedelta(days=1))
    client.search_cips([paid])


def test_delete_is_refused_once_paid(client: PagoEfectivoClient, sandbox: SandboxServer) -> None:
    cip = client.create_cip(cip_request()).cip
    sandbox.pay(cip, "1")
    with pytest.raises(ApiRefused) as refused:
        client.delete_cip(cip)
    assert refused.value.code == "111"
    with pytest.raises(ApiRefused):
        client.update_expiry(cip, utc_now() + timedelta(days=1))


def test_english_messages_when_asked(sandbox: SandboxServer) -> None:
    from tests.integration.conftest import TEST_CREDENTIALS

    with PagoEfectivoClient(sandbox.base_url, TEST_CREDENTIALS, language="en-US") as client:
        with pytest.raises(ApiRefused) as refused:
            client.create_cip(cip_request(user_document_type="XYZ"))
    assert refused.value.message and "Solicitud" not in refused.value.message
