"""What went wrong with a printer, as a stable code the screens and the command line word."""

from __future__ import annotations


class PrinterFailure(Exception):
    """The ticket was not printed (nothing, or not all of it, reached the printer).

    ``code``: ``unreachable`` (refused or no route), ``unknown_host``, ``timeout``,
    ``not_found`` (no such device, printer, queue or folder), ``denied`` (no permission),
    ``no_paper``, ``cover_open``, ``printer_error``, ``no_cups`` (no ``lp`` command),
    ``cups_refused``, ``windows_only``, ``no_usb_backend`` (no libusb), ``write_failed``.
    ``detail`` is the system's own words, for the log and the message's tail.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
