"""Export the history as shown (filters and sort) to CSV or Excel, page by page, cancellable."""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from desktop.domain.display import status_label as spanish_status
from desktop.domain.limatime import to_lima
from desktop.services.lookup import HistoryQuery, HistoryTotals
from desktop.services.safe_cells import as_text_cell, csv_text
from desktop.services.views import VoucherView

PAGE_SIZE = 1000

DEFAULT_HEADERS: tuple[str, ...] = (
    "CIP",
    "Código de transacción",
    "Fecha (Lima)",
    "Cliente",
    "Documento",
    "Correo",
    "Concepto",
    "Moneda",
    "Monto",
    "Estado",
    "Vence (Lima)",
    "Pagado (Lima)",
    "N.º de operación",
    "Última consulta (Lima)",
)
"""Spanish column titles; the GUI passes its translated ones (same order)."""


_WIDTHS = (12, 24, 17, 28, 14, 30, 32, 8, 13, 18, 17, 17, 16, 20)
_DATE_COLUMNS = frozenset({2, 10, 11, 13})
_AMOUNT_COLUMN = 8
_CIP_COLUMN = 0
_EXCEL_DATE = "dd/mm/yyyy hh:mm"
_EXCEL_AMOUNT = "#,##0.00"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat:
        """By the file's extension; anything but ``.xlsx`` is CSV."""
        return cls.XLSX if path.suffix.lower() == ".xlsx" else cls.CSV


class ExportCancelled(Exception):
    """The user stopped the export; no file was left behind."""


class HistorySource(Protocol):
    """What the export reads from (``VoucherLookup`` in the app)."""

    def vouchers(self, query: HistoryQuery) -> list[VoucherView]: ...

    def totals(self, query: HistoryQuery) -> HistoryTotals: ...

    def newest_id(self) -> int: ...


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _lima(moment: datetime | None) -> datetime | None:
    """A naive Lima wall-clock time: what a spreadsheet shows and sorts."""
    return None if moment is None else to_lima(moment).replace(tzinfo=None, microsecond=0)


def export_values(voucher: VoucherView, status_label: Callable[[str], str]) -> list[Any]:
    """One row, typed: int CIP, Decimal amount, naive Lima datetimes, text elsewhere."""
    return [
        voucher.cip,
        voucher.transaction_code,
        _lima(voucher.created_at),
        voucher.customer,
        voucher.document,
        voucher.email,
        voucher.concept or "",
        voucher.money.currency.value,
        voucher.money.amount,
        status_label(voucher.status),
        _lima(voucher.expires_at),
        _lima(voucher.paid_at),
        voucher.operation_number or "",
        _lima(voucher.last_checked_at),
    ]


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, Decimal):
        return f"{value:.2f}"  # plain 1500.15: no thousands separator to confuse a parser
    if isinstance(value, str):
        return csv_text(value)  # a customer's or a concept's text never starts a formula
    return str(value)


class _CsvWriter:
    def __init__(self, path: Path, headers: Sequence[str]) -> None:
        # BOM so Excel reads the accents as UTF-8; newline="" lets csv write its own CRLF.
        self._file = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._file)
        self._writer.writerow(headers)

    def write(self, values: list[Any]) -> None:
        self._writer.writerow([_csv_text(v) for v in values])

    def close(self, *, keep: bool) -> None:
        self._file.close()  # closing twice is harmless


class _XlsxWriter:
    def __init__(self, path: Path, headers: Sequence[str], title: str) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        self._path = path
        self._cell = WriteOnlyCell
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(title)
        for index, width in enumerate(_WIDTHS[: len(headers)], start=1):
            self._sheet.column_dimensions[get_column_letter(index)].width = width
        self._sheet.freeze_panes = "A2"
        bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="12384A")
        cells = []
        for header in headers:
            cell = WriteOnlyCell(self._sheet, header)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(vertical="center")
            cells.append(cell)
        self._sheet.append(cells)
        self._columns = len(headers)
        self._rows = 1
        self._closed = False

    def write(self, values: list[Any]) -> None:
        cells = []
        for index, value in enumerate(values):
            cell = as_text_cell(self._cell(self._sheet, value))
            if index in _DATE_COLUMNS:
                cell.number_format = _EXCEL_DATE
            elif index == _AMOUNT_COLUMN:
                cell.number_format = _EXCEL_AMOUNT
            elif index == _CIP_COLUMN:
                cell.number_format = "0"
            cells.append(cell)
        self._sheet.append(cells)
        self._rows += 1

    def close(self, *, keep: bool) -> None:
        if self._closed:
            return
        self._closed = True
        if not keep:
            # Finish openpyxl's row stream (else it fails when collected) and drop its
            # temporary file; nothing of it must outlive a cancelled export.
            with contextlib.suppress(Exception):
                self._sheet.close()
                stream = getattr(self._sheet, "_writer", None)
                if stream is not None:
                    stream.cleanup()
            return
        from openpyxl.utils import get_column_letter

        self._sheet.auto_filter.ref = f"A1:{get_column_letter(self._columns)}{self._rows}"
        self._book.save(self._path)


def _pages(
    source: HistorySource, query: HistoryQuery, page_size: int
) -> Iterator[list[VoucherView]]:
    offset = 0
    while True:
        page = source.vouchers(replace(query, offset=offset, limit=page_size))
        yield page
        if len(page) < page_size:
            return
        offset += len(page)


def export_history(
    source: HistorySource,
    query: HistoryQuery,
    path: Path,
    fmt: ExportFormat | None = None,
    *,
    headers: Sequence[str] = DEFAULT_HEADERS,
    status_label: Callable[[str], str] = spanish_status,
    sheet_title: str = "Historial",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_size: int = PAGE_SIZE,
) -> ExportResult:
    """Write every voucher matching ``query`` (its filters and sort; offset and limit are
    ignored) to ``path``. ``progress(done, total)`` is called after each page; ``cancelled()``
    is checked between pages and raises ``ExportCancelled``. The file appears only when
    complete: it is written beside ``path`` under a temporary name, then renamed."""
    if len(headers) != len(DEFAULT_HEADERS):
        raise ValueError(f"expected {len(DEFAULT_HEADERS)} headers, got {len(headers)}")
    fmt = fmt or ExportFormat.for_path(path)
    # Vouchers recorded while the export runs would shift the pages: the export stops at the
    # newest voucher recorded when it starts. Not at this PC's time: another station's clock
    # (or this one's, set back) may stamp a voucher "later" than now, and it must be exported.
    query = replace(query, through_id=source.newest_id())
    partial = path.with_name(f".{path.name}.part")
    writer: _CsvWriter | _XlsxWriter = (
        _XlsxWriter(partial, headers, sheet_title)
        if fmt is ExportFormat.XLSX
        else _CsvWriter(partial, headers)
    )
    written = 0
    seen: set[int] = set()
    try:
        # How many there are, for the progress: counted once (at a million it reads them
        # all), not with every page.
        total = source.totals(query).total if progress is not None else 0
        for page in _pages(source, query, max(1, page_size)):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            for voucher in page:
                if voucher.id in seen:  # a row that moved between pages
                    continue
                seen.add(voucher.id or 0)
                writer.write(export_values(voucher, status_label))
                written += 1
            if progress is not None:
                progress(written, max(total, written))
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        writer.close(keep=True)
        os.replace(partial, path)
    except BaseException:
        writer.close(keep=False)
        partial.unlink(missing_ok=True)
        raise
    return ExportResult(path, written)
