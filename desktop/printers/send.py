"""One print job: connect, ask the printer how it is (where it answers), send every copy,
hand the job over, close."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desktop.domain.printers import PrinterAddress
from desktop.printers.connections import Timeouts, open_connection
from desktop.printers.errors import PrinterFailure
from desktop.printers.status import PrinterStatus, read_status

__all__ = ["Delivery", "Timeouts", "send"]
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Delivery:
    """A job the printer took: where, how many copies and bytes, what it said before."""

    uri: str
    copies: int
    size: int
    status: PrinterStatus | None  # None: this printer (or its connection) does not answer


def send(
    address: PrinterAddress, job: bytes, *, copies: int = 1, timeouts: Timeouts | None = None
) -> Delivery:
    """Print ``job`` ``copies`` times on one connection. Before anything is sent, a printer
    that answers and says it has no paper, its cover open or an error gets nothing: the job
    fails with that code (``PrinterFailure``), so nothing is half printed or lost in it."""
    if copies < 1:
        raise ValueError("at least one copy")
    timeouts = timeouts or Timeouts()
    connection = open_connection(address, timeouts)
    try:
        status = read_status(connection.ask) if connection.asks else None
        if status is not None and status.problem:
            raise PrinterFailure(status.problem)
        for _ in range(copies):
            connection.write(job)
        connection.finish()
    except PrinterFailure as failure:
        _log.warning("printer %s: %s", address.uri, failure)
        raise
    finally:
        connection.close()
    _log.info("printed %d x %d bytes on %s (status %s)", copies, len(job), address.uri, status)
    return Delivery(address.uri, copies, len(job), status)
