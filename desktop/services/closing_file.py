"""The end-of-day report as a file: an A4 PDF, or a CSV a spreadsheet opens (UTF-8 with BOM)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from desktop.config import atomic_write_text
from desktop.domain.display import lima_short
from desktop.receipts import closing_model as words
from desktop.receipts.closing import render_day_report
from desktop.receipts.closing_model import CashierDay, DayReport
from desktop.services.safe_cells import csv_text
from desktop.services.share import save_pdf

CSV_HEADERS = (
    "Fecha",
    "Perfil",
    "Cajero",
    "Concepto",
    "Moneda",
    "Cantidad",
    "Monto",
    "Hora (Lima)",
    "CIP",
    "Movimiento",
    "Origen",
    "Motivo",
    "Emitido por",
)
"""One row per figure: a cashier's line and currency, a count, or one manual reconciliation.
A cashier's rows are the non-zero ones; the day's total comes last, under the cashier name
"Total del día", with every row."""


SEAL_LABEL = "Sello de auditoría"


class UnsupportedFormat(ValueError):
    """The file name ends in neither ``.pdf`` nor ``.csv``."""

    code = "unsupported_format"


def write_day_report(report: DayReport, path: str | Path) -> Path:
    """Write ``report`` as PDF or CSV by the suffix of ``path``; the file appears complete or
    not at all (an existing one is replaced at once). ``UnsupportedFormat`` for other names."""
    target = Path(path).expanduser()
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        return save_pdf(target, render_day_report(report))
    if suffix == ".csv":
        # The BOM lets Excel read the accents as UTF-8; csv writes CRLF line ends itself.
        atomic_write_text(target, "\ufeff" + day_report_csv(report))
        return target
    raise UnsupportedFormat(f"a day report is written as .pdf or .csv, not {suffix or 'none'!r}")


def day_report_csv(report: DayReport) -> str:
    """The report as CSV text: plain amounts (``1500.15``) so a spreadsheet reads numbers."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    day = report.day.isoformat()
    totals = (report.total,) if report.sections else ()
    for section in (*report.sections, *totals):
        total = section is report.total
        name = words.TOTAL_LABEL if total else section.cashier
        for row in _rows(report, section, total=total):
            cells = [csv_text(cell) for cell in (day, report.profile, name, *row)]
            writer.writerow(cells + [""] * (len(CSV_HEADERS) - len(cells)))
    if report.anchor:  # under Motivo: the sealed chain at this moment, to keep apart
        cells = [day, report.profile, words.TOTAL_LABEL, SEAL_LABEL, *[""] * 7, report.anchor]
        writer.writerow(cells + [""] * (len(CSV_HEADERS) - len(cells)))
    return buffer.getvalue()


def _rows(report: DayReport, section: CashierDay, *, total: bool) -> Iterator[list[str]]:
    """A cashier's rows with something in them; the total has every row, zeros included."""
    for line, label in words.LINE_LABELS.items():
        for currency in report.currencies:
            tally = section.tally(line, currency)
            if total or tally.count:
                yield [label, currency, str(tally.count), tally.money(currency).plain()]
    for label, count in (
        (words.FAILED_LABEL, section.failed),
        (words.UNCONFIRMED_LABEL, section.unconfirmed),
    ):
        if total or count:
            yield [label, "", str(count), ""]
    if total:
        return
    for entry in section.manual:
        yield [
            words.MANUAL_LABEL,
            entry.money.currency.value,
            "1",
            entry.money.plain(),
            lima_short(entry.at),
            str(entry.cip or ""),
            entry.movement,
            words.SOURCE_LABELS.get(entry.source, entry.source),
            entry.reason,
            entry.cashier,
        ]
