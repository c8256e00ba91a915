"""How far back the logs are kept: a cutoff that one wrong reading of the clock cannot move
past the rows themselves (a PC set 200 days ahead must not empty 180 days of logs)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session


def retention_cutoff(
    session: Session, moment: Any, now: datetime, retention: timedelta
) -> datetime:
    """Rows older than this go: ``retention`` before now, or before the newest row
    (``moment``: the table's time column), whichever is earlier."""
    newest = session.execute(select(func.max(moment))).scalar_one_or_none()
    cutoff = now - retention
    return cutoff if newest is None else min(cutoff, newest - retention)
