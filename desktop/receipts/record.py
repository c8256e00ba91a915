"""A voucher's communication record as a readable A4 PDF (for a dispute package): a heading,
then each entry of the time line with its moment, what it was and its bodies in full."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Preformatted, Spacer

from desktop.receipts import fonts
from desktop.receipts.band import BandFlowable, demo_band
from desktop.receipts.closing import BAND, FACE, HEADING, MERCHANT, SMALL, TITLE_STYLE, build_a4

ENTRY = ParagraphStyle("entry", fontName=FACE.bold, fontSize=9.5, leading=12.5, spaceBefore=3 * mm)
LINE = ParagraphStyle("line", fontName=FACE.regular, fontSize=8.5, leading=11)
BODY = ParagraphStyle("body", fontName=FACE.regular, fontSize=7.5, leading=9.5, leftIndent=4 * mm)


@dataclass(frozen=True)
class RecordEntry:
    when: str
    title: str
    lines: tuple[str, ...] = ()
    bodies: tuple[tuple[str, str], ...] = ()
    """(label, text): request, answer, notification body; shown whole, as exchanged."""


@dataclass(frozen=True)
class RecordDocument:
    merchant: str
    title: str
    subtitle: str
    environment: str
    entries: tuple[RecordEntry, ...] = field(default_factory=tuple)


def render_record(record: RecordDocument) -> bytes:
    """The record as PDF bytes, as many pages as it takes."""
    fonts.family(condensed=False)
    story: list[Flowable] = [
        Paragraph(escape(record.title), TITLE_STYLE),
        Paragraph(escape(record.merchant), MERCHANT),
        Paragraph(escape(record.subtitle), SMALL),
    ]
    band = demo_band(record.environment)
    if band is not None:
        story += [Spacer(1, 3 * mm), BandFlowable(band, BAND)]
    story.append(Paragraph("Comunicación, en orden", HEADING))
    for entry in record.entries:
        story.append(Paragraph(f"{escape(entry.when)} · {escape(entry.title)}", ENTRY))
        story.extend(Paragraph(escape(line), LINE) for line in entry.lines)
        for label, text in entry.bodies:
            story.append(Paragraph(escape(label), LINE))
            story.append(Preformatted(text, BODY, maxLineLength=110, newLineChars=""))
    return build_a4(story, title=record.title, author=record.merchant)
