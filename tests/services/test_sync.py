"""Status sync against the real sandbox: moves, order, grace, discrepancies, back-off."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.domain.events import Reason
from desktop.domain.limatime import shifted_clock
from desktop.domain.money import Currency
from desktop.domain.validation import IssueInput, ValidIssue, validate_issue
from desktop.pagoefectivo import CipRequest, PagoEfectivoClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.storage import update_cip
from desktop.services.audit import verify_all
from desktop.services.issuing import IssueService
from desktop.services.reconcile import ManualReconciliation
from desktop.services.sync import SyncService
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher
from desktop.store.vouchers import add_voucher, get_voucher, update_fields
from tests.services.helpers import history, load
from tests.staffing import person


def valid(hours: float = 48, amount: str = "25.50") -> ValidIssue:
    data = IssueInput(amount=amount, email="cliente@example.pe", expires_in=timedelta(hours=hours))
    return validate_issue(data, datetime.now(UTC))


def issue(issuer: IssueService, **options: float) -> Voucher:
    result = issuer.issue(valid(**options))  # type: ignore[arg-type]
    assert result.voucher.cip is not None
    return result.voucher


def syncer(engine: Engine, client: PagoEfectivoClient, **options: object) -> SyncService:
    options.setdefault("sleep", lambda _seconds: None)  # the pacing's waits: not here
    return SyncService(engine, client, "demo", **options)  # type: ignore[arg-type]


def test_sync_applies_paid_expired_and_annulled_from_pagoefectivo(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer, service_client: PagoEfectivoClient
) -> None:
    paid, expired, annulled, untouched = (issue(issuer) for _ in range(4))
    remote_paid = sandbox.pay(paid.cip or 0, "OP-778").record
    sandbox.expire(expired.cip or 0)
    service_client.delete_cip(annulled.cip or 0)  # annulled from another PC
    service = syncer(engine, service_client)

    report = service.run()

    assert report.finished and report.reached and report.checked == report.total == 4
    assert sorted(report.changed) == sorted(
        [
            (paid.id, "pending", "paid"),
            (expired.id, "pending", "expired"),
            (annulled.id, "pending", "annulled"),
        ]
    )
    now = load(engine, paid)
    assert now.status == "paid" and now.paid_at == remote_paid.paid_at
    assert now.operation_number is None  # search does not tell it
    removed = sandbox.state.get(annulled.cip or 0)
    assert removed is not None and load(engine, annulled).annulled_at == removed.removed_at
    assert load(engine, expired).status == "expired" and load(engine, untouched).status == "pending"
    for voucher in (paid, expired, annulled, untouched):
        assert load(engine, voucher).last_checked_at is not None
    last = history(engine, paid)[-1]
    assert (last.kind, last.source, last.actor) == ("move", "poll", "sync")

    again = service.run()
    assert again.changed == [] and again.discrepancies == [] and again.checked == 3
    assert verify_all(engine, "demo") == []


def test_an_unconfirmed_voucher_that_has_a_cip_is_confirmed_by_the_answer(
    engine: Engine, service_client: PagoEfectivoClient
) -> None:
    now = datetime.now(UTC)
    created = service_client.create_cip(
        CipRequest(Currency.PEN, Decimal("10.00"), "PD-TEST-1", "a@b.pe", now + timedelta(hours=9))
    )
    with session_scope(engine) as session:
        voucher = add_voucher(
            session,
            Voucher(
                profile="demo",
                transaction_code="PD-TEST-1",
                cip=created.cip,
                status="issuing",
                amount_cents=1000,
                currency="PEN",
                email="a@b.pe",
                created_at=now,
            ),
            actor=person("tests"),
            at=now,
        )

    report = syncer(engine, service_client).run()

    assert report.changed == [(voucher.id, "issuing", "pending")]
    assert load(engine, voucher).expires_at == created.date_expiry


def test_oldest_check_goes_first_and_a_round_is_bounded(
    issuer: IssueService, engine: Engine, service_client: PagoEfectivoClient
) -> None:
    recent, never, oldest = (issue(issuer) for _ in range(3))
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        update_fields(session, get_voucher(session, recent.id or 0), last_checked_at=now)
        old = get_voucher(session, oldest.id or 0)
        update_fields(session, old, last_checked_at=now - timedelta(hours=2))
    service = syncer(engine, service_client, max_per_round=2)
    assert [v for v, _ in service.due()] == [never.id, oldest.id]

    report = service.run()

    assert report.checked == 2 and report.total == 2
    assert load(engine, recent).last_checked_at == now  # not asked this round
    assert load(engine, never).last_checked_at is not None
    assert load(engine, oldest).last_checked_at > now  # type: ignore[operator]
    assert service.due()[0][0] == recent.id


def test_past_its_deadline_but_still_payable_expires_only_after_the_grace(
    issuer: IssueService, engine: Engine, service_client: PagoEfectivoClient
) -> None:
    voucher = issue(issuer, hours=1)
    late_pc = syncer(engine, service_client, clock=shifted_clock(timedelta(minutes=150)))
    report = late_pc.run()  # 1.5 h past the deadline here; PagoEfectivo still says 22
    assert report.changed == [] and load(engine, voucher).status == "pending"

    later = syncer(engine, service_client, clock=shifted_clock(timedelta(minutes=200)))
    report = later.run()  # now past deadline + 2 h

    assert report.changed == [(voucher.id, "pending", "expired")]
    last = history(engine, voucher)[-1]
    assert (last.to_status, last.source, last.reason) == ("expired", "poll", Reason.GRACE_EXPIRED)


def test_an_extension_made_at_pagoefectivo_brings_an_expired_voucher_back(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer, service_client: PagoEfectivoClient
) -> None:
    voucher = issue(issuer)
    sandbox.expire(voucher.cip or 0)
    service = syncer(engine, service_client)
    service.run()
    assert load(engine, voucher).status == "expired"
    deadline = (datetime.now(UTC) + timedelta(hours=5)).replace(microsecond=0)
    service_client.update_expiry(voucher.cip or 0, deadline)

    report = service.run()

    assert report.changed == [(voucher.id, "expired", "pending")]
    back = load(engine, voucher)
    assert back.status == "pending" and back.expires_at == deadline
    assert history(engine, voucher)[-1].reason == Reason.REMOTE_EXTENDED


def test_a_new_deadline_at_pagoefectivo_is_recorded_for_a_pending_voucher(
    issuer: IssueService, engine: Engine, service_client: PagoEfectivoClient
) -> None:
    voucher = issue(issuer)
    deadline = (datetime.now(UTC) + timedelta(hours=30)).replace(microsecond=0)
    service_client.update_expiry(voucher.cip or 0, deadline)

    report = syncer(engine, service_client).run()

    assert report.changed == [] and load(engine, voucher).expires_at == deadline
    note = history(engine, voucher)[-1]
    assert (note.kind, note.from_status, note.to_status, note.source) == (
        "note",
        "pending",
        "pending",
        "poll",
    )
    assert verify_all(engine, "demo") == []


def test_paid_by_hand_but_pending_there_is_a_discrepancy_recorded_once(
    issuer: IssueService, engine: Engine, service_client: PagoEfectivoClient, tmp_path: Path
) -> None:
    voucher = issue(issuer)
    manual = ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "evidence")
    manual.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="pagó en bodega", operation_number="77"
    )
    service = syncer(engine, service_client)

    for _ in range(2):
        report = service.run()
        assert report.changed == []
        assert report.discrepancies == [(voucher.id, voucher.cip, "remote_differs")]

    assert load(engine, voucher).status == "paid"
    found = [e for e in history(engine, voucher) if e.kind == "discrepancy"]
    assert len(found) == 1
    assert (found[0].from_status, found[0].to_status, found[0].source) == (
        "paid",
        "pending",
        "poll",
    )
    assert json.loads(found[0].evidence or "{}")["status"] == 22


def test_an_amount_that_differs_is_a_discrepancy_and_nothing_moves(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer, service_client: PagoEfectivoClient
) -> None:
    voucher = issue(issuer)
    sandbox.pay(voucher.cip or 0)
    with sandbox.state.storage.write() as conn:
        update_cip(conn, voucher.cip or 0, amount_cents=9999)

    report = syncer(engine, service_client).run()

    assert report.changed == [] and report.discrepancies[0].problem == "amount_differs"
    assert load(engine, voucher).status == "pending"


@pytest.mark.parametrize("fault", ["error", "drop"])
def test_errors_stop_the_round_back_off_and_leave_nothing_half_applied(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
    fault: str,
) -> None:
    vouchers = [issue(issuer) for _ in range(3)]
    for voucher in vouchers:
        sandbox.pay(voucher.cip or 0)
    service = syncer(
        engine,
        service_client,
        batch_size=1,
        min_interval=timedelta(minutes=1),
        max_delay=timedelta(minutes=5),
    )

    def break_after_first(done: int, total: int) -> None:
        if done == 1:  # PagoEfectivo fails from the second batch on
            sandbox.faults.add(fault, count=None, method="POST", path="/v1/cips/search")

    report = service.run(progress=break_after_first)

    assert report.errors and not report.reached and not report.finished
    assert report.checked == 1 and len(report.changed) == 1
    first, *rest = vouchers
    assert load(engine, first).status == "paid"
    for voucher in rest:
        untouched = load(engine, voucher)
        assert untouched.status == "pending" and untouched.last_checked_at is None
        assert [e.to_status for e in history(engine, voucher)] == ["issuing", "pending"]
    assert service.next_delay == timedelta(minutes=2)
    delays = []
    for _ in range(3):
        assert service.run().errors
        delays.append(service.next_delay)
    assert delays == [timedelta(minutes=4), timedelta(minutes=5), timedelta(minutes=5)]

    sandbox.faults.clear()
    report = service.run()
    assert report.finished and report.reached and service.next_delay == timedelta(minutes=1)
    assert {load(engine, v).status for v in vouchers} == {"paid"}


def test_a_cancelled_round_stops_between_batches(
    issuer: IssueService, engine: Engine, service_client: PagoEfectivoClient
) -> None:
    for _ in range(3):
        issue(issuer)
    service = syncer(engine, service_client, batch_size=1)
    seen: list[tuple[int, int]] = []

    report = service.run(progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) > 2)

    assert report.cancelled and not report.finished and report.reached
    assert report.checked == 2 and seen == [(0, 3), (1, 3), (2, 3)]
    assert service.failures == 0


def test_recheck_asks_about_one_voucher_now_even_a_paid_one(
    issuer: IssueService, engine: Engine, sandbox: SandboxServer, service_client: PagoEfectivoClient
) -> None:
    asked, other = issue(issuer), issue(issuer)
    sandbox.pay(asked.cip or 0, "OP-1")
    sandbox.pay(other.cip or 0, "OP-2")
    service = syncer(engine, service_client)

    report = service.recheck(asked.id or 0)

    assert report.finished and report.total == report.checked == 1
    assert report.changed == [(asked.id, "pending", "paid")]
    assert load(engine, asked).status == "paid" and load(engine, other).status == "pending"
    again = service.recheck(asked.id or 0)  # a paid voucher is still asked about
    assert again.checked == 1 and again.changed == []
    assert service.failures == 0  # a single re-check leaves the rounds' back-off alone


def test_recheck_of_a_voucher_without_a_cip_asks_nothing(
    engine: Engine, service_client: PagoEfectivoClient
) -> None:
    with session_scope(engine) as session:
        draft = Voucher(
            profile="demo",
            transaction_code="PD-NOCIP",
            status="failed",
            amount_cents=100,
            currency="PEN",
            email="a@b.pe",
            created_at=datetime.now(UTC),
        )
        add_voucher(session, draft, actor=person("Ana"), at=datetime.now(UTC))
        voucher_id = draft.id or 0
    report = syncer(engine, service_client).recheck(voucher_id)
    assert report.total == 0 and report.finished
