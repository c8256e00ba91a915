"""What a support call needs to know about this installation, collected without Qt or secrets."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from desktop import __version__, config
from desktop.pagoefectivo.errors import format_skew
from desktop.services import secrets
from desktop.services.profiles import Profile, database_url

# Shown in this order; the name is the distribution whose version is read.
LIBRARIES = ("PySide6-Essentials", "reportlab", "SQLAlchemy", "keyring", "certifi")
UNKNOWN = "desconocida"
OVERRIDES = ("PAGODESK_HOME", "PAGODESK_DEMO_PORT", "PYTHON_KEYRING_BACKEND")


@dataclass(frozen=True)
class KeyringReport:
    """The OS keyring PagoDesk would use, and why it cannot when it cannot (never a key)."""

    backend: str
    usable: bool | None  # None: not probed
    problem: str | None = None  # KeyringUnavailable.code
    message: str | None = None  # the Spanish explanation with the fix
    shipped: tuple[str, ...] = ()  # backends this installation carries (a build can lose them)


@dataclass(frozen=True)
class Diagnostics:
    """A snapshot for support. Holds no credential, token or database password."""

    pagodesk: str
    python: str
    system: str
    frozen: bool
    libraries: dict[str, str]
    profile: str | None
    environment: str | None
    database: str | None
    data_folder: str
    config_folder: str
    log_folder: str
    keyring: KeyringReport
    clock_skew: str | None  # "+7 min 5 s" after an exchange with PagoEfectivo, else None
    overrides: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def as_text(self) -> str:
        """Plain lines to paste into an e-mail or a chat with support."""
        lines = [
            f"PagoDesk {self.pagodesk}" + (" (compilado)" if self.frozen else " (desde fuentes)"),
            f"Python {self.python}",
            f"Sistema: {self.system}",
        ]
        lines += [f"{name}: {version}" for name, version in self.libraries.items()]
        lines += [f"{name}: {value}" for name, value in self.extra.items()]
        lines += [
            f"Perfil: {self.profile or '—'} ({self.environment or '—'})",
            f"Base de datos: {self.database or '—'}",
            f"Carpeta de datos: {self.data_folder}",
            f"Carpeta de ajustes: {self.config_folder}",
            f"Carpeta de registros: {self.log_folder}",
            *(f"{name}={value}" for name, value in self.overrides.items()),
            f"Llavero: {self.keyring.backend} — {_keyring_state(self.keyring)}",
            f"Llaveros incluidos: {', '.join(self.keyring.shipped) or 'ninguno'}",
            f"Diferencia de reloj con PagoEfectivo: {self.clock_skew or 'no medida aún'}",
        ]
        if self.keyring.message:
            lines.append(self.keyring.message)
        return "\n".join(lines)


def data_folder() -> Path:
    """Where this PC keeps PagoDesk's data (databases, slips' local copies)."""
    return config.data_dir()


def collect(
    *,
    profile: Profile | None = None,
    engine: Engine | None = None,
    clock_skew: timedelta | None = None,
    toolkit: Mapping[str, str] | None = None,
    probe_keyring: bool = True,
) -> Diagnostics:
    """Gather the snapshot. ``engine`` (an open profile's) is described without a query;
    without it the profile's database is described from its settings. ``toolkit`` adds
    versions only the GUI knows (the Qt library actually loaded). Probing the keyring may
    wait for the OS (an unlock prompt): call it off the GUI thread."""
    return Diagnostics(
        pagodesk=__version__,
        python=f"{platform.python_version()} ({platform.python_implementation()})",
        system=f"{platform.system()} {platform.release()} {platform.machine()}".strip(),
        frozen=bool(getattr(sys, "frozen", False)),
        libraries={_short(name): library_version(name) for name in LIBRARIES},
        profile=profile.name if profile else None,
        environment=profile.environment.value if profile else None,
        database=_database(profile, engine),
        data_folder=str(config.data_dir()),
        config_folder=str(config.config_dir()),
        log_folder=str(config.log_dir()),
        keyring=keyring_report(probe=probe_keyring),
        clock_skew=format_skew(clock_skew) if clock_skew is not None else None,
        overrides=environment_overrides(),
        extra=dict(toolkit or {}),
    )


def library_version(distribution: str) -> str:
    """The installed version from package metadata (the build ships it), or "desconocida"."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def keyring_report(*, probe: bool = True) -> KeyringReport:
    """The keyring's name and, when ``probe``, whether keys could be kept there."""
    backend = secrets.backend_name()
    shipped = shipped_keyring_backends()
    if not probe:
        return KeyringReport(backend, None, shipped=shipped)
    try:
        secrets.check_usable()
    except secrets.KeyringUnavailable as exc:
        return KeyringReport(exc.backend, False, exc.code, exc.message_es, shipped)
    return KeyringReport(backend, True, shipped=shipped)


def shipped_keyring_backends() -> tuple[str, ...]:
    """The keyring backends registered in package metadata whose modules load, the way
    keyring itself finds them (a frozen build without them has only the "fail" keyring)."""
    found = []
    for entry in metadata.entry_points(group="keyring.backends"):
        try:
            entry.load()
        except Exception:  # a diagnostic reports, never fails
            continue
        found.append(entry.name)
    return tuple(sorted(found, key=str.lower))


def describe_database(url: str, engine: Engine | None = None) -> str:
    """``SQLite 3.45.1 — /path/demo.sqlite3`` or ``PostgreSQL 16.4 — host:5432/db``: the
    engine and where the data is, never the user name or password of the URL."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return f"SQLite {sqlite3.sqlite_version} — {parsed.database or ':memory:'}"
    name = {"postgresql": "PostgreSQL"}.get(backend, backend)
    version_info = getattr(engine.dialect, "server_version_info", None) if engine else None
    if version_info:
        name += " " + ".".join(str(part) for part in version_info)
    place = parsed.host or "local"
    if parsed.port:
        place += f":{parsed.port}"
    return f"{name} — {place}/{parsed.database or ''}"


def _database(profile: Profile | None, engine: Engine | None) -> str | None:
    if engine is not None:
        return describe_database(engine.url.render_as_string(hide_password=True), engine)
    if profile is not None:
        return describe_database(database_url(profile))
    return None


def environment_overrides() -> dict[str, str]:
    """PagoDesk's environment settings in effect: they change where data and keys live."""
    return {name: os.environ[name] for name in OVERRIDES if os.environ.get(name)}


def _short(distribution: str) -> str:
    return distribution.removesuffix("-Essentials")


def _keyring_state(report: KeyringReport) -> str:
    if report.usable is None:
        return "sin probar"
    return "utilizable" if report.usable else f"no utilizable ({report.problem})"
