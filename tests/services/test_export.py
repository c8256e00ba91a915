"""History export: every matching row (not one page), CSV with BOM, typed Excel, cancellable."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.status import VoucherStatus
from desktop.services.export import (
    DEFAULT_HEADERS,
    ExportCancelled,
    ExportFormat,
    export_history,
)
from desktop.services.lookup import HistoryTotals, VoucherLookup, VoucherView
from desktop.store.history import HistoryQuery
from desktop.store.tables import Voucher
from desktop.store.vouchers import add_voucher
from tests.staffing import person

T0 = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)  # 10:00 in Lima
S = VoucherStatus


def seed(engine: Engine, count: int, **fields: object) -> None:
    with Session(engine) as session:
        for n in range(1, count + 1):
            values: dict[str, object] = {
                "profile": "demo",
                "transaction_code": f"PD-{n:06d}",
                "cip": 2_600_000 + n,
                "status": S.PAID.value if n % 3 == 0 else S.PENDING.value,
                "amount_cents": 1000 * n + 5,
                "currency": "USD" if n % 5 == 0 else "PEN",
                "concept": f"Pedido {n}",
                "first_name": "José",
                "last_name": "Núñez",
                "doc_type": "DNI",
                "doc_number": f"{40000000 + n}",
                "email": f"cliente{n}@example.pe",
                "created_at": T0 + timedelta(minutes=n),
                "expires_at": T0 + timedelta(hours=48),
                "operation_number": f"{n:08d}" if n % 3 == 0 else None,
            }
            values.update(fields)
            add_voucher(session, Voucher(**values), actor=person("tests"), at=T0)  # type: ignore[arg-type]
        session.commit()


@pytest.fixture
def lookup(engine: Engine) -> VoucherLookup:
    seed(engine, 25)
    return VoucherLookup(engine, "demo")


def test_csv_has_every_matching_row_with_bom_accents_and_plain_amounts(
    lookup: VoucherLookup, tmp_path: Path
) -> None:
    path = tmp_path / "historial.csv"
    query = HistoryQuery(profile="demo", sort="amount", descending=False, limit=3)
    result = export_history(lookup, query, path, page_size=4)
    assert result.rows == 25
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == DEFAULT_HEADERS
    body = rows[1:]
    assert len(body) == 25 and len({r[1] for r in body}) == 25  # no page lost or repeated
    assert [r[8] for r in body[:2]] == ["10.05", "20.05"]  # sorted as asked, plain decimals
    first = dict(zip(DEFAULT_HEADERS, body[0], strict=True))
    assert first["Cliente"] == "José Núñez" and first["Documento"] == "DNI 40000001"
    assert first["Fecha (Lima)"] == "2026-11-20 10:01" and first["Estado"] == "Pendiente de pago"
    assert first["CIP"] == "2600001" and first["Pagado (Lima)"] == ""


def test_csv_follows_the_filters(lookup: VoucherLookup, tmp_path: Path) -> None:
    path = tmp_path / "pagados.csv"
    query = HistoryQuery(profile="demo", statuses=(S.PAID,), search="nunez")
    export_history(lookup, query, path, ExportFormat.CSV)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        body = list(csv.reader(handle))[1:]
    assert len(body) == 8 and {r[9] for r in body} == {"Pagado"}
    assert "Cancelado" not in path.read_text(encoding="utf-8-sig")


def test_xlsx_is_typed_and_formatted(lookup: VoucherLookup, tmp_path: Path) -> None:
    path = tmp_path / "historial.xlsx"
    query = HistoryQuery(profile="demo", sort="created", descending=False)
    result = export_history(lookup, query, path, page_size=10)
    assert result.rows == 25 and ExportFormat.for_path(path) is ExportFormat.XLSX
    sheet = load_workbook(path).active
    assert sheet.title == "Historial" and sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == list(DEFAULT_HEADERS)
    assert all(c.font.b for c in sheet[1])
    assert sheet.max_row == 26
    amount, created = sheet.cell(2, 9), sheet.cell(2, 3)
    assert amount.value == pytest.approx(10.05) and amount.number_format == "#,##0.00"
    assert created.value == datetime(2026, 11, 20, 10, 1)  # Lima wall clock
    assert created.number_format == "dd/mm/yyyy hh:mm"
    assert sheet.cell(2, 1).value == 2600001 and sheet.cell(2, 4).value == "José Núñez"
    assert sheet.column_dimensions["D"].width > 20


def test_cancelling_leaves_no_file(lookup: VoucherLookup, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "grande.xlsx"
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(ExportCancelled):
        export_history(
            lookup,
            HistoryQuery(profile="demo"),
            path,
            progress=progress,
            cancelled=lambda: len(seen) >= 2,
            page_size=5,
        )
    assert seen == [5, 10]
    assert list(out.iterdir()) == []


def test_the_count_is_asked_once_not_per_page(lookup: VoucherLookup, tmp_path: Path) -> None:
    """At a million vouchers counting reads them all: the progress asks it once."""

    class Counting:
        def __init__(self) -> None:
            self.pages = self.counts = 0

        def vouchers(self, query: HistoryQuery) -> list[VoucherView]:
            self.pages += 1
            return lookup.vouchers(query)

        def totals(self, query: HistoryQuery) -> HistoryTotals:
            self.counts += 1
            return lookup.totals(query)

        def newest_id(self) -> int:
            return lookup.newest_id()

    seen: list[tuple[int, int]] = []
    source = Counting()
    path = tmp_path / "h.csv"
    export_history(source, HistoryQuery(profile="demo"), path)
    assert source.counts == 0 and source.pages == 1  # no progress asked: no count
    export_history(
        source,
        HistoryQuery(profile="demo"),
        path,
        page_size=4,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert source.counts == 1 and source.pages == 1 + 7
    assert seen[-7:] == [(4, 25), (8, 25), (12, 25), (16, 25), (20, 25), (24, 25), (25, 25)]


def test_a_failing_store_leaves_no_file(lookup: VoucherLookup, tmp_path: Path) -> None:
    class Broken:
        calls = 0

        def vouchers(self, query: HistoryQuery) -> list[VoucherView]:
            self.calls += 1
            if self.calls > 1:
                raise RuntimeError("database is locked")
            return lookup.vouchers(query)

        def totals(self, query: HistoryQuery) -> HistoryTotals:
            return lookup.totals(query)

        def newest_id(self) -> int:
            return lookup.newest_id()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        export_history(Broken(), HistoryQuery(profile="demo"), out / "x.csv", page_size=5)
    assert list(out.iterdir()) == []


def test_vouchers_issued_during_the_export_do_not_shift_pages(
    engine: Engine, lookup: VoucherLookup, tmp_path: Path
) -> None:
    class Busy:
        """Another cashier issues a voucher between every page."""

        def __init__(self) -> None:
            self.extra = 100

        def vouchers(self, query: HistoryQuery) -> list[VoucherView]:
            page = lookup.vouchers(query)
            self.extra += 1
            seed_one(engine, self.extra)
            return page

        def totals(self, query: HistoryQuery) -> HistoryTotals:
            return lookup.totals(query)

        def newest_id(self) -> int:
            return lookup.newest_id()

    path = tmp_path / "h.csv"
    result = export_history(Busy(), HistoryQuery(profile="demo"), path, page_size=4)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        codes = [r[1] for r in list(csv.reader(handle))[1:]]
    assert result.rows == 25 and codes == [f"PD-{n:06d}" for n in range(25, 0, -1)]


def seed_one(engine: Engine, n: int, created_at: datetime | None = None) -> None:
    with Session(engine) as session:
        voucher = Voucher(
            profile="demo",
            transaction_code=f"PD-X{n}",
            status="pending",
            amount_cents=100,
            currency="PEN",
            email="x@example.pe",
            created_at=created_at or T0 + timedelta(days=1, minutes=n),  # the newest
        )
        add_voucher(session, voucher, actor=person("tests"), at=T0)
        session.commit()


def test_a_voucher_stamped_later_than_this_clock_is_exported(
    engine: Engine, lookup: VoucherLookup, tmp_path: Path
) -> None:
    """Another station's clock runs ahead (or this one's behind): what ``list`` shows is in."""
    seed_one(engine, 7, T0.replace(year=2100))  # whatever this PC's clock says now
    path = tmp_path / "h.csv"
    assert export_history(lookup, HistoryQuery(profile="demo"), path).rows == 26
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][1] == "PD-X7"


def test_headers_must_match_the_columns(lookup: VoucherLookup, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export_history(lookup, HistoryQuery(profile="demo"), tmp_path / "x.csv", headers=("A",))


def test_amounts_keep_cents_exactly(engine: Engine, tmp_path: Path) -> None:
    seed(engine, 1, amount_cents=150015, first_name="Ñusta", last_name=None, doc_number=None)
    path = tmp_path / "x.csv"
    export_history(VoucherLookup(engine, "demo"), HistoryQuery(profile="demo"), path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        row = list(csv.reader(handle))[1]
    assert Decimal(row[8]) == Decimal("1500.15") and row[3] == "Ñusta" and row[4] == ""


FORMULAS = {
    "first_name": '=HYPERLINK("http://x","y")',
    "last_name": "@SUM(1)",
    "concept": "+cmd",
    "email": "-2+3@x.pe",
}


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_no_cell_of_an_export_starts_a_formula(
    engine: Engine, tmp_path: Path, fmt: ExportFormat
) -> None:
    seed(engine, 1, amount_cents=150015, **FORMULAS)
    path = tmp_path / f"h.{fmt.value}"
    export_history(VoucherLookup(engine, "demo"), HistoryQuery(profile="demo"), path, fmt)
    if fmt is ExportFormat.CSV:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            row = list(csv.reader(handle))[1]
        assert row[3] == "'" + '=HYPERLINK("http://x","y") @SUM(1)'
        assert (row[5], row[6]) == ("'-2+3@x.pe", "'+cmd")
        assert row[8] == "1500.15"  # the amount stays a plain number
        return
    import zipfile

    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml  # no formula at all in the sheet
    cells = load_workbook(path).active[2]
    assert cells[3].value == '=HYPERLINK("http://x","y") @SUM(1)' and cells[3].data_type == "s"
    assert cells[6].value == "+cmd" and cells[6].data_type == "s"
    assert cells[8].value == pytest.approx(1500.15) and cells[8].data_type == "n"
