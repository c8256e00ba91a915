"""Thermal printers: the connection a printer URI names, the status the printer answers, the
bytes sent; every failure a ``PrinterFailure`` with a stable code."""

from desktop.printers.connections import Timeouts
from desktop.printers.errors import PrinterFailure
from desktop.printers.send import Delivery, send
from desktop.printers.status import PrinterStatus

__all__ = ["Delivery", "PrinterFailure", "PrinterStatus", "Timeouts", "send"]
