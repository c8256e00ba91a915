"""Two cashiers' PCs reconcile the same voucher at the same moment: one wins, the other is
told clearly why it could not, and opens the winner's slip from the database (SQLite file and
shared PostgreSQL, real processes)."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from desktop.cli.reconcile import _reconcile_error
from desktop.services.reconcile import ManualReconciliation, ReconcileError
from desktop.store.engine import make_engine
from desktop.store.evidence import EvidenceSlip
from desktop.store.tables import Voucher
from desktop.store.vouchers import add_voucher, events_of, get_voucher, verify_chain
from tests.staffing import person

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def pending_voucher(engine: Engine) -> int:
    now = datetime.now(UTC)
    with Session(engine, expire_on_commit=False) as session:
        voucher = Voucher(
            profile="demo",
            transaction_code="PD-STATIONS",
            cip=2600777,
            status="pending",
            amount_cents=15000,
            currency="PEN",
            email="cliente@example.pe",
            created_at=now,
            expires_at=now.replace(year=now.year + 1),
        )
        add_voucher(session, voucher, actor=person("Ana"), at=now)
        session.commit()
        return voucher.id or 0


def _station(url: str, voucher_id: int, cashier: str, evidence: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    """One PC: its own engine on the shared database, then the cashier's "Marcar pagado"
    with the slip the customer showed there."""
    engine = make_engine(url)
    folder = Path(evidence)
    manual = ManualReconciliation(engine, "demo", evidence_dir=folder / "evidence")
    operation = "111" if cashier.startswith("Ana") else "222"
    slip = folder / "constancia.png"
    barrier.wait(timeout=30)
    try:
        manual.mark_paid(
            voucher_id,
            actor=person(cashier),
            reason="boleta",
            operation_number=operation,
            evidence_file=slip,
        )
        results.put((cashier, "won", ""))
    except ReconcileError as exc:
        results.put((cashier, exc.code, exc.detail))
    finally:
        engine.dispose()


def test_two_stations_reconcile_one_voucher_one_wins_the_other_is_told(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    voucher_id = pending_voucher(engine)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    for cashier in ("Ana (caja 1)", "Luis (caja 2)"):
        (tmp_path / cashier).mkdir()
        (tmp_path / cashier / "constancia.png").write_bytes(PNG + cashier.encode())
    stations = [
        context.Process(
            target=_station,
            args=(db_url, voucher_id, cashier, str(tmp_path / cashier), barrier, results),
        )
        for cashier in ("Ana (caja 1)", "Luis (caja 2)")
    ]
    for station in stations:
        station.start()
    outcomes = {who: (code, detail) for who, code, detail in (results.get(60) for _ in "ab")}
    for station in stations:
        station.join(timeout=30)

    winners = [who for who, (code, _) in outcomes.items() if code == "won"]
    assert len(winners) == 1, outcomes
    (loser,) = set(outcomes) - set(winners)
    code, detail = outcomes[loser]
    assert (code, detail) == ("wrong_status", "paid")  # already paid by the other station
    words = str(_reconcile_error(ReconcileError(code, "voucher", detail)))
    assert words == "no se puede conciliar: el voucher está «Pagado»"
    with Session(engine) as session:
        final = get_voucher(session, voucher_id)
        assert final.status == "paid" and final.version == 2
        assert final.operation_number == ("111" if winners[0].startswith("Ana") else "222")
        events = events_of(session, voucher_id)
        assert [(e.to_status, e.actor) for e in events[1:]] == [("paid", winners[0])]
        assert verify_chain(session, final) is None
    sha = json.loads(events[-1].evidence or "{}")["sha256"]
    winner_slip = PNG + winners[0].encode()
    assert hashlib.sha256(winner_slip).hexdigest() == sha
    with Session(engine) as session:  # the loser's slip was not kept
        assert [s.sha256 for s in session.exec(select(EvidenceSlip))] == [sha]
    loser_pc = ManualReconciliation(engine, "demo", evidence_dir=tmp_path / loser / "evidence")
    assert loser_pc.evidence(voucher_id, sha)[1] == winner_slip  # the winner's, on any PC
