"""Profiles (one PagoEfectivo account in one environment) and the typed settings file."""

from __future__ import annotations

import contextlib
import ipaddress
import json
import re
import socket
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop import config
from desktop.config import SETTINGS_VERSION
from desktop.domain.notify_url import NotifyUrlError, RegisteredUrl, check_notify_url
from desktop.domain.settings import GeneralSettings, SettingsError, known_keys
from desktop.domain.validation import DEFAULT_MAX_AMOUNT
from desktop.pagoefectivo.hosts import PRODUCTION_HOST, SANDBOX_HOST

DEMO = "demo"
TEST_HOST_MARKERS = ("pre1a.", "pre.", "dev.")
MAX_AMOUNT_LIMIT = Decimal(10) ** 16  # the API takes at most 16 integer digits
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
# Names Windows cannot use as file names (each profile has its own ``<name>.sqlite3``).
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
_DB_URL = re.compile(r"[a-z][a-z0-9]*(\+[a-z0-9_]+)?://\S*")
_PRODUCTION_HOSTNAME = urlsplit(PRODUCTION_HOST).hostname


class ProfileError(SettingsError):
    """A profile was refused (a ValueError). ``code`` is stable; ``message`` is for people."""


class Environment(StrEnum):
    DEMO = "demo"
    SANDBOX = "sandbox"
    PRODUCTION = "production"


DEFAULT_BASE_URLS = {Environment.SANDBOX: SANDBOX_HOST, Environment.PRODUCTION: PRODUCTION_HOST}


@dataclass(frozen=True)
class GoLiveOverride:
    """Who let a profile go to production without a recent passing go-live check, and when."""

    by: str
    at: datetime

    def to_json(self) -> dict[str, str]:
        return {"by": self.by, "at": self.at.isoformat()}

    @classmethod
    def from_json(cls, data: object, where: str) -> GoLiveOverride:
        at: datetime | None = None
        if isinstance(data, dict) and set(data) == {"by", "at"} and isinstance(data["by"], str):
            with contextlib.suppress(TypeError, ValueError):
                at = datetime.fromisoformat(data["at"])
        if at is None or at.tzinfo is None or not isinstance(data, dict):
            raise SettingsError("bad_setting", f"{where}: golive_override needs by and at")
        return cls(data["by"], at)


@dataclass(frozen=True)
class Profile:
    """One account. Demo has no URL or service id: the composition root supplies its sandbox."""

    name: str
    environment: Environment
    base_url: str | None = None
    """``None`` takes the environment's PagoEfectivo host."""
    service_id: int | None = None
    database_url: str | None = None
    """Any SQLAlchemy URL (shared PostgreSQL); ``None`` means the profile's own SQLite file."""
    merchant_max_amount: Decimal = DEFAULT_MAX_AMOUNT
    golive_override: GoLiveOverride | None = None
    """Set when a supervisor switched it to production without a passing go-live check."""
    receiver_public_url: str | None = None
    """Where PagoEfectivo reaches this installation's receiver (its notification URL)."""
    notify_registered: RegisteredUrl | None = None
    """The notification URL registered in PagoEfectivo's portal, and the day it was."""

    def __post_init__(self) -> None:
        check_name(self.name)
        try:
            environment = Environment(self.environment)
        except ValueError:
            choices = ", ".join(Environment)
            raise ProfileError("bad_environment", f"environment must be one of {choices}") from None
        object.__setattr__(self, "environment", environment)
        if environment is Environment.DEMO:
            if self.base_url is not None or self.service_id is not None:
                raise ProfileError("demo_builtin", "the demo profile takes no URL or service id")
        else:
            url = DEFAULT_BASE_URLS[environment] if self.base_url is None else self.base_url
            object.__setattr__(self, "base_url", check_base_url(environment, url))
            _check_service_id(self.service_id)
        if self.database_url is not None:
            _check_database_url(self.database_url)
        _check_max_amount(self.merchant_max_amount)
        registered = self.notify_registered.url if self.notify_registered else None
        for notify_url in (self.receiver_public_url, registered):
            if notify_url is not None and environment is Environment.DEMO:
                raise NotifyUrlError("notify_url_demo", "the demo has its own receiver")
            if notify_url is not None:
                check_notify_url(notify_url, production=environment is Environment.PRODUCTION)

    @property
    def is_demo(self) -> bool:
        return self.environment is Environment.DEMO


@dataclass(frozen=True)
class Settings:
    """Everything in ``settings.json``. Never credentials: those live in the keyring."""

    active_profile: str = DEMO
    profiles: tuple[Profile, ...] = ()
    general: GeneralSettings = field(default_factory=GeneralSettings)


def check_name(name: object) -> str:
    """``name`` if it is a valid profile name, else ``ProfileError("bad_name")``."""
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name in _RESERVED:
        raise ProfileError(
            "bad_name",
            "a profile name has 1 to 40 lowercase letters, digits, '-' or '_', "
            "starts with a letter or digit, and is not a reserved device name",
        )
    return name


def check_base_url(environment: Environment, url: object) -> str:
    """The normalised API base URL, refused where it points at the other environment."""
    if not isinstance(url, str) or url != url.strip():
        raise ProfileError("bad_url", "the base URL must be text without spaces around it")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ProfileError("bad_url", "the base URL is not a valid URL") from None
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.username is not None
        or parts.query
        or parts.fragment
    ):
        raise ProfileError("bad_url", "the base URL must look like https://host[:port][/path]")
    host = parts.hostname.rstrip(".")
    loopback = _is_loopback(host)
    if environment is Environment.PRODUCTION:
        if loopback or any(marker in host for marker in TEST_HOST_MARKERS):
            raise ProfileError(
                "production_host_refused",
                f"a production profile cannot use the test or local host {host}",
            )
        if parts.scheme != "https":
            raise ProfileError("insecure_url", "a production profile needs an https URL")
    elif environment is Environment.SANDBOX:
        if host == _PRODUCTION_HOSTNAME:
            raise ProfileError(
                "sandbox_host_refused", f"a sandbox profile cannot use the production host {host}"
            )
        if parts.scheme != "https" and not loopback:
            raise ProfileError("insecure_url", "plain http is only allowed to this computer")
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:  # the short forms the resolver also accepts: "127.1", "2130706433", "0x7f.1"
            return socket.inet_aton(host)[0] == 127
        except OSError:
            return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_unspecified


def _check_service_id(service_id: object) -> None:
    if type(service_id) is not int or service_id <= 0:
        raise ProfileError("bad_service_id", "the service id must be a whole number above 0")


def _check_database_url(url: object) -> None:
    if not isinstance(url, str) or not _DB_URL.fullmatch(url):
        raise ProfileError(
            "bad_database_url", "the database URL must look like postgresql+psycopg://host/db"
        )
    parts = urlsplit(url)
    if parts.password or "password=" in parts.query.lower():
        raise ProfileError(
            "bad_database_url",
            "the database URL must not contain a password (settings are plain text): "
            "use a .pgpass file or PGPASSFILE",
        )


def _check_max_amount(amount: object) -> None:
    if not (isinstance(amount, Decimal) and amount.is_finite() and 0 < amount < MAX_AMOUNT_LIMIT):
        raise ProfileError("bad_max_amount", "the maximum amount must be above 0 and below 1e16")
    if amount != amount.quantize(Decimal("0.01")):
        raise ProfileError("bad_max_amount", "the maximum amount has at most 2 decimals")


def database_url(profile: Profile) -> str:
    """Where the profile's vouchers live: its shared URL, or its own SQLite file."""
    if profile.database_url is not None:
        return profile.database_url
    return f"sqlite:///{config.profile_database_path(profile.name).as_posix()}"


DEMO_PROFILE = Profile(DEMO, Environment.DEMO)


def choose_profile(name: str | None, registry: ProfileRegistry | None = None) -> Profile:
    """The named profile, or the active one (demo when nothing is configured)."""
    registry = registry or ProfileRegistry()
    return registry.get(name) if name else registry.active()


class ProfileRegistry:
    """The profiles and settings kept in ``settings.json``; every change is saved at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = config.settings_path() if path is None else path
        self.settings = Settings()
        self.load()

    def load(self) -> Settings:
        """Re-read the file; a missing file means the defaults (and is not created)."""
        data = config.read_settings_json(self.path)
        self.settings = Settings() if data is None else settings_from_json(data, str(self.path))
        return self.settings

    def list_profiles(self) -> list[Profile]:
        """Every profile, demo first."""
        return [DEMO_PROFILE, *self.settings.profiles]

    def get(self, name: str) -> Profile:
        for profile in self.list_profiles():
            if profile.name == name:
                return profile
        raise ProfileError("unknown_profile", f"there is no profile named {name!r}")

    def active(self) -> Profile:
        """The profile in use: demo until another one is chosen."""
        return self.get(self.settings.active_profile)

    def add(self, profile: Profile) -> None:
        self.load()
        if any(p.name == profile.name for p in self.list_profiles()):
            raise ProfileError("duplicate_profile", f"a profile named {profile.name!r} exists")
        self._save_profiles([*self.settings.profiles, profile])

    def update(self, profile: Profile) -> None:
        """Replace the stored profile of the same name (its credentials are not touched)."""
        self.load()
        self._editable(profile.name)
        stored = self.get(profile.name)
        if profile.golive_override is None and stored.golive_override is not None:
            # The form knows nothing of it: a recorded override stays with the profile.
            profile = replace(profile, golive_override=stored.golive_override)
        if profile.receiver_public_url is None and profile.notify_registered is None:
            # Nor of the notification URL (changed through its own procedure only).
            profile = replace(
                profile,
                receiver_public_url=stored.receiver_public_url,
                notify_registered=stored.notify_registered,
            )
        self._save_profiles(
            [profile if p.name == profile.name else p for p in self.settings.profiles]
        )

    def remove(self, name: str) -> None:
        """Forget a profile (not its database, not its keyring entries); demo stays."""
        self.load()
        self._editable(name)
        active = DEMO if self.settings.active_profile == name else self.settings.active_profile
        kept = tuple(p for p in self.settings.profiles if p.name != name)
        self._save(replace(self.settings, active_profile=active, profiles=kept))

    def use(self, name: str) -> Profile:
        """Make ``name`` the active profile."""
        self.load()
        profile = self.get(name)
        self._save(replace(self.settings, active_profile=name))
        return profile

    def set_general(self, general: GeneralSettings) -> None:
        self.load()
        self._save(replace(self.settings, general=general))

    def _editable(self, name: str) -> None:
        if name == DEMO:
            raise ProfileError("demo_builtin", "the demo profile is built in")
        self.get(name)

    def _save_profiles(self, profiles: list[Profile]) -> None:
        _check_together(profiles)
        self._save(replace(self.settings, profiles=tuple(profiles)))

    def _save(self, settings: Settings) -> None:
        config.atomic_write_text(self.path, settings_to_json(settings))
        self.settings = settings


def _check_together(profiles: list[Profile]) -> None:
    """Unique names, demo built in, test and real data never in one database."""
    names = [p.name for p in profiles]
    if len(set(names)) != len(names):
        raise ProfileError("duplicate_profile", "a profile name appears twice")
    for profile in profiles:
        if profile.is_demo or profile.name == DEMO:
            raise ProfileError("demo_builtin", "the demo profile is built in; use another name")
        shared = [p for p in profiles if p.database_url and p.database_url == profile.database_url]
        if any(p.environment is not profile.environment for p in shared):
            raise ProfileError(
                "bad_database_url", "profiles of different environments cannot share a database"
            )


_PROFILE_KEYS = ("name", "environment", "base_url", "service_id", "database_url")
_TOP_KEYS = {"version", "active_profile", "profiles", "general"}


def settings_to_json(settings: Settings) -> str:
    """The text of ``settings.json``."""
    profiles = [
        {key: getattr(p, key) for key in _PROFILE_KEYS}
        | {"merchant_max_amount": str(p.merchant_max_amount)}
        | ({"golive_override": p.golive_override.to_json()} if p.golive_override else {})
        | ({"receiver_public_url": p.receiver_public_url} if p.receiver_public_url else {})
        | ({"notify_registered": p.notify_registered.to_json()} if p.notify_registered else {})
        for p in settings.profiles
    ]
    data = {
        "version": SETTINGS_VERSION,
        "active_profile": settings.active_profile,
        "profiles": profiles,
        "general": settings.general.to_json(),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def settings_from_json(data: dict[str, Any], where: str = "settings.json") -> Settings:
    """Check the parsed file: unknown keys and wrong values raise :class:`SettingsError`."""
    try:
        return _settings(data)
    except SettingsError as exc:
        raise type(exc)(exc.code, f"{where}: {exc.message}") from None


def _settings(data: dict[str, Any]) -> Settings:
    known_keys(data, _TOP_KEYS, "the settings")
    raw_profiles = data.get("profiles", [])
    if not isinstance(raw_profiles, list):
        raise SettingsError("bad_setting", "profiles must be a list")
    profiles = [_profile_from_json(item, f"profiles[{i}]") for i, item in enumerate(raw_profiles)]
    _check_together(profiles)
    active = data.get("active_profile", DEMO)
    if active not in (DEMO, *(p.name for p in profiles)):
        raise ProfileError("unknown_profile", f"active_profile {active!r} is not a profile")
    general = GeneralSettings.from_json(data.get("general", {}))
    return Settings(active_profile=active, profiles=tuple(profiles), general=general)


def _profile_from_json(item: object, where: str) -> Profile:
    extra = {"merchant_max_amount", "golive_override", "receiver_public_url", "notify_registered"}
    raw = dict(known_keys(item, {*_PROFILE_KEYS, *extra}, where))
    if "name" not in raw or "environment" not in raw:
        raise SettingsError("bad_setting", f"{where} needs a name and an environment")
    if raw.get("golive_override") is not None:
        raw["golive_override"] = GoLiveOverride.from_json(raw["golive_override"], where)
    if raw.get("notify_registered") is not None:
        raw["notify_registered"] = RegisteredUrl.from_json(raw["notify_registered"], where)
    with contextlib.suppress(InvalidOperation):  # a wrong amount is then refused by Profile
        if isinstance(raw.get("merchant_max_amount"), str):
            raw["merchant_max_amount"] = Decimal(raw["merchant_max_amount"])
    try:
        return Profile(**raw)
    except ProfileError as exc:
        raise ProfileError(exc.code, f"{where}: {exc.message}") from None
