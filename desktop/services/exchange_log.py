"""Writes the client's (already redacted) exchanges into the profile's database."""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.limatime import Clock, utc_now
from desktop.pagoefectivo import Exchange
from desktop.store.engine import session_scope
from desktop.store.exchanges import purge_exchanges, record_exchange
from desktop.store.tables import ApiExchange

_log = logging.getLogger(__name__)


class StoreLogSink:
    """A client log sink: one short transaction per exchange; never breaks the caller."""

    def __init__(self, engine: Engine, profile: str) -> None:
        self._engine = engine
        self._profile = profile

    def __call__(self, exchange: Exchange) -> None:
        row = ApiExchange(
            profile=self._profile,
            started_at=exchange.started_at,
            method=exchange.method,
            path=exchange.path,
            status=exchange.status,
            duration_ms=round(exchange.duration_ms, 2),
            request_body=exchange.request_body,
            response_body=exchange.response_body,
            error=exchange.error,
        )
        try:
            with session_scope(self._engine) as session:
                record_exchange(session, row)
        except SQLAlchemyError:
            _log.exception("could not record an API exchange")
        _log.info(
            "%s %s -> %s (%.0f ms)",
            exchange.method,
            exchange.path,
            exchange.status,
            exchange.duration_ms,
        )


def purge_old_exchanges(engine: Engine, clock: Clock = utc_now) -> int:
    """Drop exchanges past the 180-day retention (run at start)."""
    with session_scope(engine) as session:
        return purge_exchanges(session, clock())
