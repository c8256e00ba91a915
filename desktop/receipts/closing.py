"""The end-of-day report as an A4 PDF: a table per cashier and the day's total, in Spanish."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import Flowable

from desktop.domain.display import lima_short
from desktop.domain.money import Currency
from desktop.receipts import fonts
from desktop.receipts.band import RED, BandFlowable, BandStyle
from desktop.receipts.closing_model import (
    CURRENCY_NAMES,
    FAILED_LABEL,
    FOOTNOTES,
    LINE_LABELS,
    NO_MOVES,
    NOTES_TITLE,
    SOURCE_LABELS,
    TITLE,
    UNCONFIRMED_LABEL,
    CashierDay,
    DayReport,
    Line,
    day_text,
    manual_title,
    section_title,
)
from desktop.receipts.layout_a4 import ACCENT, GREY, HAIR, MARGIN, TINT, WIDTH

# One PDF is written at a time: reportlab's TrueType faces share a file cursor (render.py).
from desktop.receipts.render import _pdf_lock

FACE = fonts.Family("PagoDesk-Sans", "PagoDesk-Sans-Bold")
BODY = WIDTH - 2 * MARGIN
BAND = BandStyle(FACE, 12, 9, 2 * mm)


def _style(name: str, size: float, *, bold: bool = False, **more: Any) -> ParagraphStyle:
    font = FACE.bold if bold else FACE.regular
    more.setdefault("leading", size * 1.3)
    return ParagraphStyle(name, fontName=font, fontSize=size, **more)


TITLE_STYLE = _style("title", 15, bold=True, textColor=ACCENT, alignment=2)
DATE = _style("date", 10.5, textColor=ACCENT, alignment=2)
MERCHANT = _style("merchant", 14, bold=True)
SMALL = _style("small", 8.5, textColor=GREY)
HEADING = _style("heading", 11.5, bold=True, textColor=ACCENT, spaceBefore=5 * mm)
CELL = _style("cell", 9, leading=9 * 1.2)  # as a plain table cell
NOTE = _style("note", 7.5, textColor=GREY, spaceAfter=1.5 * mm)
NOTE_TITLE = _style("note_title", 8, bold=True, textColor=GREY, spaceAfter=1 * mm)


def render_day_report(report: DayReport) -> bytes:
    """The report as PDF bytes; the tables run onto more pages when the day is long."""
    fonts.family(condensed=False)
    story = [*_header(report)]
    if not report.sections:
        story.append(Paragraph(NO_MOVES, HEADING))
    if len(report.sections) > 1:
        story.extend(_section(report, report.total, section_title("", total=True)))
    for section in report.sections:
        story.extend(_section(report, section, section_title(section.cashier)))
    story += [Spacer(1, 6 * mm), Paragraph(NOTES_TITLE, NOTE_TITLE)]
    story.extend(Paragraph(escape(note), NOTE) for note in FOOTNOTES)
    footer = _footer(report)
    return build_a4(
        story,
        title=f"{TITLE} {report.day:%d/%m/%Y}",
        author=report.merchant.name,
        on_page=footer,
        bottom=MARGIN + 4 * mm,
    )


def build_a4(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    on_page: Callable[[Canvas, Any], None] | None = None,
    bottom: float = MARGIN,
) -> bytes:
    """An A4 PDF of ``story`` in PagoDesk's own font, margins and metadata (the Cierre del
    día, a dispute's record), with ``on_page`` drawn on every page."""
    buffer = BytesIO()
    pages = {"onFirstPage": on_page, "onLaterPages": on_page} if on_page else {}
    with _pdf_lock:
        document = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=bottom,
            title=title,
            author=author,
            creator="PagoDesk",
            invariant=1,
            pageCompression=1,
            initialFontName=FACE.regular,
        )
        document.build(story, **pages)
    return buffer.getvalue()


def _header(report: DayReport) -> list[Flowable]:
    merchant = [Paragraph(escape(report.merchant.name), MERCHANT)]
    if report.merchant.ruc:
        merchant.append(Paragraph(f"RUC {escape(report.merchant.ruc)}", SMALL))
    day = day_text(report.day)
    title = [Paragraph(TITLE, TITLE_STYLE), Paragraph(escape(day), DATE)]
    top = Table([[merchant, title]], colWidths=[BODY * 0.58, BODY * 0.42])
    top.setStyle(_grid(valign="TOP", line=(("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),)))
    facts = report.facts
    flowables: list[Flowable] = [top, Spacer(1, 3 * mm), Paragraph(escape(facts), SMALL)]
    if report.seal:
        flowables.append(Paragraph(escape(report.seal), SMALL))
    if report.band:
        flowables += [Spacer(1, 3 * mm), BandFlowable(report.band, BAND, BODY)]
    return flowables


def _section(report: DayReport, section: CashierDay, title: str) -> list[Flowable]:
    currencies = report.currencies
    amount_width = 34 * mm
    count_width = 14 * mm
    label_width = BODY - len(currencies) * (amount_width + count_width)
    head = ["Concepto"]
    for currency in currencies:
        symbol = Currency(currency).symbol
        head += ["N.º", f"{CURRENCY_NAMES[Currency(currency)]} ({symbol})"]
    rows: list[list[Any]] = [head]
    earlier = any(section.tally(Line.PAID_EARLIER, c).count for c in currencies)
    for line, label in LINE_LABELS.items():
        if line is Line.PAID_EARLIER and not earlier:
            continue
        row: list[Any] = [label]  # plain text: on the numbers' baseline (it fits one line)
        for currency in currencies:
            tally = section.tally(line, currency)
            row += [str(tally.count), str(tally.money(currency))]
        rows.append(row)
    counts = f"{FAILED_LABEL}: {section.failed} · {UNCONFIRMED_LABEL}: {section.unconfirmed}"
    rows.append([counts] + [""] * (2 * len(currencies)))
    widths = [label_width] + [count_width, amount_width] * len(currencies)
    table = Table(rows, colWidths=widths, repeatRows=1)
    last = len(rows) - 1
    extra = [
        ("SPAN", (0, last), (-1, last)),
        ("TEXTCOLOR", (0, last), (-1, last), GREY),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    if earlier:
        extra.append(("TEXTCOLOR", (0, last - 1), (-1, last - 1), GREY))
    table.setStyle(_grid(header=True, line=tuple(extra)))
    heading = Paragraph(escape(title), HEADING)
    if section.manual and section is not report.total:
        if not section.has_figures:  # someone who only reconciled: just that list
            return [heading, *_manual(section)]
        return [KeepTogether([heading, table]), *_manual(section)]
    return [KeepTogether([heading, table])]


def _manual(section: CashierDay) -> list[Flowable]:
    rows: list[list[Any]] = [["Hora", "CIP", "Movimiento", "Monto", "Origen", "Motivo"]]
    for entry in section.manual:
        rows.append(
            [
                lima_short(entry.at)[-5:],
                str(entry.cip or "—"),
                Paragraph(escape(entry.movement), CELL),
                str(entry.money),
                SOURCE_LABELS.get(entry.source, entry.source),
                Paragraph(escape(entry.reason or "—"), CELL),
            ]
        )
    widths = [12 * mm, 18 * mm, 50 * mm, 24 * mm, 20 * mm]
    table = Table(rows, colWidths=[*widths, BODY - sum(widths)], repeatRows=1)
    table.setStyle(_grid(header=True, line=(("ALIGN", (3, 0), (3, -1), "RIGHT"),)))
    title = Paragraph(escape(manual_title(section.cashier)), CELL)
    return [Spacer(1, 3 * mm), KeepTogether([title, Spacer(1, 1.5 * mm), table])]


def _grid(
    *,
    header: bool = False,
    valign: str = "MIDDLE",
    line: tuple[tuple[Any, ...], ...] = (),
) -> list[tuple[Any, ...]]:
    """The house table style: DejaVu, hairlines between rows, a tinted header row."""
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FACE.regular, 9),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [
            ("FONT", (0, 0), (-1, 0), FACE.bold, 8.5),
            ("TEXTCOLOR", (0, 0), (-1, 0), white),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, HAIR),
            ("BACKGROUND", (0, 1), (-1, -1), TINT),
        ]
    return style + list(line)


def _footer(report: DayReport) -> Any:
    text = report.footer

    def draw(canvas: Canvas, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FACE.regular, 7.5)
        canvas.setFillColor(RED if report.badge else GREY)
        y = MARGIN - 2 * mm
        canvas.drawString(MARGIN, y, fonts.printable(text, FACE.regular))
        canvas.setFillColor(GREY)
        canvas.drawRightString(WIDTH - MARGIN, y, f"Página {document.page}")
        canvas.restoreState()

    return draw
