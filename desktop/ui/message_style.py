"""One look per message severity, app-wide: info, success, warning, error. Every status and
feedback line is styled here, so a failure never shows in the colour of a success."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QLabel


class Severity(StrEnum):
    INFO = "info"  # neutral: work under way, nothing changed
    SUCCESS = "success"  # done as asked
    WARNING = "warning"  # done, or nothing done, but someone should look
    ERROR = "error"  # refused or failed: nothing was done


TEXT_COLORS = {
    Severity.INFO: "#46545c",
    Severity.SUCCESS: "#1b5e20",
    Severity.WARNING: "#8a4b00",
    Severity.ERROR: "#b3261e",
}
BOXES = {
    Severity.INFO: "background:#eef3f6;border:1px solid #b9c9d3;color:#24323a;",
    Severity.SUCCESS: "background:#e8f5e9;border:1px solid #81c784;color:#1b5e20;",
    Severity.WARNING: "background:#fff4e0;border:1px solid #e0b060;color:#5a3d00;",
    Severity.ERROR: "background:#fdecea;border:1px solid #e57373;color:#8c1d18;",
}
BOX_SHAPE = "border-radius:4px;padding:8px 10px;"
LOUD = "background:#b3261e;border:none;color:white;font-weight:700;padding:10px;"
"""An error that must not be missed (the PC's clock is wrong)."""
PROPERTY = "severity"


def style_message(
    label: QLabel, severity: Severity, *, boxed: bool = False, loud: bool = False, extra: str = ""
) -> None:
    """Give ``label`` the look of ``severity``: coloured text, or a tinted box (``boxed``),
    or the solid red of an alarm (``loud``, errors only). ``extra``: size or weight."""
    if loud and severity is Severity.ERROR:
        css = LOUD
    elif boxed:
        css = BOXES[severity] + BOX_SHAPE
    else:
        css = f"color:{TEXT_COLORS[severity]};"
    label.setProperty(PROPERTY, severity.value)
    label.setStyleSheet(css + extra)


def show_message(
    label: QLabel, text: str, severity: Severity, *, boxed: bool = False, extra: str = ""
) -> None:
    """``text`` in ``label`` with the look of ``severity``."""
    style_message(label, severity, boxed=boxed, extra=extra)
    label.setText(text)


def severity_of(label: QLabel) -> Severity | None:
    """The severity ``label`` was last styled with (None if never)."""
    value = label.property(PROPERTY)
    return Severity(value) if isinstance(value, str) and value else None
