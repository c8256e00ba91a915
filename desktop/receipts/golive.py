"""The go-live check's report as an A4 PDF: the verdict, the facts it was run on (profile,
service, version, the audit chain's head), every flow with its steps and timings, what to fix
where one failed, and how to check the signed JSON that goes with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.receipts import fonts
from desktop.receipts.band import RED, BandFlowable, demo_band, tint
from desktop.receipts.closing import (
    BAND,
    BODY,
    HEADING,
    MERCHANT,
    NOTE,
    SMALL,
    TITLE_STYLE,
    _grid,
    _style,
    build_a4,
)
from desktop.receipts.layout_a4 import GREEN, GREY
from desktop.receipts.record import ENTRY, LINE

VERDICT = _style("verdict", 12.5, bold=True, textColor=white)
STEP = _style("step", 8.5, leading=11, leftIndent=8.5 * mm, firstLineIndent=-3.5 * mm)
FIX = _style("fix", 8.5, leading=11, leftIndent=8.5 * mm, firstLineIndent=-3.5 * mm, textColor=RED)
MARKS = {True: "✓", False: "✗", None: "—"}


@dataclass(frozen=True)
class ReportFlow:
    title: str
    status: str
    """Its verdict in words: superado, falló, no aplicable."""
    passed: bool | None
    """None when it did not apply."""
    ms: str
    steps: tuple[tuple[bool, str, str], ...] = ()
    """(held, what happened, how long)."""
    fix: str = ""
    note: str = ""


@dataclass(frozen=True)
class ReportDocument:
    merchant: str
    title: str
    verdict: str
    passed: bool
    environment: str
    facts: tuple[tuple[str, str], ...]
    flows: tuple[ReportFlow, ...]
    after: tuple[str, ...] = field(default_factory=tuple)
    """What was done once the flows ended (the clean-up)."""
    notes: tuple[str, ...] = field(default_factory=tuple)


def render_golive(report: ReportDocument) -> bytes:
    """The report as PDF bytes, on as many pages as it takes."""
    fonts.family(condensed=False)
    story: list[Flowable] = [
        Paragraph(escape(report.title), TITLE_STYLE),
        Paragraph(escape(report.merchant), MERCHANT),
        Spacer(1, 3 * mm),
        _verdict(report),
        Spacer(1, 3 * mm),
        _facts(report.facts),
    ]
    band = demo_band(report.environment)
    if band is not None:
        story += [Spacer(1, 3 * mm), BandFlowable(band, BAND, BODY)]
    story.append(Paragraph("Flujos, en el orden en que corrieron", HEADING))
    for number, flow in enumerate(report.flows, 1):
        story.append(KeepTogether(_flow(number, flow)))
    if report.after:
        story.append(Spacer(1, 2 * mm))
        story.extend(Paragraph(escape(line), LINE) for line in report.after)
    if report.notes:
        story.append(Paragraph("Cómo se comprueba este informe", HEADING))
        story.extend(Paragraph(escape(note), NOTE) for note in report.notes)
    return build_a4(story, title=report.title, author=report.merchant)


def _verdict(report: ReportDocument) -> Table:
    box = Table([[Paragraph(escape(report.verdict), VERDICT)]], colWidths=[BODY])
    color = GREEN if report.passed else RED
    box.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), color),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    return box


def _facts(facts: tuple[tuple[str, str], ...]) -> Table:
    rows: list[list[Any]] = [[label, Paragraph(escape(value), SMALL)] for label, value in facts]
    table = Table(rows, colWidths=[45 * mm, BODY - 45 * mm])
    table.setStyle(_grid(line=(("TEXTCOLOR", (0, 0), (0, -1), GREY),)))
    return table


def _flow(number: int, flow: ReportFlow) -> list[Flowable]:
    mark = MARKS[flow.passed]
    head = f"{mark} {number}. {flow.title} — {flow.status}"
    if flow.passed is not None:
        head += f" · {flow.ms}"
    color = {True: GREEN, False: RED, None: GREY}[flow.passed]
    title = Paragraph(f'<font color="{color.hexval()}">{escape(head)}</font>', ENTRY)
    parts: list[Flowable] = [title]
    for held, text, ms in flow.steps:
        line = f"{MARKS[held]} {text}" + (f" ({ms})" if ms else "")
        parts.append(Paragraph(escape(line), STEP if held else FIX))
    if flow.note:
        parts.append(Paragraph(escape(flow.note), LINE))
    if flow.fix:
        fix = Table([[Paragraph(escape(f"Qué corregir: {flow.fix}"), LINE)]], colWidths=[BODY])
        fix.setStyle([("BACKGROUND", (0, 0), (-1, -1), tint(RED, 0.12))])
        parts += [Spacer(1, 1.5 * mm), fix]
    return parts
