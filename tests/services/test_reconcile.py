"""Manual reconciliation (proof, reasons, second approval) and the audit of the event log
(slips: test_reconcile_slips.py)."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from desktop.domain.staff import Actor, Role
from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient
from desktop.sandbox import SandboxServer
from desktop.services.audit import AuditBreak, audit, verify_all
from desktop.services.issuing import IssueService
from desktop.services.reconcile import (
    EVIDENCE_MAX_BYTES,
    ManualReconciliation,
    ReconcileError,
    ReconcileProblems,
)
from desktop.services.sync import SyncService
from desktop.store.evidence import EvidenceSlip
from desktop.store.tables import Voucher
from desktop.store.vouchers import events_of
from tests.services.helpers import history, load
from tests.staffing import person

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))


@pytest.fixture
def manual(engine: Engine, tmp_path: Path) -> ManualReconciliation:
    return ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "evidence")


def issue(issuer: IssueService) -> Voucher:
    data = IssueInput(amount="15", email="cliente@example.pe")
    voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    assert voucher.cip is not None
    return voucher


def test_paid_with_an_operation_number(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation
) -> None:
    voucher = issue(issuer)

    result = manual.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="pagó en Kasnet", operation_number="123456"
    )

    paid = load(engine, voucher)
    assert result.applied and not result.late
    assert paid.status == "paid" and paid.operation_number == "123456" and paid.paid_at
    last = history(engine, voucher)[-1]
    assert (last.to_status, last.source, last.actor, last.reason) == (
        "paid",
        "manual",
        "Ana",
        "pagó en Kasnet",
    )
    assert json.loads(last.evidence or "{}") == {"operation_number": "123456"}


@pytest.mark.parametrize(
    ("options", "code", "field"),
    [
        ({"reason": "sin prueba"}, "proof_required", "operation_number"),
        ({"reason": " ", "operation_number": "1"}, "reason_required", "reason"),
        ({"reason": "x", "operation_number": "12 34"}, "operation_invalid", "operation_number"),
        ({"reason": "x", "evidence_file": "nada.png"}, "evidence_missing", "evidence"),
        ({"reason": "x", "evidence_file": "slip.txt"}, "evidence_type", "evidence"),
        ({"reason": "x", "evidence_file": "fake.pdf"}, "evidence_type", "evidence"),
        ({"reason": "x", "evidence_file": "empty.png"}, "evidence_empty", "evidence"),
        ({"reason": "x", "evidence_file": "huge.jpg"}, "evidence_too_large", "evidence"),
        ({"reason": "pagó\u202e", "operation_number": "1"}, "invalid_characters", "reason"),
    ],
)
def test_bad_input_is_refused_with_a_code_and_nothing_changes(
    issuer: IssueService,
    engine: Engine,
    manual: ManualReconciliation,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    options: dict[str, str],
    code: str,
    field: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "slip.txt").write_text("pagado")
    (tmp_path / "fake.pdf").write_bytes(PNG)
    (tmp_path / "empty.png").write_bytes(b"")
    with (tmp_path / "huge.jpg").open("wb") as huge:  # sparse: 20 MB and one byte
        huge.write(b"\xff\xd8\xff")
        huge.truncate(EVIDENCE_MAX_BYTES + 1)
    voucher = issue(issuer)
    arguments: dict[str, object] = {"actor": person("Ana"), **options}

    with pytest.raises(ReconcileError) as refused:
        manual.mark_paid(voucher.id or 0, **arguments)  # type: ignore[arg-type]

    assert (refused.value.code, refused.value.field) == (code, field)
    assert load(engine, voucher).status == "pending" and len(history(engine, voucher)) == 2
    assert not manual.evidence_dir.exists() and kept_slips(engine) == []


def test_every_fixable_field_is_refused_at_once(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation, tmp_path: Path
) -> None:
    voucher = issue(issuer)
    (tmp_path / "slip.txt").write_text("pagado")
    with pytest.raises(ReconcileProblems) as refused:
        manual.mark_paid(
            voucher.id or 0,
            actor=person("Ana"),
            reason="",
            operation_number="12 34",
            evidence_file=tmp_path / "slip.txt",
            paid_at=datetime.now(UTC) + timedelta(days=1),
        )
    found = [(p.code, p.field) for p in refused.value.problems]
    assert found == [
        ("reason_required", "reason"),
        ("operation_invalid", "operation_number"),
        ("paid_at_invalid", "paid_at"),
        ("evidence_type", "evidence"),
    ]
    assert (refused.value.code, refused.value.field) == found[0]  # read as the first one
    with pytest.raises(ReconcileError) as expired:
        manual.mark_expired(voucher.id or 0, actor=person("Ana"), reason="")
    assert expired.value.code == "reason_required"
    assert load(engine, voucher).status == "pending" and len(history(engine, voucher)) == 2


def test_paid_after_expiry_is_a_late_payment(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
    manual: ManualReconciliation,
) -> None:
    voucher = issue(issuer)
    sandbox.expire(voucher.cip or 0)
    SyncService(engine, service_client, "demo").run()

    result = manual.mark_paid(
        voucher.id or 0, actor=person("Ana"), reason="llegó tarde", operation_number="9"
    )

    assert result.applied and result.late and load(engine, voucher).status == "paid"
    assert (history(engine, voucher)[-1].reason or "").startswith("late")


def test_mark_expired_needs_a_reason_a_pending_voucher_and_a_passed_deadline(
    issuer: IssueService, engine: Engine, tmp_path: Path
) -> None:
    voucher = issue(issuer)
    deadline = voucher.expires_at
    assert deadline is not None
    now = [deadline - timedelta(seconds=1)]
    manual = ManualReconciliation(
        engine, "demo", clock=lambda: now[0], evidence_dir=tmp_path / "evidence"
    )
    with pytest.raises(ReconcileError, match="reason_required"):
        manual.mark_expired(voucher.id or 0, actor=person("Ana"), reason="")

    # Before the deadline PagoEfectivo still takes the payment: refused, nothing written.
    with pytest.raises(ReconcileError) as early:
        manual.mark_expired(voucher.id or 0, actor=person("Ana"), reason="el cliente desistió")
    assert (early.value.code, early.value.field) == ("before_deadline", "voucher")
    assert datetime.fromisoformat(early.value.detail) == deadline
    assert load(engine, voucher).status == "pending" and len(history(engine, voucher)) == 2

    now[0] = deadline  # the injected clock reaches the deadline
    manual.mark_expired(voucher.id or 0, actor=person("Ana"), reason="el cliente desistió")

    assert load(engine, voucher).status == "expired"
    last = history(engine, voucher)[-1]
    assert (last.to_status, last.source, last.actor) == ("expired", "manual", "Ana")
    with pytest.raises(ReconcileError) as refused:
        manual.mark_expired(voucher.id or 0, actor=person("Ana"), reason="otra vez")
    assert (refused.value.code, refused.value.detail) == ("wrong_status", "expired")


def test_paid_in_time_after_being_marked_expired_is_no_late_payment(
    issuer: IssueService, engine: Engine, tmp_path: Path
) -> None:
    """The slip shows a payment made before the deadline: not late, though it was marked
    expired here meanwhile (domain.status.is_late_payment: late is paid after the deadline)."""
    in_time, late = issue(issuer), issue(issuer)
    deadline = in_time.expires_at
    assert deadline is not None and late.expires_at is not None
    after = max(deadline, late.expires_at) + timedelta(hours=2)
    manual = ManualReconciliation(
        engine, "demo", clock=lambda: after, evidence_dir=tmp_path / "evidence"
    )
    for voucher in (in_time, late):
        manual.mark_expired(voucher.id or 0, actor=person("Ana"), reason="no vino")

    paid = manual.mark_paid(
        in_time.id or 0,
        actor=person("Ana"),
        reason="pagó a tiempo en Kasnet",
        operation_number="77",
        paid_at=deadline - timedelta(minutes=30),
    )
    paid_late = manual.mark_paid(
        late.id or 0, actor=person("Ana"), reason="pagó ayer", operation_number="78"
    )

    assert paid.applied and not paid.late
    assert not (history(engine, in_time)[-1].reason or "").startswith("late")
    assert paid_late.applied and paid_late.late


def test_a_second_person_must_approve_a_manual_payment(
    issuer: IssueService, engine: Engine, tmp_path: Path
) -> None:
    manual = ManualReconciliation(
        engine, "demo", evidence_dir=tmp_path / "ev", require_second_approval=True
    )
    voucher = issue(issuer)
    ana = person("Ana", Role.CASHIER)

    asked = manual.mark_paid(voucher.id or 0, actor=ana, reason="pagó", operation_number="55")

    assert not asked.applied and asked.request is not None
    assert load(engine, voucher).status == "pending"
    event = history(engine, voucher)[-1]
    assert (event.kind, event.to_status, event.actor) == ("discrepancy", "paid", "Ana")
    assert manual.open_requests() == [asked.request]
    with pytest.raises(ReconcileError, match="same_person"):  # the same person, renamed
        manual.approve(asked.request, Actor("Ana María", ana.user_id, Role.SUPERVISOR))
    assert load(engine, voucher).status == "pending"

    done = manual.approve(asked.request, person("Luis"))

    paid = load(engine, voucher)
    assert done.applied and paid.status == "paid" and paid.operation_number == "55"
    last = history(engine, voucher)[-1]
    assert (last.kind, last.to_status, last.actor, last.source) == (
        "move",
        "paid",
        "Luis",
        "manual",
    )
    proof = json.loads(last.evidence or "{}")
    assert (proof["requested_by"], proof["requested_by_id"]) == ("Ana", ana.user_id)
    assert last.actor_id == person("Luis").user_id
    assert manual.open_requests() == []
    with pytest.raises(ReconcileError, match="wrong_status"):
        manual.approve(asked.request, person("Rosa"))


def test_audit_verifies_every_chain_and_names_a_tampered_event(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation
) -> None:
    first, second = issue(issuer), issue(issuer)
    manual.mark_paid(first.id or 0, actor=person("Ana"), reason="pagó", operation_number="1")
    report = audit(engine, "demo", chunk=1)
    assert report.intact and (report.vouchers, report.events) == (2, 5)

    with engine.begin() as connection:
        connection.execute(
            text("UPDATE voucher_events SET actor = 'Pepe' WHERE voucher_id = :v AND sequence = 3"),
            {"v": first.id},
        )
        connection.execute(
            text("UPDATE vouchers SET amount_cents = 1 WHERE id = :v"), {"v": second.id}
        )

    breaks = verify_all(engine, "demo")
    with Session(engine) as session:
        tampered = events_of(session, first.id or 0)[2]
    assert breaks == [
        AuditBreak(first.id or 0, first.cip, tampered.id, 3, "hash_mismatch"),
        AuditBreak(second.id or 0, second.cip, None, 3, "row_edited:amount_cents"),
    ]


def race(manual: ManualReconciliation, voucher_id: int, slips: list[Path]) -> dict[str, str]:
    """Both stations press "Marcar pagado" with their own slip at the same moment."""
    barrier = threading.Barrier(len(slips))
    outcomes: dict[str, str] = {}

    def station(slip: Path) -> None:
        barrier.wait(timeout=10)
        try:
            manual.mark_paid(
                voucher_id, actor=person(slip.stem), reason="constancia", evidence_file=slip
            )
            outcomes[slip.name] = "won"
        except ReconcileError as exc:
            outcomes[slip.name] = exc.code

    threads = [threading.Thread(target=station, args=(slip,)) for slip in slips]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_the_station_that_loses_a_race_leaves_no_slip_behind(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation, tmp_path: Path
) -> None:
    for round_ in range(4):
        voucher = issue(issuer)
        slips = []
        for who in ("ana", "luis"):
            slip = tmp_path / f"{who}-{round_}.png"
            slip.write_bytes(PNG + who.encode() + bytes([round_]))  # two different slips
            slips.append(slip)

        outcomes = race(manual, voucher.id or 0, slips)

        assert sorted(outcomes.values()) == ["won", "wrong_status"]
        winner = next(name for name, outcome in outcomes.items() if outcome == "won")
        recorded = json.loads(history(engine, voucher)[-1].evidence or "{}")
        assert recorded["name"] == winner
        assert [s for s in kept_slips(engine) if s[1] == voucher.id] == [
            (recorded["sha256"], voucher.id, winner)
        ]
    assert not manual.evidence_dir.exists()


def kept_slips(engine: Engine) -> list[tuple[str, int, str]]:
    with Session(engine) as session:
        return [(s.sha256, s.voucher_id, s.name) for s in session.exec(select(EvidenceSlip))]
