"""The Conciliación queues over real parts: the store (SQLite, and PostgreSQL when configured),
the sandbox on loopback, the sync, manual reconciliation and the webhook intake."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.domain.events import Reason
from desktop.domain.limatime import shifted_clock
from desktop.domain.money import Currency, Money
from desktop.domain.staff import NOBODY, SYNC_ACTOR, WEBHOOK_ACTOR, Role, StaffError
from desktop.domain.status import EventSource, VoucherStatus
from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient
from desktop.sandbox import SandboxServer
from desktop.services.audit import verify_all
from desktop.services.issuing import IssueService
from desktop.services.queue_sql import queue_statements
from desktop.services.queues import ReconciliationQueues
from desktop.services.reconcile import ManualReconciliation, ReconcileError
from desktop.services.sync import SyncService
from desktop.services.webhook_intake import Outcome, WebhookIntake
from desktop.store.engine import open_store, session_scope, sqlite_url
from desktop.store.tables import Voucher
from desktop.store.vouchers import apply_move, record_discrepancy
from tests.integration.conftest import TEST_CREDENTIALS
from tests.services.helpers import expire_by_hand_as_before, history, load, pay_as_before
from tests.staffing import person
from tests.store.conftest import T0, db_url, new_voucher  # noqa: F401  (db_url: a fixture)
from tests.webhook.helpers import paid_body, sign


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811  (SQLite, and PostgreSQL when set)
    store = open_store(db_url)
    yield store
    store.dispose()


@pytest.fixture
def manual(engine: Engine, tmp_path: Path) -> ManualReconciliation:
    return ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "evidence")


@pytest.fixture
def queues(engine: Engine, manual: ManualReconciliation) -> ReconciliationQueues:
    return ReconciliationQueues(engine, "demo", manual)


def issue(issuer: IssueService, amount: str = "15", hours: float = 48) -> Voucher:
    data = IssueInput(
        amount=amount,
        email="cliente@example.pe",
        first_name="Rosa",
        last_name="Quispe",
        expires_in=timedelta(hours=hours),
    )
    voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    assert voucher.cip is not None
    return voucher


def sync(engine: Engine, client: PagoEfectivoClient, **options: object) -> SyncService:
    return SyncService(engine, client, "demo", **options)  # type: ignore[arg-type]


def ids(items: list) -> list[int]:  # type: ignore[type-arg]
    return [item.voucher_id for item in items]


def test_a_discrepancy_waits_for_a_person_and_a_review_clears_it_for_good(
    issuer: IssueService,
    engine: Engine,
    manual: ManualReconciliation,
    queues: ReconciliationQueues,
    service_client: PagoEfectivoClient,
    sandbox: SandboxServer,
) -> None:
    voucher, calm = issue(issuer), issue(issuer, "20")
    manual.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="pagó en bodega", operation_number="77"
    )
    syncer = sync(engine, service_client)
    syncer.run()  # PagoEfectivo still says 22: paid here, pending there

    (item,) = queues.discrepancies()
    assert (item.voucher_id, item.cip, item.status) == (voucher.id, voucher.cip, "paid")
    assert (item.problem, item.reported, item.source, item.actor) == (
        "remote_differs",
        "pending",
        "poll",
        "sync",
    )
    assert (item.customer, item.money) == ("Rosa Quispe", Money(1500, Currency.PEN))
    assert item.at is not None and item.at.tzinfo is not None

    event_id = queues.mark_reviewed(
        voucher.id or 0, person("Luis (caja 2)"), "coincide con el extracto"
    )
    assert queues.discrepancies() == []
    note = history(engine, voucher)[-1]
    assert (note.id, note.kind, note.source, note.actor, note.reason) == (
        event_id,
        "note",
        "manual",
        "Luis (caja 2)",
        f"{Reason.REVIEWED}: coincide con el extracto",
    )
    assert note.from_status == note.to_status == "paid"

    syncer.run()  # the same disagreement is recorded again after the note...
    repeats = [e for e in history(engine, voucher) if e.kind == "discrepancy"]
    assert len(repeats) == 2
    assert queues.discrepancies() == []  # ...but a person has seen it already

    sandbox.expire(voucher.cip or 0)  # something new: PagoEfectivo now says expired
    syncer.run()
    (again,) = queues.discrepancies()
    assert (again.voucher_id, again.reported) == (voucher.id, "expired")
    assert calm.id not in ids(queues.discrepancies())
    assert verify_all(engine, "demo") == []


def test_only_a_review_of_the_same_voucher_silences_a_repeat(
    engine: Engine, queues: ReconciliationQueues
) -> None:
    def disagree(voucher: Voucher) -> None:
        with session_scope(engine) as session:
            record_discrepancy(
                session,
                load(engine, voucher),
                VoucherStatus.EXPIRED,
                source=EventSource.POLL,
                actor=SYNC_ACTOR,
                at=datetime.now(UTC),
                reason="remote_differs",
                evidence='{"status": 21}',
            )

    with session_scope(engine) as session:
        never_reviewed = new_voucher(session, 1)
        reviewed = new_voucher(session, 2)
    disagree(never_reviewed)
    disagree(never_reviewed)  # the same thing said twice, nobody looked at it
    queues.mark_reviewed(reviewed.id or 0, person("Ana"))
    disagree(reviewed)
    assert sorted(ids(queues.discrepancies())) == [never_reviewed.id, reviewed.id]
    disagree(reviewed)
    queues.mark_reviewed(reviewed.id or 0, person("Ana"))
    disagree(reviewed)  # a repeat of what was reviewed
    assert ids(queues.discrepancies()) == [never_reviewed.id]


def test_an_approval_request_is_not_a_discrepancy_but_an_approval(
    issuer: IssueService, manual: ManualReconciliation, queues: ReconciliationQueues
) -> None:
    voucher = issue(issuer)
    manual.require_second_approval = True
    manual.mark_paid(
        voucher.id or 0, actor=person("Ana", Role.CASHIER), reason="Yape", operation_number="55"
    )

    assert queues.discrepancies() == []
    (item,) = queues.approvals()
    assert (item.voucher_id, item.problem, item.actor, item.reason) == (
        voucher.id,
        Reason.APPROVAL_REQUESTED,
        "Ana",
        "Yape",
    )
    assert item.event_id is not None and item.money.cents == 1500
    manual.approve(item.event_id, person("Luis"))
    assert queues.approvals() == []


def test_expiring_lists_pending_vouchers_due_within_the_window_soonest_first(
    issuer: IssueService,
    engine: Engine,
    manual: ManualReconciliation,
    service_client: PagoEfectivoClient,
) -> None:
    later, sooner, far = issue(issuer, hours=20), issue(issuer, hours=3), issue(issuer, hours=30)
    paid = issue(issuer, hours=2)
    manual.mark_paid(paid.id or 0, actor=person("Ana"), reason="pagó", operation_number="1")
    queues = ReconciliationQueues(engine, "demo", manual)

    items = queues.expiring()
    assert ids(items) == [sooner.id, later.id]
    assert items[0].at == load(engine, sooner).expires_at
    assert ids(queues.expiring(within=timedelta(hours=48))) == [sooner.id, later.id, far.id]
    tomorrow = ReconciliationQueues(engine, "demo", manual, clock=shifted_clock(timedelta(days=1)))
    assert ids(tomorrow.expiring()) == [far.id]  # the others are past their deadline by then


def test_unconfirmed_shows_issues_whose_answer_was_lost_not_ones_still_waiting(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    queues: ReconciliationQueues,
    manual: ManualReconciliation,
) -> None:
    sandbox.faults.add("drop", count=1, method="POST", path="/v1/cips")
    lost = issuer.issue(validate_issue(IssueInput(amount="9", email="a@b.pe"), datetime.now(UTC)))
    issue(issuer)  # a normal one
    with session_scope(engine) as session:  # an issue whose answer is still on its way
        waiting = new_voucher(
            session, 1, status=VoucherStatus.ISSUING, cip=None, created_at=datetime.now(UTC)
        )

    (item,) = queues.unconfirmed()
    assert (item.voucher_id, item.problem, item.cip) == (lost.voucher.id, "outcome_unknown", None)
    assert item.actor == "Ana (caja 1)"
    later = ReconciliationQueues(engine, "demo", manual, clock=shifted_clock(timedelta(minutes=5)))
    assert ids(later.unconfirmed()) == [lost.voucher.id, waiting.id]  # the app died meanwhile

    issuer.discard(lost.voucher.id or 0)
    assert queues.unconfirmed() == []


def test_late_payments_are_paid_after_the_deadline_and_stay_until_reviewed(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    manual: ManualReconciliation,
    queues: ReconciliationQueues,
    service_client: PagoEfectivoClient,
) -> None:
    by_sync, by_hand, on_time = issue(issuer, hours=1), issue(issuer), issue(issuer)
    # This PC is 3 h ahead: past deadline + grace, the voucher expires here...
    sync(engine, service_client, clock=shifted_clock(timedelta(hours=3, minutes=20))).run()
    assert load(engine, by_sync).status == "expired"
    sandbox.pay(by_sync.cip or 0, "OP-9")  # ...but the customer paid in time at the agent
    sandbox.expire(by_hand.cip or 0)  # PagoEfectivo ends this one now (its deadline: now)
    sandbox.pay(on_time.cip or 0, "OP-1")
    sync(engine, service_client).run()
    manual.mark_paid(
        by_hand.id or 0, actor=person("Ana"), reason="constancia", operation_number="12"
    )

    # Late means paid after the deadline (domain.status.is_late_payment), not "was expired
    # here": the one paid in time is no late payment, though this PC had expired it.
    items = queues.late_payments()
    assert ids(items) == [by_hand.id]
    assert [(i.problem, i.source, i.status) for i in items] == [("late", "manual", "paid")]
    assert load(engine, by_sync).status == "paid"
    assert not (history(engine, by_sync)[-1].reason or "").startswith("late")
    in_a_month = ReconciliationQueues(
        engine, "demo", manual, clock=shifted_clock(timedelta(days=31))
    )
    assert in_a_month.late_payments() == []
    assert ids(in_a_month.late_payments(days=40)) == [by_hand.id]
    queues.mark_reviewed(by_hand.id or 0, person("Luis"))
    assert queues.late_payments() == []
    assert history(engine, by_hand)[-1].reason == Reason.REVIEWED


def test_a_payment_dated_after_the_deadline_is_late_even_from_pending(
    engine: Engine, manual: ManualReconciliation
) -> None:
    now = T0 + timedelta(days=2)
    queues = ReconciliationQueues(engine, "demo", manual, clock=lambda: now)
    with session_scope(engine) as session:
        voucher = new_voucher(session, 1, expires_at=now)
        on_time = new_voucher(session, 2, expires_at=now + timedelta(minutes=10))
        for one, paid_at in ((voucher, now + timedelta(minutes=5)), (on_time, now)):
            apply_move(
                session,
                one,
                VoucherStatus.PAID,
                source=EventSource.WEBHOOK,
                actor=WEBHOOK_ACTOR,
                at=now,
                changes={"paid_at": paid_at},
            )
    assert ids(queues.late_payments()) == [voucher.id]


def test_a_payment_in_time_an_older_version_flagged_late_is_not_a_late_payment(
    engine: Engine, manual: ManualReconciliation
) -> None:
    """Marked expired early and paid before the deadline: versions before issue 13 recorded
    the move as "late"; the queue and its count follow domain.status.is_late_payment."""
    now = T0 + timedelta(days=3)
    queues = ReconciliationQueues(engine, "demo", manual, clock=lambda: now)
    with session_scope(engine) as session:
        in_time, late = new_voucher(session, 1), new_voucher(session, 2)  # due T0 + 48 h
    for voucher, paid_at in ((in_time, T0 + timedelta(hours=30)), (late, now)):
        expire_by_hand_as_before(engine, voucher.id or 0, T0 + timedelta(hours=2))
        pay_as_before(engine, voucher.id or 0, now, paid_at)

    assert ids(queues.late_payments()) == [late.id]
    assert queues.snapshot().counts["late_payments"] == 1


def test_unknown_notifications_are_listed_with_their_amount(
    engine: Engine, queues: ReconciliationQueues, issuer: IssueService
) -> None:
    ours = issue(issuer)
    intake = WebhookIntake(engine, "demo", TEST_CREDENTIALS.secret_key)
    body = paid_body(cip=99887766, operation="4455", amount="48.20", code="X-1")
    assert intake.receive(body, sign(body, TEST_CREDENTIALS.secret_key), "10.0.0.9").outcome is (
        Outcome.UNKNOWN_CIP
    )
    mine = paid_body(cip=ours.cip or 0, amount="15.00", code=ours.transaction_code)
    assert intake.receive(mine, sign(mine, TEST_CREDENTIALS.secret_key), None).outcome is (
        Outcome.APPLIED
    )

    (unknown,) = queues.unknown_notifications()
    assert (unknown.cip, unknown.operation_number, unknown.money) == (
        99887766,
        "4455",
        Money(4820, Currency.PEN),
    )
    assert unknown.remote_address == "10.0.0.9"
    later = ReconciliationQueues(engine, "demo", queues._reconciliation)  # noqa: SLF001
    assert later.unknown_notifications(days=0) == []


def test_snapshot_counts_stay_exact_when_a_list_is_cut(
    engine: Engine, manual: ManualReconciliation
) -> None:
    with session_scope(engine) as session:
        for n in range(7):
            new_voucher(session, n, created_at=T0, expires_at=T0 + timedelta(hours=n + 1))
    queues = ReconciliationQueues(engine, "demo", manual, limit=5, clock=lambda: T0)
    snapshot = queues.snapshot()
    assert len(snapshot.expiring) == 5 and snapshot.counts["expiring"] == 7
    assert snapshot.counts["discrepancies"] == snapshot.counts["unconfirmed"] == 0


def test_mark_reviewed_refuses_what_it_cannot_record(
    issuer: IssueService, engine: Engine, queues: ReconciliationQueues
) -> None:
    voucher = issue(issuer)
    before = len(history(engine, voucher))
    with pytest.raises(StaffError) as no_name:
        queues.mark_reviewed(voucher.id or 0, NOBODY)
    with pytest.raises(ReconcileError) as too_long:
        queues.mark_reviewed(voucher.id or 0, person("Ana"), "x" * 501)
    other = ReconciliationQueues(engine, "tienda", queues._reconciliation)  # noqa: SLF001
    with pytest.raises(ReconcileError) as foreign:
        other.mark_reviewed(voucher.id or 0, person("Ana"))
    assert (no_name.value.code, too_long.value.code, foreign.value.code) == (
        "not_authenticated",
        "reason_too_long",
        "wrong_profile",
    )
    assert len(history(engine, voucher)) == before


def test_every_queue_reads_through_an_index_on_sqlite(tmp_path: Path) -> None:
    store = open_store(sqlite_url(tmp_path / "plan.sqlite3"))
    try:
        with store.connect() as connection:
            for name, statement in queue_statements("demo", datetime.now(UTC)).items():
                sql = statement.compile(store, compile_kwargs={"literal_binds": True})
                plan = [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
                scans = [step for step in plan if step.startswith("SCAN")]
                assert scans == [], (name, plan)
                assert any("USING INDEX" in step for step in plan), (name, plan)
    finally:
        store.dispose()


def test_a_new_discrepancy_stays_when_a_reviewed_one_is_repeated_after_it(
    issuer: IssueService,
    engine: Engine,
    manual: ManualReconciliation,
    queues: ReconciliationQueues,
    service_client: PagoEfectivoClient,
) -> None:
    voucher = issue(issuer)
    manual.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="pagó en bodega", operation_number="77"
    )
    syncer = sync(engine, service_client)
    syncer.run()  # paid here, pending there: remote_differs
    queues.mark_reviewed(voucher.id or 0, person("Luis"))
    assert queues.discrepancies() == []

    # Something new: PagoEfectivo notifies a payment with another operation (paid twice?)
    intake = WebhookIntake(engine, "demo", TEST_CREDENTIALS.secret_key)
    body = paid_body(cip=voucher.cip or 0, operation="9911", amount="15.00")
    body = body.replace(b"ORD-1001", voucher.transaction_code.encode())
    signature = sign(body, TEST_CREDENTIALS.secret_key)
    assert intake.receive(body, signature, None).outcome is Outcome.DISCREPANCY
    (item,) = queues.discrepancies()
    assert item.problem == "operation_differs"

    syncer.run()  # the reviewed disagreement is said again after it...
    (still,) = queues.discrepancies()  # ...and must not hide what nobody has seen
    assert still.voucher_id == voucher.id
