"""The sync's fast path: answers that change nothing are stamped in one UPDATE per batch.

``leaves_unchanged`` must never claim "nothing to do" where ``VoucherCheck.decide`` would act:
every combination of local state, remote state, amount, deadline and time is tried on real
vouchers, and wherever it says "unchanged", running the full rules writes nothing.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.money import Currency
from desktop.domain.staff import SYNC_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.pagoefectivo import CipInfo, PagoEfectivoClient
from desktop.sandbox import SandboxServer
from desktop.services.issuing import IssueService
from desktop.services.sync import SyncService
from desktop.services.sync_check import VoucherCheck, leaves_unchanged
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher
from desktop.store.vouchers import add_voucher, apply_move, events_of
from tests.services.helpers import history, load
from tests.services.test_sync import issue
from tests.staffing import person

S = VoucherStatus
T0 = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
DEADLINE = T0 + timedelta(hours=48)
GRACE = timedelta(hours=2)
PATHS = {
    S.ISSUING: [],
    S.PENDING: [S.PENDING],
    S.EXPIRED: [S.PENDING, S.EXPIRED],
    S.PAID: [S.PENDING, S.PAID],
    S.ANNULLED: [S.PENDING, S.ANNULLED],
}


def seeded(engine: Engine, status: VoucherStatus, cip: int) -> Voucher:
    with session_scope(engine) as session:
        voucher = add_voucher(
            session,
            Voucher(
                profile="demo",
                transaction_code=f"PD-Q-{cip}",
                cip=cip,
                status=S.ISSUING.value,
                amount_cents=2550,
                currency="PEN",
                email="a@b.pe",
                created_at=T0,
                expires_at=DEADLINE,
            ),
            actor=person("tests"),
            at=T0,
        )
        for target in PATHS[status]:
            apply_move(session, voucher, target, source=EventSource.API, actor=person("t"), at=T0)
        return voucher


def answer(cip: int, status: int, amount: str, deadline: datetime | None) -> CipInfo:
    return CipInfo(
        cip=cip,
        transaction_code=f"PD-Q-{cip}",
        amount=Decimal(amount),
        currency=Currency.PEN,
        status=status,
        status_name="",
        date_creation=T0,
        date_expiry=deadline,
        date_payment=T0 + timedelta(hours=1) if status == 23 else None,
        date_removal=T0 + timedelta(hours=1) if status == 25 else None,
        token=None,
    )


def test_unchanged_is_only_claimed_where_the_rules_change_nothing(engine: Engine) -> None:
    combinations = itertools.product(
        PATHS,
        (21, 22, 23, 25, 99),
        ("25.50", "26.00"),
        (DEADLINE, DEADLINE + timedelta(hours=1), DEADLINE + timedelta(milliseconds=300), None),
        (T0 + timedelta(hours=1), DEADLINE + GRACE + timedelta(minutes=1)),
    )
    claimed = []
    for cip, (status, remote, amount, deadline, now) in enumerate(combinations, 3_000_000):
        voucher = seeded(engine, status, cip)
        info = answer(cip, remote, amount, deadline)
        quiet = leaves_unchanged(voucher, info, now, GRACE)
        with session_scope(engine) as session:
            stored = session.get(Voucher, voucher.id)
            assert stored is not None
            before = (stored.model_dump(), len(events_of(session, voucher.id or 0)))
            check = VoucherCheck(session, stored, info, SYNC_ACTOR, now)
            check.decide(GRACE)
            session.flush()
            session.refresh(stored)
            after = (stored.model_dump(), len(events_of(session, voucher.id or 0)))
        if quiet:
            case = (status, remote, amount, deadline, now)
            assert after == before and check.verdict.changes == [], case
            assert check.verdict.problems == [], case
            claimed.append((status, remote))
    # the everyday answers do take the fast path
    assert {(S.PENDING, 22), (S.EXPIRED, 21), (S.EXPIRED, 22), (S.PAID, 23)} <= set(claimed)


def test_a_round_stamps_the_unchanged_without_events_and_moves_the_others(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
) -> None:
    quiet, paid = issue(issuer), issue(issuer)
    sandbox.pay(paid.cip or 0)
    service = SyncService(engine, service_client, "demo")
    events_before = len(history(engine, quiet))

    report = service.run()

    assert report.checked == 2 and report.changed == [(paid.id, "pending", "paid")]
    now = load(engine, quiet)
    assert now.last_checked_at is not None and now.version == quiet.version + 1
    assert len(history(engine, quiet)) == events_before  # a check is not an event
    with Session(engine) as session:
        stamped = session.get(Voucher, quiet.id)
        assert stamped is not None and stamped.status == "pending"

    again = service.run()  # checked again: stamped again, one version further
    assert again.checked == 2 and again.changed == []
    later = load(engine, quiet)
    assert later.version == now.version + 1
    assert later.last_checked_at is not None and later.last_checked_at >= now.last_checked_at
