"""Log retention: the API exchange log and the webhook notification log are kept 180 days."""

from __future__ import annotations

import logging

from sqlalchemy import Engine

from desktop.domain.limatime import Clock, utc_now
from desktop.services.exchange_log import purge_old_exchanges
from desktop.services.refusals import REFUSED_RETENTION
from desktop.services.webhook_intake import Outcome
from desktop.store.engine import session_scope
from desktop.store.exchanges import RETENTION
from desktop.store.notifications import purge_notifications

log = logging.getLogger(__name__)


def purge_old_notifications(engine: Engine, clock: Clock = utc_now) -> int:
    """Drop webhook notifications past the 180-day retention (run at start, and daily by the
    receiver, which may run for months)."""
    refused = [o.value for o in (Outcome.BAD_SIGNATURE, Outcome.MALFORMED, Outcome.TOO_LARGE)]
    with session_scope(engine) as session:
        return purge_notifications(
            session,
            clock(),
            RETENTION,
            refused=refused,
            refused_retention=REFUSED_RETENTION,
        )


def purge_old_logs(engine: Engine, clock: Clock = utc_now) -> int:
    """Both logs at once; returns how many rows went in all. Every purge that removes rows
    says so in the log, with how many from each table, so none goes unnoticed."""
    exchanges = purge_old_exchanges(engine, clock)
    notifications = purge_old_notifications(engine, clock)
    if exchanges or notifications:
        log.info(
            "retention: %d API exchanges and %d notifications older than %d days removed",
            exchanges,
            notifications,
            RETENTION.days,
        )
    return exchanges + notifications
