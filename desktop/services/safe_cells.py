"""Text that leaves the app in a CSV or an Excel file never starts a formula (OWASP: CSV
injection): a customer named ``=HYPERLINK(...)`` stays a name when the file is opened."""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (or a DDE command)."""


def csv_text(text: str) -> str:
    """A text cell for a CSV file: one that would start a formula gets a leading ``'``."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_text_cell(cell: Any) -> Any:
    """An openpyxl cell holding text, written as a string cell whatever it starts with
    (openpyxl writes any text starting with ``=`` as a formula)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell
