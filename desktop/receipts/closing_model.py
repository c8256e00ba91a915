"""What the end-of-day report ("cierre del día") holds: plain data, worded once for PDF and CSV."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from babel.dates import format_date

from desktop.domain.display import lima_short
from desktop.domain.money import Currency, Money
from desktop.receipts.band import DemoBand, demo_band
from desktop.receipts.model import Merchant


class Line(StrEnum):
    """The rows of a cashier's table, in the order they are shown."""

    ISSUED = "issued"
    PAID = "paid"
    EXPIRED = "expired"
    ANNULLED = "annulled"
    PAID_EARLIER = "paid_earlier"  # paid on an earlier day, learned this day: not in the totals


LINE_LABELS = {
    Line.ISSUED: "Emitidos",
    Line.PAID: "Pagados",
    Line.EXPIRED: "Expirados",
    Line.ANNULLED: "Anulados",
    Line.PAID_EARLIER: "Pagos de días anteriores registrados este día",
}
TITLE = "Cierre del día"
NO_MOVES = "No hubo movimientos este día."
NOTES_TITLE = "Notas"
FAILED_LABEL = "No emitidos"
UNCONFIRMED_LABEL = "Sin confirmar"
MANUAL_LABEL = "Conciliación manual"
TOTAL_LABEL = "Total del día"
UNKNOWN_CASHIER = "(sin registrar)"
SOURCE_LABELS = {"manual": "Manual", "import": "Liquidación"}
CURRENCY_NAMES = {Currency.PEN: "Soles", Currency.USD: "Dólares"}

FOOTNOTES = (
    "Pagados: por la fecha de pago que informa PagoEfectivo (o la del comprobante en una "
    "conciliación manual), no por la hora en que PagoDesk se enteró. Un pago hecho a las 23:50 y "
    "conocido a las 00:10 cuenta en el día en que se pagó, como en la liquidación de "
    "PagoEfectivo; si ese día ya se había cerrado, el cierre del día siguiente lo muestra como "
    "«pago de un día anterior registrado este día», sin sumarlo a sus totales.",
    "Expirados y anulados: vouchers que pasaron a ese estado este día y seguían así al final "
    "del día. Emitidos: vouchers con CIP creados este día; los no emitidos y los sin confirmar "
    "solo se cuentan.",
    "Cada voucher cuenta para el cajero que lo emitió; cada conciliación manual, para quien la "
    "hizo. Los montos de cada moneda se suman por separado. Horas de Lima.",
)


def day_text(day: date) -> str:
    """``Jueves 10 de diciembre de 2026`` (es_PE)."""
    return str(format_date(day, "EEEE d 'de' MMMM 'de' y", locale="es_PE")).capitalize()


def section_title(name: str, *, total: bool = False) -> str:
    return f"{TOTAL_LABEL} (todos los cajeros)" if total else f"Cajero: {name}"


def manual_title(name: str) -> str:
    return f"{MANUAL_LABEL} hecha por {name}"


@dataclass(frozen=True)
class Tally:
    """How many vouchers and how much money (integer cents) of one currency."""

    count: int = 0
    cents: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.count + other.count, self.cents + other.cents)

    def money(self, currency: str) -> Money:
        """The summed amount in ``currency`` (the key this tally is kept under)."""
        return Money.from_cents(self.cents, currency)


@dataclass(frozen=True)
class ManualEntry:
    """One move made by hand (mark paid / mark expired) or by a settlement import."""

    at: datetime
    voucher_id: int
    cip: int | None
    source: str  # manual | import
    movement: str  # "Pendiente de pago → Pagado"
    actor: str
    reason: str
    money: Money
    cashier: str  # who issued the voucher


@dataclass(frozen=True)
class CashierDay:
    """One person's day: their vouchers' figures and the reconciliations they made."""

    cashier: str
    lines: Mapping[Line, Mapping[str, Tally]] = field(default_factory=dict)
    failed: int = 0
    unconfirmed: int = 0
    manual: tuple[ManualEntry, ...] = ()

    def tally(self, line: Line, currency: str) -> Tally:
        return self.lines.get(line, {}).get(currency, Tally())

    def currencies(self) -> set[str]:
        found = {c for tallies in self.lines.values() for c, t in tallies.items() if t.count}
        return found | {entry.money.currency.value for entry in self.manual}

    @property
    def has_figures(self) -> bool:
        """Whether any voucher counts here (someone who only reconciled has none)."""
        counted = any(t.count for tallies in self.lines.values() for t in tallies.values())
        return counted or bool(self.failed or self.unconfirmed)

    @property
    def empty(self) -> bool:
        return not (self.currencies() or self.failed or self.unconfirmed)

    def __add__(self, other: CashierDay) -> CashierDay:
        lines: dict[Line, dict[str, Tally]] = {}
        for day in (self, other):
            for line, tallies in day.lines.items():
                merged = lines.setdefault(line, {})
                for currency, tally in tallies.items():
                    merged[currency] = merged.get(currency, Tally()) + tally
        manual = tuple(sorted((*self.manual, *other.manual), key=lambda e: (e.at, e.voucher_id)))
        return CashierDay(
            self.cashier,
            lines,
            self.failed + other.failed,
            self.unconfirmed + other.unconfirmed,
            manual,
        )


@dataclass(frozen=True)
class DayReport:
    """One Lima calendar day of one profile: a section per cashier and the day's total."""

    day: date
    profile: str
    environment: str  # demo | sandbox | production
    merchant: Merchant
    cashier: str | None  # the one asked for, or None for everybody
    generated_at: datetime
    sections: tuple[CashierDay, ...]
    total: CashierDay
    anchor: str | None = None  # the profile's sealed chain at that moment: keep it apart

    @property
    def currencies(self) -> tuple[str, ...]:
        """PEN always, USD when the day has any: each gets its own columns, never summed."""
        found = self.total.currencies() | {Currency.PEN.value}
        return tuple(c.value for c in Currency if c.value in found)

    @property
    def band(self) -> DemoBand | None:
        """ "DEMO — sin valor" outside production: test figures must not pass for real ones."""
        return demo_band(self.environment)

    @property
    def facts(self) -> str:
        """Profile, cashier and when it was made, in one line."""
        return (
            f"Perfil: {self.profile} · Cajero: {self.cashier or 'todos'} · "
            f"Generado el {lima_short(self.generated_at)} (hora de Lima)"
        )

    @property
    def seal(self) -> str | None:
        """The sealed chain's head to keep apart (``pagodesk audit verify --anchor``)."""
        if not self.anchor:
            return None
        return f"Sello de auditoría: {self.anchor} (guárdelo: pagodesk audit verify --anchor)"

    @property
    def footer(self) -> str:
        mark = f"{self.badge} · " if self.badge else ""
        return f"{mark}PagoDesk · cierre del día {self.day:%d/%m/%Y} · perfil {self.profile}"

    @property
    def badge(self) -> str | None:
        """ "DEMO" / "SANDBOX" (the band's word, also in every page's footer)."""
        band = self.band
        return band.word if band else None
