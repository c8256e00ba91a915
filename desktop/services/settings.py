"""What the settings screen does: profiles with keys in the keyring, connection test, general
settings (merchant data, preferences). Problems come back as codes per field; ui/ words them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import TypeAlias
from urllib.parse import urlsplit

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.settings import GeneralSettings, SettingsError, problems
from desktop.pagoefectivo import Credentials, PagoEfectivoClient
from desktop.pagoefectivo.client import MAX_CLOCK_SKEW
from desktop.pagoefectivo.errors import format_skew
from desktop.receipts.fonts import missing_glyphs
from desktop.services import databases, secrets
from desktop.services.errors import boundary
from desktop.services.merchant_logo import drop_logo, keep_logo, logo_problem
from desktop.services.profiles import (
    DEFAULT_BASE_URLS,
    Environment,
    Profile,
    ProfileError,
    ProfileRegistry,
    check_base_url,
    check_name,
)

# Which form field a ProfileError code belongs to (the screen shows the message beside it).
PROFILE_FIELDS = {
    "bad_name": "name",
    "duplicate_profile": "name",
    "demo_builtin": "name",
    "unknown_profile": "name",
    "bad_environment": "environment",
    "bad_url": "base_url",
    "insecure_url": "base_url",
    "production_host_refused": "base_url",
    "sandbox_host_refused": "base_url",
    "bad_service_id": "service_id",
    "bad_database_url": "database_url",
    "bad_max_amount": "form",
}


@dataclass(frozen=True)
class Problem:
    """One refused field: ``code`` is stable, ``detail`` fills the message (a host, a limit)."""

    field: str
    code: str
    detail: str = ""


class InvalidSettings(ValueError):
    """One or more fields were refused; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))

    @property
    def fields(self) -> dict[str, str]:
        return {p.field: p.code for p in self.problems}


# -- profiles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileForm:
    """A profile as typed. Empty keys mean "keep the stored ones"; keys never leave here."""

    name: str
    environment: str
    base_url: str = ""
    service_id: str = ""
    database_url: str = ""
    access_key: str = field(default="", repr=False)  # never in a log line
    secret_key: str = field(default="", repr=False)


def default_base_url(environment: str) -> str:
    """PagoEfectivo's host for ``sandbox`` or ``production``; empty for demo."""
    try:
        return DEFAULT_BASE_URLS.get(Environment(environment), "")
    except ValueError:
        return ""


def build_profile(form: ProfileForm) -> Profile:
    """The profile the form describes, every field checked (``InvalidSettings`` lists all)."""
    problems: list[Problem] = []
    name = form.name.strip()
    try:
        check_name(name)
    except ProfileError as exc:
        problems.append(Problem("name", exc.code))
    try:
        environment = Environment(form.environment)
    except ValueError:
        raise InvalidSettings([*problems, Problem("environment", "bad_environment")]) from None
    if environment is Environment.DEMO:
        problems.append(Problem("environment", "demo_builtin"))
        raise InvalidSettings(problems)
    url = form.base_url.strip() or DEFAULT_BASE_URLS[environment]
    try:
        url = check_base_url(environment, url)
    except ProfileError as exc:
        problems.append(Problem("base_url", exc.code, urlsplit(url).hostname or ""))
    service_id = _service_id(form.service_id)
    if service_id is None:
        problems.append(Problem("service_id", "bad_service_id"))
    database_url = form.database_url.strip() or None
    if problems:
        raise InvalidSettings(problems)
    try:
        return Profile(name, environment, url, service_id, database_url)
    except ProfileError as exc:
        raise InvalidSettings([Problem(PROFILE_FIELDS.get(exc.code, "form"), exc.code)]) from None


def _service_id(text: str) -> int | None:
    text = text.strip()
    if not text.isdigit() or len(text) > 9 or int(text) <= 0:
        return None
    return int(text)


def has_stored_keys(name: str) -> bool:
    """Whether the keyring holds both keys of ``name`` (the keys themselves stay here)."""
    return secrets.load_credentials(name) is not None


def _keys(form: ProfileForm, name: str, *, stored_allowed: bool) -> tuple[str, str]:
    """The typed keys, each missing one taken from the keyring; ``InvalidSettings`` if none."""
    access, secret = form.access_key.strip(), form.secret_key.strip()
    if (not access or not secret) and stored_allowed:
        stored = secrets.load_credentials(name)
        if stored is not None:
            access, secret = access or stored[0], secret or stored[1]
    problems = [
        Problem(key, f"missing_{key}")
        for key, value in (("access_key", access), ("secret_key", secret))
        if not value
    ]
    if problems:
        raise InvalidSettings(problems)
    return access, secret


@boundary
def save_profile(registry: ProfileRegistry, form: ProfileForm, editing: str | None) -> Profile:
    """Add (``editing`` None) or update a profile; typed keys go to the keyring.

    A new profile needs both keys. When the keyring refuses them, a new profile is removed
    again (no half-made profile) and :class:`secrets.KeyringUnavailable` is raised.
    """
    problems: list[Problem] = []
    try:
        profile: Profile | None = build_profile(form)
    except InvalidSettings as exc:
        profile, problems = None, list(exc.problems)
    name = form.name.strip()
    if editing is not None and name != editing:
        problems.append(Problem("name", "rename_refused"))
    elif profile is not None and any(
        p.name == editing and p.environment is not profile.environment
        for p in registry.list_profiles()
    ):
        # Its database holds data of one environment: test and real data never mix.
        problems.append(Problem("environment", "environment_locked"))
    keys: tuple[str, str] | None = None
    typed = bool(form.access_key.strip() or form.secret_key.strip())
    if editing is None or typed:
        try:
            keys = _keys(form, name, stored_allowed=editing is not None)
        except InvalidSettings as exc:
            problems.extend(exc.problems)
    if problems or profile is None:
        raise InvalidSettings(problems)
    before = next((p for p in registry.list_profiles() if p.name == editing), None)
    if before is not None:  # the form does not show the merchant's limit: it stays as it was
        profile = replace(profile, merchant_max_amount=before.merchant_max_amount)
    try:
        if editing is None:
            registry.add(profile)
        else:
            registry.update(profile)
    except ProfileError as exc:
        raise InvalidSettings([Problem(PROFILE_FIELDS.get(exc.code, "form"), exc.code)]) from None
    if keys is not None:
        try:
            secrets.store_credentials(profile.name, *keys)
        except BaseException:
            if editing is None:
                registry.remove(profile.name)
            raise
    if before is None or before.database_url != profile.database_url:
        databases.remember(profile.name, None)  # another database, on purpose
    return profile


@boundary
def remove_profile(registry: ProfileRegistry, name: str) -> None:
    """Forget the profile and its keys (its local database is kept)."""
    try:
        registry.remove(name)
    except ProfileError as exc:
        raise InvalidSettings([Problem("name", exc.code)]) from None
    secrets.delete_credentials(name)
    databases.remember(name, None)


@boundary
def use_profile(registry: ProfileRegistry, name: str) -> Profile:
    """Make ``name`` the profile PagoDesk opens next time."""
    try:
        return registry.use(name)
    except ProfileError as exc:
        raise InvalidSettings([Problem("name", exc.code)]) from None


DemoClient: TypeAlias = PagoEfectivoClient
"""The demo profile's client, as the runtime holds it (its sandbox is the one running)."""


@dataclass(frozen=True)
class ConnectionReport:
    """ "Probar conexión" passed: the service answered; how far the PC clock is off."""

    base_url: str
    code_service: str
    clock_skew: timedelta | None

    @property
    def clock_ok(self) -> bool:
        return self.clock_skew is None or abs(self.clock_skew) <= MAX_CLOCK_SKEW

    @property
    def skew_text(self) -> str | None:
        """``+7 min 5 s`` (None when the server did not say its time)."""
        return None if self.clock_skew is None else format_skew(self.clock_skew)


@boundary
def check_connection(
    form: ProfileForm,
    *,
    demo_client: DemoClient | None = None,
    clock: Clock = utc_now,
) -> ConnectionReport:
    """Authorize against the profile's PagoEfectivo with the typed (or stored) keys.

    The demo profile is tested with ``demo_client`` (the running embedded sandbox).
    Raises ``RemoteError`` (with ``skew_text`` when the PC clock is off),
    ``KeyringUnavailable`` or ``InvalidSettings``.
    """
    if form.environment == Environment.DEMO.value:
        if demo_client is None:
            raise InvalidSettings([Problem("form", "demo_not_running")])
        check = demo_client.check_connection()
        return ConnectionReport(demo_client.base_url, check.code_service, check.clock_skew)
    profile = build_profile(form)
    access, secret = _keys(form, profile.name, stored_allowed=True)
    assert profile.base_url is not None and profile.service_id is not None
    credentials = Credentials(profile.service_id, access, secret)
    with PagoEfectivoClient(profile.base_url, credentials, clock=clock) as client:
        check = client.check_connection()
    return ConnectionReport(profile.base_url, check.code_service, check.clock_skew)


# -- general settings ----------------------------------------------------------------------


@dataclass(frozen=True)
class GeneralForm:
    """Merchant data and preferences as typed on the screen."""

    merchant_name: str
    merchant_ruc: str
    merchant_address: str
    merchant_logo: str
    default_expiry_hours: int
    ticket_format: str
    language: str
    sync_minutes: int = 5  # re-check open vouchers this often; 0: only by hand
    require_second_approval: bool = False  # a manual "paid" waits for another person
    health_warning_percent: int = 99
    health_bad_percent: int = 95
    health_silent_hours: int = 6
    lock_idle_minutes: int = 5  # lock the screen after this many idle minutes; 0: never


def _general_values(form: GeneralForm) -> dict[str, object]:
    """The form as the settings it sets (text trimmed)."""
    return {
        "merchant_name": form.merchant_name.strip(),
        "merchant_ruc": form.merchant_ruc.strip(),
        "merchant_address": form.merchant_address.strip(),
        "merchant_logo": form.merchant_logo,
        "default_expiry_hours": form.default_expiry_hours,
        "ticket_format": form.ticket_format,
        "language": form.language,
        "sync_minutes": form.sync_minutes,
        "require_second_approval": int(form.require_second_approval),
        "health_warning_percent": form.health_warning_percent,
        "health_bad_percent": form.health_bad_percent,
        "health_silent_hours": form.health_silent_hours,
        "lock_idle_minutes": form.lock_idle_minutes,
    }


def general_problems(form: GeneralForm, max_expiry_days: int) -> list[Problem]:
    """Every refused field of ``form`` (empty when it can be saved): the settings' own rules
    (domain/settings.py), and whether the logo file is a readable image of a fair size."""
    values = _general_values(form) | {"max_expiry_days": max_expiry_days}
    found = [Problem(p.field, p.code, p.detail) for p in problems(values)]
    for name in ("merchant_name", "merchant_address"):  # printed on every voucher
        missing = missing_glyphs(str(values[name]))
        if missing and name not in {p.field for p in found}:
            found.append(Problem(name, "unprintable", missing))
    if form.merchant_logo:
        wrong = logo_problem(Path(form.merchant_logo).expanduser())
        if wrong:
            found.append(Problem("merchant_logo", wrong))
    return found


@boundary
def save_general(registry: ProfileRegistry, form: GeneralForm) -> GeneralSettings:
    """Check and store merchant data and preferences (a new logo copied into the data folder);
    ``InvalidSettings`` saves nothing."""
    current = registry.load().general
    problems = general_problems(form, current.max_expiry_days)
    if problems:
        raise InvalidSettings(problems)
    values = _general_values(form)
    if form.merchant_logo:  # kept in the data folder: the original may move or go
        values["merchant_logo"] = str(keep_logo(form.merchant_logo))
    try:
        general = replace(current, **values)  # type: ignore[arg-type]
    except SettingsError as exc:
        raise InvalidSettings([Problem("form", exc.code)]) from None
    registry.set_general(general)
    if not form.merchant_logo:
        drop_logo()
    return general
