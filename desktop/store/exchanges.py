"""The API exchange log: written redacted by the caller, purged after 180 days."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import Session, col

from desktop.store.retention import retention_cutoff
from desktop.store.tables import ApiExchange

RETENTION = timedelta(days=180)


def record_exchange(session: Session, exchange: ApiExchange) -> None:
    """Append one (already redacted) exchange."""
    exchange.path = exchange.path[:200]
    if exchange.error:
        exchange.error = exchange.error[:200]
    session.add(exchange)


def purge_exchanges(session: Session, now: datetime, retention: timedelta = RETENTION) -> int:
    """Delete exchanges older than the retention period; returns how many went. Never one
    newer than the newest exchange minus the retention: one reading of a clock set ahead
    (or gone wrong) must not empty the log."""
    cutoff = retention_cutoff(session, col(ApiExchange.started_at), now, retention)
    result = session.execute(delete(ApiExchange).where(col(ApiExchange.started_at) < cutoff))
    return int(result.rowcount)  # type: ignore[attr-defined]
