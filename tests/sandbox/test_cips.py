"""The CIP endpoints over real HTTP: create, validation, search, update, delete, the page."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import jwt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.limatime import parse_api_datetime
from desktop.sandbox.jsonio import dumps, loads
from tests.sandbox.conftest import START, Api, order_code

SENTINEL = "1900-01-01T00:00:00-05:00"


def test_create_with_camel_case(api: Api) -> None:
    code = order_code()
    response = api.create(
        amount=Decimal("1500.15"), transactionCode=code, dateExpiry="2024-05-11T10:00:00-05:00"
    )
    assert response.status_code == 201
    envelope = loads(response.content)
    assert envelope["code"] == 100 and envelope["message"] == "Solicitud exitosa."
    data = envelope["data"]
    assert list(data) == [
        "cip",
        "currency",
        "amount",
        "transactionCode",
        "dateExpiry",
        "cipUrl",
    ]
    assert isinstance(data["cip"], int) and data["cip"] >= 2_600_000
    assert data["amount"] == Decimal("1500.15")
    assert (data["currency"], data["transactionCode"]) == ("PEN", code)
    assert data["dateExpiry"] == "2024-05-11T10:00:00-05:00"
    guid = data["cipUrl"].removeprefix(api.server.base_url + "/").removesuffix(".html")
    assert len(guid) == 36 and guid == guid.upper()


def test_cips_increase(api: Api) -> None:
    first, second = api.new_cip()["cip"], api.new_cip()["cip"]
    assert second == first + 1


def test_create_with_pascal_case_nulls_string_amount_and_space_expiry(api: Api) -> None:
    content = (
        '{"Currency":"USD","Amount":"25.00","TransactionCode":"101","UserEmail":"a@b.pe",'
        '"DateExpiry":"2024-05-10 23:59:59-05:00","UserName":null,"UserPhone":null,'
        '"PaymentConcept":"","ServiceId":"1234"}'
    )
    response = api.post_raw("/v1/cips", content)
    assert response.status_code == 201, response.text
    assert '"amount":25,' in response.text
    assert response.json()["data"]["dateExpiry"] == "2024-05-10T23:59:59-05:00"


@pytest.mark.parametrize("expiry", [None, ..., "", "0001-01-01T00:00:00+00:00", SENTINEL])
def test_absent_or_sentinel_expiry_gets_the_default(api: Api, expiry: object) -> None:
    data = api.new_cip(dateExpiry=expiry)
    assert data["dateExpiry"] == "2024-05-10T13:30:00-05:00"  # START + 4 h


def test_missing_user_email_is_112(api: Api) -> None:
    response = api.create(userEmail=...)
    assert response.status_code == 400
    assert response.json() == {
        "code": "111",
        "message": "Solicitud con datos inválidos.",
        "data": [{"code": "112", "message": "Requerido.", "field": "userEmail"}],
    }


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"currency": "EUR"}, "currency"),
        ({"currency": 604}, "currency"),
        ({"transactionCode": "X" * 37}, "transactionCode"),
        ({"paymentConcept": "C" * 51}, "paymentConcept"),
        ({"userName": "N" * 31}, "userName"),
        ({"amount": "10.505"}, "amount"),
        ({"amount": Decimal("0.001")}, "amount"),
        ({"amount": 0}, "amount"),
        ({"amount": "-5"}, "amount"),
        ({"amount": "diez"}, "amount"),
        ({"amount": True}, "amount"),
        ({"amount": "1" * 17}, "amount"),
        ({"userDocumentType": "CE"}, "userDocumentType"),
        ({"userDocumentNumber": "12-345"}, "userDocumentNumber"),
        ({"userDocumentNumber": "A" * 15}, "userDocumentNumber"),
        ({"userEmail": "not-an-email"}, "userEmail"),
        ({"userUbigeo": "15011"}, "userUbigeo"),
        ({"dateExpiry": "mañana"}, "dateExpiry"),
        ({"dateExpiry": "2024-05-10T09:00:00-05:00"}, "dateExpiry"),
        ({"userPhone": "9" * 16}, "userPhone"),
        ({"userPhone": "987 654 321 anexo 2"}, "userPhone"),
        ({"userPhone": "+51 (01) 987-654-3210"}, "userPhone"),
        ({"userUbigeo": 1501150}, "userUbigeo"),
    ],
)
def test_invalid_values_are_113_naming_the_field(
    api: Api, overrides: dict[str, Any], field: str
) -> None:
    response = api.create(None, **overrides)
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "111"
    assert response.json()["data"] == [
        {"code": "113", "message": "Valor invalido.", "field": field}
    ]


def test_passport_numbers_with_letters_are_fine(api: Api) -> None:
    api.new_cip(userDocumentType="PAS", userDocumentNumber="AB1234567")


@pytest.mark.parametrize(
    ("overrides", "kept"),
    [
        ({"userPhone": "+51 987 654 321"}, {"userPhone": "+51 987 654 321"}),
        ({"userPhone": "(01) 234-5678"}, {"userPhone": "(01) 234-5678"}),
        ({"userPhone": 975810287}, {"userPhone": "975810287"}),
        ({"userUbigeo": 150115}, {"userUbigeo": "150115"}),
        ({"userUbigeo": 10101}, {"userUbigeo": "010101"}),
    ],
)
def test_customer_fields_as_published_integrations_send_them(
    api: Api, overrides: dict[str, Any], kept: dict[str, str]
) -> None:
    """Looser than the doc's table, as PagoEfectivo's pre-production takes them (see the
    sandbox package's docstring): a phone as the customer typed it, a ubigeo as a number."""
    record = api.server.state.get(api.new_cip(**overrides)["cip"])
    assert record is not None
    assert {name: record.details[name] for name in kept} == kept


def test_several_errors_at_once_in_english(api: Api) -> None:
    response = api.create(
        headers={"Accept-Language": "en-US,en;q=0.9"}, currency=..., amount="1.234"
    )
    body = response.json()
    assert body["message"] == "Request with invalid data."
    assert [(i["code"], i["field"], i["message"]) for i in body["data"]] == [
        ("112", "currency", "Required."),
        ("113", "amount", "Invalid value."),
    ]


def test_strict_mode_needs_phone_and_country_code() -> None:
    from desktop.sandbox.validation import validate_create

    body = {"currency": "PEN", "amount": 1, "transactionCode": "A", "userEmail": "a@b.pe"}
    assert validate_create(body, START)[1] == []
    assert validate_create(body, START, strict=True)[1] == [
        ("112", "userPhone"),
        ("112", "userCodeCountry"),
    ]


def test_amount_over_the_merchant_maximum_is_511(api: Api) -> None:
    assert api.create(amount="30000.00").status_code == 201
    response = api.create(amount="30000.01")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "511" and body["data"] == []
    assert "máximo" in body["message"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cents=st.integers(min_value=1, max_value=3_000_000), as_text=st.booleans())
def test_amounts_round_trip(api: Api, cents: int, as_text: bool) -> None:
    amount = Decimal(cents) / 100
    sent: object = f"{amount:.2f}" if as_text else amount
    created = loads(api.create(amount=sent).content)["data"]
    assert created["amount"] == amount
    found = loads(
        api.http.post(
            "/v1/cips/search", json={"data": [{"cip": created["cip"]}]}, headers=api.headers()
        ).content
    )
    assert found["data"][0]["amount"] == amount


def test_search_with_int_and_string_cips_omits_unknown_ones(api: Api) -> None:
    first, second = api.new_cip(), api.new_cip(currency="USD", amount="160.35")
    response = api.http.post(
        "/v1/cips/search",
        json={"Data": [{"Cip": second["cip"]}, {"cip": str(first["cip"])}, {"cip": 999}]},
        headers=api.headers(),
    )
    assert response.status_code == 200
    items = response.json()["data"]
    assert [i["cip"] for i in items] == [second["cip"], first["cip"]]
    item = items[0]
    assert item == {
        "cip": second["cip"],
        "transactionCode": second["transactionCode"],
        "amount": 160.35,
        "currency": "USD",
        "status": 22,
        "statusName": "Generado.",
        "dateCreation": "2024-05-10T09:30:00-05:00",
        "dateExpiry": "2024-05-10T13:30:00-05:00",
        "datePayment": SENTINEL,
        "dateRemoval": SENTINEL,
        "token": second["cipUrl"].rsplit("/", 1)[1].removesuffix(".html"),
    }


def test_search_validation(api: Api) -> None:
    missing = api.http.post("/v1/cips/search", json={}, headers=api.headers())
    assert missing.status_code == 400 and missing.json()["data"][0]["field"] == "data"
    bad = api.http.post("/v1/cips/search", json={"data": [{"cip": "x"}]}, headers=api.headers())
    assert bad.json()["data"] == [
        {"code": "113", "message": "Valor invalido.", "field": "data[0].cip"}
    ]


def test_expiry_is_applied_by_time(api: Api) -> None:
    cip = api.new_cip(dateExpiry="2024-05-10T10:00:00-05:00")["cip"]
    api.clock.advance(minutes=29, seconds=59)
    assert api.one(cip)["status"] == 22
    api.clock.advance(seconds=1)
    item = api.one(cip)
    assert (item["status"], item["statusName"]) == (21, "Expirado.")


def test_patch_extends_and_revives_an_expired_cip(api: Api) -> None:
    cip = api.new_cip(dateExpiry="2024-05-10T10:00:00-05:00")["cip"]
    ok = api.patch(cip, "2024-05-10T11:00:00-05:00")
    assert ok.status_code == 200
    assert ok.json() == {"code": 100, "message": "Solicitud exitosa.", "data": {}}
    assert api.one(cip)["dateExpiry"] == "2024-05-10T11:00:00-05:00"
    api.clock.advance(hours=2)
    assert api.one(cip)["status"] == 21
    assert (
        api.http.patch(
            f"/v1/cips/{cip}",
            json={"DateExpiry": "2024-05-11 09:00:00-05:00"},
            headers=api.headers(),
        ).status_code
        == 200
    )
    assert api.one(cip)["status"] == 22


@pytest.mark.parametrize(
    ("expiry", "code"),
    [("2024-05-10T09:00:00-05:00", "113"), ("luego", "113"), (None, "112"), (SENTINEL, "113")],
)
def test_patch_needs_a_future_date(api: Api, expiry: object, code: str) -> None:
    cip = api.new_cip()["cip"]
    response = api.patch(cip, expiry)
    assert response.status_code == 400
    assert [(i["code"], i["field"]) for i in response.json()["data"]] == [(code, "dateExpiry")]


def _refused_on_cip(response: object) -> None:
    import httpx

    assert isinstance(response, httpx.Response)
    assert response.status_code == 400
    assert response.json() == {
        "code": "111",
        "message": "Solicitud con datos inválidos.",
        "data": [{"code": "113", "message": "Valor invalido.", "field": "cip"}],
    }


def test_patch_refused_on_paid_deleted_and_unknown_cips(api: Api) -> None:
    paid, deleted = api.new_cip()["cip"], api.new_cip()["cip"]
    assert api.admin("pay", paid).status_code == 200
    assert api.delete(deleted).status_code == 200
    for cip in (paid, deleted, 999, "abc"):
        _refused_on_cip(api.patch(cip, "2024-05-12T09:00:00-05:00"))


def test_delete_only_while_generated_then_the_page_is_404(api: Api) -> None:
    data = api.new_cip(paymentConcept="Pedido <b>42</b>")
    cip, url = data["cip"], data["cipUrl"]
    page = api.http.get(url)
    assert page.status_code == 200
    assert "Pedido &lt;b&gt;42&lt;/b&gt;" in page.text
    ok = api.delete(cip)
    assert ok.status_code == 200 and ok.json()["data"] == {}
    item = api.one(cip)
    assert (item["status"], item["statusName"]) == (25, "Eliminado.")
    assert item["dateRemoval"] == "2024-05-10T09:30:00-05:00"
    _refused_on_cip(api.delete(cip))
    gone = api.http.get(url)
    assert gone.status_code == 404 and "NoSuchKey" in gone.text
    expired = api.new_cip(dateExpiry="2024-05-10T09:31:00-05:00")["cip"]
    api.clock.advance(minutes=2)
    _refused_on_cip(api.delete(expired))
    _refused_on_cip(api.delete(999))


def test_voucher_page_in_spanish(api: Api) -> None:
    data = api.new_cip(amount="1500.15", dateExpiry="2024-05-10T22:05:00-05:00")
    page = api.http.get(data["cipUrl"])
    assert page.headers["content-type"].startswith("text/html")
    text = page.text
    for expected in (
        "Información para tu pago",
        "PagoEfectivo Soles",
        f">{data['cip']}<",
        "S/ 1,500.15",
        "Págalo antes del",
        "viernes 10/05/2024 - 10:05 p. m.",
        "Pendiente de pago",
    ):
        assert expected in text
    api.admin("pay", data["cip"])
    paid_page = api.http.get(data["cipUrl"]).text
    assert "Pagado" in paid_page and "Cancelado" not in paid_page
    dollars = api.http.get(api.new_cip(currency="USD")["cipUrl"]).text
    assert "PagoEfectivo Dólares" in dollars and "US$ 150.00" in dollars


def test_tokens_missing_invalid_foreign_or_expired_are_401_508(api: Api) -> None:
    body = api.cip_body()
    forged = jwt.encode(
        {"sub": "TST", "jti": "x", "nameid": "1234", "exp": 2**40}, b"k" * 32, algorithm="HS256"
    )
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": f"Bearer {forged}"}):
        response = api.http.post("/v1/cips", json=body, headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "508" and response.json()["data"] == []
    token = api.token()
    assert (
        api.http.post(
            "/v1/cips", json=api.cip_body(), headers={"Authorization": f"bearer {token}"}
        ).status_code
        == 201
    )
    api.clock.advance(hours=2)
    expired = {"Authorization": f"Bearer {token}"}
    for response in (
        api.http.post("/v1/cips", json=api.cip_body(), headers=expired),
        api.http.post("/v1/cips/search", json={"data": []}, headers=expired),
        api.http.patch("/v1/cips/1", json={}, headers=expired),
        api.http.delete("/v1/cips/1", headers=expired),
    ):
        assert response.status_code == 401 and response.json()["code"] == "508"


def test_token_lifetime_follows_the_config(api: Api) -> None:
    data = api.http.post("/v1/authorizations", json=api.auth_body()).json()["data"]
    start = parse_api_datetime(data["tokenStart"])
    expires = parse_api_datetime(data["tokenExpires"])
    assert start == START and expires is not None
    assert expires - START == timedelta(hours=2)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_any_key_casing_creates_the_same_cip(api: Api, data: st.DataObject) -> None:
    body = api.cip_body(userName="Núñez", userDocumentType="DNI", userDocumentNumber="12345678")
    cased = {
        "".join(data.draw(st.sampled_from([c.lower(), c.upper()])) for c in key): value
        for key, value in body.items()
    }
    response = api.post_raw("/v1/cips", dumps(cased))
    assert response.status_code == 201, (cased, response.text)
    created = response.json()["data"]
    assert created["transactionCode"] == body["transactionCode"]
    detail = api.http.get(f"/_sandbox/cips/{created['cip']}").json()
    assert detail["details"]["userName"] == "Núñez"


def test_cips_of_another_service_are_invisible(api: Api) -> None:
    from desktop.sandbox.validation import validate_create

    body = {"currency": "PEN", "amount": 5, "transactionCode": "F-1", "userEmail": "a@b.pe"}
    request, _ = validate_create(body, START)
    assert request is not None
    foreign = api.server.state.create(999, request, timedelta(hours=4))
    mine = api.new_cip()["cip"]
    assert [i["cip"] for i in api.search(foreign.cip, mine)] == [mine]
    _refused_on_cip(api.patch(foreign.cip, "2024-05-12T09:00:00-05:00"))
    _refused_on_cip(api.delete(foreign.cip))


def test_unknown_voucher_page_is_404(api: Api) -> None:
    response = api.http.get("/00000000-0000-0000-0000-000000000000.html")
    assert response.status_code == 404 and "NoSuchKey" in response.text


def test_the_voucher_page_pays_it_in_the_simulator(api: Api) -> None:
    """ "Simular el pago" on the page: paid with the signed notification, back to the page."""
    data = api.new_cip(amount="25.50")
    page = api.http.get(data["cipUrl"]).text
    assert "Simular el pago" in page
    action = page.split('action="', 1)[1].split('"', 1)[0]
    answer = api.http.post(action)
    assert answer.status_code == 303 and data["cipUrl"].endswith(answer.headers["location"])
    assert api.one(data["cip"])["status"] == 23
    paid_page = api.http.get(data["cipUrl"]).text
    assert "Pagado" in paid_page and "Simular el pago" not in paid_page
    assert api.http.post(action).status_code == 303  # twice: nothing more happens
    assert api.http.post("/_sandbox/pages/NOPE/pay").status_code == 404
