"""POST /v1/authorizations over real HTTP: tokens, the hash vector, refusals."""

from __future__ import annotations

import jwt
import pytest

from desktop.domain.limatime import parse_api_datetime
from desktop.sandbox import hash_string
from tests.sandbox.conftest import ACCESS_KEY, Api
from tests.sandbox.test_units import AUTH_VECTOR


def test_the_documented_vector_authorizes(api: Api) -> None:
    body = {
        "accessKey": ACCESS_KEY,
        "idService": 1234,
        "dateRequest": "2024-05-10T09:30:00-05:00",
        "hashString": AUTH_VECTOR,
    }
    response = api.http.post("/v1/authorizations", json=body)
    assert response.status_code == 201
    envelope = response.json()
    assert envelope["code"] == 100 and envelope["message"] == "Solicitud exitosa."
    data = envelope["data"]
    assert data["codeService"] == "TST"
    assert data["tokenStart"] == "2024-05-10T09:30:00-05:00"
    assert data["tokenExpires"] == "2024-05-10T11:30:00-05:00"
    claims = jwt.decode(data["token"], options={"verify_signature": False})
    assert claims["sub"] == "TST" and claims["nameid"] == "1234"
    assert len(claims["jti"]) == 36
    expires = parse_api_datetime(data["tokenExpires"])
    assert expires is not None and claims["exp"] == int(expires.timestamp())
    assert jwt.get_unverified_header(data["token"])["alg"] == "HS256"


@pytest.mark.parametrize("date_request", ["2024-05-10T14:30:30Z", "2024-05-10 09:30:30-0500"])
def test_pascal_case_string_id_and_any_offset_are_accepted(api: Api, date_request: str) -> None:
    secret = api.server.config.secret_key
    body = {
        "AccessKey": ACCESS_KEY,
        "IdService": "1234",
        "DateRequest": date_request,
        "HashString": hash_string(1234, ACCESS_KEY, secret, date_request).upper(),
    }
    response = api.http.post("/v1/authorizations", json=body)
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"hashString": "0" * 64}, "hashString"),
        ({"accessKey": "UNKNOWNACCESSKEY0000"}, "accessKey"),
        ({"idService": 999}, "idService"),
    ],
)
def test_bad_credentials_are_401_111_with_a_113_item(
    api: Api, override: dict[str, object], field: str
) -> None:
    response = api.http.post("/v1/authorizations", json=api.auth_body(**override))
    assert response.status_code == 401
    assert response.json() == {
        "code": "111",
        "message": "Solicitud con datos inválidos.",
        "data": [{"code": "113", "message": "Valor invalido.", "field": field}],
    }


def test_stale_date_request_is_refused_even_with_a_right_hash(api: Api) -> None:
    fresh = api.auth_body()
    api.clock.advance(minutes=5, seconds=1)
    response = api.http.post("/v1/authorizations", json=fresh)
    assert response.status_code == 401
    assert response.json()["data"][0]["field"] == "dateRequest"
    api.clock.advance(minutes=-10)  # 4m59s behind: within the 5 minute tolerance
    assert api.http.post("/v1/authorizations", json=fresh).status_code == 201


def test_missing_fields_are_400_with_112_items_in_english_when_asked(api: Api) -> None:
    response = api.http.post(
        "/v1/authorizations",
        json={"accessKey": ACCESS_KEY, "hashString": None},
        headers={"Accept-Language": "en-US"},
    )
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "111" and body["message"] == "Request with invalid data."
    assert [(i["code"], i["field"], i["message"]) for i in body["data"]] == [
        ("112", "idService", "Required."),
        ("112", "dateRequest", "Required."),
        ("112", "hashString", "Required."),
    ]


def test_malformed_values_and_bodies_are_400(api: Api) -> None:
    response = api.http.post(
        "/v1/authorizations", json=api.auth_body(idService="abc", dateRequest="ayer")
    )
    assert response.status_code == 400
    assert {i["field"] for i in response.json()["data"]} == {"idService", "dateRequest"}
    broken = api.http.post("/v1/authorizations", content=b"{not json")
    assert broken.status_code == 400 and broken.json()["code"] == "111"
