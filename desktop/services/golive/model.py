"""What a go-live check found: each flow with its steps, timings and verdict, as plain values
(codes and neutral parameters; ``wording.py`` says them in Spanish, the screens translate)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NoReturn


class FlowStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"


class Target(StrEnum):
    """What the check ran against."""

    SIMULATOR = "simulator"  # PagoDesk's simulator (demo): payments and faults on demand
    PAGOEFECTIVO = "pagoefectivo"  # PagoEfectivo's own pre-production: no admin, no faults


FLOWS = (
    "notify_url",
    "paid_notified",
    "expired",
    "annulled",
    "extended",
    "duplicate",
    "bad_signature",
    "lost_notification",
    "unconfirmed",
    "connection_cut",
    "clock_skew",
)
"""Every flow, in the order it runs."""

NEEDS_SIMULATOR = frozenset(
    {
        "paid_notified",
        "expired",
        "duplicate",
        "lost_notification",
        "unconfirmed",
        "connection_cut",
    }
)
"""Flows that pay, expire, repeat, lose or cut on purpose: PagoEfectivo's pre-production
offers none of that through its API, so there they are "no aplicable". (The notification URL
is checked there too: the profile's receiver public URL must answer from this PC and be the
one registered in the portal.)"""


@dataclass(frozen=True)
class Step:
    """One thing done or checked: ``code`` names its wording, ``params`` fill it in."""

    code: str
    params: Mapping[str, str]
    ok: bool
    ms: float


@dataclass(frozen=True)
class FlowResult:
    code: str
    status: FlowStatus
    steps: tuple[Step, ...] = ()
    ms: float = 0.0
    vouchers: tuple[tuple[int, int | None], ...] = ()
    """(voucher id, CIP) of the vouchers the flow issued."""

    @property
    def failed(self) -> bool:
        return self.status is FlowStatus.FAILED


@dataclass(frozen=True)
class CheckResult:
    """One run of the check on one profile."""

    profile: str
    environment: str
    target: Target
    base_url: str
    service_id: int | None
    started_at: datetime
    finished_at: datetime
    flows: tuple[FlowResult, ...]
    chain_head: str | None = None
    cleanup: tuple[Step, ...] = field(default_factory=tuple)

    def count(self, status: FlowStatus) -> int:
        return sum(1 for flow in self.flows if flow.status is status)

    @property
    def applicable(self) -> int:
        return len(self.flows) - self.count(FlowStatus.NOT_APPLICABLE)

    @property
    def passed(self) -> bool:
        """Every flow that could run passed (and at least one could)."""
        return self.applicable > 0 and self.count(FlowStatus.FAILED) == 0


Progress = Callable[[str, FlowResult | None], None]
"""Told ``(code, None)`` when a flow starts and ``(code, result)`` when it ends."""


class FlowFailed(Exception):
    """A check of the flow did not hold; its failing step is already recorded."""


class Recorder:
    """The steps of one flow as they happen, each timed from the one before."""

    def __init__(self, now: Callable[[], float]) -> None:
        self._now = now
        self._last = now()
        self.steps: list[Step] = []

    def ok(self, code: str, **params: object) -> None:
        self._add(code, params, True)

    def fail(self, code: str, **params: object) -> NoReturn:
        self._add(code, params, False)
        raise FlowFailed(code)

    def _add(self, code: str, params: Mapping[str, object], ok: bool) -> None:
        now = self._now()
        text = {name: str(value) for name, value in params.items()}
        self.steps.append(Step(code, text, ok, round((now - self._last) * 1000, 1)))
        self._last = now
