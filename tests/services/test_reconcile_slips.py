"""Slips of manual payments: kept in the database with their event (nothing on a refused or
failed mark), opened from another station, older local copies still read, the second approval
carrying the slip, and the audit naming an altered or deleted slip."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from desktop.domain.staff import Role
from desktop.domain.status import EventSource, VoucherStatus
from desktop.services.audit import AuditBreak, audit, verify_all
from desktop.services.errors import StorageFailed
from desktop.services.issuing import IssueService
from desktop.services.reconcile import ManualReconciliation, ReconcileError
from desktop.services.settlement import SettlementImport
from desktop.services.settlement_file import read_settlement
from desktop.services.settlement_mapping import guess_mapping
from desktop.services.slip_view import slip_picture
from desktop.services.slips import slip_named
from desktop.store.engine import session_scope
from desktop.store.evidence import EvidenceSlip
from desktop.store.vouchers import apply_move, get_voucher
from tests.services.helpers import history, load
from tests.services.test_reconcile import PNG, issue
from tests.staffing import person

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(200))


@pytest.fixture
def manual(engine: Engine, tmp_path: Path) -> ManualReconciliation:
    return ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "caja1")


def slip_file(tmp_path: Path, name: str, content: bytes = PNG) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def kept(engine: Engine) -> list[tuple[str, int, str, str, int, str]]:
    with Session(engine) as session:
        rows = session.exec(select(EvidenceSlip).order_by(EvidenceSlip.created_at)).all()
        return [(r.sha256, r.voucher_id, r.name, r.media_type, r.size, r.created_by) for r in rows]


def paid_as_before(engine: Engine, voucher_id: int, sha: str, name: str) -> None:
    """A manual payment as versions before the slips' table recorded it: the event names
    the copy in the recording PC's evidence folder."""
    proof = {"file": f"{voucher_id}/{sha}.png", "sha256": sha, "name": name, "size": 72}
    with session_scope(engine) as session:
        apply_move(
            session,
            get_voucher(session, voucher_id),
            VoucherStatus.PAID,
            source=EventSource.MANUAL,
            actor=person("Ana"),
            at=datetime.now(UTC),
            reason="pagó",
            evidence=json.dumps(proof | {"operation_number": None}, sort_keys=True),
        )


def test_the_slip_lives_in_the_database_and_another_station_opens_it(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation, tmp_path: Path
) -> None:
    voucher = issue(issuer)
    voucher_id = voucher.id or 0
    slip = slip_file(tmp_path, "constancia.PNG")
    sha = hashlib.sha256(PNG).hexdigest()

    manual.mark_paid(voucher_id, actor=person("Ana"), reason="foto del voucher", evidence_file=slip)

    evidence = json.loads(history(engine, voucher)[-1].evidence or "{}")
    assert evidence == {
        "operation_number": None,
        "sha256": sha,
        "name": "constancia.PNG",
        "size": len(PNG),
    }
    assert kept(engine) == [(sha, voucher_id, "constancia.PNG", "image/png", len(PNG), "Ana")]
    assert not manual.evidence_dir.exists()  # nothing written on the recording PC
    assert load(engine, voucher).status == "paid"
    slip.unlink()  # the file the cashier chose is gone as well

    other = ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "caja2")
    assert other.evidence(voucher_id, sha) == ("constancia.PNG", PNG)
    shown = slip_picture(other, voucher_id, sha)  # for the screen: the photo as it is
    assert (shown.name, shown.is_pdf, shown.pages) == ("constancia.PNG", False, (PNG,))
    assert not (tmp_path / "caja2").exists()  # shown without writing any file


def test_a_pdf_slip_is_shown_as_pages_and_an_unreadable_one_is_refused(
    issuer: IssueService, manual: ManualReconciliation, tmp_path: Path
) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for page in ("Constancia BCP", "Reverso"):
        canvas.drawString(72, 720, page)
        canvas.showPage()
    canvas.save()
    scan = buffer.getvalue()
    voucher_id = issue(issuer).id or 0
    manual.mark_paid(
        voucher_id,
        actor=person("Ana"),
        reason="escaneo",
        evidence_file=slip_file(tmp_path, "a.pdf", scan),
    )
    shown = slip_picture(manual, voucher_id, hashlib.sha256(scan).hexdigest())
    assert shown.is_pdf and shown.content == scan and len(shown.pages) == 2
    assert all(page.startswith(b"\x89PNG") for page in shown.pages)

    broken = b"%PDF-1.4 esto no es un PDF"
    other_id = issue(issuer).id or 0
    manual.mark_paid(
        other_id,
        actor=person("Ana"),
        reason="roto",
        evidence_file=slip_file(tmp_path, "b.pdf", broken),
    )
    with pytest.raises(ReconcileError) as refused:
        slip_picture(manual, other_id, hashlib.sha256(broken).hexdigest())
    assert (refused.value.code, refused.value.field) == ("evidence_unreadable", "evidence")


def fail_event_writes(engine: Engine) -> None:
    """From now on every event insert fails as a full disk would, on either engine."""
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(
                text(
                    "CREATE TRIGGER no_events BEFORE INSERT ON voucher_events "
                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
                )
            )
            return
        connection.execute(
            text(
                "CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'database or disk is full' USING ERRCODE = 'disk_full'; END $$"
            )
        )
        connection.execute(
            text(
                "CREATE TRIGGER no_events BEFORE INSERT ON voucher_events "
                "FOR EACH ROW EXECUTE FUNCTION disk_full()"
            )
        )


def test_a_refused_or_failed_mark_keeps_no_slip(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation, tmp_path: Path
) -> None:
    paid, pending = issue(issuer), issue(issuer)
    manual.mark_paid(paid.id or 0, actor=person("Ana"), reason="pagó", operation_number="77")
    slip = slip_file(tmp_path, "constancia.jpg", JPEG)

    with pytest.raises(ReconcileError) as refused:  # already paid
        manual.mark_paid(paid.id or 0, actor=person("Ana"), reason="otra vez", evidence_file=slip)
    assert (refused.value.code, refused.value.detail) == ("wrong_status", "paid")
    assert kept(engine) == []

    # The event cannot be written (say, the disk of the database server fills up) after the
    # slip row was: the whole transaction goes.
    fail_event_writes(engine)
    with pytest.raises(StorageFailed, match="disk is full"):
        manual.mark_paid(pending.id or 0, actor=person("Ana"), reason="pagó", evidence_file=slip)

    assert kept(engine) == [] and load(engine, pending).status == "pending"
    assert len(history(engine, pending)) == 2 and not manual.evidence_dir.exists()


def test_a_slip_is_opened_only_through_a_voucher_of_the_profile_that_recorded_it(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation, tmp_path: Path
) -> None:
    first, second = issue(issuer), issue(issuer)
    slip = slip_file(tmp_path, "constancia.pdf", b"%PDF-1.7\n" + bytes(100))
    manual.mark_paid(first.id or 0, actor=person("Ana"), reason="pagó", evidence_file=slip)
    (sha, *_rest) = kept(engine)[0]

    elsewhere = ManualReconciliation(engine, "tienda", evidence_dir=tmp_path / "tienda")
    with pytest.raises(ReconcileError) as refused:
        elsewhere.evidence(first.id or 0, sha)
    assert (refused.value.code, refused.value.field) == ("wrong_profile", "voucher")
    with pytest.raises(ReconcileError) as refused:  # this voucher never recorded it
        manual.evidence(second.id or 0, sha)
    assert refused.value.code == "evidence_unknown"
    assert not (tmp_path / "tienda").exists() and not manual.evidence_dir.exists()


def test_an_older_event_still_opens_the_copy_kept_on_its_pc(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation, tmp_path: Path
) -> None:
    """Before slips lived in the database, the event named a file in the recording PC's
    evidence folder; that PC still opens it, another one is told where it is."""
    voucher = issue(issuer)
    voucher_id = voucher.id or 0
    sha = hashlib.sha256(PNG).hexdigest()
    local = manual.evidence_dir / str(voucher_id) / f"{sha}.png"
    local.parent.mkdir(parents=True)
    local.write_bytes(PNG)
    paid_as_before(engine, voucher_id, sha, "viejo.png")

    assert manual.evidence(voucher_id, sha) == ("viejo.png", PNG)
    assert slip_picture(manual, voucher_id, sha).pages == (PNG,)
    assert audit(engine, "demo").intact  # not in the database: nothing to check there
    other = ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "caja2")
    with pytest.raises(ReconcileError) as refused:
        other.evidence(voucher_id, sha)
    assert refused.value.code == "evidence_elsewhere" and not other.evidence_dir.exists()
    local.write_bytes(PNG + b"editado")
    with pytest.raises(ReconcileError) as refused:
        manual.evidence(voucher_id, sha)
    assert refused.value.code == "evidence_altered"


def test_the_second_approval_carries_the_slip_of_the_request(
    issuer: IssueService, engine: Engine, tmp_path: Path
) -> None:
    manual = ManualReconciliation(
        engine, "demo", evidence_dir=tmp_path / "caja1", require_second_approval=True
    )
    voucher = issue(issuer)
    voucher_id = voucher.id or 0
    slip = slip_file(tmp_path, "boleta.jpeg", JPEG)
    sha = hashlib.sha256(JPEG).hexdigest()

    ana = person("Ana", Role.CASHIER)
    asked = manual.mark_paid(voucher_id, actor=ana, reason="pagó", evidence_file=slip)
    assert not asked.applied and asked.request is not None
    assert kept(engine) == [(sha, voucher_id, "boleta.jpeg", "image/jpeg", len(JPEG), "Ana")]
    slip.unlink()

    approver = ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "caja2")
    assert approver.approve(asked.request.event_id, person("Luis")).applied

    last = history(engine, voucher)[-1]
    proof = json.loads(last.evidence or "{}")
    assert (last.actor, proof["sha256"], proof["name"]) == ("Luis", sha, "boleta.jpeg")
    assert approver.evidence(voucher_id, sha) == ("boleta.jpeg", JPEG)
    assert len(kept(engine)) == 1 and audit(engine, "demo").intact


def test_audit_names_an_altered_and_a_deleted_slip(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation, tmp_path: Path
) -> None:
    first, second = issue(issuer), issue(issuer)
    manual.mark_paid(
        first.id or 0,
        actor=person("Ana"),
        reason="pagó",
        evidence_file=slip_file(tmp_path, "a.png"),
    )
    manual.mark_paid(
        second.id or 0,
        actor=person("Ana"),
        reason="pagó",
        evidence_file=slip_file(tmp_path, "b.jpg", JPEG),
    )
    report = audit(engine, "demo")
    assert report.intact and (report.vouchers, report.events) == (2, 6)

    with engine.begin() as connection:
        connection.execute(
            text("UPDATE evidence_slips SET content = :c WHERE voucher_id = :v"),
            {"c": PNG.replace(b"IHDR", b"IHDX"), "v": first.id},
        )
        connection.execute(
            text("DELETE FROM evidence_slips WHERE voucher_id = :v"), {"v": second.id}
        )

    paid_first, paid_second = history(engine, first)[-1], history(engine, second)[-1]
    assert verify_all(engine, "demo") == [
        AuditBreak(first.id or 0, first.cip, paid_first.id, 3, "slip_altered"),
        AuditBreak(second.id or 0, second.cip, paid_second.id, 3, "slip_missing"),
    ]
    with pytest.raises(ReconcileError) as refused:
        manual.evidence(first.id or 0, json.loads(paid_first.evidence or "{}")["sha256"])
    assert refused.value.code == "evidence_altered" and not manual.evidence_dir.exists()


def test_a_settlement_line_recorded_later_is_not_taken_for_the_slip(
    issuer: IssueService, engine: Engine, manual: ManualReconciliation, tmp_path: Path
) -> None:
    voucher = issue(issuer)
    voucher_id = voucher.id or 0
    slip = slip_file(tmp_path, "constancia.png")
    manual.mark_paid(
        voucher_id, actor=person("Ana"), reason="pagó", operation_number="77", evidence_file=slip
    )
    # The settlement lists the payment with another operation: a discrepancy whose evidence
    # is the file's line (its name and its own sha256), not a slip.
    settlement_file = tmp_path / "liquidacion.csv"
    settlement_file.write_text(f"CIP;Monto;Moneda;Nro. operación\n{voucher.cip};15.00;PEN;88\n")
    importer = SettlementImport(engine, "demo", actor=person("Luis"))
    table = read_settlement(settlement_file)
    result = importer.apply(importer.preview(table, guess_mapping(table.headers)))
    assert result.discrepancies == 1

    named = [ref for e in history(engine, voucher) if (ref := slip_named(e.evidence))]
    assert [ref.sha256 for ref in named] == [hashlib.sha256(PNG).hexdigest()]
    assert manual.evidence(voucher_id, named[-1].sha256) == ("constancia.png", PNG)
    assert verify_all(engine, "demo") == []
