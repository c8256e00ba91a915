"""History queries on 100,000 seeded vouchers in SQLite: ``history_page`` vs raw sqlite3."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert
from sqlmodel import Session

from desktop.domain.status import VoucherStatus
from desktop.store.engine import open_store, sqlite_url
from desktop.store.history import HistoryQuery, history_page
from desktop.store.search import fold, search_text
from desktop.store.tables import Voucher
from tests.bench.harness import median_ms, report

PROFILE = "demo"
ROWS = 100_000
CHUNK = 5_000
TARGET_MS = 30.0
TARGET_RATIO = 3.0
NOW = datetime(2025, 11, 26, 15, 0, tzinfo=UTC)
YEAR_SECONDS = 365 * 86_400
WINDOW_START = NOW - timedelta(days=120)
WINDOW_END = WINDOW_START + timedelta(days=30)

FIRST_NAMES = (
    "María", "José", "Luis", "Ana", "Rosa", "Jorge", "Carmen", "Juan", "Lucía", "Víctor",
    "Sofía", "Andrés", "Rocío", "Raúl", "Inés", "Ángel", "Martín", "Milagros", "Óscar",
    "César", "Ramón", "Elena", "Pilar", "Jesús", "Mónica", "Germán", "Begoña", "Iñaki",
    "Nicolás", "Beatriz", "Hernán", "Zoila", "Fátima", "Tomás", "Gabriela", "Julián",
)  # fmt: skip
FIRST_WEIGHTS = tuple(4.0 if name == "María" else 1.0 for name in FIRST_NAMES)
LAST_NAMES = (
    "García", "Núñez", "Rodríguez", "Pérez", "Quispe", "Mamani", "Flores", "Sánchez",
    "Ramírez", "Torres", "Díaz", "Vásquez", "Chávez", "Gutiérrez", "Muñoz", "Ibáñez",
    "Castañeda", "Peña", "Yáñez", "Cárdenas", "Huamán", "Rojas", "Mendoza", "Salazar",
    "Espinoza", "Córdova", "Zúñiga", "Ordóñez", "Benítez", "Cáceres", "Villanueva",
    "Gómez", "León", "Ríos", "Avendaño", "Saldaña", "Mariñas", "Ñique", "Montañez", "Rivas",
    "Medina", "Álvarez", "Jiménez", "Domínguez", "Fernández", "Ruiz", "Herrera", "Vargas",
)  # fmt: skip
LAST_WEIGHTS = tuple(0.1 if name == "Núñez" else 1.0 for name in LAST_NAMES)
CONCEPTS = (
    "Matrícula ciclo", "Pensión de enseñanza", "Cuota de mantenimiento", "Inscripción taller",
    "Curso de inglés básico", "Renovación de membresía", "Pedido web", "Reserva de cancha",
    "Consulta médica", "Análisis de laboratorio", "Servicio técnico", "Alquiler de local",
)  # fmt: skip
DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.es", "pucp.edu.pe", "empresa.pe")
STATUSES = (
    VoucherStatus.PENDING,
    VoucherStatus.PAID,
    VoucherStatus.EXPIRED,
    VoucherStatus.ANNULLED,
    VoucherStatus.ISSUING,
    VoucherStatus.FAILED,
)
STATUS_WEIGHTS = (60, 20, 10, 5, 2.5, 2.5)
NO_CIP = (VoucherStatus.ISSUING, VoucherStatus.FAILED)
VERSIONS = {VoucherStatus.ISSUING: 1, VoucherStatus.PENDING: 2}  # others moved twice
FOLDED = {name: fold(name).replace(" ", "") for name in FIRST_NAMES + LAST_NAMES}


# --- seeding -------------------------------------------------------------------------------


def person(rng: random.Random) -> tuple[str | None, str | None, str]:
    """First names, both surnames and an e-mail made from them (a few have no name)."""
    given = rng.choices(FIRST_NAMES, FIRST_WEIGHTS, k=2)
    paternal, maternal = rng.choices(LAST_NAMES, LAST_WEIGHTS, k=2)
    email = f"{FOLDED[given[0]]}.{FOLDED[paternal]}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
    if rng.random() < 0.03:
        return None, None, email
    first = " ".join(given) if rng.random() < 0.3 else given[0]
    return first, f"{paternal} {maternal}", email


def document(rng: random.Random) -> tuple[str | None, str | None]:
    """Mostly DNI (8 digits); some CE, RUC or none."""
    draw = rng.random()
    if draw < 0.80:
        return "DNI", str(rng.randrange(10_000_000, 80_000_000))
    if draw < 0.87:
        return "CE", f"{rng.randrange(1, 10**9):09d}"
    if draw < 0.90:
        return "RUC", f"{rng.choice((10, 20))}{rng.randrange(10**8, 10**9)}"
    return None, None


def money(rng: random.Random) -> tuple[str, int]:
    """PEN mostly, some USD; round amounts more often than not."""
    if rng.random() < 0.9:
        cents = rng.choice((5_000, 15_000, 35_000, 120_000)) if rng.random() < 0.5 else 0
        return "PEN", cents or rng.randrange(1_000, 300_000)
    return "USD", rng.randrange(1_000, 60_000)


def outcome_fields(status: VoucherStatus, created: datetime, rng: random.Random) -> dict[str, Any]:
    """Dates, operation number and failure set according to where the voucher stands."""
    later = created + timedelta(minutes=rng.randrange(5, 47 * 60))
    paid = status is VoucherStatus.PAID
    failed = status is VoucherStatus.FAILED
    return {
        "paid_at": later if paid else None,
        "annulled_at": later if status is VoucherStatus.ANNULLED else None,
        "last_checked_at": later if status not in NO_CIP and rng.random() < 0.7 else None,
        "operation_number": str(rng.randrange(10**9, 10**10)) if paid else None,
        "failure_code": "connection" if failed else None,
        "failure_detail": "timed out connecting" if failed else None,
        "version": VERSIONS.get(status, 3),
    }


def voucher_row(
    index: int, created: datetime, cip: int | None, status: VoucherStatus, rng: random.Random
) -> dict[str, Any]:
    """One ``vouchers`` row as a dict, derived columns computed as ``refresh_derived`` does."""
    first, last, email = person(rng)
    doc_type, doc_number = document(rng)
    currency, cents = money(rng)
    concept = f"{rng.choice(CONCEPTS)} {rng.randrange(1, 999)}"
    code = f"PD-{created:%y%m%d}-{index:08X}"
    return {
        "profile": PROFILE,
        "transaction_code": code,
        "cip": cip,
        "cip_url": f"https://pago.example.pe/cip/{cip}" if cip else None,
        "status": status.value,
        "amount_cents": cents,
        "currency": currency,
        "concept": concept,
        "first_name": first,
        "last_name": last,
        "email": email,
        "doc_type": doc_type,
        "doc_number": doc_number,
        "phone": f"9{rng.randrange(10**8):08d}" if rng.random() < 0.7 else None,
        "created_at": created,
        "expires_at": created + timedelta(hours=48),
        "retry_of": None,
        "created_by": rng.choice(("caja1", "caja2", "admin")),
        "customer_sort": fold(f"{last or ''} {first or ''}")[:61],
        "search_text": search_text([cip, first, last, doc_number, email, concept, code]),
        **outcome_fields(status, created, rng),
    }


def voucher_rows(rng: random.Random) -> Iterator[dict[str, Any]]:
    """``ROWS`` vouchers over the past year, in creation order; CIPs increase with time."""
    offsets = sorted((rng.uniform(0, YEAR_SECONDS) for _ in range(ROWS)), reverse=True)
    statuses = rng.choices(STATUSES, STATUS_WEIGHTS, k=ROWS)
    next_cip = 2_500_000
    for index, (offset, status) in enumerate(zip(offsets, statuses, strict=True)):
        cip = None
        if status not in NO_CIP:
            cip, next_cip = next_cip, next_cip + 1
        yield voucher_row(index, NOW - timedelta(seconds=offset), cip, status, rng)


def seed(engine: Engine) -> None:
    """Insert every row with Core in chunks, in one transaction (FTS5 triggers index them)."""
    table = Voucher.__table__  # type: ignore[attr-defined]
    rows = voucher_rows(random.Random(20251126))
    with engine.begin() as connection:
        while chunk := list(islice(rows, CHUNK)):
            connection.execute(insert(table), chunk)


# --- the queries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One history query, and the hand-written SQL that should do the same work."""

    name: str
    query: HistoryQuery
    where: str
    params: tuple[Any, ...]
    order: str


def stored(moment: datetime) -> str:
    """A UTC instant as the store keeps it in SQLite (naive ISO text with microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


MATCH = "profile = ? AND id IN (SELECT rowid FROM voucher_search WHERE voucher_search MATCH ?)"
NEWEST = "created_at DESC NULLS LAST, id DESC"


def search_case(typed: str, fts_query: str) -> Case:
    query = HistoryQuery(PROFILE, search=typed)
    return Case(f'search "{typed}"', query, MATCH, (PROFILE, fts_query), NEWEST)


def window_case() -> Case:
    query = HistoryQuery(
        PROFILE, statuses=[VoucherStatus.PENDING], since=WINDOW_START, until=WINDOW_END
    )
    where = "profile = ? AND status IN (?) AND created_at >= ? AND created_at < ?"
    params = (PROFILE, "pending", stored(WINDOW_START), stored(WINDOW_END))
    return Case("pending, 30-day window", query, where, params, NEWEST)


def sort_case(sort: str, column: str) -> Case:
    query = HistoryQuery(PROFILE, sort=sort, descending=False)
    order = f"{column} ASC NULLS LAST, id ASC"
    return Case(f"sort {sort} ascending", query, "profile = ?", (PROFILE,), order)


def deep_case() -> Case:
    query = HistoryQuery(PROFILE, offset=90_000)
    return Case("deep page (offset 90,000)", query, "profile = ?", (PROFILE,), NEWEST)


def first_case() -> Case:
    """What the history shows when it opens: the newest page and the totals of everything."""
    return Case("first page, no filter", HistoryQuery(PROFILE), "profile = ?", (PROFILE,), NEWEST)


def cases() -> list[Case]:
    return [
        first_case(),
        search_case("nunez", '"nunez"*'),
        search_case("maria nunez", '"maria"* AND "nunez"*'),
        window_case(),
        sort_case("amount", "amount_cents"),
        sort_case("customer", "customer_sort"),
        deep_case(),
    ]


def ours(engine: Engine, query: HistoryQuery) -> int:
    """The whole ``history_page`` call in a short session, as the lookup service makes it."""
    with Session(engine, expire_on_commit=False) as session:
        return history_page(session, query).total


def raw(connection: sqlite3.Connection, case: Case) -> None:
    """The same page and currency totals with the stdlib module, every row fetched."""
    query = case.query
    page = f"SELECT * FROM vouchers WHERE {case.where} ORDER BY {case.order} LIMIT ? OFFSET ?"
    connection.execute(page, (*case.params, query.limit, query.offset)).fetchall()
    totals = (
        "SELECT status, currency, count(*), coalesce(sum(amount_cents), 0) FROM vouchers "
        f"WHERE {case.where} GROUP BY status, currency"
    )
    connection.execute(totals, case.params).fetchall()


def verdict(figure: float, target: float, unit: str) -> str:
    """``target <= 30 ms: OK`` or ``... over``."""
    return f"target <= {target:g}{unit}: {'OK' if figure <= target else 'over'}"


def measure(engine: Engine, connection: sqlite3.Connection, case: Case) -> list[Any]:
    """Three report rows for one case: ours, raw sqlite3, and the ratio."""
    matches = ours(engine, case.query)
    mine = median_ms(lambda: ours(engine, case.query), repeat=20)
    bare = median_ms(lambda: raw(connection, case), repeat=20)
    ratio = mine / bare
    mine_verdict = verdict(mine, TARGET_MS, " ms")
    return [
        (f"{case.name} ({matches:,} matches)", mine, "history_page; " + mine_verdict),
        ("  same in raw sqlite3", bare, "hand-written SQL, page + totals, fetchall"),
        ("  ratio ours/raw", ratio, verdict(ratio, TARGET_RATIO, "x")),
    ]


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        engine = open_store(sqlite_url(path))
        connection = sqlite3.connect(path)
        try:
            start = time.perf_counter()
            seed(engine)
            seconds = time.perf_counter() - start
            engine.dispose()
            engine = open_store(sqlite_url(path))  # as the app opens it at its next start
            rows = [row for case in cases() for row in measure(engine, connection, case)]
        finally:
            connection.close()
            engine.dispose()
    report(
        f"Seeding {ROWS:,} vouchers (seconds, once)",
        [("Core insert + FTS5 triggers", seconds, f"chunks of {CHUNK:,}, one transaction")],
    )
    report(f"History on {ROWS:,} vouchers, SQLite file (median ms)", rows)
