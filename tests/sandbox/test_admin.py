"""Admin routes: pay (with the signed webhook), expire, reverse, clock, webhook URL."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from email.utils import parsedate_to_datetime

from tests.sandbox.conftest import SECRET, START, Api, Receiver


def _verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def test_pay_sends_a_signed_webhook(api: Api, receiver: Receiver) -> None:
    assert api.http.put("/_sandbox/webhook", json={"url": receiver.url}).json() == {
        "url": receiver.url,
        "drop": None,
    }
    data = api.new_cip(amount="150", transactionCode="ORD-1001")
    api.clock.advance(minutes=45, seconds=20)
    response = api.admin("pay", data["cip"], {"operationNumber": "123456"})
    assert response.status_code == 200
    report = response.json()
    assert report["webhook"]["url"] == receiver.url
    assert report["webhook"]["attempts"] == 1 and report["webhook"]["status"] == 200
    assert report["cip"]["status"] == 23 and report["cip"]["operationNumber"] == "123456"
    (request,) = receiver.requests
    assert request.path == "/webhooks/pagoefectivo"
    assert request.headers["Content-Type"] == "application/json"
    assert _verify(request.body, request.headers["PE-Signature"])
    assert request.body == (
        b'{"eventType":"cip.paid","operationNumber":"123456","data":{"cip":"'
        + str(data["cip"]).encode()
        + b'","currency":"PEN","amount":150.00,"paymentDate":"2024-05-10T10:15:20-05:00",'
        b'"transactionCode":"ORD-1001"}}'
    )
    item = api.one(data["cip"])
    assert (item["status"], item["statusName"]) == (23, "Cancelado.")
    assert item["datePayment"] == "2024-05-10T10:15:20-05:00"


def test_webhook_is_retried_once_when_the_receiver_fails(api: Api, receiver: Receiver) -> None:
    api.server.state.set_webhook_url(receiver.url)
    receiver.statuses = [500]
    cip = api.new_cip()["cip"]
    report = api.admin("pay", cip).json()["webhook"]
    assert report["attempts"] == 2 and report["status"] == 200 and report["delivered"]
    first, second = receiver.requests
    assert first.body == second.body
    assert json.loads(first.body)["operationNumber"].isdigit()
    assert _verify(second.body, second.headers["PE-Signature"])

    receiver.statuses = [500, 503]
    report = api.admin("pay", api.new_cip()["cip"]).json()["webhook"]
    assert report["attempts"] == 2 and report["status"] == 503 and not report["delivered"]


def test_unreachable_webhook_counts_as_a_failed_attempt(api: Api) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api.server.state.set_webhook_url(f"http://127.0.0.1:{port}/hook")
    response = api.admin("pay", api.new_cip()["cip"])
    assert response.status_code == 200
    report = response.json()["webhook"]
    assert report["attempts"] == 2 and report["status"] is None and "Connect" in report["error"]


def test_pay_expire_reverse_rules(api: Api) -> None:
    cip = api.new_cip()["cip"]
    assert api.admin("pay", cip).json()["webhook"] is None
    refused = api.admin("pay", cip)
    assert refused.status_code == 409 and "23" in refused.json()["error"]
    assert api.admin("expire", cip).status_code == 409
    reversed_ = api.admin("reverse", cip)
    assert reversed_.status_code == 200 and reversed_.json()["cip"]["status"] == 22
    assert api.one(cip)["datePayment"] == "1900-01-01T00:00:00-05:00"
    assert api.admin("reverse", cip).status_code == 409
    expired = api.admin("expire", cip).json()["cip"]
    assert expired["status"] == 21 and expired["dateExpiry"] == "2024-05-10T09:30:00-05:00"
    assert api.one(cip)["status"] == 21
    assert api.admin("pay", cip).status_code == 409
    assert api.admin("pay", 999).status_code == 404
    assert api.admin("pay", "abc").status_code == 400
    bad = api.admin("pay", api.new_cip()["cip"], {"operationNumber": "1" * 15})
    assert bad.status_code == 400
    detail = api.http.get(f"/_sandbox/cips/{cip}").json()
    assert detail["cip"] == cip and detail["cipUrl"].endswith(f"/{detail['token']}.html")
    assert api.http.get("/_sandbox/cips/999").status_code == 404


def test_clock_shift_moves_the_date_header_tokens_and_expiry(api: Api) -> None:
    response = api.http.get("/_sandbox")
    assert parsedate_to_datetime(response.headers["Date"]) == START
    assert "server" not in response.headers
    cip = api.new_cip()["cip"]
    shifted = api.http.post("/_sandbox/clock", json={"offsetSeconds": 5 * 3600})
    assert shifted.json()["now"] == "2024-05-10T14:30:00-05:00"
    for response in (api.http.get("/_sandbox"), api.http.post("/v1/cips/search", json={})):
        assert parsedate_to_datetime(response.headers["Date"]).timestamp() == (
            START.timestamp() + 5 * 3600
        )
    assert api.one(cip)["status"] == 21  # default expiry is 4 h
    advanced = api.http.post("/_sandbox/clock", json={"advanceSeconds": -3600}).json()
    assert advanced["offsetSeconds"] == 4 * 3600
    assert api.http.post("/_sandbox/clock", json={"offsetSeconds": "x"}).status_code == 400


def test_webhook_url_validation(api: Api) -> None:
    assert api.http.put("/_sandbox/webhook", json={"url": "ftp://x"}).status_code == 400
    assert api.http.put("/_sandbox/webhook", content=b"[").status_code == 400
    nobody = {"url": None, "drop": None}
    assert api.http.put("/_sandbox/webhook", json={"url": None}).json() == nobody
    assert api.http.get("/_sandbox/webhook").json() == nobody


def test_notifications_dropped_on_purpose_then_sent_again(api: Api, receiver: Receiver) -> None:
    api.server.state.set_webhook_url(receiver.url)
    assert api.http.post("/_sandbox/webhook/drop", json={"count": 1}).json() == {"drop": 1}
    cip = api.new_cip()["cip"]
    lost = api.admin("pay", cip).json()
    assert lost["cip"]["status"] == 23  # paid all the same
    assert lost["webhook"]["delivered"] is False and lost["webhook"]["attempts"] == 0
    assert "/_sandbox/webhook/drop" in lost["webhook"]["error"]
    assert receiver.requests == [] and api.http.get("/_sandbox/webhook/drop").json()["drop"] is None

    again = api.admin("notify", cip).json()["webhook"]  # PagoEfectivo repeats it
    assert again["delivered"] and again["status"] == 200
    api.admin("notify", cip)
    first, second = receiver.requests
    assert first.body == second.body and _verify(second.body, second.headers["PE-Signature"])

    assert api.http.post("/_sandbox/webhook/drop").json() == {"drop": "all"}  # until DELETE
    for _ in range(2):
        assert not api.admin("notify", cip).json()["webhook"]["delivered"]
    assert api.http.get("/_sandbox/webhook").json() == {"url": receiver.url, "drop": "all"}
    assert api.http.delete("/_sandbox/webhook/drop").json() == {"drop": None}
    assert api.admin("notify", cip).json()["webhook"]["delivered"]
    assert len(receiver.requests) == 3

    assert api.admin("notify", api.new_cip()["cip"]).status_code == 409  # not paid
    assert api.admin("notify", 999).status_code == 404
    for bad in ({"count": 0}, {"count": "2"}, {"count": True}):
        assert api.http.post("/_sandbox/webhook/drop", json=bad).status_code == 400


def test_probe_reaches_the_webhook_from_the_sandbox(api: Api, receiver: Receiver) -> None:
    assert api.http.post("/_sandbox/webhook/probe").status_code == 400  # no URL anywhere
    api.server.state.set_webhook_url(receiver.url)
    answer = api.http.post("/_sandbox/webhook/probe").json()
    # The test receiver has no GET: any HTTP answer means the sandbox reached it.
    assert answer["url"] == receiver.url and answer["status"] == 501 and answer["error"] is None
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{closed.getsockname()[1]}/health"
    answer = api.http.post("/_sandbox/webhook/probe", json={"url": nowhere}).json()
    assert answer["status"] is None and "Connect" in answer["error"]
    assert receiver.requests == []  # a probe is no notification


def test_server_pay_from_python_notifies_too(api: Api, receiver: Receiver) -> None:
    api.server.state.set_webhook_url(receiver.url)
    cip = api.new_cip()["cip"]
    payment = api.server.pay(cip, "42")
    assert payment.record.status == 23 and payment.record.operation_number == "42"
    assert payment.delivery is not None and payment.delivery.delivered
    assert json.loads(receiver.requests[0].body)["data"]["cip"] == str(cip)
    assert api.server.reverse(cip).status == 22
    assert api.server.expire(cip).status == 21
