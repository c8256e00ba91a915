"""Reading settlement files (CSV in several dialects and encodings, Excel) and their cells."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.domain.limatime import LIMA
from desktop.services import settlement_file
from desktop.services.settlement_cells import (
    CellProblem,
    read_amount,
    read_currency,
    read_paid_at,
)
from desktop.services.settlement_file import SettlementFileError, read_settlement

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_comma_csv_with_a_bom_and_quoted_grouped_amounts(tmp_path: Path) -> None:
    path = tmp_path / "liq.csv"
    content = 'CIP,Monto,Fecha de pago\r\n2600001,"1,500.15",26/11/2026\r\n\r\n2600002,25.50,\r\n'
    path.write_bytes(content.encode("utf-8-sig"))

    table = read_settlement(path)

    assert table.headers == ["CIP", "Monto", "Fecha de pago"]
    assert table.rows == [["2600001", "1,500.15", "26/11/2026"], ["2600002", "25.50", ""]]
    assert table.line_numbers == [2, 4] and [table.number(i) for i in (0, 1)] == [2, 4]
    assert table.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_semicolon_latin1_csv_with_a_title_line_and_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "liq.txt"
    content = (
        "Liquidación PagoEfectivo;;\nCódigo de pago;Importe;Nro. operación\n2600001;1,50;Nº 7\n"
    )
    path.write_bytes(content.encode("latin-1"))

    table = read_settlement(path)

    assert table.headers == ["Código de pago", "Importe", "Nro. operación"]
    assert table.rows == [["2600001", "1,50", "Nº 7"]] and table.line_numbers == [3]


def test_tab_separated_utf16_as_excel_saves_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "liq.txt"
    path.write_bytes("CIP\tMonto\tMoneda\n2600001\t10.00\tUSD\n".encode("utf-16"))

    table = read_settlement(path)

    assert table.headers == ["CIP", "Monto", "Moneda"] and table.rows == [
        ["2600001", "10.00", "USD"]
    ]


def test_blank_and_repeated_headers_are_named_and_short_rows_padded(tmp_path: Path) -> None:
    path = tmp_path / "liq.csv"
    path.write_text("CIP,Monto,,Monto\n2600001,10\n", encoding="utf-8")

    table = read_settlement(path)

    assert table.headers == ["CIP", "Monto", "Columna 3", "Monto (2)"]
    assert table.rows == [["2600001", "10", "", ""]]


def test_excel_first_sheet_with_numbers_dates_and_a_title_row(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet["B2"] = "Liquidación de noviembre"
    sheet.append(["CIP", "Importe", "Fecha de pago", "Operación"])
    sheet.append([2600001, 25.5, datetime(2026, 11, 26, 15, 45), 123456])
    sheet.append([2600002.0, 0.1 + 0.2, "26/11/2026", None])
    book.create_sheet("Otra").append(["no", "se", "lee"])
    path = tmp_path / "liq.xlsx"
    book.save(path)

    table = read_settlement(path)

    assert table.headers == ["CIP", "Importe", "Fecha de pago", "Operación"]
    assert table.rows == [
        ["2600001", "25.5", "2026-11-26 15:45:00", "123456"],
        ["2600002", "0.3", "26/11/2026", ""],
    ]
    assert table.line_numbers == [4, 5]


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("liq.xls", b"\xd0\xcf\x11\xe0", "unsupported_type"),
        ("liq.pdf", b"%PDF-1.4", "unsupported_type"),
        ("liq.csv", b"", "empty"),
        ("liq.csv", b"CIP;Monto\n", "empty"),
        ("liq.csv", b"solo una columna\n2600001\n", "not_a_table"),
        ("liq.csv", b"CIP,Monto\x00\x01\x02", "not_a_table"),
        ("liq.xlsx", b"PK\x03\x04 not really a zip", "unreadable"),
    ],
)
def test_unusable_files_are_refused_with_a_code(
    tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(SettlementFileError) as refused:
        read_settlement(path)

    assert refused.value.code == code


def test_missing_and_too_large_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettlementFileError) as missing:
        read_settlement(tmp_path / "no-existe.csv")
    path = tmp_path / "liq.csv"
    path.write_text("CIP,Monto\n" + "2600001,10\n" * 50, encoding="utf-8")
    monkeypatch.setattr(settlement_file, "MAX_BYTES", 100)
    with pytest.raises(SettlementFileError) as large:
        read_settlement(path)
    monkeypatch.setattr(settlement_file, "MAX_BYTES", 10_000)
    monkeypatch.setattr(settlement_file, "MAX_ROWS", 20)
    with pytest.raises(SettlementFileError) as rows:
        read_settlement(path)

    assert [e.value.code for e in (missing, large, rows)] == ["not_found", "too_large", "too_large"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25.50", (2550, None)),
        ("25", (2500, None)),
        ("25,5", (2550, None)),
        ("1,500.15", (150015, None)),
        ("1.500,15", (150015, None)),
        ("S/ 1,500.15", (150015, "PEN")),
        ("S/. 10", (1000, "PEN")),
        ("US$ 20.00", (2000, "USD")),
        ("PEN 1.500,00", (150000, "PEN")),
    ],
)
def test_amounts_as_files_write_them(text: str, expected: tuple[int, str | None]) -> None:
    assert read_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "amount_missing"),
        ("diez", "amount_invalid"),
        ("1,50,0", "amount_invalid"),
        ("0", "amount_not_positive"),
        ("-5.00", "amount_not_positive"),
        ("1.500", "amount_decimals"),
    ],
)
def test_unreadable_amounts(text: str, code: str) -> None:
    with pytest.raises(CellProblem) as problem:
        read_amount(text)
    assert problem.value.code == code


def test_currencies_by_code_word_or_the_amounts_symbol() -> None:
    assert [read_currency(t, None) for t in ("PEN", "S/", "Soles", "usd", "Dólares", "")] == [
        "PEN",
        "PEN",
        "PEN",
        "USD",
        "USD",
        "PEN",
    ]
    assert read_currency("", read_amount("US$ 5")[1]) == "USD"
    for text, symbol, code in (
        ("EUR", None, "currency_invalid"),
        ("PEN", "USD", "currency_conflict"),
    ):
        with pytest.raises(CellProblem) as problem:
            read_currency(text, read_amount(f"{'US$' if symbol else ''}5")[1])
        assert problem.value.code == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26/11/2026", datetime(2026, 11, 26, tzinfo=LIMA)),
        ("26/11/2026 15:45", datetime(2026, 11, 26, 15, 45, tzinfo=LIMA)),
        ("6-1-2026 08:05:09", datetime(2026, 1, 6, 8, 5, 9, tzinfo=LIMA)),
        ("2026-11-26", datetime(2026, 11, 26, tzinfo=LIMA)),
        ("2026-11-26 15:45", datetime(2026, 11, 26, 15, 45, tzinfo=LIMA)),
        ("2026-11-26 15:45:00", datetime(2026, 11, 26, 15, 45, tzinfo=LIMA)),
        ("2026-11-26T20:45:00Z", datetime(2026, 11, 26, 20, 45, tzinfo=UTC)),
        ("2026-11-26T15:45:00-05:00", datetime(2026, 11, 26, 20, 45, tzinfo=UTC)),
        ("", None),
    ],
)
def test_payment_dates_naive_ones_in_lima(text: str, expected: datetime | None) -> None:
    assert read_paid_at(text, NOW) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31/02/2026", "paid_at_invalid"),
        ("11/26/2026", "paid_at_invalid"),
        ("ayer", "paid_at_invalid"),
        ("1900-01-01", "paid_at_invalid"),
        ("02/12/2026", "paid_at_future"),
    ],
)
def test_unreadable_or_future_dates(text: str, code: str) -> None:
    with pytest.raises(CellProblem) as problem:
        read_paid_at(text, NOW)
    assert problem.value.code == code


def workbook_with(tmp_path: Path, sheet: bytes, name: str = "liquidacion.xlsx") -> Path:
    """A real workbook whose first sheet's XML is replaced by ``sheet``."""
    import zipfile

    book = Workbook()
    book.active.append(["CIP", "Monto"])
    book.active.append([2600001, 10.01])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    target = tmp_path / name
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for part in source.infolist():
            data = sheet if part.filename == "xl/worksheets/sheet1.xml" else source.read(part)
            out.writestr(part.filename, data)
    return target


SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>CIP</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Monto</t></is></c></row>'
    b'<row r="2"><c r="A2"><v>2600001</v></c><c r="B2"><v>10.01</v></c></row>'
    b"</sheetData></worksheet>"
)


def test_an_xlsx_that_unpacks_to_too_much_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settlement_file, "MAX_UNPACKED", 2 * 1024 * 1024)
    padded = SHEET.replace(b"<sheetData>", b"<sheetData>" + b" " * (3 * 1024 * 1024))
    bomb = workbook_with(tmp_path, padded)
    assert bomb.stat().st_size < 100_000  # small on disk, big once unpacked
    with pytest.raises(SettlementFileError) as refused:
        read_settlement(bomb)
    assert refused.value.code == "too_large" and "MB once unpacked" in refused.value.detail
    assert read_settlement(workbook_with(tmp_path, SHEET, "bien.xlsx")).rows == [
        ["2600001", "10.01"]
    ]


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


@pytest.mark.parametrize(
    "sheet",
    [
        SHEET.replace(b'<?xml version="1.0" encoding="UTF-8"?>', LAUGHS),  # billion laughs
        SHEET.replace(
            b'<?xml version="1.0" encoding="UTF-8"?>',
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        ).replace(b"<t>CIP</t>", b"<t>&xxe;</t>"),  # XXE
        # The DTD past what is scanned: the parser itself refuses the entities.
        b"<?xml version='1.0'?><!--" + b"x" * 70_000 + b"-->" + LAUGHS[21:] + SHEET[38:],
    ],
    ids=["billion-laughs", "xxe", "dtd-far-down"],
)
def test_an_xlsx_with_a_dtd_gets_one_clear_refusal(tmp_path: Path, sheet: bytes) -> None:
    with pytest.raises(SettlementFileError) as refused:
        read_settlement(workbook_with(tmp_path, sheet))
    assert refused.value.code == "unreadable" and "DTD" in refused.value.detail
