"""The Resumen page's figures: today's collections at a glance and the last 30 days.

Each figure is the same query as the list a click on it opens, so the two always agree:

- cobrado hoy and the daily chart: payments by their Lima day (services/day_figures.py),
  the very function the Cierre del día counts its "Pagados" with;
- pendiente: every voucher whose status is pending (Historial filtered by that status);
- por vencer, pagos tardíos, discrepancias: the Conciliación queues' own statements
  (services/queue_sql.py) with their default windows, counted and summed per currency.

Paid amounts by payment channel (agent, bank, app) are not offered: PagoEfectivo's
notification and search answers do not say where a CIP was paid, so the store keeps no
channel to show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.limatime import Clock, utc_now
from desktop.domain.money import Currency, Money
from desktop.domain.status import VoucherStatus
from desktop.services.day_figures import (
    Tally,
    day_bounds,
    lima_today,
    paid_tallies,
    status_statement,
)
from desktop.services.day_figures import totals_by_currency as _totals
from desktop.services.errors import service
from desktop.services.queue_sql import queue_statements

CHART_DAYS = 30
"""The chart shows this many Lima days, today the last."""


@dataclass(frozen=True)
class Figure:
    """How many vouchers and how much money, per currency (never summed across them)."""

    count: int = 0
    amounts: tuple[Money, ...] = ()  # PEN first; a currency with nothing is left out

    @classmethod
    def of(cls, tallies: Mapping[str, Tally]) -> Figure:
        amounts = tuple(
            tallies[c.value].money(c.value)
            for c in Currency
            if c.value in tallies and tallies[c.value].count
        )
        return cls(sum(t.count for t in tallies.values()), amounts)

    def amount(self, currency: Currency | str) -> Money:
        """The amount in ``currency`` (zero when there is none)."""
        wanted = Currency(currency)
        found = (m for m in self.amounts if m.currency is wanted)
        return next(found, Money(0, wanted))


@dataclass(frozen=True)
class DayPaid:
    """One bar of the chart: what was paid on one Lima day."""

    day: date
    paid: Figure


@dataclass(frozen=True)
class Summary:
    """Everything the Resumen page shows, read at one moment (``taken_at``)."""

    today: date  # in Lima
    taken_at: datetime
    paid_today: Figure
    pending: Figure
    expiring: Figure  # due within 24 h
    late_payments: Figure  # last 30 days, not reviewed
    discrepancies: Figure  # not reviewed
    daily_paid: tuple[DayPaid, ...]  # CHART_DAYS days, oldest first, today last

    @property
    def chart_currencies(self) -> tuple[Currency, ...]:
        """PEN always; USD when the 30 days have any payment in dollars."""
        found = {m.currency for d in self.daily_paid for m in d.paid.amounts}
        return tuple(c for c in Currency if c is Currency.PEN or c in found)


@service
class SummaryService:
    """Read the Resumen figures of one profile, each query in one short session."""

    def __init__(self, engine: Engine, profile: str, *, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._profile = profile
        self._clock = clock

    def read(self) -> Summary:
        now = self._clock()
        today = lima_today(lambda: now)
        pending = status_statement(self._profile, VoucherStatus.PENDING)
        queues = queue_statements(self._profile, now)
        with Session(self._engine) as session:
            daily = self._daily_paid(session, today)
            return Summary(
                today=today,
                taken_at=now,
                paid_today=daily[-1].paid,
                pending=Figure.of(_totals(session, pending)),
                expiring=Figure.of(_totals(session, queues["expiring"])),
                late_payments=Figure.of(_totals(session, queues["late_payments"])),
                discrepancies=Figure.of(_totals(session, queues["discrepancies"])),
                daily_paid=daily,
            )

    def daily_paid(self, last: date, days: int = CHART_DAYS) -> tuple[DayPaid, ...]:
        """What was paid on each of the ``days`` Lima days up to ``last``, oldest first."""
        with Session(self._engine) as session:
            return self._daily_paid(session, last, days)

    def _daily_paid(
        self, session: Session, last: date, days: int = CHART_DAYS
    ) -> tuple[DayPaid, ...]:
        first = last - timedelta(days=days - 1)
        start, end = day_bounds(first)[0], day_bounds(last)[1]
        per_day: dict[date, dict[str, Tally]] = {}
        for key, tally in paid_tallies(session, self._profile, start, end).items():
            tallies = per_day.setdefault(key.day, {})
            tallies[key.currency] = tallies.get(key.currency, Tally()) + tally
        return tuple(
            DayPaid(day, Figure.of(per_day.get(day, {})))
            for day in (first + timedelta(days=n) for n in range(days))
        )
