"""One voucher's whole record (both engines): its requests to PagoEfectivo, notifications and
events in one time line, nothing of another voucher's, no secret."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient
from desktop.sandbox import SandboxServer
from desktop.services.changes import VoucherChanges
from desktop.services.communication import ItemKind, VoucherCommunication, pretty
from desktop.services.issuing import IssueService
from desktop.services.sync import SyncService
from desktop.store.engine import session_scope
from desktop.store.notifications import WebhookNotification
from tests.integration.conftest import TEST_CREDENTIALS
from tests.staffing import person


def test_a_vouchers_requests_notifications_and_events_in_one_time_line(
    engine: Engine, sandbox: SandboxServer, service_client: PagoEfectivoClient
) -> None:
    issuer = IssueService(engine, service_client, "demo", actor=person("Ana (caja 1)"))

    def issue(amount: str) -> tuple[int, int]:
        data = IssueInput(amount=amount, email="rosa@example.pe", expires_in=timedelta(hours=48))
        voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
        return voucher.id or 0, voucher.cip or 0

    (voucher_id, cip), (_, other) = issue("25.50"), issue("31.00")
    changes = VoucherChanges(engine, service_client, "demo", actor=person("Ana (caja 1)"))
    changes.extend(voucher_id, datetime.now(UTC) + timedelta(hours=72))
    sandbox.pay(cip)
    SyncService(engine, service_client, "demo").run()
    with session_scope(engine) as session:
        for number in (cip, other):
            session.add(
                WebhookNotification(
                    profile="demo",
                    received_at=datetime.now(UTC),
                    body_sha256="0" * 64,
                    body_excerpt=f'{{"eventType":"cip.paid","data":{{"cip":"{number}"}}}}',
                    event_type="cip.paid",
                    cip=number,
                    outcome="already_paid",
                    http_status=200,
                )
            )

    record = VoucherCommunication(engine, "demo").of(str(cip))

    calls = [(e.method, e.path) for e in record.exchanges]
    assert calls == [
        ("POST", "/v1/cips"),
        ("PATCH", f"/v1/cips/{cip}"),
        ("POST", "/v1/cips/search"),
    ]  # not the authorization, not the other voucher's creation
    creation = record.exchanges[0]
    assert '"transactionCode": "' in creation.request and str(cip) in creation.response
    assert "\n  " in creation.request  # pretty-printed for reading
    (notification,) = record.notifications
    assert notification.outcome == "already_paid" and f'"cip": "{cip}"' in notification.body
    kinds = [item.kind for item in record.items]
    assert kinds.count(ItemKind.EVENT) == len(record.items) - 4
    assert [item.at for item in record.items] == sorted(item.at for item in record.items)
    assert kinds[0] is ItemKind.EVENT  # created, then the request that created it
    text = " ".join(e.request + e.response for e in record.exchanges)
    for secret in (TEST_CREDENTIALS.access_key, TEST_CREDENTIALS.secret_key):
        assert secret not in text

    others = VoucherCommunication(engine, "demo").of(str(other))
    assert [e.method for e in others.exchanges] == ["POST", "POST"]  # created, then searched


def test_bodies_are_indented_with_every_token_as_exchanged() -> None:
    sent = '{"amount":20.00,"list":[],"nested":{"note":"a, \\"b\\" {c}\\\\"},"n":[1,{"x":null}]}'
    shown = pretty(sent)
    assert '"amount": 20.00,' in shown  # json.dumps would say 20.0
    assert json.loads(shown) == json.loads(sent) and '"list": [],' in shown
    assert '"note": "a, \\"b\\" {c}\\\\"' in shown  # strings untouched
    assert shown.splitlines()[-2] == "  ]" and pretty("<html>") == "<html>"
