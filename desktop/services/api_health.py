"""How PagoEfectivo has been answering, from the exchange log, and whether notifications come.

Each logged request is one of three kinds:
- **ok**: answered 2xx with PagoEfectivo's code 100;
- **refused**: PagoEfectivo answered and said no (4xx or a code such as 111, 511): a problem of
  the request, not of the service, so it does not lower the success rate;
- **failed**: no answer (timeout, connection cut), HTTP 429, 5xx or code 166, or credentials
  refused (401): what the merchant must watch.
The success rate of a window is ok / (ok + failed); the latency percentiles take every answered
request. ``level`` turns amber or red on the last hour's rate (with enough requests to judge),
and amber when no notification came for hours although polling found vouchers paid meanwhile.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Engine
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from desktop.domain.events import EventKind
from desktop.domain.limatime import Clock, utc_now
from desktop.domain.settings import GeneralSettings
from desktop.domain.status import EventSource, VoucherStatus
from desktop.services.webhook_intake import Outcome
from desktop.store.notifications import WebhookNotification
from desktop.store.tables import ApiExchange, Voucher, VoucherEvent

WINDOWS: dict[str, timedelta] = {
    "1h": timedelta(hours=1),
    "24h": timedelta(hours=24),
    "7d": timedelta(days=7),
}
OK_CODE = "100"


class Level(StrEnum):
    OK = "ok"
    WARNING = "warning"
    BAD = "bad"


@dataclass(frozen=True)
class Thresholds:
    """When the indicator turns amber or red (percent of the last hour's success rate), the
    fewest requests that hour needed to judge it, and how long without any notification is
    worth a warning when payments were learnt by polling meanwhile."""

    warning_percent: float = 99.0
    bad_percent: float = 95.0
    minimum_requests: int = 5
    silent_webhook: timedelta = timedelta(hours=6)


@dataclass(frozen=True)
class WindowHealth:
    label: str
    since: datetime
    requests: int
    ok: int
    refused: int
    failed: int
    p50_ms: float | None
    p95_ms: float | None
    problems: dict[str, int]
    """Failures and refusals by code: PagoEfectivo's code, else ``HTTP nnn``, else
    ``sin respuesta``."""

    @property
    def success_percent(self) -> float | None:
        judged = self.ok + self.failed
        return None if judged == 0 else 100.0 * self.ok / judged


@dataclass(frozen=True)
class ApiProblem:
    """One failed or refused request, newest first in a report."""

    at: datetime
    method: str
    path: str
    status: int | None
    code: str
    message: str
    failed: bool


@dataclass(frozen=True)
class WebhookHealth:
    received: int
    handled: int
    refused: dict[str, int]
    """Notifications not applied, by outcome (bad signature, unknown CIP, ...)."""
    last_received_at: datetime | None


@dataclass(frozen=True)
class HourHealth:
    """One hour of the last 24 (the chart): requests by kind."""

    start: datetime
    ok: int
    refused: int
    failed: int


@dataclass(frozen=True)
class HealthReport:
    windows: tuple[WindowHealth, ...]
    last_problems: tuple[ApiProblem, ...]
    webhook: WebhookHealth
    level: Level
    reasons: tuple[str, ...]
    """Codes of why the level is not ``ok``: ``success_low``, ``webhook_silent``."""
    hours: tuple[HourHealth, ...] = ()
    """The last 24 hours, oldest first, each starting on the hour."""


def thresholds_of(general: GeneralSettings) -> Thresholds:
    """The thresholds set in Ajustes."""
    return Thresholds(
        warning_percent=float(general.health_warning_percent),
        bad_percent=float(general.health_bad_percent),
        silent_webhook=timedelta(hours=general.health_silent_hours),
    )


class ApiHealth:
    """Reads one profile's exchange and notification logs (kept 180 days)."""

    def __init__(
        self,
        engine: Engine,
        profile: str,
        *,
        clock: Clock = utc_now,
        thresholds: Thresholds | None = None,
    ) -> None:
        self._engine = engine
        self._profile = profile
        self._clock = clock
        self._thresholds = thresholds or Thresholds()

    def use(self, thresholds: Thresholds) -> None:
        """New thresholds (Ajustes), from the next report on."""
        self._thresholds = thresholds

    def report(
        self, windows: Sequence[str] = tuple(WINDOWS), *, last: int = 20, hours: bool = True
    ) -> HealthReport:
        """The figures of each window (labels of ``WINDOWS``), the ``last`` problems of the
        longest one, the notifications of the last 24 h and, with ``hours``, the 24 hours of
        the chart. Only the rows those need are read, without their request bodies."""
        now = self._clock()
        spans = sorted((WINDOWS[w], w) for w in windows)
        wanted = [WINDOWS["1h"], *(span for span, _ in spans)]
        widest = max([*wanted, WINDOWS["24h"]] if hours else wanted)
        with Session(self._engine) as session:
            rows = list(
                session.exec(
                    select(ApiExchange)
                    .options(defer(ApiExchange.request_body))  # type: ignore[arg-type]
                    .where(
                        ApiExchange.profile == self._profile,
                        col(ApiExchange.started_at) >= now - widest,
                    )
                    .order_by(col(ApiExchange.started_at).desc(), col(ApiExchange.id).desc())
                )
            )
            webhook = self._webhook(session, now - timedelta(hours=24))
            polled = self._paid_by_polling(session, now - self._thresholds.silent_webhook)
        read = [(row, classify(row)) for row in rows]
        figures = tuple(_window(label, now - span, read) for span, label in spans)
        hour = _window("1h", now - WINDOWS["1h"], read)
        problems = tuple(
            ApiProblem(
                row.started_at,
                row.method,
                row.path,
                row.status,
                code,
                message,
                kind == "failed",
            )
            for row, (kind, code, message) in read
            if kind != "ok"
        )[:last]
        level, reasons = self._level(hour, webhook, polled, now)
        chart = _hours(now, read) if hours else ()
        return HealthReport(figures, problems, webhook, level, reasons, chart)

    def _webhook(self, session: Session, since: datetime) -> WebhookHealth:
        table = WebhookNotification
        rows = list(
            session.exec(
                select(table.outcome, table.received_at).where(
                    table.profile == self._profile, col(table.received_at) >= since
                )
            )
        )
        last = session.exec(
            select(table.received_at)
            .where(table.profile == self._profile)
            .order_by(col(table.received_at).desc())
            .limit(1)
        ).first()
        refused = Counter(outcome for outcome, _ in rows if outcome not in HANDLED)
        handled = sum(1 for outcome, _ in rows if outcome in HANDLED)
        return WebhookHealth(len(rows), handled, dict(refused), last)

    def _paid_by_polling(self, session: Session, since: datetime) -> int:
        """Payments learnt by asking PagoEfectivo since ``since``: each one a notification
        that should have come."""
        statement = (
            select(VoucherEvent.id)
            .join(Voucher, col(Voucher.id) == col(VoucherEvent.voucher_id))
            .where(
                Voucher.profile == self._profile,
                VoucherEvent.kind == EventKind.MOVE.value,
                VoucherEvent.to_status == VoucherStatus.PAID.value,
                VoucherEvent.source == EventSource.POLL.value,
                col(VoucherEvent.created_at) >= since,
            )
        )
        return len(list(session.exec(statement)))

    def _level(
        self, hour: WindowHealth, webhook: WebhookHealth, polled: int, now: datetime
    ) -> tuple[Level, tuple[str, ...]]:
        limits = self._thresholds
        level, reasons = Level.OK, []
        rate = hour.success_percent
        if rate is not None and hour.ok + hour.failed >= limits.minimum_requests:
            if rate < limits.bad_percent:
                level = Level.BAD
                reasons.append("success_low")
            elif rate < limits.warning_percent:
                level = Level.WARNING
                reasons.append("success_low")
        last = webhook.last_received_at
        silent = last is None or now - last > limits.silent_webhook
        if silent and polled:  # paid meanwhile, and no notification said so
            level = max(level, Level.WARNING, key=_SEVERITY.index)
            reasons.append("webhook_silent")
        return level, tuple(reasons)


HANDLED = frozenset(
    {Outcome.APPLIED, Outcome.LATE, Outcome.ALREADY_PAID, Outcome.DUPLICATE, Outcome.DISCREPANCY}
)
"""Notifications PagoEfectivo sent right and PagoDesk took (a discrepancy is kept for a person)."""
_SEVERITY = [Level.OK, Level.WARNING, Level.BAD]


def classify(row: ApiExchange) -> tuple[str, str, str]:
    """(``ok`` | ``refused`` | ``failed``, code, PagoEfectivo's message) of one exchange."""
    code, message = _answer(row.response_body)
    status = row.status
    if status is None:
        return "failed", "sin respuesta", row.error or ""
    if status == 429 or status >= 500 or status == 401 or code == "166":
        return "failed", code or f"HTTP {status}", message
    if 200 <= status < 300 and code == OK_CODE:
        return "ok", code, message
    return "refused", code or f"HTTP {status}", message


def _answer(body: str) -> tuple[str, str]:
    try:
        payload = json.loads(body) if body else None
    except ValueError:
        return "", ""
    if not isinstance(payload, dict):
        return "", ""
    code, message = payload.get("code"), payload.get("message")
    return (str(code) if code is not None else ""), (str(message) if message else "")


def _window(
    label: str, since: datetime, read: list[tuple[ApiExchange, tuple[str, str, str]]]
) -> WindowHealth:
    inside = [(row, verdict) for row, verdict in read if row.started_at >= since]
    kinds = Counter(kind for _, (kind, _, _) in inside)
    durations = sorted(row.duration_ms for row, _ in inside if row.status is not None)
    problems = Counter(code for _, (kind, code, _) in inside if kind != "ok")
    return WindowHealth(
        label=label,
        since=since,
        requests=len(inside),
        ok=kinds["ok"],
        refused=kinds["refused"],
        failed=kinds["failed"],
        p50_ms=percentile(durations, 50),
        p95_ms=percentile(durations, 95),
        problems=dict(problems.most_common()),
    )


def _hours(
    now: datetime, read: list[tuple[ApiExchange, tuple[str, str, str]]]
) -> tuple[HourHealth, ...]:
    first = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=23)
    counts = [Counter[str]() for _ in range(24)]
    for row, (kind, _, _) in read:
        slot = int((row.started_at - first).total_seconds() // 3600)
        if 0 <= slot < 24:
            counts[slot][kind] += 1
    return tuple(
        HourHealth(first + timedelta(hours=n), c["ok"], c["refused"], c["failed"])
        for n, c in enumerate(counts)
    )


def percentile(ordered: Sequence[float], percent: float) -> float | None:
    """Nearest-rank percentile of an ascending sequence (None when empty)."""
    if not ordered:
        return None
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return float(ordered[rank - 1])
