"""Extend and annul against the real sandbox: both sides agree, refusals change nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from desktop.domain.events import Reason
from desktop.domain.validation import InvalidInput, IssueInput, IssueLimits, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient
from desktop.sandbox import SandboxServer
from desktop.services.audit import verify_all
from desktop.services.changes import (
    ChangeRefused,
    ChangeUnconfirmed,
    NotChangeable,
    VoucherChanges,
)
from desktop.services.issuing import IssueService
from desktop.services.sync import SyncService
from desktop.store.tables import Voucher
from tests.services.helpers import history, load
from tests.staffing import person

GENERATED, PAID, EXPIRED, DELETED = 22, 23, 21, 25


@pytest.fixture
def changes(engine: Engine, service_client: PagoEfectivoClient) -> VoucherChanges:
    limits = IssueLimits(max_expiry=timedelta(days=30))
    return VoucherChanges(engine, service_client, "demo", actor=person("Luis"), limits=limits)


def issue(issuer: IssueService) -> Voucher:
    data = IssueInput(amount="40", email="cliente@example.pe")
    voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    assert voucher.cip is not None
    return voucher


def remote(sandbox: SandboxServer, voucher: Voucher) -> tuple[int, datetime]:
    record = sandbox.state.get(voucher.cip or 0)
    assert record is not None
    return record.status_at(sandbox.state.now()), record.expires_at


def hours(n: float) -> datetime:
    return datetime.now(UTC) + timedelta(hours=n)


def test_extending_an_expired_voucher_makes_it_payable_on_both_sides(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
    changes: VoucherChanges,
) -> None:
    voucher = issue(issuer)
    sandbox.expire(voucher.cip or 0)
    SyncService(engine, service_client, "demo").run()
    assert load(engine, voucher).status == "expired"
    deadline = hours(24)

    result = changes.extend(voucher.id or 0, deadline)

    assert result.applied
    here = load(engine, voucher)
    assert here.status == "pending" and here.expires_at == deadline.replace(microsecond=0)
    assert remote(sandbox, voucher) == (GENERATED, deadline.replace(microsecond=0))
    last = history(engine, voucher)[-1]
    assert (last.from_status, last.to_status, last.source, last.actor, last.reason) == (
        "expired",
        "pending",
        "api",
        "Luis",
        Reason.EXTENDED,
    )


def test_extending_a_pending_voucher_records_the_new_deadline(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer, changes: VoucherChanges
) -> None:
    voucher = issue(issuer)
    deadline = hours(72).replace(microsecond=0)

    changes.extend(voucher.id or 0, deadline)

    assert load(engine, voucher).expires_at == deadline
    assert remote(sandbox, voucher) == (GENERATED, deadline)
    note = history(engine, voucher)[-1]
    assert (note.kind, note.to_status, note.source) == ("note", "pending", "api")
    assert verify_all(engine, "demo") == []


@pytest.mark.parametrize(
    ("ahead", "code"), [(-30, "past"), (0.5, "too_soon"), (24 * 31, "too_late")]
)
def test_a_deadline_outside_the_window_is_refused_before_anything_is_sent(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    changes: VoucherChanges,
    ahead: float,
    code: str,
) -> None:
    voucher = issue(issuer)
    before = remote(sandbox, voucher)
    with pytest.raises(InvalidInput) as refused:
        changes.extend(voucher.id or 0, hours(ahead))
    assert refused.value.fields == {"expiry": code}
    assert remote(sandbox, voucher) == before and len(history(engine, voucher)) == 2


def test_annul_annuls_on_both_sides(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer, changes: VoucherChanges
) -> None:
    voucher = issue(issuer)

    result = changes.annul(voucher.id or 0, "el cliente desistió")

    here = load(engine, voucher)
    assert result.applied and here.status == "annulled" and here.annulled_at is not None
    assert remote(sandbox, voucher)[0] == DELETED
    last = history(engine, voucher)[-1]
    assert (last.to_status, last.source, last.reason) == ("annulled", "api", "el cliente desistió")


def test_annul_needs_a_reason(
    issuer: IssueService, sandbox: SandboxServer, changes: VoucherChanges
) -> None:
    voucher = issue(issuer)
    with pytest.raises(InvalidInput) as refused:
        changes.annul(voucher.id or 0, "   ")
    assert refused.value.fields == {"reason": "required"}
    assert remote(sandbox, voucher)[0] == GENERATED


def test_a_paid_voucher_cannot_be_annulled_and_nothing_changes(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
    changes: VoucherChanges,
) -> None:
    voucher = issue(issuer)
    sandbox.pay(voucher.cip or 0)
    SyncService(engine, service_client, "demo").run()
    before = history(engine, voucher)

    with pytest.raises(NotChangeable) as refused:
        changes.annul(voucher.id or 0, "error")

    assert refused.value.status == "paid" and refused.value.code == "wrong_status"
    assert load(engine, voucher).status == "paid" and history(engine, voucher) == before
    assert remote(sandbox, voucher)[0] == PAID


def test_a_refusal_of_pagoefectivo_changes_nothing_here(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer, changes: VoucherChanges
) -> None:
    voucher = issue(issuer)
    sandbox.expire(voucher.cip or 0)  # expired there, not yet known here

    with pytest.raises(ChangeRefused) as refused:
        changes.annul(voucher.id or 0, "ya no lo quiere")

    assert refused.value.api_code == "111"
    assert load(engine, voucher).status == "pending" and len(history(engine, voucher)) == 2


def test_a_lost_answer_changes_nothing_here_and_the_next_sync_tells(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
    changes: VoucherChanges,
) -> None:
    voucher = issue(issuer)
    sandbox.expire(voucher.cip or 0)
    sync = SyncService(engine, service_client, "demo")
    sync.run()
    sandbox.faults.add("drop", method="PATCH", path="/v1/cips/*")

    with pytest.raises(ChangeUnconfirmed, match="sync"):
        changes.extend(voucher.id or 0, hours(24))

    assert load(engine, voucher).status == "expired"
    assert remote(sandbox, voucher)[0] == GENERATED  # it did happen there
    assert sync.run().changed == [(voucher.id, "expired", "pending")]
