"""profiles.py: demo first, host rules per environment, one database per profile, typed settings."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import config
from desktop.domain.settings import GeneralSettings, SettingsError
from desktop.pagoefectivo import PRODUCTION_HOST, SANDBOX_HOST
from desktop.services import secrets
from desktop.services.profiles import (
    DEMO_PROFILE,
    Environment,
    Profile,
    ProfileError,
    ProfileRegistry,
    Settings,
    check_name,
    database_url,
    settings_from_json,
    settings_to_json,
)
from tests.conftest import MemoryKeyring

E = Environment


def sandbox(name: str = "tienda-pruebas", **changes: Any) -> Profile:
    return Profile(name, E.SANDBOX, service_id=changes.pop("service_id", 1234), **changes)


def production(name: str = "tienda", **changes: Any) -> Profile:
    return Profile(name, E.PRODUCTION, service_id=changes.pop("service_id", 10234), **changes)


def settings_file(home: Path) -> Path:
    return home / "config" / "settings.json"


def write_settings(home: Path, data: object) -> None:
    path = settings_file(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


# -- first start, add, use, remove ----------------------------------------------------------------


def test_first_start_is_demo_and_writes_nothing(pagodesk_home: Path) -> None:
    registry = ProfileRegistry()
    assert registry.active() == DEMO_PROFILE
    assert registry.active().is_demo
    assert DEMO_PROFILE.base_url is None and DEMO_PROFILE.service_id is None
    assert registry.list_profiles() == [DEMO_PROFILE]
    assert registry.settings.general == GeneralSettings()
    assert not settings_file(pagodesk_home).exists()


def test_add_sandbox_and_production_then_use_one(pagodesk_home: Path) -> None:
    registry = ProfileRegistry()
    registry.add(sandbox())
    registry.add(production())
    assert [p.name for p in registry.list_profiles()] == ["demo", "tienda-pruebas", "tienda"]
    assert registry.get("tienda-pruebas").base_url == SANDBOX_HOST
    assert registry.get("tienda").base_url == PRODUCTION_HOST
    assert registry.active().name == "demo"
    assert registry.use("tienda") == production()
    assert registry.active() == production()


def test_settings_survive_reload(pagodesk_home: Path) -> None:
    registry = ProfileRegistry()
    registry.add(sandbox(base_url="http://127.0.0.1:8765/", merchant_max_amount=Decimal("500.50")))
    registry.add(production(database_url="postgresql+psycopg://caja@db.tienda.pe/pagodesk"))
    registry.use("tienda")
    registry.set_general(GeneralSettings(default_expiry_hours=24, ticket_format="80mm"))
    again = ProfileRegistry()
    assert again.settings == registry.settings
    assert again.get("tienda-pruebas").base_url == "http://127.0.0.1:8765"
    assert again.get("tienda-pruebas").merchant_max_amount == Decimal("500.50")
    assert again.active().name == "tienda"
    assert again.settings.general.ticket_format == "80mm"


def test_settings_file_format(pagodesk_home: Path) -> None:
    registry = ProfileRegistry()
    registry.add(production(service_id=12345))
    registry.use("tienda")
    data = json.loads(settings_file(pagodesk_home).read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "active_profile": "tienda",
        "profiles": [
            {
                "name": "tienda",
                "environment": "production",
                "base_url": "https://services.pagoefectivo.pe",
                "service_id": 12345,
                "database_url": None,
                "merchant_max_amount": "30000.00",
            }
        ],
        "general": {
            "default_expiry_hours": 48,
            "max_expiry_days": 30,
            "ticket_format": "a4",
            "language": "es",
            "merchant_name": "",
            "merchant_ruc": "",
            "merchant_address": "",
            "merchant_logo": "",
            "require_second_approval": 0,
            "sync_minutes": 5,
            "lock_idle_minutes": 5,
            "health_warning_percent": 99,
            "health_bad_percent": 95,
            "health_silent_hours": 6,
            "printer_uri": "",
            "printer_paper": "80mm",
            "printer_dots": 576,
            "printer_codepage": "CP858",
            "print_on_issue": 0,
            "backup_folder": "",
            "backup_daily": 7,
            "backup_weekly": 4,
        },
    }


def test_merchant_ruc_needs_a_valid_check_digit(pagodesk_home: Path) -> None:
    from desktop.domain.settings import GeneralSettings, SettingsError

    assert GeneralSettings(merchant_ruc="20131312955").merchant_ruc == "20131312955"
    with pytest.raises(SettingsError) as refused:
        GeneralSettings(merchant_ruc="20131312954")
    assert refused.value.code == "bad_ruc"


def test_update_and_remove(pagodesk_home: Path) -> None:
    registry = ProfileRegistry()
    registry.add(sandbox())
    registry.use("tienda-pruebas")
    registry.update(sandbox(service_id=99))
    assert registry.get("tienda-pruebas").service_id == 99
    registry.remove("tienda-pruebas")
    assert registry.active() == DEMO_PROFILE
    assert ProfileRegistry().list_profiles() == [DEMO_PROFILE]


def test_changes_from_another_process_are_kept(pagodesk_home: Path) -> None:
    gui, cli = ProfileRegistry(), ProfileRegistry()
    gui.add(sandbox())
    cli.add(production())
    assert [p.name for p in ProfileRegistry().list_profiles()] == [
        "demo",
        "tienda-pruebas",
        "tienda",
    ]


def test_secrets_never_reach_the_settings_file(
    pagodesk_home: Path, memory_keyring: MemoryKeyring
) -> None:
    access, secret = "AK-visible-only-in-keyring", "SK/only+in=keyring"
    registry = ProfileRegistry()
    registry.add(production())
    secrets.store_credentials("tienda", access, secret)
    registry.use("tienda")
    text = settings_file(pagodesk_home).read_text(encoding="utf-8")
    assert access not in text and secret not in text
    assert "key" not in text.lower()
    assert secrets.load_credentials(registry.active().name) == (access, secret)


def test_writes_are_atomic_and_leave_no_temp_files(pagodesk_home: Path) -> None:
    registry = ProfileRegistry()
    for i in range(5):
        registry.add(sandbox(f"caja-{i}"))
        registry.use(f"caja-{i}")
    assert sorted(p.name for p in settings_file(pagodesk_home).parent.iterdir()) == [
        "settings.json"
    ]


def test_a_failed_write_keeps_the_old_file(
    pagodesk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = ProfileRegistry()
    registry.add(sandbox())
    before = settings_file(pagodesk_home).read_text(encoding="utf-8")

    def crash(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(config.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        registry.add(production())
    assert settings_file(pagodesk_home).read_text(encoding="utf-8") == before
    assert [p.name for p in settings_file(pagodesk_home).parent.iterdir()] == ["settings.json"]


# -- every ProfileError code ----------------------------------------------------------------------


def test_registry_error_codes(pagodesk_home: Path) -> None:
    registry = ProfileRegistry()
    registry.add(sandbox())
    cases = [
        (lambda: registry.get("nadie"), "unknown_profile"),
        (lambda: registry.use("nadie"), "unknown_profile"),
        (lambda: registry.remove("nadie"), "unknown_profile"),
        (lambda: registry.update(production("nadie")), "unknown_profile"),
        (lambda: registry.add(sandbox()), "duplicate_profile"),
        (lambda: registry.add(production("tienda-pruebas")), "duplicate_profile"),
        (lambda: registry.add(Profile("demo", E.DEMO)), "duplicate_profile"),
        (lambda: registry.add(Profile("demo2", E.DEMO)), "demo_builtin"),
        (lambda: registry.remove("demo"), "demo_builtin"),
        (lambda: registry.update(DEMO_PROFILE), "demo_builtin"),
    ]
    for action, code in cases:
        with pytest.raises(ProfileError) as caught:
            action()
        assert caught.value.code == code, code


@pytest.mark.parametrize(
    "build, code",
    [
        (lambda: sandbox("Tienda"), "bad_name"),
        (lambda: Profile("demo", "staging"), "bad_environment"),  # type: ignore[arg-type]
        (lambda: Profile("x", E.DEMO, service_id=1), "demo_builtin"),
        (lambda: Profile("x", E.DEMO, base_url=SANDBOX_HOST), "demo_builtin"),
        (lambda: sandbox(service_id=None), "bad_service_id"),
        (lambda: sandbox(service_id=0), "bad_service_id"),
        (lambda: production(service_id=-5), "bad_service_id"),
        (lambda: production(service_id="12345"), "bad_service_id"),
        (lambda: production(service_id=True), "bad_service_id"),
        (lambda: sandbox(database_url="not a url"), "bad_database_url"),
        (lambda: sandbox(database_url="postgresql://u:pw@db/x"), "bad_database_url"),
        (lambda: sandbox(database_url="postgresql://u@db/x?password=pw"), "bad_database_url"),
        (lambda: sandbox(merchant_max_amount=Decimal("0")), "bad_max_amount"),
        (lambda: sandbox(merchant_max_amount=Decimal("1.005")), "bad_max_amount"),
        (lambda: sandbox(merchant_max_amount=30000), "bad_max_amount"),
        (lambda: sandbox(merchant_max_amount=Decimal("1e20")), "bad_max_amount"),
        (lambda: sandbox(merchant_max_amount=Decimal("NaN")), "bad_max_amount"),
        (lambda: sandbox(base_url="ftp://pre1a.services.pagoefectivo.pe"), "bad_url"),
        (lambda: sandbox(base_url="https://user:pw@host.pe"), "bad_url"),
        (lambda: sandbox(base_url="https://host.pe/?a=1"), "bad_url"),
        (lambda: sandbox(base_url="https://host.pe:99999"), "bad_url"),
        (lambda: sandbox(base_url=" https://host.pe"), "bad_url"),
        (lambda: sandbox(base_url="https://"), "bad_url"),
    ],
)
def test_profile_error_codes(build: Any, code: str) -> None:
    with pytest.raises(ProfileError) as caught:
        build()
    assert caught.value.code == code
    assert isinstance(caught.value, ValueError)
    assert "pw" not in str(caught.value)


def test_profiles_of_different_environments_cannot_share_a_database(pagodesk_home: Path) -> None:
    shared = "postgresql+psycopg://caja@db.tienda.pe/pagodesk"
    registry = ProfileRegistry()
    registry.add(production(database_url=shared))
    registry.add(production("tienda-2", database_url=shared))  # same environment: fine
    with pytest.raises(ProfileError) as caught:
        registry.add(sandbox(database_url=shared))
    assert caught.value.code == "bad_database_url"


# -- host rules -----------------------------------------------------------------------------------

HOST_RULES = [
    # environment, base URL, expected code (None = accepted)
    (E.PRODUCTION, "https://services.pagoefectivo.pe", None),
    (E.PRODUCTION, "https://services.pagoefectivo.pe/", None),
    (E.PRODUCTION, "https://proxy.tienda.pe:8443/pagoefectivo", None),
    (E.PRODUCTION, "https://pre1a.services.pagoefectivo.pe", "production_host_refused"),
    (E.PRODUCTION, "https://PRE1A.Services.PagoEfectivo.pe", "production_host_refused"),
    (E.PRODUCTION, "https://pre.services.pagoefectivo.pe", "production_host_refused"),
    (E.PRODUCTION, "https://dev.services.pagoefectivo.pe", "production_host_refused"),
    (E.PRODUCTION, "https://localhost:8765", "production_host_refused"),
    (E.PRODUCTION, "https://app.localhost", "production_host_refused"),
    (E.PRODUCTION, "https://127.0.0.1:8765", "production_host_refused"),
    (E.PRODUCTION, "https://127.1", "production_host_refused"),
    (E.PRODUCTION, "https://[::1]:8765", "production_host_refused"),
    (E.PRODUCTION, "https://[::ffff:127.0.0.1]", "production_host_refused"),
    (E.PRODUCTION, "https://0.0.0.0", "production_host_refused"),
    (E.PRODUCTION, "http://127.0.0.1:8765", "production_host_refused"),
    (E.PRODUCTION, "http://services.pagoefectivo.pe", "insecure_url"),
    (E.SANDBOX, "https://pre1a.services.pagoefectivo.pe", None),
    (E.SANDBOX, "https://sandbox.tienda.pe", None),
    (E.SANDBOX, "http://127.0.0.1:8765", None),
    (E.SANDBOX, "http://localhost:8765", None),
    (E.SANDBOX, "http://[::1]:8765", None),
    (E.SANDBOX, "https://services.pagoefectivo.pe", "sandbox_host_refused"),
    (E.SANDBOX, "https://SERVICES.pagoefectivo.pe./", "sandbox_host_refused"),
    (E.SANDBOX, "http://services.pagoefectivo.pe", "sandbox_host_refused"),
    (E.SANDBOX, "http://pre1a.services.pagoefectivo.pe", "insecure_url"),
    (E.SANDBOX, "http://192.168.1.20:8765", "insecure_url"),
]


@pytest.mark.parametrize("environment, url, code", HOST_RULES)
def test_host_rules(environment: Environment, url: str, code: str | None) -> None:
    if code is None:
        profile = Profile("p", environment, base_url=url, service_id=1)
        assert profile.base_url == url.rstrip("/")
    else:
        with pytest.raises(ProfileError) as caught:
            Profile("p", environment, base_url=url, service_id=1)
        assert caught.value.code == code


# -- one database per profile ---------------------------------------------------------------------


def test_each_profile_has_its_own_sqlite_file(pagodesk_home: Path) -> None:
    folder = pagodesk_home / "data" / "profiles"
    assert database_url(DEMO_PROFILE) == f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
    assert database_url(sandbox()) == f"sqlite:///{(folder / 'tienda-pruebas.sqlite3').as_posix()}"
    assert database_url(production()) != database_url(sandbox())
    assert folder.is_dir()


def test_a_shared_database_url_is_used_as_given(pagodesk_home: Path) -> None:
    url = "postgresql+psycopg://caja@db.tienda.pe:5432/pagodesk"
    assert database_url(production(database_url=url)) == url
    assert (
        database_url(sandbox(database_url="sqlite:////srv/x.sqlite3")) == "sqlite:////srv/x.sqlite3"
    )


# -- the settings file is typed -------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, code",
    [
        ({"colour": "blue"}, "unknown_setting"),
        ({"general": {"theme": "dark"}}, "unknown_setting"),
        ({"profiles": [{"name": "x", "environment": "sandbox", "service_id": 1, "pin": 1}]},
         "unknown_setting"),
        ({"profiles": [{"name": "x", "environment": "sandbox", "access_key": "A"}]},
         "unknown_setting"),
        ({"general": {"language": "fr"}}, "bad_setting"),
        ({"general": {"default_expiry_hours": "48"}}, "bad_setting"),
        ({"general": {"default_expiry_hours": 48.0}}, "bad_setting"),
        ({"general": {"default_expiry_hours": True}}, "bad_setting"),
        ({"general": {"default_expiry_hours": 24 * 31}}, "bad_setting"),
        ({"general": {"max_expiry_days": 0}}, "bad_setting"),
        ({"general": {"ticket_format": "letter"}}, "bad_setting"),
        ({"general": []}, "bad_setting"),
        ({"profiles": {}}, "bad_setting"),
        ({"profiles": [{"name": "x"}]}, "bad_setting"),
        ({"active_profile": "nadie"}, "unknown_profile"),
        ({"version": 2}, "bad_settings_file"),
        ([], "bad_settings_file"),
        ({"profiles": [{"name": "x", "environment": "production", "service_id": 1,
                        "base_url": "https://pre1a.services.pagoefectivo.pe"}]},
         "production_host_refused"),
        ({"profiles": [{"name": "x", "environment": "sandbox", "service_id": 1}] * 2},
         "duplicate_profile"),
        ({"profiles": [{"name": "demo", "environment": "sandbox", "service_id": 1}]},
         "demo_builtin"),
        ({"profiles": [{"name": "x", "environment": "sandbox", "service_id": 1,
                        "merchant_max_amount": "lots"}]},
         "bad_max_amount"),
        ({"profiles": [{"name": "x", "environment": "sandbox", "service_id": 1,
                        "merchant_max_amount": 500.5}]},
         "bad_max_amount"),
        ({"profiles": [{"name": "x", "environment": "sandbox", "service_id": "1"}]},
         "bad_service_id"),
        ({"profiles": [{"name": "x", "environment": "staging", "service_id": 1}]},
         "bad_environment"),
        ({"profiles": [{"name": "X", "environment": "sandbox", "service_id": 1}]},
         "bad_name"),
        ({"profiles": ["x"]}, "bad_setting"),
    ],
)  # fmt: skip
def test_bad_settings_are_rejected_clearly(pagodesk_home: Path, data: object, code: str) -> None:
    write_settings(pagodesk_home, data)
    with pytest.raises(SettingsError) as caught:
        ProfileRegistry()
    assert caught.value.code == code
    assert str(settings_file(pagodesk_home)) in str(caught.value)


def test_unknown_key_message_names_the_key(pagodesk_home: Path) -> None:
    write_settings(pagodesk_home, {"general": {"theme": "dark"}})
    with pytest.raises(SettingsError, match=r"unknown setting\(s\) theme"):
        ProfileRegistry()


@pytest.mark.parametrize(
    "raw",
    [
        b"{",
        b'{"version": 1, "version": 1}',
        b"",
        '{"general": {"merchant_name": "Peña"}}'.encode("cp1252"),  # not UTF-8
        b"[" * 100_000 + b"]" * 100_000,  # nested past the parser's recursion limit
        b" " * (2 * 1024 * 1024),  # too big to be a settings file
    ],
    ids=["cut", "twice", "empty", "cp1252", "nested", "huge"],
)
def test_broken_json_is_rejected(pagodesk_home: Path, raw: bytes) -> None:
    """One clear error naming the file, never a traceback (UnicodeDecodeError, RecursionError)."""
    settings_file(pagodesk_home).parent.mkdir(parents=True)
    settings_file(pagodesk_home).write_bytes(raw)
    with pytest.raises(SettingsError) as caught:
        ProfileRegistry()
    assert caught.value.code == "bad_settings_file"
    assert str(settings_file(pagodesk_home)) in str(caught.value)


def test_a_hand_written_minimal_file_takes_defaults(pagodesk_home: Path) -> None:
    write_settings(
        pagodesk_home,
        {"profiles": [{"name": "caja", "environment": "sandbox", "service_id": 7}]},
    )
    registry = ProfileRegistry()
    assert registry.get("caja").base_url == SANDBOX_HOST
    assert registry.active() == DEMO_PROFILE
    assert registry.settings.general == GeneralSettings()


# -- names (hypothesis) ---------------------------------------------------------------------------

VALID_NAME = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,39}", fullmatch=True).filter(
    lambda n: n not in {"con", "prn", "aux", "nul"} and not re.fullmatch(r"(com|lpt)\d", n)
)


@given(VALID_NAME)
def test_valid_names_are_accepted_and_round_trip(name: str) -> None:
    profile = sandbox(name) if name != "demo" else DEMO_PROFILE
    assert check_name(name) == name
    settings = Settings(profiles=(profile,) if name != "demo" else ())
    assert settings_from_json(json.loads(settings_to_json(settings))) == settings


@given(st.text(max_size=60))
def test_other_names_are_refused(name: str) -> None:
    valid = re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", name) and not re.fullmatch(
        r"con|prn|aux|nul|(com|lpt)\d", name
    )
    if valid:
        assert check_name(name) == name
    else:
        with pytest.raises(ProfileError) as caught:
            sandbox(name)
        assert caught.value.code == "bad_name"


@pytest.mark.parametrize(
    "name", ["", "a" * 41, "Tienda", "tienda pruebas", "-tienda", "_x", "tienda.prod", "ñandú",
             "con", "com1", "lpt9", "caja/1", "caja\n", None]
)  # fmt: skip
def test_examples_of_bad_names(name: str) -> None:
    with pytest.raises(ProfileError) as caught:
        check_name(name)
    assert caught.value.code == "bad_name"


def test_name_limits() -> None:
    assert check_name("a" * 40) == "a" * 40
    assert check_name("0") == "0"
    assert check_name("caja_2-norte") == "caja_2-norte"


@pytest.mark.parametrize("minutes", [-1, 241])
def test_sync_interval_is_bounded(pagodesk_home: Path, minutes: int) -> None:
    with pytest.raises(SettingsError, match="sync_minutes"):
        GeneralSettings(sync_minutes=minutes)
    assert GeneralSettings(sync_minutes=0).sync_minutes == 0  # 0: only by hand


def test_the_notification_url_is_kept_and_a_form_save_leaves_it(pagodesk_home: Path) -> None:
    from datetime import date

    from desktop.domain.notify_url import NotifyUrlError, RegisteredUrl

    url = "https://cobros.mitienda.pe/pagoefectivo/notificaciones"
    registered = RegisteredUrl(url, date(2026, 11, 25))
    registry = ProfileRegistry()
    registry.add(production(receiver_public_url=url, notify_registered=registered))
    raw = json.loads(registry.path.read_text())["profiles"][0]
    assert raw["receiver_public_url"] == url
    assert raw["notify_registered"] == {"url": url, "on": "2026-11-25"}
    registry.update(production(service_id=555))  # the Ajustes form knows nothing of them
    kept = ProfileRegistry().get("tienda")
    assert (kept.service_id, kept.receiver_public_url, kept.notify_registered) == (
        555,
        url,
        registered,
    )
    with pytest.raises(NotifyUrlError, match="https"):
        production(receiver_public_url="http://cobros.mitienda.pe")
    with pytest.raises(NotifyUrlError):
        Profile("demo2", E.DEMO, receiver_public_url=url)
    data = {"profiles": [{"name": "x", "environment": "sandbox", "notify_registered": {}}]}
    with pytest.raises(SettingsError, match="notify_registered"):
        settings_from_json(data)
