"""Reading a settlement file (CSV or Excel) into headers and rows of text.

PagoEfectivo publishes no settlement format, so any table will do: the header row is the
first row with at least two filled cells (title lines above it are skipped), and a
``ColumnMapping`` says which column holds what.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from desktop.services.settlement_mapping import (
    REQUIRED_FIELDS,
    SETTLEMENT_FIELDS,
    ColumnMapping,
    guess_mapping,
    load_mapping,
    save_mapping,
    starting_mapping,
)

__all__ = [
    "REQUIRED_FIELDS",
    "SETTLEMENT_FIELDS",
    "ColumnMapping",
    "SettlementFileError",
    "SettlementTable",
    "guess_mapping",
    "load_mapping",
    "read_settlement",
    "save_mapping",
    "starting_mapping",
]

MAX_BYTES = 30 * 1024 * 1024
MAX_ROWS = 200_000
MAX_UNPACKED = 150 * 1024 * 1024
"""An XLSX is a zip: what its parts may add up to once unpacked (a 1 MB file can hold a
1 GiB sheet). 200,000 real rows take about 60 MB."""
_DTD_SCAN = 64 * 1024
CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_DELIMITERS = (",", ";", "\t")
_SAMPLE_LINES = 50
_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")  # latin-1 decodes anything: the last resort


class SettlementFileError(ValueError):
    """The file cannot be used. ``code``: not_found, unreadable, unsupported_type, too_large,
    not_a_table, empty, missing_column, bad_mapping; ``detail`` says what was found."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}{': ' + detail if detail else ''}")


@dataclass(frozen=True)
class SettlementTable:
    """The file's headers (unique, never empty) and its data rows as text, each as long as
    the headers. ``line_numbers[i]`` is the file line (CSV) or sheet row (Excel) of
    ``rows[i]``; ``sha256`` is the file's content hash."""

    path: Path
    headers: list[str]
    rows: list[list[str]]
    sha256: str
    line_numbers: list[int] = field(default_factory=list)

    def number(self, index: int) -> int:
        """The 1-based file line of ``rows[index]``."""
        return self.line_numbers[index] if self.line_numbers else index + 2


def read_settlement(path: Path) -> SettlementTable:
    """``.csv``/``.txt`` (delimiter ``,`` ``;`` or tab; UTF-8 with or without BOM, UTF-16,
    Windows-1252, Latin-1) or ``.xlsx`` (first sheet). Raises ``SettlementFileError``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise SettlementFileError("unsupported_type", "xls")
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise SettlementFileError("unsupported_type", suffix or path.name)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SettlementFileError("too_large", f"{size} bytes")
        content = path.read_bytes()
    except FileNotFoundError:
        raise SettlementFileError("not_found", str(path)) from None
    except (IsADirectoryError, PermissionError, OSError) as exc:
        raise SettlementFileError("unreadable", type(exc).__name__) from None
    cells = _xlsx_rows(content) if suffix in XLSX_SUFFIXES else _csv_rows(content)
    return _table(path, cells, hashlib.sha256(content).hexdigest())


def _table(path: Path, cells: list[tuple[int, list[str]]], sha256: str) -> SettlementTable:
    """Headers from the first row with two filled cells; the filled rows below it."""
    start = next((i for i, (_, row) in enumerate(cells) if sum(1 for c in row if c) >= 2), None)
    if start is None:
        raise SettlementFileError("not_a_table" if cells else "empty")
    headers = _unique_headers(cells[start][1])
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, row in cells[start + 1 :]:
        if not any(row):
            continue
        if len(rows) >= MAX_ROWS:
            raise SettlementFileError("too_large", f"more than {MAX_ROWS} rows")
        rows.append((row + [""] * len(headers))[: max(len(headers), len(row))])
        numbers.append(number)
    if not rows:
        raise SettlementFileError("empty", "only headers")
    return SettlementTable(path, headers, rows, sha256, numbers)


def _unique_headers(row: list[str]) -> list[str]:
    """Blank headers become ``Columna N``; a repeated header gets `` (2)``, `` (3)``..."""
    while row and not row[-1]:
        row = row[:-1]
    headers: list[str] = []
    for index, text in enumerate(row, start=1):
        name = " ".join(text.split()) or f"Columna {index}"
        candidate, count = name, 1
        while candidate in headers:
            count += 1
            candidate = f"{name} ({count})"
        headers.append(candidate)
    return headers


def _decode(content: bytes) -> str:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return content.decode("utf-16")
        except UnicodeDecodeError:
            raise SettlementFileError("unreadable", "utf-16") from None
    if b"\x00" in content:
        raise SettlementFileError("not_a_table", "binary content")
    for encoding in _ENCODINGS:
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def _csv_rows(content: bytes) -> list[tuple[int, list[str]]]:
    text = _decode(content)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        while True:
            first_line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            rows.append((first_line, [cell.strip() for cell in row]))
    except csv.Error as exc:
        raise SettlementFileError("not_a_table", f"line {reader.line_num}: {exc}") from None
    return rows


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (two or more) of cells
    most often; amounts like ``1,500.00`` in a ``;`` file do not fool it."""
    sample = [line for line in text.splitlines()[: _SAMPLE_LINES * 2] if line.strip()]
    sample = sample[:_SAMPLE_LINES]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        common = max(set(widths), key=lambda w: (widths.count(w), w), default=0)
        score = (widths.count(common), common) if common >= 2 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _xlsx_rows(content: bytes) -> list[tuple[int, list[str]]]:
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook

    _check_parts(content)
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as exc:
        raise _unreadable(exc) from None
    try:
        if not book.worksheets:
            raise SettlementFileError("empty", "no sheet")
        sheet = book.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 100:
                raise SettlementFileError("too_large", f"more than {MAX_ROWS} rows")
            rows.append((number, [_cell_text(value) for value in values]))
        return rows
    except (DefusedXmlException, SyntaxError, ValueError) as exc:  # SyntaxError: ParseError
        raise _unreadable(exc) from None
    finally:
        book.close()


def _unreadable(error: BaseException) -> SettlementFileError:
    """One refusal for a workbook openpyxl could not read; a DTD or entities named as such
    (openpyxl wraps the parser's refusal in a ValueError)."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return SettlementFileError("unreadable", "xlsx with a DTD or entities")
        cause = cause.__cause__ or cause.__context__
    return SettlementFileError("unreadable", f"xlsx: {type(error).__name__}")


def _check_parts(content: bytes) -> None:
    """Refuse, before parsing anything, a workbook that unpacks to more than
    ``MAX_UNPACKED`` (a zip bomb) or whose XML carries a DTD (billion laughs, XXE)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise SettlementFileError("unreadable", "xlsx: not a zip") from None
    with archive:
        parts = archive.infolist()
        unpacked = sum(part.file_size for part in parts)
        if unpacked > MAX_UNPACKED:
            megabytes = unpacked // (1024 * 1024)
            raise SettlementFileError("too_large", f"{megabytes} MB once unpacked")
        for part in parts:
            if not part.filename.endswith((".xml", ".rels")):
                continue
            try:
                with archive.open(part) as stream:
                    head = stream.read(_DTD_SCAN)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise SettlementFileError("unreadable", f"xlsx: {type(exc).__name__}") from None
            if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                raise SettlementFileError("unreadable", "xlsx with a DTD or entities")


def _cell_text(value: object) -> str:
    """A cell as text: dates in ISO (no offset: Lima), numbers as Excel shows them."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel keeps 15 significant digits: 25.500000000000004 (a formula) is 25.5, and
        # 2600001.0 (a CIP typed as a number) is 2600001. Read as text, never as a float.
        return format(Decimal(format(value, ".15g")), "f")
    return str(value).strip()
