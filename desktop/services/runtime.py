"""Composition root: builds a profile's store, client and services for the GUI and the CLI.

Opening a profile costs only what every use needs: its database (upgraded only when behind)
and the keys. The rest is built on first use: the PagoEfectivo client (and with it the demo
sandbox, started or joined), issuing with its receipts, sync, changes. ``pagodesk list``
therefore never starts the sandbox nor loads httpx or reportlab."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desktop.config import data_dir, demo_sandbox_path
from desktop.domain.limatime import Clock, utc_now
from desktop.domain.settings import GeneralSettings
from desktop.domain.staff import NOBODY, Actor
from desktop.domain.validation import IssueLimits
from desktop.pagoefectivo import Credentials
from desktop.services.chain_keys import chain_key
from desktop.services.databases import open_profile_store
from desktop.services.errors import boundary
from desktop.services.lookup import VoucherLookup
from desktop.services.ports import SANDBOX_PORT
from desktop.services.profiles import Profile, ProfileRegistry
from desktop.services.profiles import choose_profile as choose_profile  # (re-exported)
from desktop.store.seal import use_key

if TYPE_CHECKING:
    from desktop.pagoefectivo import PagoEfectivoClient
    from desktop.sandbox import SandboxServer
    from desktop.services.changes import VoucherChanges
    from desktop.services.diagnostics import Diagnostics
    from desktop.services.issuing import IssueService
    from desktop.services.receipts import Merchant, ReceiptService
    from desktop.services.receiver.demo import DemoReceiver
    from desktop.services.reconcile import ManualReconciliation
    from desktop.services.settings import ConnectionReport
    from desktop.services.settlement import SettlementImport
    from desktop.services.staff import StaffService
    from desktop.services.sync import SyncService

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
    from desktop.sandbox import DEMO_CONFIG

    return Credentials(DEMO_CONFIG.service_id, DEMO_CONFIG.access_key, DEMO_CONFIG.secret_key)


def running_demo_sandbox(port: int | None = None) -> str | None:
    """The URL of a demo sandbox already serving on this PC (another PagoDesk), if any."""
    import httpx

    from desktop.pagoefectivo.hosts import tls_for

    port = demo_port() if port is None else port
    if port == 0:
        return None
    url = f"http://127.0.0.1:{port}"
    try:
        answer = httpx.get(f"{url}/_sandbox", timeout=0.5, verify=tls_for(url))
    except httpx.HTTPError:
        return None
    return url if answer.status_code == 200 else None


def start_demo_sandbox(port: int | None = None) -> SandboxServer:
    """Start the embedded sandbox on the demo port, or on any free port if that one is taken."""
    from desktop.sandbox import DEMO_CONFIG, SandboxServer

    port = demo_port() if port is None else port
    for candidate in dict.fromkeys((port, 0)):
        server = SandboxServer(replace(DEMO_CONFIG, port=candidate), demo_sandbox_path())
        try:
            return server.start()
        except OSError:
            _log.info("demo sandbox port %s is taken; trying another", candidate)
    raise RuntimeError("could not start the demo sandbox")


@dataclass
class Runtime:
    """Everything one profile needs, each part built on first use, and closed once."""

    profile: Profile
    engine: Engine
    credentials: Credentials
    limits: IssueLimits
    general: GeneralSettings = field(default_factory=GeneralSettings)
    clock: Clock = utc_now
    actor: Actor = NOBODY  # who is signed in (``sign_in``); nobody may act before
    lookup: VoucherLookup = field(init=False)
    receiver: DemoReceiver | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._merchant: tuple[GeneralSettings, Merchant] | None = None
        self._reach = threading.Lock()
        self._client: PagoEfectivoClient | None = None
        self._sandbox: SandboxServer | None = None
        self._base_url: str | None = None
        self.lookup = VoucherLookup(self.engine, self.profile.name)
        self._evidence_dir = data_dir() / "evidence" / self.profile.name  # this PC's, at open

    # -- PagoEfectivo, reached on first use ------------------------------------------------

    def connect(self) -> PagoEfectivoClient:
        """The client of this profile's PagoEfectivo, built once (any thread). The demo
        profile starts its embedded sandbox here, or joins one already serving on this PC."""
        with self._reach:
            if self._client is None:
                from desktop.pagoefectivo import PagoEfectivoClient
                from desktop.services.exchange_log import StoreLogSink

                base_url = self._reach_base_url()
                self._client = PagoEfectivoClient(
                    base_url,
                    self.credentials,
                    log_sink=StoreLogSink(self.engine, self.profile.name),
                    clock=self.clock,
                )
            return self._client

    def _reach_base_url(self) -> str:
        if self._base_url is None:
            if self.profile.is_demo:
                url = running_demo_sandbox()
                if url is None:
                    self._sandbox = start_demo_sandbox()
                    url = self._sandbox.base_url
                self._base_url = url
            else:
                self._base_url = self.profile.base_url or ""
        return self._base_url

    @property
    def client(self) -> PagoEfectivoClient:
        return self.connect()

    @property
    def sandbox(self) -> SandboxServer | None:
        """The demo sandbox this runtime started (None when it joined another's, or for a
        real profile)."""
        self.connect()
        return self._sandbox

    @property
    def sandbox_url(self) -> str | None:
        """Where this runtime reaches PagoEfectivo (the demo's sandbox, or the profile's)."""
        self.connect()
        return self._base_url

    # -- services, built on first use ------------------------------------------------------

    @cached_property
    def staff(self) -> StaffService:
        from desktop.services.staff import StaffService

        return StaffService(
            self.engine, self.profile.name, clock=self.clock, demo=self.profile.is_demo
        )

    def use_actor(self, actor: Actor) -> None:
        """``actor`` (just signed in, or switched to) acts from now on, in every service."""
        self.actor = actor
        for name in ("issuer", "changes", "settlement"):
            if name in self.__dict__:
                self.__dict__[name].actor = actor

    def sign_in(self, name: str | None, secret: str | None) -> Actor:
        """Authenticate and act as ``name``; on the demo profile, no name means its
        administrator «Demo» (training and scripts); elsewhere a name is required."""
        staff = self.staff
        actor = staff.authenticate(name, secret or "") if name else staff.demo_actor()
        self.use_actor(actor)
        return actor

    @cached_property
    def issuer(self) -> IssueService:
        from desktop.services.issuing import IssueService

        return IssueService(
            self.engine, self.client, self.profile.name, actor=self.actor, clock=self.clock
        )

    @cached_property
    def settlement(self) -> SettlementImport:
        from desktop.services.settlement import SettlementImport

        return SettlementImport(self.engine, self.profile.name, actor=self.actor, clock=self.clock)

    @cached_property
    def receipts(self) -> ReceiptService:
        from desktop.services.receipts import ReceiptService

        return ReceiptService(
            self.lookup,
            self.merchant,
            environment=self.profile.environment.value,
            clock=self.clock,
        )

    @cached_property
    def sync(self) -> SyncService:
        from desktop.services.sync import SyncService

        return SyncService(self.engine, self.client, self.profile.name, clock=self.clock)

    @cached_property
    def changes(self) -> VoucherChanges:
        from desktop.services.changes import VoucherChanges

        return VoucherChanges(
            self.engine,
            self.client,
            self.profile.name,
            actor=self.actor,
            clock=self.clock,
            limits=self.limits,
        )

    @cached_property
    def reconciliation(self) -> ManualReconciliation:
        from desktop.services.reconcile import ManualReconciliation

        return ManualReconciliation(
            self.engine,
            self.profile.name,
            clock=self.clock,
            evidence_dir=self._evidence_dir,
            require_second_approval=bool(self.general.require_second_approval),
        )

    def use_general(self, general: GeneralSettings) -> None:
        """New general settings (just saved in Ajustes) apply at once to every service of the
        profile: the merchant data on each document, the second approval."""
        self.general = general
        if "reconciliation" in self.__dict__:
            self.reconciliation.require_second_approval = bool(general.require_second_approval)

    def merchant(self) -> Merchant:
        """Who collects, as the settings in use say (the logo read once per change)."""
        from desktop.services.receipts import merchant_from_settings

        if self._merchant is None or self._merchant[0] != self.general:
            found = merchant_from_settings(self.general, demo=self.profile.is_demo)
            self._merchant = (self.general, found)
        return self._merchant[1]

    @boundary
    def check_connection(self) -> ConnectionReport:
        """Authorize against this profile's PagoEfectivo; how far this PC's clock is off."""
        from desktop.services.settings import ConnectionReport

        check = self.client.check_connection()
        return ConnectionReport(self.client.base_url, check.code_service, check.clock_skew)

    def diagnostics(self, toolkit: Mapping[str, str] | None = None) -> Diagnostics:
        """The support snapshot of this open profile (its database, the clock skew seen)."""
        from desktop.services.diagnostics import collect

        return collect(
            profile=self.profile,
            engine=self.engine,
            clock_skew=self._client.clock_skew if self._client is not None else None,
            toolkit=toolkit,
        )

    @boundary
    def maintain(self) -> None:
        """The upkeep of a profile in long use (the app at start, ``pagodesk sync``): API
        exchanges and webhook notifications past 180 days purged, fresh planner statistics.
        Commands that only read never pay for it."""
        from desktop.services.retention import purge_old_logs
        from desktop.store.engine import refresh_statistics

        purge_old_logs(self.engine, self.clock)
        refresh_statistics(self.engine)

    def receive_demo_notifications(self) -> DemoReceiver | None:
        """Demo profile only, for as long as this runtime is open (the app): this process
        receives the embedded sandbox's signed payment notifications on loopback, so a demo
        payment is recorded at once, however it was paid. None for other profiles; raises
        ``OSError`` when no loopback port can be had."""
        if not self.profile.is_demo or self.receiver is not None:
            return self.receiver
        from desktop.services.receiver.demo import DemoReceiver

        receiver = DemoReceiver(
            self.engine,
            self.profile.name,
            self.credentials.secret_key,
            self.sandbox_url,
            clock=self.clock,
        )
        self.receiver = receiver.start()
        return self.receiver

    def close(self) -> None:
        if self.receiver is not None:
            self.receiver.stop()
            self.receiver = None
        if "sync" in self.__dict__:  # built: it may hold the sync lease
            self.sync.close()
        with self._reach:
            if self._client is not None:
                self._client.close()
            if self._sandbox is not None:
                self._sandbox.stop()
        self.engine.dispose()


@boundary
def open_runtime(
    profile_name: str | None = None,
    *,
    clock: Clock = utc_now,
    registry: ProfileRegistry | None = None,
) -> Runtime:
    """Open the named (or active) profile: its database at the newest schema, its keys read.
    PagoEfectivo (for the demo, its sandbox) is reached when a service first needs it."""
    registry = registry or ProfileRegistry()
    profile = choose_profile(profile_name, registry)
    engine = open_profile_store(profile)
    try:
        use_key(engine, profile.name, chain_key(profile, engine))
        credentials = demo_credentials() if profile.is_demo else profile_credentials(profile)
    except BaseException:
        engine.dispose()
        raise
    limits = issue_limits(profile, registry)
    general = registry.load().general
    return Runtime(profile, engine, credentials, limits, general, clock)


def issue_limits(profile: Profile, registry: ProfileRegistry) -> IssueLimits:
    """The merchant's maximum amount and the longest expiry allowed for this profile."""
    general = registry.load().general
    return IssueLimits(
        max_amount=profile.merchant_max_amount,
        max_expiry=timedelta(days=general.max_expiry_days),
    )


def profile_credentials(profile: Profile) -> Credentials:
    """A real profile's keys from the keyring (``KeyringUnavailable`` if there is none)."""
    from desktop.services import secrets  # the keyring: real profiles only

    stored = secrets.load_credentials(profile.name)
    if stored is None or profile.service_id is None:
        raise MissingCredentials(profile.name)
    return Credentials(profile.service_id, stored[0], stored[1])
