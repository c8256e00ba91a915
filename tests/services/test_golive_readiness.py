"""Going to production: a passing go-live report of a test profile of this installation from
the last 30 days, whose signature holds under that profile's key; otherwise a supervisor's
override, kept in the profile's settings with who and when, and logged."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

import pytest

from desktop.services import secrets
from desktop.services.chain_keys import encode
from desktop.services.golive import readiness, record_override
from desktop.services.golive.model import CheckResult, FlowResult, FlowStatus, Target
from desktop.services.golive.report import SavedReport, report_key, save_report
from desktop.services.profiles import Environment, Profile, ProfileRegistry
from desktop.services.settings import ProfileForm, save_profile
from desktop.store.seal import DEMO_KEY
from tests.conftest import MemoryKeyring

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
SANDBOX_KEY = bytes(range(32))


def report(
    profile: str, at: datetime, *, passed: bool = True, key: bytes = report_key(DEMO_KEY)
) -> SavedReport:
    status = FlowStatus.PASSED if passed else FlowStatus.FAILED
    result = CheckResult(
        profile=profile,
        environment="demo" if profile == "demo" else "sandbox",
        target=Target.SIMULATOR,
        base_url="http://127.0.0.1:8765",
        service_id=1234,
        started_at=at - timedelta(seconds=5),
        finished_at=at,
        flows=(FlowResult("annulled", status),),
    )
    return save_report(result, key=key, merchant="Bodega Rosa")


@pytest.fixture
def registry(memory_keyring: MemoryKeyring) -> ProfileRegistry:
    registry = ProfileRegistry()
    registry.add(Profile("pruebas", Environment.SANDBOX, service_id=1035))
    registry.add(Profile("tienda", Environment.PRODUCTION, service_id=19844))
    secrets.store_chain_key("pruebas", encode(SANDBOX_KEY))
    return registry


def test_only_a_recent_passing_report_that_checks_counts(registry: ProfileRegistry) -> None:
    assert not readiness(registry, NOW).ready
    report("demo", NOW - timedelta(days=31))
    report("demo", NOW - timedelta(hours=1), passed=False)
    assert not readiness(registry, NOW).ready

    fresh = report("demo", NOW - timedelta(days=29))
    found = readiness(registry, NOW).report
    assert found is not None and found.json_path == fresh.json_path and found.passed

    newer = report("pruebas", NOW - timedelta(days=2), key=report_key(SANDBOX_KEY))
    assert readiness(registry, NOW).report.json_path == newer.json_path  # type: ignore[union-attr]

    # Signed with a key that is not the profile's (another installation, or the public
    # demo key on a real profile's report): left out.
    report("pruebas", NOW - timedelta(days=1))
    assert readiness(registry, NOW).report.json_path == newer.json_path  # type: ignore[union-attr]

    envelope = json.loads(newer.json_path.read_text(encoding="utf-8"))
    envelope["informe"]["fecha"] = (NOW - timedelta(minutes=1)).isoformat()
    newer.json_path.write_text(json.dumps(envelope), encoding="utf-8")
    assert readiness(registry, NOW).report.json_path == fresh.json_path  # type: ignore[union-attr]


def test_a_production_profile_never_vouches_for_itself(registry: ProfileRegistry) -> None:
    report("tienda", NOW - timedelta(days=1))
    assert not readiness(registry, NOW).ready


def test_an_override_is_kept_with_who_and_when_and_logged(
    registry: ProfileRegistry, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="desktop.services.golive"):
        override = record_override(registry, "tienda", "Carla (supervisora)", NOW)
    assert (
        "profile tienda goes to production" in caplog.text and "Carla (supervisora)" in caplog.text
    )
    stored = json.loads(registry.path.read_text(encoding="utf-8"))["profiles"][1]
    assert stored["golive_override"] == {"by": "Carla (supervisora)", "at": NOW.isoformat()}
    assert ProfileRegistry().get("tienda").golive_override == override

    form = ProfileForm("tienda", "production", service_id="19845")  # edited later in Ajustes
    save_profile(registry, form, "tienda")
    again = ProfileRegistry().get("tienda")
    assert again.service_id == 19845 and again.golive_override == override
