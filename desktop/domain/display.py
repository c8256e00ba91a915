"""How a person's name and a moment read anywhere (screens, command line, files, receipts)."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.limatime import to_lima


def full_name(first: str | None, last: str | None) -> str:
    """``José Núñez``; empty when neither is known."""
    return " ".join(part for part in (first, last) if part)


def lima_short(moment: datetime | None) -> str:
    """``26/11/2026 15:45`` in Lima time; empty for no moment."""
    return "" if moment is None else f"{to_lima(moment):%d/%m/%Y %H:%M}"
