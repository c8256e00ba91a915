"""Composition root: builds a profile's store, client and services for the GUI and the CLI."""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta

import httpx
from sqlalchemy import Engine

from desktop.config import data_dir, demo_sandbox_path
from desktop.domain.limatime import Clock, utc_now
from desktop.domain.settings import GeneralSettings
from desktop.domain.validation import FieldProblem, InvalidInput, IssueLimits, unsafe_characters
from desktop.pagoefectivo import Credentials, PagoEfectivoClient
from desktop.sandbox import DEMO_CONFIG, SandboxServer
from desktop.services import secrets
from desktop.services.chain_keys import chain_key
from desktop.services.changes import VoucherChanges
from desktop.services.databases import open_profile_store
from desktop.services.diagnostics import Diagnostics, collect
from desktop.services.errors import boundary
from desktop.services.exchange_log import StoreLogSink
from desktop.services.issuing import IssueService
from desktop.services.lookup import VoucherLookup
from desktop.services.ports import SANDBOX_PORT
from desktop.services.profiles import Profile, ProfileRegistry
from desktop.services.receipts import Merchant, ReceiptService, merchant_from_settings
from desktop.services.receiver.demo import DemoReceiver
from desktop.services.reconcile import ManualReconciliation
from desktop.services.retention import purge_old_logs
from desktop.services.settings import ConnectionReport
from desktop.services.sync import SyncService
from desktop.store.seal import use_key

DEMO_PORT_ENV = "PAGODESK_DEMO_PORT"


def demo_port() -> int:
    """The demo sandbox prefers one port (8765, or PAGODESK_DEMO_PORT), so payment links stay
    valid from one run to the next; 0 means any free port and never joins another process."""
    value = os.environ.get(DEMO_PORT_ENV, "").strip()
    return int(value) if value.isdigit() else SANDBOX_PORT


_log = logging.getLogger(__name__)


class MissingCredentials(Exception):
    """A real profile has no keys in the keyring yet."""

    def __init__(self, profile: str) -> None:
        self.profile = profile
        super().__init__(f"profile {profile!r} has no credentials in the keyring")


def demo_credentials() -> Credentials:
    """The demo sandbox's fixed, public credentials (they protect nothing real)."""
    return Credentials(DEMO_CONFIG.service_id, DEMO_CONFIG.access_key, DEMO_CONFIG.secret_key)


def running_demo_sandbox(port: int | None = None) -> str | None:
    """The URL of a demo sandbox already serving on this PC (another PagoDesk), if any."""
    port = demo_port() if port is None else port
    if port == 0:
        return None
    url = f"http://127.0.0.1:{port}"
    try:
        answer = httpx.get(f"{url}/_sandbox", timeout=0.5)
    except httpx.HTTPError:
        return None
    return url if answer.status_code == 200 else None


def start_demo_sandbox(port: int | None = None) -> SandboxServer:
    """Start the embedded sandbox on the demo port, or on any free port if that one is taken."""
    port = demo_port() if port is None else port
    for candidate in dict.fromkeys((port, 0)):
        server = SandboxServer(replace(DEMO_CONFIG, port=candidate), demo_sandbox_path())
        try:
            return server.start()
        except OSError:
            _log.info("demo sandbox port %s is taken; trying another", candidate)
    raise RuntimeError("could not start the demo sandbox")


def default_actor() -> str:
    """Who is working: the OS user name (recorded on every event)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "desconocido"


@dataclass
class Runtime:
    """Everything one profile needs, built once and closed once."""

    profile: Profile
    engine: Engine
    client: PagoEfectivoClient
    issuer: IssueService
    limits: IssueLimits
    actor: str
    sandbox: SandboxServer | None = None
    sandbox_url: str | None = None
    general: GeneralSettings = field(default_factory=GeneralSettings)
    clock: Clock = utc_now
    lookup: VoucherLookup = field(init=False)
    receipts: ReceiptService = field(init=False)
    sync: SyncService = field(init=False)
    changes: VoucherChanges = field(init=False)
    reconciliation: ManualReconciliation = field(init=False)
    receiver: DemoReceiver | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        name, clock = self.profile.name, self.clock
        self._merchant: tuple[GeneralSettings, Merchant] | None = None
        self.lookup = VoucherLookup(self.engine, name)
        self.receipts = ReceiptService(
            self.lookup, self.merchant, environment=self.profile.environment.value, clock=clock
        )
        self.sync = SyncService(self.engine, self.client, name, clock=clock)
        self.changes = VoucherChanges(
            self.engine, self.client, name, actor=self.actor, clock=clock, limits=self.limits
        )
        self.reconciliation = ManualReconciliation(
            self.engine,
            name,
            clock=clock,
            evidence_dir=data_dir() / "evidence" / name,
            require_second_approval=bool(self.general.require_second_approval),
        )

    def use_general(self, general: GeneralSettings) -> None:
        """New general settings (just saved in Ajustes) apply at once to every service of the
        profile: the merchant data on each document, the second approval."""
        self.general = general
        self.reconciliation.require_second_approval = bool(general.require_second_approval)

    def merchant(self) -> Merchant:
        """Who collects, as the settings in use say (the logo read once per change)."""
        if self._merchant is None or self._merchant[0] != self.general:
            found = merchant_from_settings(self.general, demo=self.profile.is_demo)
            self._merchant = (self.general, found)
        return self._merchant[1]

    @boundary
    def check_connection(self) -> ConnectionReport:
        """Authorize against this profile's PagoEfectivo; how far this PC's clock is off."""
        check = self.client.check_connection()
        return ConnectionReport(self.client.base_url, check.code_service, check.clock_skew)

    def diagnostics(self, toolkit: Mapping[str, str] | None = None) -> Diagnostics:
        """The support snapshot of this open profile (its database, the clock skew seen)."""
        return collect(
            profile=self.profile,
            engine=self.engine,
            clock_skew=self.client.clock_skew,
            toolkit=toolkit,
        )

    def receive_demo_notifications(self) -> DemoReceiver | None:
        """Demo profile only, for as long as this runtime is open (the app): this process
        receives the embedded sandbox's signed payment notifications on loopback, so a demo
        payment is recorded at once, however it was paid. None for other profiles; raises
        ``OSError`` when no loopback port can be had."""
        if not self.profile.is_demo or self.receiver is not None:
            return self.receiver
        receiver = DemoReceiver(
            self.engine,
            self.profile.name,
            demo_credentials().secret_key,
            self.sandbox_url,
            clock=self.clock,
        )
        self.receiver = receiver.start()
        return self.receiver

    def close(self) -> None:
        if self.receiver is not None:
            self.receiver.stop()
            self.receiver = None
        self.sync.close()
        self.client.close()
        if self.sandbox is not None:
            self.sandbox.stop()
        self.engine.dispose()


@boundary
def open_runtime(
    profile_name: str | None = None,
    *,
    actor: str | None = None,
    clock: Clock = utc_now,
    registry: ProfileRegistry | None = None,
) -> Runtime:
    """Open the named (or active) profile: database upgraded, client ready, demo sandbox up."""
    registry = registry or ProfileRegistry()
    profile = choose_profile(profile_name, registry)
    actor = (actor or "").strip() or default_actor()
    if unsafe_characters(actor):  # recorded on every event, printed by list and show
        raise InvalidInput([FieldProblem("actor", "invalid_characters")])
    engine = open_profile_store(profile)
    try:
        use_key(engine, profile.name, chain_key(profile, engine))
        purge_old_logs(engine, clock)  # API exchanges and webhook notifications, 180 days
        sandbox: SandboxServer | None = None
        if profile.is_demo:
            base_url = running_demo_sandbox()
            if base_url is None:
                sandbox = start_demo_sandbox()
                base_url = sandbox.base_url
            credentials = demo_credentials()
        else:
            base_url = profile.base_url or ""
            credentials = profile_credentials(profile)
        client = PagoEfectivoClient(
            base_url, credentials, log_sink=StoreLogSink(engine, profile.name), clock=clock
        )
    except BaseException:
        engine.dispose()
        raise
    limits = issue_limits(profile, registry)
    issuer = IssueService(engine, client, profile.name, actor=actor, clock=clock)
    general = registry.load().general
    return Runtime(
        profile, engine, client, issuer, limits, actor, sandbox, base_url, general, clock
    )


def issue_limits(profile: Profile, registry: ProfileRegistry) -> IssueLimits:
    """The merchant's maximum amount and the longest expiry allowed for this profile."""
    general = registry.load().general
    return IssueLimits(
        max_amount=profile.merchant_max_amount,
        max_expiry=timedelta(days=general.max_expiry_days),
    )


def choose_profile(name: str | None, registry: ProfileRegistry | None = None) -> Profile:
    """The named profile, or the active one (demo when nothing is configured)."""
    registry = registry or ProfileRegistry()
    return registry.get(name) if name else registry.active()


def profile_credentials(profile: Profile) -> Credentials:
    """A real profile's keys from the keyring (``KeyringUnavailable`` if there is none)."""
    stored = secrets.load_credentials(profile.name)
    if stored is None or profile.service_id is None:
        raise MissingCredentials(profile.name)
    return Credentials(profile.service_id, stored[0], stored[1])
