"""Staff accounts: the roles, what each may do (the one permission matrix the screens, the
command line and the services ask), who acts (``Actor``), and the PIN rules.

Codes only; the screens and the command line word them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum


class Role(StrEnum):
    """A staff member's role (stored; the values never change)."""

    CASHIER = "cajero"
    SUPERVISOR = "supervisor"
    ADMIN = "administrador"


class Action(StrEnum):
    """Everything a person may or may not do."""

    ISSUE = "issue"
    PRINT = "print"  # print, share, save a voucher's document
    RECHECK = "recheck"  # ask PagoEfectivo again about one voucher
    EXTEND = "extend"  # push a deadline out by up to CASHIER_EXTENSION
    EXTEND_LONG = "extend_long"  # push it further (up to the merchant's limit)
    REQUEST_MARK = "request_mark"  # mark paid/expired as a request for a second person
    MARK = "mark"  # mark paid/expired directly (when no second approval is asked)
    MARK_DIRECT = "mark_direct"  # mark directly even when a second approval is asked
    APPROVE = "approve"  # approve or reject another person's request
    ANNUL = "annul"
    IMPORT_SETTLEMENT = "import_settlement"
    REPORT_ALL = "report_all"  # the day report of every cashier (else one's own)
    REVIEW = "review"  # review discrepancies and late payments
    RESET_CASHIER_PIN = "reset_cashier_pin"  # a cashier locked out or who forgot the PIN
    SYNC = "sync"  # a sync round started by a person
    MANAGE_USERS = "manage_users"
    MANAGE_PROFILES = "manage_profiles"  # profiles, keys, going live
    MANAGE_SETTINGS = "manage_settings"  # merchant data, settings, printers, backups


_CASHIER = frozenset(
    {
        Action.ISSUE,
        Action.PRINT,
        Action.RECHECK,
        Action.EXTEND,
        Action.REQUEST_MARK,
        Action.MARK,
        Action.SYNC,
    }
)
_SUPERVISOR = _CASHIER | {
    Action.EXTEND_LONG,
    Action.MARK_DIRECT,
    Action.APPROVE,
    Action.ANNUL,
    Action.IMPORT_SETTLEMENT,
    Action.REPORT_ALL,
    Action.REVIEW,
    Action.RESET_CASHIER_PIN,
}
_ADMIN = _SUPERVISOR | {Action.MANAGE_USERS, Action.MANAGE_PROFILES, Action.MANAGE_SETTINGS}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.CASHIER: _CASHIER,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(_ADMIN),
}
"""The permission matrix: each role and every action it may take."""

CASHIER_EXTENSION = timedelta(hours=72)
"""How far a cashier may push a deadline out in one step (24, 48 or 72 hours)."""

MAX_FAILED_PINS = 5
LOCKOUT = timedelta(minutes=5)
"""Five wrong PINs in a row lock that user out for five minutes."""

NAME_MAX = 40
PIN_MIN, PIN_MAX = 4, 8
PASSWORD_MIN, PASSWORD_MAX = 8, 64


def allows(role: Role | str | None, action: Action) -> bool:
    """Whether a role may take an action (an unknown or missing role may do nothing)."""
    try:
        return action in PERMISSIONS[Role(role or "")]
    except ValueError:
        return False


def lowest_role(action: Action) -> Role | None:
    """The least role that may take an action (what a refusal asks for)."""
    for role in (Role.CASHIER, Role.SUPERVISOR, Role.ADMIN):
        if action in PERMISSIONS[role]:
            return role
    return None


@dataclass(frozen=True)
class Actor:
    """Who an event is recorded for: an authenticated staff member (id, their name at the
    time, their role), or PagoDesk's own automation (a named system user, no id)."""

    name: str
    user_id: int | None = None
    role: Role | None = None
    system: bool = False  # PagoDesk's own run acting with ``role``'s rights (the go-live check)

    @property
    def is_person(self) -> bool:
        return self.user_id is not None

    def may(self, action: Action) -> bool:
        return (self.is_person or self.system) and allows(self.role, action)


SYNC_ACTOR = Actor("sync")
"""PagoDesk's automatic sync rounds (shown as PagoDesk)."""
WEBHOOK_ACTOR = Actor("PagoEfectivo")
"""Payment notifications, recorded as PagoEfectivo's word."""
GOLIVE_ACTOR = Actor("Prueba de salida", role=Role.SUPERVISOR, system=True)
"""The go-live check's test vouchers (issued, annulled, extended by the check itself, which
only an administrator may start)."""
NOBODY = Actor("")
"""No one signed in yet: every action is refused."""


class StaffEventKind(StrEnum):
    """What a staff event records (stored; the values never change)."""

    LOGIN = "login"
    LOGOUT = "logout"
    LOCK = "lock"  # the screen locked (idle, or on demand)
    PIN_FAILED = "pin_failed"
    LOCKED_OUT = "locked_out"  # too many wrong PINs
    OVERRIDE = "override"  # a supervisor's PIN given on the spot to approve
    USER_ADDED = "user_added"
    ROLE_CHANGED = "role_changed"
    PIN_RESET = "pin_reset"
    USER_DISABLED = "user_disabled"
    USER_ENABLED = "user_enabled"
    NOTIFY_URL_SET = "notify_url_set"  # the receiver's public URL changed (old, new)
    NOTIFY_URL_REGISTERED = "notify_url_portal"  # marked registered in the portal (url, date)
    # (the stored kind has at most 20 characters: "notify_url_registered" would not fit)


DEMO_USERS: tuple[tuple[str, Role, str], ...] = (
    ("Demo", Role.ADMIN, "2580"),
    ("Sofía", Role.SUPERVISOR, "2468"),
    ("Ana", Role.CASHIER, "1357"),
)
"""The demo profile's example staff and their PINs (documented in the README; training only:
a real profile starts with no user and asks for its administrator)."""
DEMO_ADMIN = "Demo"
"""Who a command acts as on the demo profile when no ``--user`` is given."""


class StaffError(Exception):
    """A refused staff step: ``code`` (the screens and CLI word it), the field, a detail."""

    def __init__(self, code: str, field: str = "", detail: str = "") -> None:
        super().__init__(code if not detail else f"{code}: {detail}")
        self.code, self.field, self.detail = code, field, detail


class NotAllowed(StaffError):
    """The acting user's role does not allow the action (``detail``: the role needed)."""

    def __init__(self, action: Action) -> None:
        needed = lowest_role(action)
        super().__init__("not_allowed", action.value, needed.value if needed else "")
        self.action = action


def require(actor: Actor, action: Action) -> None:
    """Refuse (``NotAllowed``, or ``not_authenticated``) unless ``actor`` is a signed-in
    person whose role allows ``action``."""
    if not (actor.is_person or actor.system):
        raise StaffError("not_authenticated", "user")
    if not actor.may(action):
        raise NotAllowed(action)


def secret_problem(secret: str) -> str | None:
    """Why a PIN or password is refused, or None. A PIN is 4 to 8 digits, not one digit
    repeated and not a run (1234, 9876, 0123...); a password is 8 to 64 characters with at
    least one that is not a digit and no control characters."""
    if not secret:
        return "pin_required"
    if any(ch.isspace() and ch != " " or ord(ch) < 32 for ch in secret):
        return "pin_characters"
    if secret.isdigit() and secret.isascii():
        if not PIN_MIN <= len(secret) <= PIN_MAX:
            return "pin_length"
        if len(set(secret)) == 1:
            return "pin_repeated"
        steps = {(int(b) - int(a)) % 10 for a, b in zip(secret, secret[1:], strict=False)}
        if steps in ({1}, {9}):
            return "pin_sequence"
        return None
    if not PASSWORD_MIN <= len(secret) <= PASSWORD_MAX:
        return "password_length"
    return None


def name_key(name: str) -> str:
    """How staff names compare (one user per key): spaces collapsed, case folded, so «Ana
    María» typed as «ana  maría» is the same person."""
    return " ".join(name.split()).casefold()


def name_problem(name: str) -> str | None:
    """Why a staff name is refused, or None (1 to 40 printable characters)."""
    text = name.strip()
    if not text:
        return "name_required"
    if len(text) > NAME_MAX:
        return "name_too_long"
    if any(not ch.isprintable() for ch in text):
        return "name_characters"
    return None
