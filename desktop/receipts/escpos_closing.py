"""The Cierre del día as a thermal ticket: the figures of the A4 report (closing.py), worded by
closing_model, one block per currency so the columns fit 32 or 48 characters."""

from __future__ import annotations

from desktop.domain.display import lima_short
from desktop.domain.money import Currency
from desktop.receipts import closing_model as words
from desktop.receipts.closing_model import CashierDay, DayReport, Line
from desktop.receipts.escpos_ticket import write_band
from desktop.receipts.escpos_writer import TicketLayout, TicketWriter, printable

COUNT, AMOUNT = 4, 15  # columns of the count and of the amount


def closing_ticket(report: DayReport, layout: TicketLayout) -> bytes:
    """The day's report, ready to send to the printer (ESC @ first, a cut last)."""
    writer = TicketWriter(layout)
    merchant = report.merchant
    writer.paragraph(merchant.name, max_lines=2, align="center", bold=True, tall=True)
    if merchant.ruc:
        writer.paragraph(f"RUC {merchant.ruc}", align="center")
    writer.rule()
    writer.paragraph(words.TITLE.upper(), align="center", bold=True)
    writer.paragraph(words.day_text(report.day), max_lines=2, align="center")
    writer.paragraph(report.facts, max_lines=4)
    if report.seal:
        writer.paragraph(report.seal, max_lines=5)
    writer.feed(1)
    write_band(writer, report.band)
    if not report.sections:
        writer.paragraph(words.NO_MOVES, max_lines=2, bold=True)
    if len(report.sections) > 1:
        _section(writer, report, report.total, words.section_title("", total=True))
    for section in report.sections:
        _section(writer, report, section, words.section_title(section.cashier))
    writer.rule()
    writer.paragraph(words.NOTES_TITLE, bold=True)
    for note in words.FOOTNOTES:
        writer.paragraph(note, max_lines=24)
    writer.rule()
    writer.paragraph(report.footer, max_lines=2, align="center")
    writer.cut()
    return writer.output()


def _section(writer: TicketWriter, report: DayReport, section: CashierDay, title: str) -> None:
    writer.rule()
    writer.paragraph(title, max_lines=2, bold=True)
    if section.has_figures or section is report.total:
        _figures(writer, report, section)
    if section.manual and section is not report.total:
        writer.feed(1)
        writer.paragraph(words.manual_title(section.cashier), max_lines=2, bold=True)
        for entry in section.manual:
            cip = f"CIP {entry.cip}" if entry.cip else "—"
            writer.paragraph(f"{lima_short(entry.at)[-5:]} {cip} {entry.money}", max_lines=2)
            writer.paragraph(entry.movement, max_lines=2, margin=2)
            origin = words.SOURCE_LABELS.get(entry.source, entry.source)
            writer.paragraph(f"{origin} · {entry.reason or '—'}", max_lines=3, margin=2)


def _figures(writer: TicketWriter, report: DayReport, section: CashierDay) -> None:
    earlier = any(section.tally(Line.PAID_EARLIER, c).count for c in report.currencies)
    for currency in report.currencies:
        name = words.CURRENCY_NAMES[Currency(currency)]
        writer.paragraph(f"{name} ({Currency(currency).symbol})", bold=True)
        for line, label in words.LINE_LABELS.items():
            if line is Line.PAID_EARLIER and not earlier:
                continue
            tally = section.tally(line, currency)
            _figure(writer, label, tally.count, str(tally.money(currency)))
    _figure(writer, words.FAILED_LABEL, section.failed, "")
    _figure(writer, words.UNCONFIRMED_LABEL, section.unconfirmed, "")


def _figure(writer: TicketWriter, label: str, count: int, amount: str) -> None:
    """``Pagados          3   S/ 1,500.15``; a label too long for that goes on its own line."""
    label = printable(label, writer.layout.codepage)
    room = writer.columns() - COUNT - AMOUNT
    numbers = f"{count:>{COUNT}}{amount:>{AMOUNT}}"
    if len(label) < room:
        writer.lines([label.ljust(room) + numbers])
    else:
        writer.paragraph(label, max_lines=2)
        writer.lines([numbers.rjust(writer.columns())])
