"""Settlement import over a real store (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, col, func, select

from desktop.domain.limatime import LIMA
from desktop.domain.money import Currency, Money
from desktop.domain.status import VoucherStatus
from desktop.services import settlement
from desktop.services.audit import audit
from desktop.services.errors import StorageFailed
from desktop.services.reconcile import ManualReconciliation
from desktop.services.settlement import (
    ImportCancelled,
    LineKind,
    SettlementImport,
    SettlementPreview,
)
from desktop.services.settlement_file import (
    ColumnMapping,
    SettlementFileError,
    guess_mapping,
    read_settlement,
)
from desktop.store.tables import Voucher, VoucherEvent
from tests.staffing import person
from tests.store import conftest as store_fixtures
from tests.store.conftest import T0, new_voucher

# The store's engine fixtures: SQLite, and PostgreSQL when PAGODESK_TEST_PG_URL is set.
db_url, engine = store_fixtures.db_url, store_fixtures.engine
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
HEADER = "CIP;Monto;Moneda;Fecha de pago;Nro. operación"
# Voucher n has CIP 2600000 + n, S/ (1000 + n) / 100, created T0 + n minutes (tests.store).
EVERY_KIND = [
    HEADER,
    "2600001;10.01;PEN;26/11/2026 10:00;A1",  # 2: pending -> matched
    "2600002;S/ 10.02;;2026-11-29T11:00:00-05:00;A2",  # 3: expired -> matched (late)
    "2600003;99.00;PEN;26/11/2026;A3",  # 4: amount differs
    "2600004;10.04;USD;26/11/2026;A4",  # 5: currency differs
    "2600005;10.05;PEN;26/11/2026;111",  # 6: paid with the same operation
    "2600006;10.06;PEN;26/11/2026;999",  # 7: paid with another operation
    "2600007;10.07;PEN;;",  # 8: annulled
    "2699999;5.00;PEN;;",  # 9: unknown CIP
    "26OO008;10.08;PEN;;",  # 10: unreadable CIP
    "2600008;diez;PEN;;",  # 11: unreadable amount
    "2600009;10.09;PEN;31/02/2026;",  # 12: no such date
    "2600001;10.01;PEN;;",  # 13: CIP repeated
]
STATUSES = {
    1: VoucherStatus.PENDING,
    2: VoucherStatus.EXPIRED,
    3: VoucherStatus.PENDING,
    4: VoucherStatus.PENDING,
    5: VoucherStatus.PAID,
    6: VoucherStatus.PAID,
    7: VoucherStatus.ANNULLED,
    8: VoucherStatus.PENDING,
    9: VoucherStatus.PENDING,
    10: VoucherStatus.PENDING,  # not in the file, created before its last payment: missing
    11: VoucherStatus.EXPIRED,  # not in the file but expired: not missing
}


@pytest.fixture
def importer(engine: Engine) -> SettlementImport:
    return SettlementImport(engine, "demo", actor=person("Ana (caja 1)"), clock=lambda: NOW)


def seed(engine: Engine, statuses: dict[int, VoucherStatus]) -> dict[int, int]:
    """n -> voucher id; paid ones carry operation 111."""
    with Session(engine) as session:
        ids = {}
        for n, status in statuses.items():
            extra = (
                {"operation_number": "111", "paid_at": T0} if status is VoucherStatus.PAID else {}
            )
            ids[n] = new_voucher(session, n, status=status, **extra).id or 0  # type: ignore[arg-type]
        session.commit()
    return ids


def write(folder: Path, lines: list[str], name: str = "liquidacion.csv") -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def preview_of(importer: SettlementImport, path: Path) -> SettlementPreview:
    table = read_settlement(path)
    return importer.preview(table, guess_mapping(table.headers))


def snapshot(engine: Engine) -> tuple[int, dict[int, tuple[str, int]]]:
    """How many events there are, and each voucher's status and version."""
    with Session(engine) as session:
        events = int(session.exec(select(func.count(col(VoucherEvent.id)))).one())
        rows = session.exec(select(Voucher.id, Voucher.status, Voucher.version)).all()
    return events, {int(i or 0): (s, v) for i, s, v in rows}


def events(engine: Engine, voucher_id: int) -> list[VoucherEvent]:
    with Session(engine) as session:
        statement = select(VoucherEvent).where(VoucherEvent.voucher_id == voucher_id)
        return list(session.exec(statement.order_by(col(VoucherEvent.sequence))))


def test_every_kind_of_line_is_sorted_and_open_vouchers_missing_from_the_file_are_listed(
    engine: Engine, importer: SettlementImport, tmp_path: Path
) -> None:
    ids = seed(engine, STATUSES)
    before = snapshot(engine)

    preview = preview_of(importer, write(tmp_path, EVERY_KIND))

    found = {line.number: (line.kind, line.problem) for line in preview.lines}
    assert found == {
        2: (LineKind.MATCHED, None),
        3: (LineKind.MATCHED, None),
        4: (LineKind.AMOUNT_DIFFERS, "amount_differs"),
        5: (LineKind.AMOUNT_DIFFERS, "currency_differs"),
        6: (LineKind.ALREADY_PAID, None),
        7: (LineKind.ALREADY_PAID, "operation_differs"),
        8: (LineKind.NOT_PAYABLE, "not_payable"),
        9: (LineKind.UNKNOWN_CIP, None),
        10: (LineKind.INVALID, "cip_invalid"),
        11: (LineKind.INVALID, "amount_invalid"),
        12: (LineKind.INVALID, "paid_at_invalid"),
        13: (LineKind.INVALID, "duplicate"),
    }
    by_number = {line.number: line for line in preview.lines}
    # Late is paid after the deadline (domain.status.is_late_payment), as apply will record.
    assert {n: line.late for n, line in by_number.items() if n in (2, 3)} == {2: False, 3: True}
    first = by_number[2]
    assert (first.cip, first.money, first.operation_number) == (
        2600001,
        Money(1001, Currency.PEN),
        "A1",
    )
    assert first.paid_at == datetime(2026, 11, 26, 10, 0, tzinfo=LIMA)
    assert (first.voucher_id, first.local_status, first.local_money) == (
        ids[1],
        "pending",
        Money(1001, Currency.PEN),
    )
    assert by_number[13].detail == "2" and by_number[10].detail == "26OO008"
    assert by_number[4].local_money == Money(1003, Currency.PEN)
    assert by_number[4].money == Money(9900, Currency.PEN)
    assert preview.counts() == {
        LineKind.MATCHED: 2,
        LineKind.AMOUNT_DIFFERS: 2,
        LineKind.UNKNOWN_CIP: 1,
        LineKind.ALREADY_PAID: 2,
        LineKind.INVALID: 4,
        LineKind.NOT_PAYABLE: 1,
    }
    assert [m.voucher_id for m in preview.missing] == [ids[10]]
    assert preview.missing[0].cip == 2600010 and preview.file_name == "liquidacion.csv"
    assert snapshot(engine) == before  # a preview writes nothing


def test_apply_pays_the_matched_and_records_each_contradiction_once(
    engine: Engine, importer: SettlementImport, tmp_path: Path
) -> None:
    ids = seed(engine, STATUSES)
    preview = preview_of(importer, write(tmp_path, EVERY_KIND))

    result = importer.apply(preview)

    assert (result.paid, result.late, result.discrepancies, result.resorted) == (2, 1, 4, 0)
    assert result.paid + result.discrepancies + result.unchanged == len(preview.lines)
    with Session(engine) as session:
        paid = session.get(Voucher, ids[1])
        late = session.get(Voucher, ids[2])
    assert paid is not None and late is not None
    assert (paid.status, paid.operation_number) == ("paid", "A1")
    assert paid.paid_at == datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    assert (late.status, late.operation_number) == ("paid", "A2")
    move = events(engine, ids[1])[-1]
    assert (move.kind, move.from_status, move.to_status, move.source, move.actor) == (
        "move",
        "pending",
        "paid",
        "import",
        "Ana (caja 1)",
    )
    assert move.reason == "liquidación liquidacion.csv línea 2" and move.created_at == NOW
    proof = json.loads(move.evidence or "{}")
    assert (proof["file"], proof["line"], proof["amount"], proof["sha256"]) == (
        "liquidacion.csv",
        2,
        "10.01",
        preview.sha256,
    )
    assert events(engine, ids[2])[-1].reason == "late: liquidación liquidacion.csv línea 3"
    recorded = {
        n: [(e.kind, e.to_status, e.source, e.reason) for e in events(engine, ids[n])[1:]]
        for n in (3, 4, 5, 6, 7)
    }
    assert recorded == {
        3: [("discrepancy", "paid", "import", "amount_differs: liquidación S/ 99.00, "
             "voucher S/ 10.03")],
        4: [("discrepancy", "paid", "import", "currency_differs: liquidación US$ 10.04, "
             "voucher S/ 10.04")],
        5: [],
        6: [("discrepancy", "paid", "import", "operation_differs: liquidación 999, voucher 111")],
        7: [("discrepancy", "paid", "import", "not_payable: liquidación pagada, "
             "voucher annulled")],
    }  # fmt: skip
    assert snapshot(engine)[1][ids[3]] == ("pending", 1)  # a discrepancy leaves the row alone
    assert audit(engine, "demo").intact


def test_an_expired_voucher_paid_in_time_is_matched_and_not_late(
    engine: Engine, importer: SettlementImport, tmp_path: Path
) -> None:
    """Expired here, but the file's payment date is before the deadline: the preview and the
    applied move agree it is no late payment."""
    ids = seed(engine, {2: VoucherStatus.EXPIRED})
    in_time = [HEADER, "2600002;10.02;PEN;27/11/2026 09:00;A2"]  # deadline 28/11 10:02 Lima

    preview = preview_of(importer, write(tmp_path, in_time))
    result = importer.apply(preview)

    (line,) = preview.lines
    assert line.kind is LineKind.MATCHED and not line.late
    assert (result.paid, result.late) == (1, 0)
    assert events(engine, ids[2])[-1].reason == "liquidación liquidacion.csv línea 2"


def test_importing_the_same_file_again_changes_nothing(
    engine: Engine, importer: SettlementImport, tmp_path: Path
) -> None:
    seed(engine, STATUSES)
    path = write(tmp_path, EVERY_KIND)
    importer.apply(preview_of(importer, path))
    after_first = snapshot(engine)

    again = preview_of(importer, write(tmp_path, EVERY_KIND, "copia.csv"))
    result = importer.apply(again)

    assert {line.number for line in again.lines if line.kind is LineKind.ALREADY_PAID} == {
        2,
        3,
        6,
        7,
    }
    assert again.counts()[LineKind.MATCHED] == 0
    assert (result.paid, result.late, result.discrepancies) == (0, 0, 0)
    assert result.unchanged == len(again.lines)
    assert snapshot(engine) == after_first


def test_a_failure_half_way_leaves_nothing_changed(
    engine: Engine, importer: SettlementImport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database itself refuses the last voucher's update, after earlier chunks were
    written: the whole import is rolled back."""
    monkeypatch.setattr(settlement, "CHUNK", 2)
    seed(engine, {n: VoucherStatus.PENDING for n in range(1, 8)})
    lines = [HEADER] + [f"{2600000 + n};{(1000 + n) / 100:.2f};PEN;;" for n in range(1, 8)]
    lines.append("2600003;99.00;PEN;;")  # and a duplicate, invalid
    preview = preview_of(importer, write(tmp_path, lines))
    before = snapshot(engine)
    refuse_update_of_cip(engine, 2600007)

    with pytest.raises(StorageFailed, match="refused by test"):
        importer.apply(preview)

    assert snapshot(engine) == before


def refuse_update_of_cip(engine: Engine, cip: int) -> None:
    """A trigger that makes the database refuse any update of one voucher."""
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(
                text(
                    f"CREATE TRIGGER refuse BEFORE UPDATE ON vouchers WHEN NEW.cip = {cip} "
                    "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
                )
            )
            return
        connection.execute(
            text(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'refused by test'; END $$ LANGUAGE plpgsql"
            )
        )
        connection.execute(
            text(
                "CREATE TRIGGER refuse BEFORE UPDATE ON vouchers FOR EACH ROW "
                f"WHEN (NEW.cip = {cip}) EXECUTE FUNCTION refuse()"
            )
        )


def test_cancelling_stops_preview_and_rolls_apply_back(
    engine: Engine, importer: SettlementImport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settlement, "CHUNK", 2)
    seed(engine, {n: VoucherStatus.PENDING for n in range(1, 6)})
    path = write(
        tmp_path, [HEADER] + [f"{2600000 + n};{(1000 + n) / 100:.2f};;;" for n in (1, 2, 3, 4, 5)]
    )
    table = read_settlement(path)
    mapping = guess_mapping(table.headers)
    seen: list[tuple[int, int]] = []
    preview = importer.preview(table, mapping, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(2, 5), (4, 5), (5, 5)]
    before = snapshot(engine)
    asked: list[int] = []

    def cancel_after_two_chunks() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ImportCancelled):
        importer.apply(preview, cancelled=cancel_after_two_chunks)
    with pytest.raises(ImportCancelled):
        importer.preview(table, mapping, cancelled=lambda: True)

    assert len(asked) == 3 and snapshot(engine) == before


def test_apply_reads_again_what_another_station_changed_since_the_preview(
    engine: Engine, importer: SettlementImport, tmp_path: Path
) -> None:
    ids = seed(engine, {1: VoucherStatus.PENDING, 2: VoucherStatus.PENDING})
    preview = preview_of(
        importer, write(tmp_path, [HEADER, "2600001;10.01;;;A1", "2600002;10.02;;;A2"])
    )
    assert preview.counts()[LineKind.MATCHED] == 2
    manual = ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "evidence")
    manual.mark_paid(ids[1], actor=person("Luis"), reason="pagó en Kasnet", operation_number="999")

    result = importer.apply(preview)

    assert (result.paid, result.discrepancies, result.resorted) == (1, 1, 1)
    history = events(engine, ids[1])
    assert [(e.kind, e.source, e.actor) for e in history[1:]] == [
        ("move", "manual", "Luis"),
        ("discrepancy", "import", "Ana (caja 1)"),
    ]
    assert history[-1].reason == "operation_differs: liquidación A1, voucher 999"
    assert snapshot(engine)[1][ids[1]][0] == "paid"


def test_a_mapping_without_the_cip_or_the_amount_is_refused(
    engine: Engine, importer: SettlementImport, tmp_path: Path
) -> None:
    table = read_settlement(write(tmp_path, ["Código;Valor", "2600001;10.01"]))

    with pytest.raises(SettlementFileError) as missing:
        importer.preview(table, guess_mapping(table.headers))
    with pytest.raises(SettlementFileError) as unknown:
        importer.preview(table, ColumnMapping({"cip": "Código", "amount": "Importe"}))

    assert (missing.value.code, missing.value.detail) == ("missing_column", "cip, amount")
    assert (unknown.value.code, unknown.value.detail) == ("bad_mapping", "unknown_header:Importe")
    mapped = importer.preview(table, ColumnMapping({"cip": "código", "amount": "VALOR"}))
    assert [line.kind for line in mapped.lines] == [LineKind.UNKNOWN_CIP]


def test_only_this_profiles_vouchers_count_and_missing_ends_with_the_last_payments_day(
    engine: Engine, importer: SettlementImport, tmp_path: Path
) -> None:
    paid = T0 + timedelta(days=2)  # 28/11 10:00 in Lima
    with Session(engine) as session:
        new_voucher(session, 1, profile="tienda2")
        mine = [new_voucher(session, n).id for n in (2, 3)]
        mine.append(new_voucher(session, 4, created_at=paid + timedelta(hours=13)).id)  # 23:00
        new_voucher(session, 5, created_at=paid + timedelta(hours=14))  # the next day in Lima
        new_voucher(session, 6, status=VoucherStatus.ISSUING, cip=None)
        session.commit()
    line = f"2600001;10.01;;{paid.astimezone(LIMA):%d/%m/%Y %H:%M};"

    preview = preview_of(importer, write(tmp_path, [HEADER, line]))
    undated = preview_of(importer, write(tmp_path, [HEADER, "2600001;10.01;;;"]))

    assert [line.kind for line in preview.lines] == [LineKind.UNKNOWN_CIP]
    assert [m.voucher_id for m in preview.missing] == mine
    assert [m.cip for m in undated.missing] == [2600002, 2600003, 2600004, 2600005]
