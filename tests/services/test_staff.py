"""Staff accounts over a real store (SQLite, and PostgreSQL when set): sign-in, lockout,
the administrator's changes and their limits, the demo's users, the staff audit chain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from desktop.domain.staff import (
    DEMO_USERS,
    LOCKOUT,
    Action,
    Actor,
    NotAllowed,
    Role,
    StaffError,
    secret_problem,
)
from desktop.services.staff import StaffService
from desktop.store.staff import StaffUser

T0 = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # argon2id, test-sized


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def staff(engine: Engine, clock: Clock) -> StaffService:
    return StaffService(engine, "tienda", clock=clock, hasher=CHEAP)


@pytest.fixture
def admin(staff: StaffService) -> Actor:
    return staff.create_first_admin("Rosa", "4826")


def codes(error: pytest.ExceptionInfo[StaffError]) -> tuple[str, str]:
    return error.value.code, error.value.detail


@pytest.mark.parametrize(
    ("secret", "problem"),
    [
        ("", "pin_required"),
        ("123", "pin_length"),
        ("123456789", "pin_length"),
        ("0000", "pin_repeated"),
        ("1234", "pin_sequence"),
        ("98765", "pin_sequence"),
        ("8901", "pin_sequence"),
        ("corta", "password_length"),
        ("clave\x07larga", "pin_characters"),
        ("4826", None),
        ("una clave larga", None),
    ],
)
def test_weak_pins_are_refused_with_the_reason(secret: str, problem: str | None) -> None:
    assert secret_problem(secret) == problem


def test_the_first_user_is_the_administrator_and_only_once(
    staff: StaffService, engine: Engine
) -> None:
    assert not staff.has_users()
    with pytest.raises(StaffError) as weak:
        staff.create_first_admin("Rosa", "1111")
    assert weak.value.code == "pin_repeated" and not staff.has_users()

    rosa = staff.create_first_admin("Rosa", "4826")

    assert (rosa.name, rosa.role) == ("Rosa", Role.ADMIN) and rosa.is_person
    with pytest.raises(StaffError) as again:
        staff.create_first_admin("Luis", "4826")
    assert again.value.code == "users_exist"
    with Session(engine) as session:
        stored = session.exec(select(StaffUser)).one()
    assert stored.secret_hash.startswith("$argon2id$") and "4826" not in stored.secret_hash


def test_sign_in_records_success_and_refusals(staff: StaffService, admin: Actor) -> None:
    assert staff.authenticate(" rosa ", "4826") == admin  # names match ignoring case
    with pytest.raises(StaffError) as wrong:
        staff.authenticate("Rosa", "4827")
    with pytest.raises(StaffError) as unknown:
        staff.authenticate("Nadie", "4826")
    assert codes(wrong) == ("pin_wrong", "4") and unknown.value.code == "unknown_user"
    kinds = [(e.kind, e.user) for e in staff.events()]
    assert kinds[-2:] == [("login", "Rosa"), ("pin_failed", "Rosa")]


def test_a_name_is_found_however_its_spaces_and_case_are_typed(
    staff: StaffService, admin: Actor
) -> None:
    added = staff.add_user(admin, "  Ana   María ", Role.CASHIER, "3719")
    assert added.name == "Ana María"
    assert staff.authenticate("ana  maría", "3719").name == "Ana María"
    found = staff.find(" ANA MARÍA")
    assert found is not None and found.id == added.id
    assert staff.find("Ana") is None


def test_five_wrong_pins_lock_the_user_out_for_five_minutes(
    staff: StaffService, admin: Actor, clock: Clock
) -> None:
    cajera = staff.add_user(admin, "Ana", Role.CASHIER, "3719")
    for left in (4, 3, 2, 1):
        with pytest.raises(StaffError) as wrong:
            staff.authenticate("Ana", "0000")
        assert codes(wrong) == ("pin_wrong", str(left))
    with pytest.raises(StaffError) as fifth:
        staff.authenticate("Ana", "0000")
    until = T0 + LOCKOUT
    assert codes(fifth) == ("locked_out", until.isoformat())
    with pytest.raises(StaffError) as right_but_locked:  # the right PIN waits as well
        staff.authenticate("Ana", "3719")
    assert right_but_locked.value.code == "locked_out"
    assert staff.events()[-1].kind == "locked_out"

    clock.now = until + timedelta(seconds=1)
    assert staff.authenticate("Ana", "3719") == cajera.actor
    with pytest.raises(StaffError) as counted_again:  # the count started over
        staff.authenticate("Ana", "0000")
    assert codes(counted_again) == ("pin_wrong", "4")


def test_a_supervisor_resets_a_cashiers_pin_and_lifts_the_lockout(
    staff: StaffService, admin: Actor
) -> None:
    ana = staff.add_user(admin, "Ana", Role.CASHIER, "3719")
    sofia = staff.add_user(admin, "Sofía", Role.SUPERVISOR, "5082").actor
    for _ in range(5):
        with pytest.raises(StaffError):
            staff.authenticate("Ana", "0000")

    reset = staff.reset_pin(sofia, ana.id, "6295", ana.version)

    assert staff.authenticate("Ana", "6295").user_id == ana.id and reset.version == 2
    with pytest.raises(NotAllowed):  # a supervisor resets cashiers only
        staff.reset_pin(sofia, admin.user_id or 0, "7351", 1)
    with pytest.raises(NotAllowed):
        staff.reset_pin(ana.actor, ana.id, "7351", reset.version)


def test_the_last_administrator_stays(staff: StaffService, admin: Actor) -> None:
    me = next(u for u in staff.users() if u.id == admin.user_id)
    with pytest.raises(StaffError) as demote:
        staff.set_role(admin, me.id, Role.SUPERVISOR, me.version)
    with pytest.raises(StaffError) as disable:
        staff.set_active(admin, me.id, False, me.version)
    assert demote.value.code == disable.value.code == "last_admin"

    other = staff.add_user(admin, "Luis", Role.ADMIN, "5082")
    assert staff.set_role(admin, me.id, Role.SUPERVISOR, me.version).role is Role.SUPERVISOR
    with pytest.raises(StaffError) as last:
        staff.set_active(other.actor, other.id, False, other.version)
    assert last.value.code == "last_admin"


def test_two_stations_changing_one_user_one_wins_the_other_is_told(
    engine: Engine, clock: Clock, admin: Actor
) -> None:
    here = StaffService(engine, "tienda", clock=clock, hasher=CHEAP)
    there = StaffService(engine, "tienda", clock=clock, hasher=CHEAP)
    ana = here.add_user(admin, "Ana", Role.CASHIER, "3719")
    seen_there = next(u for u in there.users() if u.id == ana.id)

    here.set_role(admin, ana.id, Role.SUPERVISOR, ana.version)
    with pytest.raises(StaffError) as late:
        there.set_active(admin, seen_there.id, False, seen_there.version)

    assert late.value.code == "changed_elsewhere"
    now = next(u for u in there.users() if u.id == ana.id)
    assert (now.role, now.active) == (Role.SUPERVISOR, True)


def test_a_disabled_user_cannot_sign_in_and_keeps_their_name_in_the_trail(
    staff: StaffService, admin: Actor
) -> None:
    ana = staff.add_user(admin, "Ana", Role.CASHIER, "3719")
    staff.authenticate("Ana", "3719")
    staff.set_active(admin, ana.id, False, ana.version)
    with pytest.raises(StaffError) as refused:
        staff.authenticate("Ana", "3719")
    assert refused.value.code == "user_disabled"
    trail = [(e.kind, e.user, e.subject) for e in staff.events()]
    assert ("login", "Ana", None) in trail and trail[-1] == ("user_disabled", "Rosa", "Ana")


def test_only_an_administrator_manages_users(staff: StaffService, admin: Actor) -> None:
    sofia = staff.add_user(admin, "Sofía", Role.SUPERVISOR, "5082").actor
    with pytest.raises(NotAllowed) as refused:
        staff.add_user(sofia, "Luis", Role.CASHIER, "3719")
    assert refused.value.action is Action.MANAGE_USERS and refused.value.detail == "administrador"
    with pytest.raises(StaffError) as taken:
        staff.add_user(admin, "sofía", Role.CASHIER, "3719")
    assert taken.value.code == "name_taken"
    with pytest.raises(StaffError) as nobody:
        staff.add_user(Actor("Rosa"), "Luis", Role.CASHIER, "3719")  # a name is not a sign-in
    assert nobody.value.code == "not_authenticated"


def test_the_override_refuses_the_requester_and_a_role_without_the_right(
    staff: StaffService, admin: Actor
) -> None:
    ana = staff.add_user(admin, "Ana", Role.CASHIER, "3719").actor
    sofia = staff.add_user(admin, "Sofía", Role.SUPERVISOR, "5082").actor
    luis = staff.add_user(admin, "Luis", Role.CASHIER, "6295").actor
    assert staff.override("Sofía", "5082", Action.APPROVE, ana) == sofia
    with pytest.raises(StaffError) as same:
        staff.override("Sofía", "5082", Action.APPROVE, sofia)
    with pytest.raises(NotAllowed):
        staff.override("Luis", "6295", Action.APPROVE, ana)
    with pytest.raises(StaffError) as wrong:
        staff.override("Sofía", "0000", Action.APPROVE, ana)
    assert same.value.code == "same_person" and wrong.value.code == "pin_wrong"
    assert luis.role is Role.CASHIER
    assert [e.kind for e in staff.events()].count("override") == 3  # each accepted PIN


def test_the_demo_ships_its_three_users_with_their_documented_pins(engine: Engine) -> None:
    demo = StaffService(engine, "demo", demo=True)
    for name, role, pin in DEMO_USERS:
        signed = demo.authenticate(name, pin)
        assert (signed.name, signed.role) == (name, role)
    assert demo.demo_actor().name == "Demo"
    with pytest.raises(StaffError) as real:
        StaffService(engine, "tienda").demo_actor()
    assert real.value.code == "user_required"


def test_the_staff_trail_is_chained_and_an_edit_is_caught(
    staff: StaffService, admin: Actor, engine: Engine
) -> None:
    staff.add_user(admin, "Ana", Role.CASHIER, "3719")
    staff.authenticate("Ana", "3719")
    assert staff.broken_link() is None
    with engine.begin() as connection:
        connection.execute(text("UPDATE staff_events SET user_name = 'Otra' WHERE kind = 'login'"))
    assert staff.broken_link() == 3
