"""What every flow of the go-live check works with: the profile's real services (issuing,
sync, extend/annul) over a client of the check's own, the simulator's admin when there is one,
the receiver the notifications go to, and small readers of the outcome."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

import httpx
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from desktop.domain.events import EventKind
from desktop.domain.limatime import Clock
from desktop.domain.notify_url import RegisteredUrl
from desktop.domain.staff import Actor
from desktop.domain.status import VoucherStatus
from desktop.domain.validation import IssueInput, IssueLimits, validate_issue
from desktop.pagoefectivo import Credentials, PagoEfectivoClient
from desktop.pagoefectivo.client import DEFAULT_TIMEOUT
from desktop.pagoefectivo.logsink import LogSink
from desktop.services.changes import VoucherChanges
from desktop.services.communication import VoucherCommunication
from desktop.services.errors import RemoteError
from desktop.services.golive.model import Recorder
from desktop.services.golive.simulator import SimulatorAdmin
from desktop.services.issuing import IssueResult, IssueService, Outcome
from desktop.services.lookup import VoucherLookup
from desktop.services.sync import SyncService
from desktop.services.views import EventView, VoucherView
from desktop.store.notifications import WebhookNotification

CONCEPT = "Prueba de salida a producción"
EMAIL = "salida-a-produccion@example.com"
SHORT_TIMEOUT = 1.5
"""Seconds the client waits in the flow where PagoEfectivo answers too late on purpose."""
LATE_ANSWER_MS = 3000


@dataclass
class Bench:
    engine: Engine
    profile: str
    actor: Actor
    clock: Clock
    limits: IssueLimits
    base_url: str
    credentials: Credentials
    log_sink: LogSink
    receiver_url: str
    """Where this check's receiver takes notifications (registered with the simulator)."""
    admin: SimulatorAdmin | None = None
    public_url: str | None = None
    """Against PagoEfectivo's pre-production: the receiver's public URL of the profile."""
    registered: RegisteredUrl | None = None
    """And the URL marked registered in PagoEfectivo's portal."""
    issued: list[tuple[int, int | None]] = field(default_factory=list)
    held_until: float = 0.0
    """When an answer the simulator holds on purpose is sent (``time.perf_counter``)."""

    def __post_init__(self) -> None:
        self.client = self.new_client()
        self.issuer = IssueService(
            self.engine, self.client, self.profile, actor=self.actor, clock=self.clock
        )
        self.sync = SyncService(self.engine, self.client, self.profile, clock=self.clock)
        self.changes = VoucherChanges(
            self.engine,
            self.client,
            self.profile,
            actor=self.actor,
            clock=self.clock,
            limits=self.limits,
        )
        self.lookup = VoucherLookup(self.engine, self.profile)

    def new_client(self, timeout: float | None = None) -> PagoEfectivoClient:
        """A client of the check's own (its own token and clock reading), logging every
        exchange in the profile's log like the app's."""
        return PagoEfectivoClient(
            self.base_url,
            self.credentials,
            log_sink=self.log_sink,
            clock=self.clock,
            timeout=DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout, connect=5.0),
        )

    def close(self) -> None:
        """Close the client, once the simulator sent what it was holding: a simulator of
        this process (the command line's) stops next, and would cut it off mid-wait."""
        self.client.close()
        time.sleep(max(0.0, self.held_until - time.perf_counter()))

    @property
    def simulator(self) -> SimulatorAdmin:
        assert self.admin is not None, "this flow needs the simulator"
        return self.admin

    def recorder(self) -> Recorder:
        return Recorder(time.perf_counter)

    # -- doing -------------------------------------------------------------------------------

    def issue(self, rec: Recorder, cents: int, issuer: IssueService | None = None) -> VoucherView:
        """A voucher issued through the issuing service, as at the counter."""
        result = self.issue_only(cents, issuer)
        if result.outcome is not Outcome.PENDING or result.voucher.cip is None:
            rec.fail("not_issued", error=describe(result.error) or result.outcome.value)
        rec.ok("issued", cip=result.voucher.cip, amount=result.voucher.money)
        return result.voucher

    def issue_only(self, cents: int, issuer: IssueService | None = None) -> IssueResult:
        data = IssueInput(
            amount=str(Decimal(cents) / 100),
            email=EMAIL,
            concept=CONCEPT,
            first_name="Prueba",
            last_name="Salida",
            expires_in=timedelta(hours=48),
        )
        result = (issuer or self.issuer).issue(validate_issue(data, self.clock(), self.limits))
        self.issued.append((result.voucher.id, result.voucher.cip))
        return result

    # -- reading -----------------------------------------------------------------------------

    def voucher(self, voucher_id: int) -> VoucherView:
        return self.lookup.find(f"#{voucher_id}")

    def events(self, voucher_id: int) -> tuple[EventView, ...]:
        return self.lookup.detail(f"#{voucher_id}").events

    def moves_to(self, voucher_id: int, status: VoucherStatus) -> list[EventView]:
        return [
            e
            for e in self.events(voucher_id)
            if e.kind is EventKind.MOVE and e.to_status == status.value
        ]

    def expect_status(self, rec: Recorder, voucher_id: int, expected: VoucherStatus) -> None:
        found = self.voucher(voucher_id).status
        if found is not expected:
            rec.fail("wrong_status", shown=found.value, wanted=expected.value)

    def last_notification_outcome(self, voucher_id: int) -> str | None:
        notifications = VoucherCommunication(self.engine, self.profile).of(f"#{voucher_id}")
        found = notifications.notifications
        return found[-1].outcome if found else None

    def newest_notification_id(self) -> int:
        with Session(self.engine) as session:
            newest = session.exec(
                select(func.max(WebhookNotification.id)).where(
                    WebhookNotification.profile == self.profile
                )
            ).one()
        return int(newest or 0)

    def refused_since(self, after_id: int, outcome: str) -> int:
        """Refused notifications recorded after ``after_id`` with that outcome."""
        with Session(self.engine) as session:
            rows = session.exec(
                select(WebhookNotification.id).where(
                    WebhookNotification.profile == self.profile,
                    col(WebhookNotification.id) > after_id,
                    WebhookNotification.outcome == outcome,
                )
            ).all()
        return len(rows)


def describe(error: BaseException | None) -> str:
    """A failure in one line, never with a secret (the client's errors hold none)."""
    if error is None:
        return ""
    if isinstance(error, RemoteError):
        return f"{error.kind.value}: {error}"
    return f"{type(error).__name__}: {error}"
