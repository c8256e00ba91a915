"""python-escpos, imported once and on first use (a counter with no thermal printer never
loads it): its printer database cached in PagoDesk's own data folder, and no side effect on
PagoDesk's logging."""

from __future__ import annotations

import logging
import os
import threading
from functools import cache
from types import ModuleType

from desktop.config import data_dir, private_dir

PICKLE_ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"
_lock = threading.Lock()


@cache
def escpos() -> dict[str, ModuleType]:
    """``printer`` (the Dummy, Network, Usb, Serial and Win32Raw classes), ``capabilities``,
    ``constants`` and ``exceptions`` of python-escpos.

    At import, python-escpos parses its printer database (120 ms) and pickles it in a new
    temporary folder each time unless told where: here, a private folder of PagoDesk's data
    (a pickle read from a shared folder would run whatever another user put there). It also
    calls ``logging.basicConfig()``, which would echo PagoDesk's log records on stderr: the
    import runs with a placeholder handler on the root logger so that call does nothing.
    """
    with _lock:
        os.environ.setdefault(PICKLE_ENV, str(private_dir(data_dir() / "escpos")))
        root = logging.getLogger()
        placeholder = logging.NullHandler()
        root.addHandler(placeholder)
        try:
            from escpos import capabilities, constants, exceptions, printer
        finally:
            root.removeHandler(placeholder)
    return {
        "printer": printer,
        "capabilities": capabilities,
        "constants": constants,
        "exceptions": exceptions,
    }
