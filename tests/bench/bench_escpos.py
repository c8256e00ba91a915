"""ESC/POS tickets: composing the bytes of a voucher for the thermal printer (issue 16: at
most 5 ms), with and without the logo, and the Cierre del día."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from desktop.receipts.escpos_ticket import voucher_ticket
from desktop.receipts.escpos_writer import TicketLayout
from tests.bench.harness import median_ms, report
from tests.receipts.helpers import MERCHANT, VOUCHER

TICKET_MS = 5.0
LAYOUTS = (TicketLayout("80mm", 576), TicketLayout("58mm", 384))


def run() -> None:
    rows: list[tuple[str, float, str]] = []
    demo = replace(VOUCHER, environment="demo")
    for layout in LAYOUTS:
        for label, merchant in (("logo", MERCHANT), ("no logo", replace(MERCHANT, logo=None))):
            ms = median_ms(partial(voucher_ticket, demo, merchant, layout), repeat=200)
            size = len(voucher_ticket(demo, merchant, layout))
            ok = "OK" if ms <= TICKET_MS else "over"
            rows.append(
                (
                    f"{layout.paper} ticket, {label} (ms)",
                    ms,
                    f"target <= {TICKET_MS:.0f} ms: {ok}; {size:,} bytes",
                )
            )
    report("ESC/POS tickets (median of 200; demo band; python-escpos)", rows)


if __name__ == "__main__":
    run()
