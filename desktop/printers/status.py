"""The real-time status an ESC/POS printer answers (DLE EOT n): paper, cover, errors.

Each answer is one byte whose bits 1 and 4 are set and bits 0 and 7 clear; anything else (no
answer within the wait, an automatic status message) means the printer does not say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

DLE_EOT = b"\x10\x04"
PAPER, OFFLINE_CAUSE = 4, 2
Ask = Callable[[bytes], bytes | None]


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said before a job: out of paper, cover open, an error; near end."""

    paper_out: bool = False
    paper_near_end: bool = False
    cover_open: bool = False
    error: bool = False

    @property
    def problem(self) -> str | None:
        """The code of what stops printing (``PrinterFailure``), or None."""
        if self.cover_open:
            return "cover_open"
        if self.paper_out:
            return "no_paper"
        if self.error:
            return "printer_error"
        return None


def valid(answer: bytes | None) -> int | None:
    """The status byte, or None when ``answer`` is not one."""
    if not answer:
        return None
    byte = answer[-1]
    return byte if byte & 0x93 == 0x12 else None


def query(n: int) -> bytes:
    return DLE_EOT + bytes([n])


def read_status(ask: Ask) -> PrinterStatus | None:
    """Ask the paper sensor, then the offline cause; None when the printer does not answer."""
    paper = valid(ask(query(PAPER)))
    if paper is None:
        return None
    cause = valid(ask(query(OFFLINE_CAUSE))) or 0
    return PrinterStatus(
        paper_out=bool(paper & 0x60) or bool(cause & 0x20),
        paper_near_end=bool(paper & 0x0C),
        cover_open=bool(cause & 0x04),
        error=bool(cause & 0x40),
    )
