"""PagoDesk: desktop back office for merchants who collect cash through PagoEfectivo."""

import time as _time

__version__ = "0.1.0"

IMPORTED = _time.perf_counter()
"""When the package was first imported: the start-up clock where the system does not say when
the process started (desktop/ui/smoke.py)."""
