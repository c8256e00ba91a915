"""A store of plausible vouchers for the benches: seeded once per size and kept in a cache
folder (``PAGODESK_BENCH_CACHE``, by default ``~/.cache/pagodesk-bench``), keyed by
``SEED_VERSION`` (bump it when the data changes) and the number of rows."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from desktop.domain.status import VoucherStatus
from desktop.store.engine import open_store, refresh_statistics, sqlite_url
from desktop.store.search import fold, search_text
from desktop.store.tables import Voucher

SEED_VERSION = 1
PROFILE = "demo"
ROWS = 100_000
CHUNK = 5_000
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
    concept = f"{rng.choice(CONCEPTS)} {rng.randrange(1, 999)}" if rng.random() < 0.95 else None
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


def voucher_rows(rng: random.Random, rows: int = ROWS) -> Iterator[dict[str, Any]]:
    """``rows`` vouchers over the past year, in creation order; CIPs increase with time."""
    offsets = sorted((rng.uniform(0, YEAR_SECONDS) for _ in range(rows)), reverse=True)
    statuses = rng.choices(STATUSES, STATUS_WEIGHTS, k=rows)
    next_cip = 2_500_000
    for index, (offset, status) in enumerate(zip(offsets, statuses, strict=True)):
        cip = None
        if status not in NO_CIP:
            cip, next_cip = next_cip, next_cip + 1
        yield voucher_row(index, NOW - timedelta(seconds=offset), cip, status, rng)


def seed(engine: Engine, rows: int = ROWS) -> None:
    """Insert every row with Core in chunks, in one transaction (FTS5 triggers index them)."""
    table = Voucher.__table__  # type: ignore[attr-defined]
    made = voucher_rows(random.Random(20251126), rows)
    with engine.begin() as connection:
        while chunk := list(islice(made, CHUNK)):
            connection.execute(insert(table), chunk)


def cache_folder() -> Path:
    """Where seeded stores are kept between runs."""
    configured = os.environ.get("PAGODESK_BENCH_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "pagodesk-bench"


def cached_store(rows: int) -> tuple[Path, float | None]:
    """The SQLite file of ``rows`` seeded vouchers, and the seconds its seeding took now
    (None when it came from the cache). It is built under a temporary name and renamed once
    complete, so an interrupted build is never taken for a finished one. Opening it with
    ``open_store`` brings its schema to the current revision (an index added later is built
    once, on the cached copy)."""
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"vouchers-v{SEED_VERSION}-{rows}.sqlite3"
    if path.exists():
        return path, None
    partial = path.with_name(path.name + ".part")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    engine = open_store(sqlite_url(partial))
    try:
        seed(engine, rows)
        refresh_statistics(engine)
    finally:
        engine.dispose()
    with sqlite3.connect(partial) as connection:  # fold the WAL in: one file to rename
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    partial.rename(path)
    return path, time.perf_counter() - started
