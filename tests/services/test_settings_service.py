"""Settings operations: profiles with keys only in the keyring, connection test, merchant data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.config import settings_path
from desktop.sandbox import SandboxServer
from desktop.services import secrets
from desktop.services.errors import Remote, RemoteError
from desktop.services.profiles import ProfileRegistry
from desktop.services.secrets import KeyringUnavailable
from desktop.services.settings import (
    GeneralForm,
    InvalidSettings,
    ProfileForm,
    check_connection,
    default_base_url,
    has_stored_keys,
    remove_profile,
    save_general,
    save_profile,
    use_profile,
)
from tests.conftest import MemoryKeyring
from tests.integration.conftest import TEST_CREDENTIALS

ACCESS = "AK-PROD-0123456789"
SECRET = "SK/prod+secret=0123456789"
GOOD_RUC = "20100070970"


def production(**changes: str) -> ProfileForm:
    values = {
        "name": "tienda",
        "environment": "production",
        "service_id": "4321",
        "access_key": ACCESS,
        "secret_key": SECRET,
    }
    values.update(changes)
    return ProfileForm(**values)


def general(**changes: object) -> GeneralForm:
    values: dict[str, object] = {
        "merchant_name": "Bodega Doña Rosa",
        "merchant_ruc": GOOD_RUC,
        "merchant_address": "Av. Arequipa 1234, Lince",
        "merchant_logo": "",
        "default_expiry_hours": 24,
        "ticket_format": "80mm",
        "language": "es",
    }
    values.update(changes)
    return GeneralForm(**values)  # type: ignore[arg-type]


def test_new_production_profile_keeps_keys_only_in_the_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    registry = ProfileRegistry()
    profile = save_profile(registry, production(), None)
    assert profile.base_url == default_base_url("production")
    assert secrets.load_credentials("tienda") == (ACCESS, SECRET)
    text = settings_path().read_text(encoding="utf-8")
    assert ACCESS not in text and SECRET not in text and '"tienda"' in text
    assert has_stored_keys("tienda") and not has_stored_keys("otra")
    assert "AK-" not in repr(production())


def test_every_wrong_field_is_reported_at_once(memory_keyring: MemoryKeyring) -> None:
    form = production(
        name="Mi Tienda",
        base_url="https://pre1a.services.pagoefectivo.pe",
        service_id="abc",
        access_key="",
        secret_key="",
    )
    with pytest.raises(InvalidSettings) as caught:
        save_profile(ProfileRegistry(), form, None)
    assert caught.value.fields == {
        "name": "bad_name",
        "base_url": "production_host_refused",
        "service_id": "bad_service_id",
        "access_key": "missing_access_key",
        "secret_key": "missing_secret_key",
    }
    host = next(p for p in caught.value.problems if p.field == "base_url").detail
    assert host == "pre1a.services.pagoefectivo.pe"
    assert not settings_path().exists() and memory_keyring.entries == {}


def test_editing_keeps_stored_keys_unless_a_new_one_is_typed(
    memory_keyring: MemoryKeyring,
) -> None:
    registry = ProfileRegistry()
    save_profile(registry, production(), None)
    save_profile(registry, production(service_id="999", access_key="", secret_key=""), "tienda")
    assert registry.get("tienda").service_id == 999
    assert secrets.load_credentials("tienda") == (ACCESS, SECRET)
    save_profile(registry, production(access_key="", secret_key="SK-new"), "tienda")
    assert secrets.load_credentials("tienda") == (ACCESS, "SK-new")
    with pytest.raises(InvalidSettings) as caught:
        save_profile(registry, production(name="otra"), "tienda")
    assert caught.value.fields == {"name": "rename_refused"}
    with pytest.raises(InvalidSettings) as caught:
        save_profile(registry, production(environment="sandbox"), "tienda")
    assert caught.value.fields == {"environment": "environment_locked"}
    with pytest.raises(InvalidSettings) as caught:
        save_profile(registry, production(), None)
    assert caught.value.fields == {"name": "duplicate_profile"}


def test_editing_in_the_form_keeps_the_merchants_limit(memory_keyring: MemoryKeyring) -> None:
    from dataclasses import replace
    from decimal import Decimal

    registry = ProfileRegistry()
    save_profile(registry, production(), None)
    limited = replace(registry.get("tienda"), merchant_max_amount=Decimal("500.50"))
    registry.update(limited)  # set from the command line; the form does not show it
    save_profile(registry, production(service_id="999", access_key="", secret_key=""), "tienda")
    assert registry.load().profiles[0].merchant_max_amount == Decimal("500.50")
    assert registry.get("tienda").service_id == 999


def test_remove_and_use(memory_keyring: MemoryKeyring) -> None:
    registry = ProfileRegistry()
    save_profile(registry, production(), None)
    assert use_profile(registry, "tienda").name == "tienda"
    remove_profile(registry, "tienda")
    assert registry.load().active_profile == "demo"
    assert memory_keyring.entries == {}
    with pytest.raises(InvalidSettings) as caught:
        remove_profile(registry, "demo")
    assert caught.value.fields == {"name": "demo_builtin"}


def test_a_refused_keyring_leaves_no_profile_behind() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        registry = ProfileRegistry()
        with pytest.raises(KeyringUnavailable):
            save_profile(registry, production(), None)
        assert [p.name for p in registry.load().profiles] == []
    finally:
        keyring.set_keyring(previous)


def sandbox_form(sandbox: SandboxServer, **changes: str) -> ProfileForm:
    values = {
        "name": "pruebas",
        "environment": "sandbox",
        "base_url": sandbox.base_url,
        "service_id": str(TEST_CREDENTIALS.service_id),
        "access_key": TEST_CREDENTIALS.access_key,
        "secret_key": TEST_CREDENTIALS.secret_key,
    }
    values.update(changes)
    return ProfileForm(**values)


def test_connection_check_reports_the_service_and_the_clock(
    sandbox: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    report = check_connection(sandbox_form(sandbox))
    assert report.code_service and report.clock_skew is not None and report.clock_ok
    assert abs(report.clock_skew) < timedelta(seconds=5)

    registry = ProfileRegistry()
    save_profile(registry, sandbox_form(sandbox), None)
    stored_only = check_connection(sandbox_form(sandbox, access_key="", secret_key=""))
    assert stored_only.code_service == report.code_service

    with pytest.raises(RemoteError) as caught:
        check_connection(sandbox_form(sandbox, secret_key="wrong"))
    assert caught.value.kind is Remote.AUTHENTICATION
    assert caught.value.clock_skew is None  # a wrong key is not a clock problem


def test_connection_check_with_a_slow_clock_names_the_skew(
    sandbox: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(RemoteError) as caught:
        check_connection(
            sandbox_form(sandbox), clock=lambda: datetime.now(UTC) - timedelta(minutes=9)
        )
    assert caught.value.kind is Remote.AUTHENTICATION
    assert caught.value.clock_skew is not None and caught.value.clock_skew > timedelta(minutes=8)
    assert caught.value.skew_text is not None and caught.value.skew_text.startswith("+8 min")


def test_connection_check_of_an_unreachable_host(memory_keyring: MemoryKeyring) -> None:
    form = ProfileForm(
        "pruebas", "sandbox", "http://127.0.0.1:9", "1234", access_key="a", secret_key="b"
    )
    with pytest.raises(RemoteError) as unreachable:
        check_connection(form)
    assert unreachable.value.kind is Remote.CONNECTION
    with pytest.raises(InvalidSettings) as caught:
        check_connection(ProfileForm("demo", "demo"))
    assert caught.value.fields == {"form": "demo_not_running"}


def test_general_settings_saved_and_checked(tmp_path: Path) -> None:
    registry = ProfileRegistry()
    saved = save_general(registry, general())
    assert registry.load().general == saved
    assert saved.merchant_name == "Bodega Doña Rosa" and saved.ticket_format == "80mm"

    text_logo = tmp_path / "logo.png"
    text_logo.write_text("not an image")
    with pytest.raises(InvalidSettings) as caught:
        save_general(
            registry,
            general(
                merchant_ruc="20100070971",
                merchant_name="x" * 61,
                merchant_logo=str(text_logo),
                default_expiry_hours=0,
            ),
        )
    assert caught.value.fields == {
        "merchant_ruc": "bad_ruc",
        "merchant_name": "too_long",
        "merchant_logo": "logo_not_image",
        "default_expiry_hours": "out_of_range",
    }
    assert registry.load().general == saved
    with pytest.raises(InvalidSettings) as hidden:
        save_general(registry, general(merchant_name="Bodega\u202e", merchant_address="Av.\x1b"))
    assert hidden.value.fields == {
        "merchant_name": "invalid_characters",
        "merchant_address": "invalid_characters",
    }
    with pytest.raises(InvalidSettings) as caught:
        save_general(registry, general(merchant_ruc="12345", merchant_logo=str(tmp_path / "no")))
    assert caught.value.fields == {"merchant_ruc": "ruc_length", "merchant_logo": "logo_unreadable"}


def test_sync_interval_and_second_approval_are_saved_and_checked() -> None:
    registry = ProfileRegistry()
    assert registry.load().general.sync_minutes == 5  # the default: every 5 minutes
    saved = save_general(registry, general(sync_minutes=0, require_second_approval=True))
    assert (saved.sync_minutes, saved.require_second_approval) == (0, 1)
    assert registry.load().general == saved
    with pytest.raises(InvalidSettings) as hidden:
        save_general(registry, general(merchant_name="Bodega\u202e", merchant_address="Av.\x1b"))
    assert hidden.value.fields == {
        "merchant_name": "invalid_characters",
        "merchant_address": "invalid_characters",
    }
    with pytest.raises(InvalidSettings) as caught:
        save_general(registry, general(sync_minutes=241))
    assert caught.value.fields == {"sync_minutes": "sync_out_of_range"}
    assert caught.value.problems[0].detail == "240"
    with pytest.raises(InvalidSettings):
        save_general(registry, general(sync_minutes=-1))
    assert registry.load().general == saved


def test_merchant_data_the_voucher_cannot_print_is_refused() -> None:
    registry = ProfileRegistry()
    with pytest.raises(InvalidSettings) as refused:
        save_general(registry, general(merchant_name="Bodega 山田", merchant_address="Lima"))
    assert refused.value.fields == {"merchant_name": "unprintable"}
    assert refused.value.problems[0].detail == "山田"


def test_the_health_light_thresholds_are_saved_checked_and_used() -> None:
    from datetime import timedelta

    from desktop.services.api_health import thresholds_of

    registry = ProfileRegistry()
    defaults = registry.load().general
    assert (defaults.health_warning_percent, defaults.health_bad_percent) == (99, 95)
    saved = save_general(
        registry, general(health_warning_percent=98, health_bad_percent=90, health_silent_hours=3)
    )
    assert registry.load().general == saved
    limits = thresholds_of(saved)
    assert (limits.warning_percent, limits.bad_percent) == (98.0, 90.0)
    assert limits.silent_webhook == timedelta(hours=3)
    with pytest.raises(InvalidSettings) as caught:
        save_general(registry, general(health_warning_percent=90, health_bad_percent=97))
    assert caught.value.fields == {"health_bad_percent": "health_order"}
    assert caught.value.problems[0].detail == "90"
    with pytest.raises(InvalidSettings) as caught:
        save_general(registry, general(health_warning_percent=101, health_silent_hours=0))
    assert caught.value.fields == {
        "health_warning_percent": "percent_out_of_range",
        "health_silent_hours": "hours_out_of_range",
    }
    assert registry.load().general == saved  # nothing of a refused form was kept
