"""The end-of-day report over a real SQLite store: a day with two cashiers, two currencies, a
payment learned after midnight, a manual mark-paid, an annulled and an expired voucher."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pypdfium2  # type: ignore[import-untyped]
import pytest
from sqlalchemy import Engine

from desktop.domain.limatime import LIMA
from desktop.domain.money import Currency, Money
from desktop.domain.status import EventSource, VoucherStatus
from desktop.receipts.closing_model import Line, Tally
from desktop.receipts.model import Merchant
from desktop.services.closing import (
    DayReport,
    UnsupportedFormat,
    build_day_report,
    day_bounds,
    write_day_report,
)
from desktop.services.profiles import Environment, Profile
from desktop.services.reconcile import ManualReconciliation
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher
from desktop.store.vouchers import add_voucher, apply_move, get_voucher
from tests.services.helpers import pay_as_before
from tests.staffing import person

DAY = date(2026, 11, 26)
DEMO = Profile("demo", Environment.DEMO)
MERCHANT = Merchant("Bodega Doña Núñez", "20100070970")
S, SOURCE = VoucherStatus, EventSource
GENERATED = datetime(2026, 11, 27, 13, 5, tzinfo=UTC)  # 08:05 in Lima the next day


def lima(hour: int, minute: int = 0, *, days: int = 0) -> datetime:
    """A Lima wall-clock time on DAY (or ``days`` after it), as the app stores it: UTC."""
    moment = datetime.combine(DAY + timedelta(days=days), time(hour, minute), tzinfo=LIMA)
    return moment.astimezone(UTC)


def clock() -> datetime:
    return GENERATED


@dataclass
class Seeder:
    """Vouchers written through the store's own functions, each move at a chosen time."""

    engine: Engine
    cips: Iterator[int] = field(default_factory=lambda: iter(range(2_600_001, 2_700_000)))

    def voucher(
        self,
        cashier: str | None,
        cents: int,
        created: datetime,
        *moves: tuple[VoucherStatus, datetime, EventSource, dict[str, Any]],
        currency: str = "PEN",
        confirmed: bool = True,
    ) -> int:
        with session_scope(self.engine) as session:
            voucher = add_voucher(
                session,
                Voucher(
                    profile="demo",
                    transaction_code=f"PD-{next(self.cips)}",
                    status=S.ISSUING.value,
                    amount_cents=cents,
                    currency=currency,
                    email="cliente@example.pe",
                    created_at=created,
                    expires_at=created + timedelta(hours=48),
                    created_by=cashier,
                ),
                actor=person(cashier or "?"),
                at=created,
            )
            if confirmed:
                changes = {"cip": next(self.cips)}
                apply_move(
                    session, voucher, S.PENDING, source=SOURCE.API, actor=person("a"), at=created,
                    changes=changes,
                )  # fmt: skip
            for target, at, source, changes in moves:
                apply_move(
                    session,
                    voucher,
                    target,
                    source=source,
                    actor=person("t"),
                    at=at,
                    changes=changes,
                )
            assert voucher.id is not None
            return voucher.id


def paid(at: datetime, learned: datetime | None = None) -> tuple[Any, ...]:
    """Paid at ``at`` (the bank's time), recorded by sync at ``learned`` (default: at once)."""
    return (S.PAID, learned or at, SOURCE.POLL, {"paid_at": at, "operation_number": "1"})


@pytest.fixture
def day(engine: Engine, tmp_path: Path) -> dict[str, int]:
    return seed_day(engine, tmp_path)


def seed_day(engine: Engine, tmp_path: Path) -> dict[str, int]:
    """The scenario (the Resumen's tests use it too); returns the ids worth naming."""
    seed = Seeder(engine)
    ids = {
        # Ana: one paid the same day, one USD still pending, one at 23:59 (04:59 UTC next day)
        "ana_paid": seed.voucher("Ana", 150_015, lima(9), paid(lima(10))),
        "ana_usd": seed.voucher("Ana", 4_000, lima(10), currency="USD"),
        "ana_2359": seed.voucher("Ana", 2_550, lima(23, 59)),
        # issued the day before, paid at the bank at 23:50, learned by sync at 00:10 next day
        "ana_late": seed.voucher(
            "Ana", 10_000, lima(12, days=-1), paid(lima(23, 50), lima(0, 10, days=1))
        ),  # fmt: skip
        "ana_failed": seed.voucher(
            "Ana", 999, lima(11), (S.FAILED, lima(11), SOURCE.API, {}), confirmed=False
        ),
        "ana_unconfirmed": seed.voucher("Ana", 999, lima(12), confirmed=False),
        "ana_next_day": seed.voucher("Ana", 777, lima(0, 0, days=1)),  # Lima midnight
        # Beto: an old voucher expires today; a USD one is issued and annulled today
        "beto_expired": seed.voucher(
            "Beto", 8_000, lima(8, days=-2), (S.EXPIRED, lima(8), SOURCE.POLL, {})
        ),  # fmt: skip
        "beto_annulled": seed.voucher("Beto", 1_500, lima(11), currency="USD"),
        "beto_manual": seed.voucher("Beto", 6_000, lima(16, days=-1)),
        # expired yesterday, paid late today; expired this morning then extended: not expired
        "beto_late_paid": seed.voucher(
            "Beto",
            3_000,
            lima(9, days=-3),
            (S.EXPIRED, lima(9, days=-1), SOURCE.POLL, {}),
            paid(lima(9, 30)),
        ),  # fmt: skip
        "beto_extended": seed.voucher(
            "Beto",
            4_400,
            lima(7, days=-3),
            (S.EXPIRED, lima(7), SOURCE.POLL, {}),
            (S.PENDING, lima(15), SOURCE.API, {}),
        ),  # fmt: skip
        "nobody": seed.voucher(None, 500, lima(13)),
    }
    with session_scope(engine) as session:
        voucher = get_voucher(session, ids["beto_annulled"])
        apply_move(
            session, voucher, S.ANNULLED, source=SOURCE.API, actor=person("Beto"), at=lima(12),
            changes={"annulled_at": lima(12)},
        )  # fmt: skip
    ManualReconciliation(
        engine, "demo", clock=lambda: lima(17), evidence_dir=tmp_path / "evidence"
    ).mark_paid(
        ids["beto_manual"],
        actor=person("Carla (supervisora)"),
        reason="Pagó en agente; voucher del cliente a la vista",
        operation_number="778899",
    )
    return ids


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(path.read_bytes())
    try:
        pages = [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()
    return " ".join(" ".join(pages).split())


def report_for(engine: Engine, day: date = DAY, cashier: str | None = None) -> DayReport:
    return build_day_report(engine, DEMO, day, cashier, clock, merchant=MERCHANT)


def test_the_day_is_lima_midnight_to_midnight() -> None:
    assert day_bounds(DAY) == (
        datetime(2026, 11, 26, 5, 0, tzinfo=UTC),
        datetime(2026, 11, 27, 5, 0, tzinfo=UTC),
    )


def test_figures_per_cashier_and_currency(engine: Engine, day: dict[str, int]) -> None:
    report = report_for(engine)

    names = [s.cashier for s in report.sections]
    assert names == ["Ana", "Beto", "Carla (supervisora)", "(sin registrar)"]
    ana, beto, carla, nobody = report.sections
    # 23:59 in Lima is 04:59 UTC the next day and still belongs to this day
    assert ana.tally(Line.ISSUED, "PEN") == Tally(2, 150_015 + 2_550)
    assert ana.tally(Line.ISSUED, "USD") == Tally(1, 4_000)
    assert (ana.failed, ana.unconfirmed) == (1, 1)
    # paid at 23:50, learned at 00:10: it belongs to the day it was paid
    assert ana.tally(Line.PAID, "PEN") == Tally(2, 150_015 + 10_000)
    assert ana.tally(Line.PAID_EARLIER, "PEN") == Tally()

    assert beto.tally(Line.ISSUED, "PEN") == Tally()
    assert beto.tally(Line.ISSUED, "USD") == Tally(1, 1_500)
    assert beto.tally(Line.ANNULLED, "USD") == Tally(1, 1_500)
    assert beto.tally(Line.EXPIRED, "PEN") == Tally(1, 8_000)  # the extended one is not
    # the manual mark-paid and the late payment count for Beto, who issued them
    assert beto.tally(Line.PAID, "PEN") == Tally(2, 6_000 + 3_000)
    assert beto.manual == ()

    assert carla.lines == {} and len(carla.manual) == 1
    entry = carla.manual[0]
    assert (entry.voucher_id, entry.cashier) == (day["beto_manual"], "Beto")
    assert entry.actor == "Carla (supervisora)"
    assert entry.movement == "Pendiente de pago → Pagado" and entry.source == "manual"
    assert entry.reason == "Pagó en agente; voucher del cliente a la vista"
    assert (entry.money, entry.at) == (Money(6_000, Currency.PEN), lima(17))

    assert nobody.tally(Line.ISSUED, "PEN") == Tally(1, 500)

    total = report.total
    assert total.tally(Line.ISSUED, "PEN") == Tally(3, 150_015 + 2_550 + 500)
    assert total.tally(Line.ISSUED, "USD") == Tally(2, 5_500)
    assert total.tally(Line.PAID, "PEN") == Tally(4, 150_015 + 10_000 + 6_000 + 3_000)
    assert total.tally(Line.PAID, "USD") == Tally()
    assert (total.failed, total.unconfirmed, len(total.manual)) == (1, 1, 1)
    assert report.currencies == ("PEN", "USD") and report.badge == "DEMO"


def test_a_payment_learned_after_midnight_is_shown_apart_the_next_day(
    engine: Engine, day: dict[str, int], out: Path
) -> None:
    report = report_for(engine, DAY + timedelta(days=1))
    ana = report.sections[0]

    assert ana.cashier == "Ana"
    assert ana.tally(Line.PAID, "PEN") == Tally()  # not counted twice
    assert ana.tally(Line.PAID_EARLIER, "PEN") == Tally(1, 10_000)
    assert ana.tally(Line.ISSUED, "PEN") == Tally(1, 777)  # the voucher of 00:00
    text = pdf_text(write_day_report(report, out / "siguiente.pdf"))
    assert "Pagos de días anteriores registrados este día 1 S/ 100.00" in text
    assert "Pagados 0 S/ 0.00" in text and "USD" not in text and "US$" not in text


def test_one_cashier_ignoring_case(engine: Engine, day: dict[str, int]) -> None:
    report = report_for(engine, cashier="  beto ")

    assert [s.cashier for s in report.sections] == ["Beto"] and report.cashier == "beto"
    assert report.total.tally(Line.PAID, "PEN") == Tally(2, 9_000)
    assert report.total.manual == ()
    assert report_for(engine, cashier="Zoila").sections == ()


def test_the_pdf_shows_the_figures_in_spanish(
    engine: Engine, day: dict[str, int], out: Path
) -> None:
    path = write_day_report(report_for(engine), out / "cierre.pdf")

    text = pdf_text(path)
    for expected in (
        "Bodega Doña Núñez",
        "RUC 20100070970",
        "Cierre del día",
        "Jueves 26 de noviembre de 2026",
        "DEMO — sin valor",  # the band every document of a test profile carries
        "Perfil de demostración: nada de lo que muestra es un cobro real.",
        "Generado el 27/11/2026 08:05 (hora de Lima)",
        "Cajero: Ana",
        "Emitidos 2 S/ 1,525.65 1 US$ 40.00",
        "Pagados 2 S/ 1,600.15 0 US$ 0.00",
        "No emitidos: 1 · Sin confirmar: 1",
        "Cajero: Beto",
        "Expirados 1 S/ 80.00 0 US$ 0.00",
        "Anulados 0 S/ 0.00 1 US$ 15.00",
        "Conciliación manual hecha por Carla (supervisora)",
        "17:00",
        "Pendiente de pago → Pagado",
        "S/ 60.00 Manual Pagó en agente",
        "Total del día (todos los cajeros)",
        "Emitidos 3 S/ 1,530.65 2 US$ 55.00",
        "Pagados 4 S/ 1,690.15",
        "23:50",  # the footnote explains the choice
    ):
        assert expected in text, expected
    assert "Cancelado" not in text
    assert list(out.iterdir()) == [path]  # no temporary file left


def test_the_csv_reads_back(engine: Engine, day: dict[str, int], out: Path) -> None:
    path = write_day_report(report_for(engine), out / "cierre.csv")

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    figures = {(r["Cajero"], r["Concepto"], r["Moneda"]): (r["Cantidad"], r["Monto"]) for r in rows}
    assert figures["Ana", "Emitidos", "PEN"] == ("2", "1525.65")
    assert figures["Ana", "Pagados", "PEN"] == ("2", "1600.15")
    assert figures["Ana", "No emitidos", ""] == ("1", "")
    assert figures["Beto", "Anulados", "USD"] == ("1", "15.00")
    assert figures["Total del día", "Pagados", "PEN"] == ("4", "1690.15")
    assert figures["Total del día", "Emitidos", "USD"] == ("2", "55.00")
    manual = [r for r in rows if r["Concepto"] == "Conciliación manual"]
    assert len(manual) == 1 and manual[0]["Cajero"] == "Carla (supervisora)"
    assert manual[0]["Hora (Lima)"] == "26/11/2026 17:00" and manual[0]["Emitido por"] == "Beto"
    assert manual[0]["Movimiento"] == "Pendiente de pago → Pagado"
    assert manual[0]["Origen"] == "Manual"
    assert {r["Fecha"] for r in rows} == {"2026-11-26"} and {r["Perfil"] for r in rows} == {"demo"}


def test_an_empty_day_in_production_has_no_badge(engine: Engine, out: Path) -> None:
    shop = Profile("tienda", Environment.PRODUCTION, service_id=19844)
    report = build_day_report(engine, shop, DAY, None, clock, merchant=MERCHANT)

    assert report.sections == () and report.badge is None
    text = pdf_text(write_day_report(report, out / "vacio.pdf"))
    assert "No hubo movimientos este día." in text and "DEMO" not in text
    csv_text = write_day_report(report, out / "vacio.csv").read_bytes().decode("utf-8-sig")
    assert csv_text.count("\r\n") == 1  # the header only


def test_the_manual_list_calls_late_only_a_payment_after_the_deadline(
    engine: Engine, out: Path
) -> None:
    """domain.status.is_late_payment, also for a payment an older version flagged "late"
    because the voucher had been marked expired early, though it was paid in time."""
    seed = Seeder(engine)
    created = lima(9, days=-3)  # due lima(9, days=-1)
    early = (S.EXPIRED, lima(9, days=-2), SOURCE.MANUAL, {})
    after = (S.EXPIRED, lima(10, days=-1), SOURCE.MANUAL, {})
    in_time, late = (
        seed.voucher("Beto", 3_000, created, early),
        seed.voucher("Beto", 4_000, created, after),
    )
    pay_as_before(
        engine, in_time, lima(10), lima(12, days=-2), source=SOURCE.MANUAL, words="pagó a tiempo"
    )
    pay_as_before(engine, late, lima(11), lima(8), source=SOURCE.MANUAL, words="pagó hoy")

    report = build_day_report(engine, DEMO, DAY, None, clock, merchant=MERCHANT)

    (carla,) = [s for s in report.sections if s.cashier == "Carla"]
    assert [e.reason for e in carla.manual] == ["pagó a tiempo", "pagó hoy (pago tardío)"]
    text = pdf_text(write_day_report(report, out / "tardios.pdf"))
    assert "pagó a tiempo (pago tardío)" not in text and "pagó hoy (pago tardío)" in text


def test_other_file_types_are_refused_and_nothing_is_written(engine: Engine, out: Path) -> None:
    report = report_for(engine)
    with pytest.raises(UnsupportedFormat):
        write_day_report(report, out / "cierre.xlsx")
    assert list(out.iterdir()) == []


def test_the_csv_never_starts_a_formula(engine: Engine, out: Path, tmp_path: Path) -> None:
    """A cashier, a reason or a supervisor named like a formula stays text (OWASP)."""
    seed = Seeder(engine)
    issued = seed.voucher("=1+1", 2_000, lima(9))
    ManualReconciliation(
        engine, "demo", clock=lambda: lima(17), evidence_dir=tmp_path / "evidence"
    ).mark_paid(
        issued, actor=person("@SUM(A1:A9)"), reason='+cmd|" /C calc"!A0', operation_number="778899"
    )
    path = write_day_report(report_for(engine), out / "cierre.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cells = [value for row in rows for value in row.values()]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'=1+1" in {r["Cajero"] for r in rows}
    manual = next(r for r in rows if r["Concepto"] == "Conciliación manual")
    assert (manual["Cajero"], manual["Motivo"]) == ("'@SUM(A1:A9)", '\'+cmd|" /C calc"!A0')
    assert manual["Monto"] == "20.00"  # amounts stay plain numbers
