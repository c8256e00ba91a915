"""The go-live check as the app and the command line use it: run it on a test profile and
keep its signed report; say whether a profile may go to production (a passing report of the
last 30 days) and record a supervisor's override when it goes without one."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from desktop.config import tighten
from desktop.domain.staff import GOLIVE_ACTOR, Action, require
from desktop.services import secrets
from desktop.services.chain_keys import BadChainKey, chain_key, decode
from desktop.services.errors import boundary
from desktop.services.golive.check import CheckSetup, NotATestProfile, run_check
from desktop.services.golive.model import CheckResult, Progress
from desktop.services.golive.report import (
    SavedReport,
    latest_passing,
    read_report,
    report_key,
    save_report,
)
from desktop.services.profiles import Environment, GoLiveOverride, ProfileError, ProfileRegistry
from desktop.services.runtime import (
    Runtime,
    demo_credentials,
    open_runtime,
    profile_credentials,
)
from desktop.store.seal import DEMO_KEY

FRESH = timedelta(days=30)
"""How recent a passing report must be for a profile to go to production unwarned."""
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GoLiveRun:
    result: CheckResult
    report: SavedReport


@dataclass(frozen=True)
class Readiness:
    """Whether going to production needs a warning: the newest passing report of a test
    profile of this installation from the last 30 days, if there is one."""

    report: SavedReport | None

    @property
    def ready(self) -> bool:
        return self.report is not None


def setup_of(runtime: Runtime) -> CheckSetup:
    """An open test profile as the check needs it (``NotATestProfile`` for production)."""
    profile = runtime.profile
    if profile.environment is Environment.PRODUCTION:
        raise NotATestProfile(profile.name)
    credentials = demo_credentials() if profile.is_demo else profile_credentials(profile)
    base_url = (runtime.sandbox_url if profile.is_demo else profile.base_url) or ""
    return CheckSetup(
        runtime.engine,
        profile,
        base_url,
        credentials,
        GOLIVE_ACTOR,
        runtime.clock,
        runtime.limits,
    )


def keys_of(registry: ProfileRegistry) -> Callable[[str], bytes | None]:
    """The report key of a profile of this installation (None: unknown here, or no key)."""

    def key(name: str) -> bytes | None:
        try:
            profile = registry.get(name)
        except ProfileError:
            return None
        if profile.is_demo:
            return report_key(DEMO_KEY)
        try:
            code = secrets.load_chain_key(name)
            return report_key(decode(code)) if code else None
        except (secrets.KeyringUnavailable, BadChainKey):
            return None

    return key


class GoLive:
    """One installation's go-live checks; ``runtime`` is the profile open now."""

    def __init__(self, runtime: Runtime, registry: ProfileRegistry | None = None) -> None:
        self._runtime = runtime
        self._registry = registry or ProfileRegistry()

    @boundary
    def run(self, profile: str | None = None, progress: Progress | None = None) -> GoLiveRun:
        """Run the check on ``profile`` (the open one by default; another is opened for it
        and closed after) and keep its signed report."""
        require(self._runtime.actor, Action.MANAGE_PROFILES)
        name = profile or self._runtime.profile.name
        if name == self._runtime.profile.name:
            return self._run_on(self._runtime, progress)
        opened = open_runtime(name, clock=self._runtime.clock, registry=self._registry)
        try:
            return self._run_on(opened, progress)
        finally:
            opened.close()

    def _run_on(self, runtime: Runtime, progress: Progress | None) -> GoLiveRun:
        result = run_check(setup_of(runtime), progress)
        key = report_key(chain_key(runtime.profile, runtime.engine))
        saved = save_report(result, key=key, merchant=runtime.merchant().name)
        return GoLiveRun(result, saved)

    def readiness(self) -> Readiness:
        """Whether going to production needs a warning now (see ``readiness``)."""
        return readiness(self._registry, self._runtime.clock())

    def record_override(self, profile: str) -> GoLiveOverride:
        """The administrator working now lets ``profile`` go to production unchecked."""
        actor = self._runtime.actor
        require(actor, Action.MANAGE_PROFILES)
        return record_override(self._registry, profile, actor.name, self._runtime.clock())


def readiness(registry: ProfileRegistry, now: datetime) -> Readiness:
    """The newest passing report of any test profile of this installation, from the last
    30 days (reports whose signature does not hold are left out)."""
    registry.load()
    names = [
        p.name for p in registry.list_profiles() if p.environment is not Environment.PRODUCTION
    ]
    return Readiness(latest_passing(names, keys_of(registry), now, FRESH))


def record_override(
    registry: ProfileRegistry, profile: str, actor: str, now: datetime
) -> GoLiveOverride:
    """A supervisor lets ``profile`` go to production without a passing check: who and when
    go into the profile's settings, and a line into the log."""
    registry.load()
    override = GoLiveOverride(actor, now)
    registry.update(replace(registry.get(profile), golive_override=override))
    _log.warning(
        "go-live check overridden: profile %s goes to production without a passing report "
        "of the last %d days, on the word of %s",
        profile,
        FRESH.days,
        actor,
    )
    return override


def verify_report(path: Path, registry: ProfileRegistry | None = None) -> SavedReport:
    """A report file checked with this installation's keys (``BadReport`` if not)."""
    return read_report(path, keys_of(registry or ProfileRegistry()))


def copy_report(report: SavedReport, pdf_target: Path) -> tuple[Path, Path]:
    """The report's PDF at ``pdf_target`` and its signed JSON beside it (same name,
    ``.json``), both this user's only."""
    json_target = pdf_target.with_suffix(".json")
    for source, target in ((report.pdf_path, pdf_target), (report.json_path, json_target)):
        shutil.copyfile(source, target)
        tighten(target, 0o600)
    return pdf_target, json_target
