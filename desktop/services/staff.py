"""Staff accounts of a profile: sign-in with a PIN or password (argon2id hashes only), the
lockout after wrong PINs, the supervisor override, and the administrator's changes, each one
an event in the staff audit trail. Who may do what is ``domain.staff``'s matrix.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.staff import (
    DEMO_ADMIN,
    DEMO_USERS,
    LOCKOUT,
    MAX_FAILED_PINS,
    Action,
    Actor,
    Role,
    StaffError,
    StaffEventKind,
    name_key,
    name_problem,
    require,
    secret_problem,
)
from desktop.services.errors import service
from desktop.services.retry import retry_on_conflict
from desktop.store.engine import session_scope
from desktop.store.staff import (
    StaffEvent,
    StaffUser,
    append_staff_event,
    count_users,
    staff_events,
    user_named,
    users_of,
    verify_staff_chain,
)

# The demo's PINs are public (README); their hashes are made once, here, so opening the demo
# costs no hashing.
_DEMO_HASHES = {
    "Demo": "$argon2id$v=19$m=65536,t=3,p=4$8ARq2kDgQp2VSbokJ605FA$"
    "7tD8e9e8jgAl2V4tDQ97dBYyWLRkanV96U5P9YtaEbU",
    "Ana": "$argon2id$v=19$m=65536,t=3,p=4$3NWwSyNEeN7PQrLntjybCA$"
    "YlKqT8/AEf9AIPgydW9lxbcgFT3UlArcAJGYqHC87vE",
    "Sofía": "$argon2id$v=19$m=65536,t=3,p=4$DxOa891Nx/faevb8tdwheQ$"
    "adZhzw2C+8JCi+i9BysZM9YQ7u7EzRoQzv22hni+8l4",
}
_SYSTEM = "PagoDesk"


@dataclass(frozen=True)
class StaffView:
    """One user as the screens list them (never the hash)."""

    id: int
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
    version: int
    created_by: str
    changed_at: datetime
    changed_by: str

    @property
    def actor(self) -> Actor:
        return Actor(self.name, self.id, self.role)


@dataclass(frozen=True)
class StaffEventView:
    sequence: int
    kind: str
    user: str
    subject: str | None
    details: str | None
    at: datetime


@service
class StaffService:
    """The users of one profile (on PostgreSQL, shared by every station)."""

    def __init__(
        self,
        engine: Engine,
        profile: str,
        *,
        clock: Clock = utc_now,
        hasher: PasswordHasher | None = None,
        demo: bool = False,
    ) -> None:
        self._engine = engine
        self._profile = profile
        self._clock = clock
        self._hasher = hasher or PasswordHasher()
        self._demo = demo

    # -- reading -------------------------------------------------------------------------

    def has_users(self) -> bool:
        self._seed_demo()
        with Session(self._engine) as session:
            return count_users(session, self._profile) > 0

    def users(self) -> list[StaffView]:
        self._seed_demo()
        with Session(self._engine) as session:
            return [_view(u) for u in users_of(session, self._profile)]

    def find(self, name: str) -> StaffView | None:
        """The user called ``name`` (compared as ``name_key`` does), or None."""
        self._seed_demo()
        with Session(self._engine) as session:
            user = user_named(session, self._profile, name)
            return None if user is None else _view(user)

    def events(self, limit: int | None = None) -> list[StaffEventView]:
        with Session(self._engine) as session:
            return [_event_view(e) for e in staff_events(session, self._profile, limit)]

    def broken_link(self) -> int | None:
        """The first staff event whose chain does not hold (None: intact)."""
        with Session(self._engine) as session:
            return verify_staff_chain(session, self._profile)

    def demo_actor(self) -> Actor:
        """The demo's administrator «Demo» (commands without ``--user`` on the demo only)."""
        if not self._demo:
            raise StaffError("user_required", "user")
        self._seed_demo()
        with Session(self._engine) as session:
            user = user_named(session, self._profile, DEMO_ADMIN)
            if user is None or not user.active:
                raise StaffError("user_required", "user")
            return _view(user).actor

    # -- signing in ----------------------------------------------------------------------

    def authenticate(
        self, name: str, secret: str, *, kind: StaffEventKind = StaffEventKind.LOGIN
    ) -> Actor:
        """The user ``name`` if ``secret`` is their PIN or password; recorded as ``kind``
        (a sign-in, or a supervisor's override). Refusals: ``unknown_user``,
        ``user_disabled``, ``locked_out`` (detail: until when, ISO), ``pin_wrong`` (detail:
        attempts left). Five wrong in a row lock the user out for five minutes."""
        self._seed_demo()
        now = self._clock()
        with session_scope(self._engine) as session:
            user = user_named(session, self._profile, name)
            if user is None:
                raise StaffError("unknown_user", "user")
            if not user.active:
                raise StaffError("user_disabled", "user")
            if user.locked_until is not None and user.locked_until > now:
                raise StaffError("locked_out", "pin", user.locked_until.isoformat())
            if self._matches(user.secret_hash, secret):
                _counters(session, user, failed=0, locked_until=None)
                self._event(session, kind, (user.id, user.name), now)
                return _view(user).actor
            failed = user.failed_pins + 1
            if failed >= MAX_FAILED_PINS:
                until = now + LOCKOUT
                _counters(session, user, failed=0, locked_until=until)
                self._event(session, StaffEventKind.LOCKED_OUT, (user.id, user.name), now)
                refusal = StaffError("locked_out", "pin", until.isoformat())
            else:
                _counters(session, user, failed=failed, locked_until=None)
                self._event(session, StaffEventKind.PIN_FAILED, (user.id, user.name), now)
                refusal = StaffError("pin_wrong", "pin", str(MAX_FAILED_PINS - failed))
        raise refusal  # after the commit: the failed attempt stays recorded

    def override(self, name: str, secret: str, action: Action, requester: Actor) -> Actor:
        """A supervisor's PIN on the spot: the supervisor, if their role allows ``action``
        and they are not ``requester`` (by identity)."""
        actor = self.authenticate(name, secret, kind=StaffEventKind.OVERRIDE)
        if actor.user_id == requester.user_id:
            raise StaffError("same_person", "user")
        require(actor, action)
        return actor

    def sign_out(self, actor: Actor, *, locked: bool = False) -> None:
        """Record a sign-out (or the screen locking on ``actor``'s session)."""
        if not actor.is_person:
            return
        kind = StaffEventKind.LOCK if locked else StaffEventKind.LOGOUT
        with session_scope(self._engine) as session:
            self._event(session, kind, (actor.user_id, actor.name), self._clock())

    # -- the administrator's changes ------------------------------------------------------

    def create_first_admin(self, name: str, secret: str) -> Actor:
        """The profile's first user, an administrator (only while it has none)."""
        clean = _checked_name(name)
        hashed = self._hash(secret)
        now = self._clock()
        with session_scope(self._engine) as session:
            if count_users(session, self._profile) > 0:
                raise StaffError("users_exist", "user")
            user = self._insert(session, clean, Role.ADMIN, hashed, clean, now)
            self._event(session, StaffEventKind.USER_ADDED, (user.id, clean), now, user)
            return _view(user).actor

    def add_user(self, by: Actor, name: str, role: Role | str, secret: str) -> StaffView:
        require(by, Action.MANAGE_USERS)
        clean, kind = _checked_name(name), _role(role)
        hashed = self._hash(secret)
        now = self._clock()
        with session_scope(self._engine) as session:
            if user_named(session, self._profile, clean) is not None:
                raise StaffError("name_taken", "name")
            user = self._insert(session, clean, kind, hashed, by.name, now)
            details = {"role": kind.value}
            self._event(session, StaffEventKind.USER_ADDED, _who(by), now, user, details)
            return _view(user)

    def set_role(self, by: Actor, user_id: int, role: Role | str, version: int) -> StaffView:
        require(by, Action.MANAGE_USERS)
        kind = _role(role)
        return self._change(by, user_id, version, StaffEventKind.ROLE_CHANGED, {"role": kind.value})

    def set_active(self, by: Actor, user_id: int, active: bool, version: int) -> StaffView:
        require(by, Action.MANAGE_USERS)
        kind = StaffEventKind.USER_ENABLED if active else StaffEventKind.USER_DISABLED
        return self._change(by, user_id, version, kind, {"active": active})

    def reset_pin(self, by: Actor, user_id: int, secret: str, version: int) -> StaffView:
        """A new PIN or password (and the lockout lifted). An administrator resets anyone's;
        a supervisor, a cashier's."""
        if not by.may(Action.MANAGE_USERS):
            require(by, Action.RESET_CASHIER_PIN)
            with Session(self._engine) as session:
                target = session.get(StaffUser, user_id)
                if target is not None and target.role != Role.CASHIER:
                    require(by, Action.MANAGE_USERS)
        values = {"secret_hash": self._hash(secret), "failed_pins": 0, "locked_until": None}
        return self._change(by, user_id, version, StaffEventKind.PIN_RESET, values)

    # -- helpers -------------------------------------------------------------------------

    def _change(
        self,
        by: Actor,
        user_id: int,
        version: int,
        kind: StaffEventKind,
        values: dict[str, object],
    ) -> StaffView:
        """One optimistic change: refused with ``changed_elsewhere`` when another station
        changed the user since ``version`` was read."""
        now = self._clock()
        with session_scope(self._engine) as session:
            user = session.get(StaffUser, user_id)
            if user is None or user.profile != self._profile:
                raise StaffError("unknown_user", "user")
            if user.version != version:
                raise StaffError("changed_elsewhere", "user")
            demoted = values.get("role", Role.ADMIN) != Role.ADMIN
            leaves = user.role == Role.ADMIN and (demoted or values.get("active") is False)
            if leaves and count_users(session, self._profile, role=Role.ADMIN) <= 1:
                raise StaffError("last_admin", "role")
            statement = (
                update(StaffUser)
                .where(col(StaffUser.id) == user_id, col(StaffUser.version) == version)
                .values(**values, version=version + 1, changed_at=now, changed_by=by.name[:60])
            )
            if session.connection().execute(statement).rowcount != 1:
                raise StaffError("changed_elsewhere", "user")
            shown = {k: v for k, v in values.items() if k in ("role", "active")}
            self._event(session, kind, _who(by), now, user, shown or None)
            session.refresh(user)
            return _view(user)

    def _seed_demo(self) -> None:
        """The demo profile's example staff, made the first time they are needed."""
        if not self._demo:
            return
        with Session(self._engine) as session:
            if count_users(session, self._profile) > 0:
                return

        def seed() -> None:
            now = self._clock()
            with session_scope(self._engine) as session:
                if count_users(session, self._profile) > 0:
                    return
                for name, role, _pin in DEMO_USERS:
                    user = self._insert(session, name, role, _DEMO_HASHES[name], _SYSTEM, now)
                    details = {"role": role.value}
                    self._event(
                        session, StaffEventKind.USER_ADDED, (None, _SYSTEM), now, user, details
                    )

        retry_on_conflict(seed, also=(IntegrityError,))

    def _insert(
        self, session: Session, name: str, role: Role, hashed: str, by: str, now: datetime
    ) -> StaffUser:
        user = StaffUser(
            profile=self._profile,
            name=name,
            name_key=name_key(name),
            role=role.value,
            secret_hash=hashed,
            created_at=now,
            created_by=by[:60],
            changed_at=now,
            changed_by=by[:60],
        )
        session.add(user)
        session.flush()
        return user

    def _event(
        self,
        session: Session,
        kind: StaffEventKind,
        user: tuple[int | None, str],
        at: datetime,
        subject: StaffUser | None = None,
        details: Mapping[str, object] | None = None,
    ) -> StaffEvent:
        about = (subject.id, subject.name) if subject is not None else (None, None)
        return append_staff_event(
            session, self._profile, kind.value, user=user, at=at, subject=about, details=details
        )

    def _hash(self, secret: str) -> str:
        problem = secret_problem(secret)
        if problem is not None:
            raise StaffError(problem, "pin")
        return self._hasher.hash(secret)

    def _matches(self, hashed: str, secret: str) -> bool:
        try:
            return self._hasher.verify(hashed, secret)
        except (VerificationError, InvalidHashError):
            return False


def _counters(
    session: Session, user: StaffUser, *, failed: int, locked_until: datetime | None
) -> None:
    """The wrong-PIN count and lockout (not a change of the user: no new version)."""
    session.connection().execute(
        update(StaffUser)
        .where(col(StaffUser.id) == user.id)
        .values(failed_pins=failed, locked_until=locked_until)
    )


def _checked_name(name: str) -> str:
    problem = name_problem(name or "")
    if problem is not None:
        raise StaffError(problem, "name")
    return " ".join(name.split())


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise StaffError("unknown_role", "role", str(role)) from None


def _who(actor: Actor) -> tuple[int | None, str]:
    return (actor.user_id, actor.name)


def _view(user: StaffUser) -> StaffView:
    assert user.id is not None
    return StaffView(
        user.id,
        user.name,
        Role(user.role),
        user.active,
        user.locked_until,
        user.version,
        user.created_by,
        user.changed_at,
        user.changed_by,
    )


def _event_view(event: StaffEvent) -> StaffEventView:
    return StaffEventView(
        event.sequence,
        event.kind,
        event.user_name,
        event.subject_name,
        event.details,
        event.created_at,
    )
