"""Settlement import: sort every line of a settlement file against the vouchers, then apply it.

The file is the source of truth for payments: a line whose CIP is a pending (or expired)
voucher of this profile with the same amount and currency pays it; anything else is shown
for a person and, where it contradicts a voucher, recorded once as a discrepancy. Applying
is one transaction, and the same file imported again changes nothing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, time, timedelta

from sqlalchemy import Engine
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from desktop.domain.events import EventKind
from desktop.domain.limatime import LIMA, Clock, to_lima, utc_now
from desktop.domain.money import Money
from desktop.domain.staff import Action, Actor, require
from desktop.domain.status import EventSource, VoucherStatus
from desktop.services.errors import service
from desktop.services.retry import retry_on_conflict
from desktop.services.settlement_file import ColumnMapping, SettlementFileError, SettlementTable
from desktop.services.settlement_lines import (
    ApplyResult,
    ImportCancelled,
    LineKind,
    LocalRow,
    MissingVoucher,
    SettlementLine,
    SettlementPreview,
    changes_something,
    classify,
    discrepancy_reason,
    evidence,
    read_row,
    values_of,
)
from desktop.store.batch import (
    PlannedDiscrepancy,
    PlannedMove,
    apply_moves,
    locked_by_cip,
    record_discrepancies,
)
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher, VoucherEvent

__all__ = [
    "ApplyResult",
    "ImportCancelled",
    "LineKind",
    "MissingVoucher",
    "SettlementImport",
    "SettlementLine",
    "SettlementPreview",
    "changes_something",
]

CHUNK = 500
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_OPEN = (VoucherStatus.PENDING.value, VoucherStatus.ISSUING.value)


@service
class SettlementImport:
    """Preview and apply settlement files for one profile, as one staff member (``actor``)."""

    def __init__(
        self, engine: Engine, profile: str, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        self._engine = engine
        self._profile = profile
        self.actor = actor  # the signed-in person; the app sets the next one on a switch
        self._clock = clock

    def preview(
        self,
        table: SettlementTable,
        mapping: ColumnMapping,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> SettlementPreview:
        """Every line sorted, and the open vouchers the file does not mention. Reads only.
        Raises ``SettlementFileError`` (missing_column, bad_mapping) and ``ImportCancelled``."""
        problems = mapping.problems(table.headers)
        if problems:
            absent = [p.removeprefix("missing:") for p in problems if p.startswith("missing:")]
            code = "missing_column" if absent else "bad_mapping"
            raise SettlementFileError(code, ", ".join(absent or problems))
        columns = mapping.indexes(table.headers)
        now = self._clock()
        lines: list[SettlementLine] = []
        first_line: dict[int, int] = {}  # CIP -> the line that mentioned it first
        total = len(table.rows)
        with _collector_paused(), Session(self._engine) as session:
            for start in range(0, total, CHUNK):
                _check(cancelled)
                end = min(start + CHUNK, total)
                batch = [
                    read_row(table.number(i), _cells(table.rows[i], columns), now, first_line)
                    for i in range(start, end)
                ]
                found = self._locals(session, [r.values.cip for r in batch if r.values])
                for read in batch:
                    if read.values is not None:
                        local = found.get(read.values.cip)
                        lines.append(classify(read.number, read.values, local))
                    elif read.line is not None:
                        lines.append(read.line)
                if progress:
                    progress(end, total)
            missing = self._missing(session, lines)
        return SettlementPreview(table.sha256, lines, missing, table.path.name)

    def apply(
        self,
        preview: SettlementPreview,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ApplyResult:
        """Pay the matched lines and record each new contradiction once, in ONE transaction.

        Every voucher is read again (and locked) inside the transaction and its line sorted
        again, so what another station changed since the preview is respected. ``cancelled``
        rolls everything back and raises ``ImportCancelled``. A supervisor's work.
        """
        actor = self.actor
        require(actor, Action.IMPORT_SETTLEMENT)

        def attempt() -> ApplyResult:
            with _collector_paused(), session_scope(self._engine) as session:
                return self._apply(session, preview, actor, progress, cancelled)

        return retry_on_conflict(attempt)

    def _apply(
        self,
        session: Session,
        preview: SettlementPreview,
        actor: Actor,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> ApplyResult:
        now = self._clock()
        paid = late = recorded = unchanged = resorted = 0
        total = len(preview.lines)
        for start in range(0, total, CHUNK):
            _check(cancelled)
            chunk = preview.lines[start : start + CHUNK]
            readable = [line for line in chunk if line.kind is not LineKind.INVALID]
            vouchers = locked_by_cip(session, self._profile, [line.cip or 0 for line in readable])
            known = _import_discrepancies(session, [v.id or 0 for v in vouchers.values()])
            moves: list[PlannedMove] = []
            notes: list[PlannedDiscrepancy] = []
            for line in readable:
                voucher = vouchers.get(line.cip or 0)
                fresh = classify(line.number, values_of(line), voucher)
                resorted += fresh.kind is not line.kind
                if voucher is None:
                    continue
                proof = evidence(preview.file_name, preview.sha256, fresh)
                reason = discrepancy_reason(fresh)
                if fresh.kind is LineKind.MATCHED:
                    why = f"liquidación {preview.file_name} línea {fresh.number}"
                    paid_at = fresh.paid_at or now
                    changes = {"paid_at": paid_at, "operation_number": fresh.operation_number}
                    moves.append(PlannedMove(voucher, VoucherStatus.PAID, why, proof, changes))
                elif reason and (voucher.id, reason) not in known:
                    notes.append(PlannedDiscrepancy(voucher, VoucherStatus.PAID, reason, proof))
            source = EventSource.IMPORT
            done = apply_moves(session, moves, source=source, actor=actor, at=now)
            recorded += record_discrepancies(session, notes, source=source, actor=actor, at=now)
            paid += len(done)
            late += sum(1 for move in done if move.late)
            unchanged += len(chunk) - len(moves) - len(notes)
            if progress:
                progress(min(start + CHUNK, total), total)
        return ApplyResult(paid, late, recorded, unchanged, resorted)

    def _locals(self, session: Session, cips: Sequence[int]) -> dict[int, LocalRow]:
        """CIP -> this profile's voucher with it (the newest, as ``find_by_cip`` picks)."""
        if not cips:
            return {}
        statement = (
            sa_select(
                col(Voucher.id),
                col(Voucher.cip),
                col(Voucher.status),
                col(Voucher.amount_cents),
                col(Voucher.currency),
                col(Voucher.operation_number),
                col(Voucher.expires_at),
            )
            .where(col(Voucher.profile) == self._profile, col(Voucher.cip).in_(cips))
            .order_by(col(Voucher.id))
        )
        return {row[1]: LocalRow(*row) for row in session.execute(statement)}

    def _missing(self, session: Session, lines: Sequence[SettlementLine]) -> list[MissingVoucher]:
        """Open vouchers (pending, or issuing with a CIP) the file does not mention, among those
        issued up to the end of the (Lima) day of the file's latest payment: a settlement covers
        days, and a voucher issued after them could not be in it yet. Expired ones are left out
        (unpaid is what they are). A file without dates sets no limit."""
        mentioned = {line.cip for line in lines if line.cip is not None}
        dates = [line.paid_at for line in lines if line.paid_at is not None]
        statement = sa_select(
            col(Voucher.id),
            col(Voucher.cip),
            col(Voucher.amount_cents),
            col(Voucher.currency),
            col(Voucher.status),
            col(Voucher.expires_at),
        ).where(
            col(Voucher.profile) == self._profile,
            col(Voucher.cip).is_not(None),
            col(Voucher.status).in_(_OPEN),
        )
        if dates:
            last_day = to_lima(max(dates)).date() + timedelta(days=1)
            until = datetime.combine(last_day, time(0, 0), tzinfo=LIMA)
            statement = statement.where(col(Voucher.created_at) < until)
        statement = statement.order_by(col(Voucher.created_at), col(Voucher.id))
        return [
            MissingVoucher(int(i), int(c), Money.from_cents(int(a), str(cur)), str(s), e)
            for i, c, a, cur, s, e in session.execute(statement)
            if c not in mentioned
        ]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a file is sorted or applied: its tens of thousands
    of lines, rows and events are freed by reference counting, and the collector's passes
    over the whole heap as they pile up cost about a tenth of the import. Back on when the
    last of the imports that paused it ends (and only if it was on before the first)."""
    global _paused, _was_enabled
    with _pause_lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _pause_lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()


_pause_lock = threading.Lock()
_paused = 0
_was_enabled = True


def _cells(row: list[str], columns: dict[str, int]) -> dict[str, str]:
    return {name: row[position] for name, position in columns.items()}


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _import_discrepancies(session: Session, voucher_ids: Sequence[int]) -> set[tuple[int, str]]:
    """(voucher id, reason) of the discrepancies imports already recorded on these vouchers."""
    if not voucher_ids:
        return set()
    statement = select(VoucherEvent.voucher_id, VoucherEvent.reason).where(
        col(VoucherEvent.voucher_id).in_(voucher_ids),
        VoucherEvent.kind == EventKind.DISCREPANCY,
        VoucherEvent.source == EventSource.IMPORT.value,
    )
    return {(voucher_id, reason or "") for voucher_id, reason in session.exec(statement)}
