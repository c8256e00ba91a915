"""The issuing protocol: nothing lost, no CIP shown that PagoEfectivo did not confirm."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from desktop.domain.validation import IssueInput, ValidIssue, validate_issue
from desktop.sandbox import SandboxServer
from desktop.services.issuing import IssueService, NotRetryable, Outcome
from desktop.store.tables import ApiExchange, Voucher
from desktop.store.vouchers import events_of
from tests.integration.conftest import TEST_CREDENTIALS
from tests.staffing import person


def valid(amount: str = "25.50", email: str = "cliente@example.pe", **extra: str) -> ValidIssue:
    fields = {
        "first_name": "José",
        "last_name": "Núñez",
        "doc_type": "DNI",
        "doc_number": "12345678",
        "phone": "987 654 321",
        "concept": "Torta",
    }
    fields.update(extra)
    data = IssueInput(amount=amount, email=email, **fields)  # type: ignore[arg-type]
    return validate_issue(data, datetime.now(UTC))


def rows(engine: Engine) -> list[Voucher]:
    with Session(engine) as session:
        return list(session.exec(select(Voucher).order_by(Voucher.id)))


def test_issue_stores_a_pending_voucher_with_its_cip(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer
) -> None:
    result = issuer.issue(valid())
    assert result.outcome is Outcome.PENDING
    (voucher,) = rows(engine)
    assert voucher.status == "pending" and voucher.cip == result.voucher.cip
    assert voucher.amount_cents == 2550 and voucher.currency == "PEN"
    assert voucher.cip_url and httpx.get(voucher.cip_url).status_code == 200
    remote = sandbox.state.get(voucher.cip or 0)
    assert remote is not None and remote.transaction_code == voucher.transaction_code
    assert remote.amount == Decimal("25.50")
    with Session(engine) as session:
        events = events_of(session, voucher.id or 0)
        assert [(e.kind, e.to_status, e.source) for e in events] == [
            ("created", "issuing", "manual"),
            ("move", "pending", "api"),
        ]
        assert events[0].actor == "Ana (caja 1)"
        logged = list(session.exec(select(ApiExchange)))
    assert [e.path for e in logged] == ["/v1/authorizations", "/v1/cips"]
    text = json.dumps([e.model_dump(mode="json") for e in logged])
    assert TEST_CREDENTIALS.secret_key not in text and TEST_CREDENTIALS.access_key not in text


def test_refusal_is_failed_with_the_api_code(issuer: IssueService, engine: Engine) -> None:
    too_much = valid()
    too_much = ValidIssue(**{**too_much.__dict__, "amount": Decimal("30000.01")})
    result = issuer.issue(too_much)
    assert result.outcome is Outcome.FAILED
    (voucher,) = rows(engine)
    assert voucher.status == "failed" and voucher.failure_code == "511" and voucher.cip is None


@pytest.mark.parametrize("fault", ["delay-after", "drop", "malformed"])
def test_lost_answer_leaves_one_unconfirmed_voucher_and_retry_issues_a_fresh_cip(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer, fault: str
) -> None:
    params = {"ms": 4000} if fault == "delay-after" else {}
    sandbox.faults.add(fault, count=1, method="POST", path="/v1/cips", **params)
    result = issuer.issue(valid())
    assert result.outcome is Outcome.UNCONFIRMED
    (voucher,) = rows(engine)
    assert voucher.status == "issuing" and voucher.cip is None and voucher.cip_url is None
    assert voucher.failure_code == "outcome_unknown"
    orphans = sandbox.state.find_by_transaction_code(voucher.transaction_code)
    assert len(orphans) == 1  # the CIP exists remotely, but nobody was shown it

    retried = issuer.retry(voucher.id or 0)
    assert retried.outcome is Outcome.PENDING
    old, new = rows(engine)
    assert old.status == "failed" and new.status == "pending" and new.retry_of == old.id
    assert new.transaction_code != old.transaction_code
    assert new.cip is not None and new.cip != orphans[0].cip
    assert (new.email, new.amount_cents, new.last_name) == (old.email, 2550, "Núñez")


def test_unconfirmed_voucher_can_be_discarded(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer
) -> None:
    sandbox.faults.add("drop", count=1, method="POST", path="/v1/cips")
    voucher = issuer.issue(valid()).voucher
    discarded = issuer.discard(voucher.id or 0)
    assert discarded.status == "failed"
    with pytest.raises(NotRetryable):
        issuer.discard(voucher.id or 0)
    pending = issuer.issue(valid("10")).voucher
    with pytest.raises(NotRetryable):
        issuer.retry(pending.id or 0)


def test_unreachable_api_fails_without_a_cip(engine: Engine, sandbox: SandboxServer) -> None:
    from desktop.pagoefectivo import PagoEfectivoClient

    url = sandbox.base_url
    sandbox.stop()
    with PagoEfectivoClient(url, TEST_CREDENTIALS) as client:
        result = IssueService(engine, client, "demo", actor=person("ana")).issue(valid())
    assert result.outcome is Outcome.FAILED
    (voucher,) = rows(engine)
    assert voucher.status == "failed" and voucher.failure_code == "connection"


def test_duplicate_warning_same_customer_same_amount_still_pending(issuer: IssueService) -> None:
    first = issuer.issue(valid()).voucher
    assert [v.id for v in issuer.duplicates(valid())] == [first.id]
    assert [v.id for v in issuer.duplicates(valid(email="otro@example.pe"))] == [first.id]  # DNI
    assert issuer.duplicates(valid("25.51")) == []
    assert issuer.duplicates(valid(email="otro@example.pe", doc_number="87654321")) == []


def test_expiry_sent_is_the_one_stored(issuer: IssueService, engine: Engine) -> None:
    chosen = valid()
    deadline = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=30)
    chosen = ValidIssue(**{**chosen.__dict__, "expires_at": deadline})
    issuer.issue(chosen)
    (voucher,) = rows(engine)
    assert voucher.expires_at == deadline


def test_server_error_leaves_it_unconfirmed_not_failed(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer
) -> None:
    sandbox.faults.add("error", count=1, method="POST", path="/v1/cips", status=502)
    result = issuer.issue(valid())
    assert result.outcome is Outcome.UNCONFIRMED
    (voucher,) = rows(engine)
    assert voucher.status == "issuing" and voucher.failure_code == "server" and voucher.cip is None


def test_cip_created_after_a_discard_is_kept_as_evidence_and_never_shown(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer
) -> None:
    import threading

    from desktop.services.issuing import CipNotRecorded

    latency = sandbox.faults.add("latency", count=1, method="POST", path="/v1/cips", ms=1500)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(issuer.issue(valid())))
    worker.start()
    assert sandbox.faults.wait_used(latency)  # the request is with PagoEfectivo, held there
    (in_flight,) = rows(engine)
    assert in_flight.status == "issuing"
    issuer.discard(in_flight.id or 0)  # another station gives up meanwhile
    worker.join(10)
    result = outcome[0]
    assert result.outcome is Outcome.UNCONFIRMED  # type: ignore[attr-defined]
    assert isinstance(result.error, CipNotRecorded)  # type: ignore[attr-defined]
    (voucher,) = rows(engine)
    assert voucher.status == "failed" and voucher.cip is None
    with Session(engine) as session:
        last = events_of(session, voucher.id or 0)[-1]
    assert last.kind == "discrepancy" and last.to_status == "pending"
    assert last.evidence and str(result.error.cip) in last.evidence  # type: ignore[attr-defined]


def test_a_voucher_is_retried_only_once(issuer: IssueService, engine: Engine) -> None:
    too_much = ValidIssue(**{**valid().__dict__, "amount": Decimal("30000.01")})
    refused = issuer.issue(too_much)  # 511: failed, nothing exists remotely
    assert refused.outcome is Outcome.FAILED
    again = issuer.retry(refused.voucher.id or 0)
    assert again.outcome is Outcome.FAILED and again.voucher.retry_of == refused.voucher.id
    with pytest.raises(NotRetryable) as twice:
        issuer.retry(refused.voucher.id or 0)  # a double click must not make a second attempt
    assert "retried" in twice.value.status
    assert len(rows(engine)) == 2
