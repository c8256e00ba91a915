"""The permission matrix as the services apply it: every gated action by every role, over
the real store (both engines) and the sandbox on loopback; and nothing is recorded for
someone who did not sign in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from desktop.domain.staff import (
    NOBODY,
    PERMISSIONS,
    Action,
    Actor,
    NotAllowed,
    Role,
    StaffError,
    allows,
)
from desktop.domain.validation import IssueInput, IssueLimits, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient
from desktop.services.changes import VoucherChanges
from desktop.services.issuing import IssueService
from desktop.services.queues import ReconciliationQueues
from desktop.services.reconcile import ManualReconciliation
from desktop.services.settlement import SettlementImport
from desktop.services.settlement_lines import SettlementPreview
from desktop.services.staff import StaffService
from desktop.store.tables import VoucherEvent
from desktop.store.vouchers import get_voucher

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
LIMITS = IssueLimits(max_expiry=timedelta(days=30))


@dataclass
class Shop:
    engine: Engine
    client: PagoEfectivoClient
    staff: StaffService
    people: dict[Role, Actor]
    cashier_b: Actor  # another cashier: whose requests get approved
    evidence: Path

    def issue(self, actor: Actor | None = None) -> int:
        data = IssueInput(amount="15", email="cliente@example.pe")
        issuer = IssueService(
            self.engine, self.client, "demo", actor=actor or self.people[Role.ADMIN]
        )
        voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
        assert voucher.id is not None and voucher.cip is not None
        return voucher.id

    def changes(self, actor: Actor) -> VoucherChanges:
        return VoucherChanges(self.engine, self.client, "demo", actor=actor, limits=LIMITS)

    def manual(self, *, second_approval: bool = False) -> ManualReconciliation:
        return ManualReconciliation(
            self.engine,
            "demo",
            evidence_dir=self.evidence,
            require_second_approval=second_approval,
        )


@pytest.fixture
def shop(engine: Engine, service_client: PagoEfectivoClient, tmp_path: Path) -> Shop:
    staff = StaffService(engine, "demo", hasher=CHEAP)
    admin = staff.create_first_admin("Rosa", "4826")
    people = {Role.ADMIN: admin}
    for name, role, pin in (("Ana", Role.CASHIER, "3719"), ("Sofía", Role.SUPERVISOR, "5082")):
        people[role] = staff.add_user(admin, name, role, pin).actor
    other = staff.add_user(admin, "Beto", Role.CASHIER, "6295").actor
    return Shop(engine, service_client, staff, people, other, tmp_path / "evidence")


def _deadline(shop: Shop, voucher_id: int, hours: int) -> datetime:
    with Session(shop.engine) as session:
        expires = get_voucher(session, voucher_id).expires_at
    assert expires is not None
    return expires + timedelta(hours=hours)


def _request(shop: Shop) -> int:
    voucher_id = shop.issue()
    asked = shop.manual(second_approval=True).mark_paid(
        voucher_id, actor=shop.cashier_b, reason="pagó", operation_number="77"
    )
    assert asked.request is not None
    return asked.request.event_id


# Each gated action, done by ``actor`` on a fresh voucher of ``shop``.
ATTEMPTS: dict[Action, Callable[[Shop, Actor], object]] = {
    Action.ISSUE: lambda shop, actor: shop.issue(actor),
    Action.EXTEND: lambda shop, actor: (
        shop.changes(actor).extend(v, _deadline(shop, v, 24)) if (v := shop.issue()) else None
    ),
    Action.EXTEND_LONG: lambda shop, actor: (
        shop.changes(actor).extend(v, _deadline(shop, v, 96)) if (v := shop.issue()) else None
    ),
    Action.ANNUL: lambda shop, actor: shop.changes(actor).annul(shop.issue(), "no vino"),
    Action.MARK: lambda shop, actor: shop.manual().mark_paid(
        shop.issue(), actor=actor, reason="pagó", operation_number="55"
    ),
    Action.APPROVE: lambda shop, actor: shop.manual(second_approval=True).approve(
        _request(shop), actor
    ),
    Action.IMPORT_SETTLEMENT: lambda shop, actor: SettlementImport(
        shop.engine, "demo", actor=actor
    ).apply(SettlementPreview("0" * 64, [], [], "vacia.csv")),
    Action.REVIEW: lambda shop, actor: ReconciliationQueues(
        shop.engine, "demo", shop.manual()
    ).mark_reviewed(shop.issue(), actor, "visto"),
    Action.MANAGE_USERS: lambda shop, actor: shop.staff.add_user(
        actor, f"Nuevo {actor.name}", Role.CASHIER, "8203"
    ),
    Action.RESET_CASHIER_PIN: lambda shop, actor: shop.staff.reset_pin(
        actor,
        shop.cashier_b.user_id or 0,
        "8203",
        next(u.version for u in shop.staff.users() if u.id == shop.cashier_b.user_id),
    ),
}


def test_the_matrix_is_what_the_issue_says() -> None:
    cashier, supervisor, admin = (PERMISSIONS[r] for r in Role)
    assert cashier < supervisor < admin
    assert {Action.ANNUL, Action.APPROVE, Action.MARK_DIRECT} <= supervisor - cashier
    assert {Action.IMPORT_SETTLEMENT, Action.REPORT_ALL, Action.REVIEW} <= supervisor - cashier
    assert admin - supervisor == {
        Action.MANAGE_USERS,
        Action.MANAGE_PROFILES,
        Action.MANAGE_SETTINGS,
    }
    assert not allows(None, Action.ISSUE) and not allows("gerente", Action.ISSUE)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(ATTEMPTS))
def test_every_gated_action_by_every_role(shop: Shop, role: Role, action: Action) -> None:
    actor = shop.people[role]
    if allows(role, action):
        ATTEMPTS[action](shop, actor)
        return
    with pytest.raises(NotAllowed) as refused:
        ATTEMPTS[action](shop, actor)
    assert refused.value.action is action


@pytest.mark.parametrize("role", list(Role))
def test_with_second_approval_a_cashier_asks_and_a_supervisor_marks(shop: Shop, role: Role) -> None:
    manual = shop.manual(second_approval=True)
    paid = manual.mark_paid(
        shop.issue(), actor=shop.people[role], reason="pagó", operation_number="55"
    )
    direct = allows(role, Action.MARK_DIRECT)
    assert paid.applied is direct and (paid.request is None) is direct


def event_count(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(VoucherEvent)).one())


@pytest.mark.parametrize("action", list(ATTEMPTS))
@pytest.mark.parametrize("who", [NOBODY, Actor("Rosa"), Actor("Rosa", role=Role.ADMIN)])
def test_no_event_is_written_without_a_signed_in_user(
    shop: Shop, action: Action, who: Actor
) -> None:
    before = event_count(shop.engine)
    calls: list[int] = []
    original = shop.issue

    def counted_issue(actor: Actor | None = None) -> int:  # the fixture's own vouchers
        voucher_id = original(actor)
        if actor is None:
            calls.append(voucher_id)
        return voucher_id

    shop.issue = counted_issue  # type: ignore[method-assign]
    with pytest.raises(StaffError) as refused:
        ATTEMPTS[action](shop, who)
    assert refused.value.code == "not_authenticated"
    # What the test's own setup wrote (each voucher: created + pending; a request: 1).
    made_by_setup = 2 * len(calls) + (1 if action is Action.APPROVE else 0)
    assert event_count(shop.engine) - before == made_by_setup
