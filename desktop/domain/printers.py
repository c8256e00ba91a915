"""Thermal printers as the counter knows them: where one is (its URI), how wide its paper is,
how many dots a line has and the code page it is set to. Pure rules, no I/O.

URIs (one per station, in the local settings):

- ``tcp://192.168.1.50:9100``: a network printer (port 9100 when none is given);
- ``usb://04b8:0202``: vendor and product id in hex (``?out_ep=0x01&in_ep=0x82``);
- ``serial:///dev/ttyUSB0`` or ``serial://COM3`` (``?baudrate=9600``);
- ``win32raw://EPSON TM-T20II Receipt``: a Windows printer, fed raw through the spooler;
- ``cups://ticketera``: a CUPS queue, fed raw (``lp -o raw``);
- ``file:///ruta/ticket.bin``: bytes appended to a file (tests, or ``/dev/usb/lp0``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, unquote

from desktop.domain.validation import unsafe_characters

THERMAL_PAPERS = ("80mm", "58mm")
DEFAULT_DOTS = {"80mm": 576, "58mm": 384}  # a 203 dpi head: 72 mm and 48 mm printable
DOTS_MIN, DOTS_MAX = 256, 832
FONT_A_DOTS = 12  # the width of one character of font A (12 x 24 dots)
# The code page the printer is set to (ESC t): PC858 (PC850 with the euro sign) by default.
CODE_PAGES = ("CP858", "CP850", "CP437", "CP1252")
DEFAULT_CODE_PAGE = "CP858"
DEFAULT_TCP_PORT = 9100
URI_MAX = 300
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)

_QUEUE = re.compile(r"[A-Za-z0-9_.@-]{1,127}")
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]+\]")
_USB_ID = re.compile(r"([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})")
_ENDPOINT = re.compile(r"0x[0-9A-Fa-f]{1,2}")
_WINDOWS_DRIVE = re.compile(r"/[A-Za-z]:/")


class PrinterKind(StrEnum):
    """How PagoDesk reaches the printer."""

    TCP = "tcp"
    USB = "usb"
    SERIAL = "serial"
    WIN32RAW = "win32raw"
    CUPS = "cups"
    FILE = "file"


class PrinterUriError(ValueError):
    """A printer URI that cannot be used; ``code`` is stable (the screen words it)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PrinterAddress:
    """A parsed printer URI: ``target`` is the host, device, printer, queue or path."""

    kind: PrinterKind
    target: str
    port: int | None = None  # tcp
    vendor: int | None = None  # usb
    product: int | None = None  # usb
    options: tuple[tuple[str, str], ...] = ()

    def option(self, name: str) -> str | None:
        return dict(self.options).get(name)

    @property
    def uri(self) -> str:
        """The URI in its usual spelling (the default port written out)."""
        if self.kind is PrinterKind.TCP:
            base = f"tcp://{self.target}:{self.port}"
        elif self.kind is PrinterKind.FILE or (
            self.kind is PrinterKind.SERIAL and self.target.startswith("/")
        ):
            base = f"{self.kind.value}://{'' if self.target.startswith('/') else '/'}{self.target}"
        else:
            base = f"{self.kind.value}://{self.target}"
        query = "&".join(f"{key}={value}" for key, value in self.options)
        return f"{base}?{query}" if query else base


_OPTIONS = {
    PrinterKind.USB: ("in_ep", "out_ep"),
    PrinterKind.SERIAL: ("baudrate",),
}


def parse_printer_uri(text: str) -> PrinterAddress:
    """``text`` as a printer address, or ``PrinterUriError`` saying what is wrong."""
    uri = text.strip()
    if not uri:
        raise PrinterUriError("printer_uri_missing", "no printer URI")
    if len(uri) > URI_MAX or unsafe_characters(uri):
        raise PrinterUriError("printer_uri_target", "the printer URI is too long or not text")
    scheme, separator, rest = uri.partition("://")
    try:
        kind = PrinterKind(scheme.lower())
    except ValueError:
        kinds = ", ".join(f"{k.value}://" for k in PrinterKind)
        raise PrinterUriError(
            "printer_uri_kind", f"a printer URI starts with one of {kinds}"
        ) from None
    if not separator:
        raise PrinterUriError("printer_uri_kind", f"write {kind.value}://…")
    rest, _, query = rest.partition("?") if kind is not PrinterKind.WIN32RAW else (rest, "", "")
    options = _options(kind, query)
    if kind is PrinterKind.TCP:
        return _tcp(rest, options)
    if kind is PrinterKind.USB:
        return _usb(rest, options)
    target = unquote(rest)
    if kind is PrinterKind.FILE:
        return PrinterAddress(kind, _path(target), options=options)
    if kind is PrinterKind.SERIAL:
        device = target if target.startswith("/") else target.strip("/")
        if not device or " " in device:
            raise PrinterUriError("printer_uri_target", "serial://COM3 or serial:///dev/ttyUSB0")
        return PrinterAddress(kind, device, options=options)
    if kind is PrinterKind.CUPS:
        if not _QUEUE.fullmatch(target):
            raise PrinterUriError("printer_uri_target", "cups:// takes the queue's name")
        return PrinterAddress(kind, target)
    name = target.strip()
    if not name or len(name) > 200:
        raise PrinterUriError("printer_uri_target", "win32raw:// takes the printer's name")
    return PrinterAddress(kind, name)


def _options(kind: PrinterKind, query: str) -> tuple[tuple[str, str], ...]:
    pairs = parse_qsl(query, keep_blank_values=True) if query else []
    allowed = _OPTIONS.get(kind, ())
    for key, value in pairs:
        if key not in allowed:
            raise PrinterUriError("printer_uri_option", f"{kind.value}:// has no option {key!r}")
        if key == "baudrate" and not (value.isdigit() and int(value) in BAUD_RATES):
            raise PrinterUriError("printer_uri_option", "baudrate: 9600, 19200, 38400, 115200…")
        if key in ("in_ep", "out_ep") and not _ENDPOINT.fullmatch(value):
            raise PrinterUriError("printer_uri_option", f"{key} is a hex endpoint like 0x01")
    return tuple(pairs)


def _tcp(rest: str, options: tuple[tuple[str, str], ...]) -> PrinterAddress:
    host, port = rest.rstrip("/"), DEFAULT_TCP_PORT
    if not host.endswith("]") and ":" in host:
        host, _, number = host.rpartition(":")
        if not number.isdigit() or not 0 < int(number) < 65536:
            raise PrinterUriError("printer_uri_port", "the port is a number from 1 to 65535")
        port = int(number)
    if not _HOST.fullmatch(host) or "/" in rest.rstrip("/"):
        raise PrinterUriError("printer_uri_target", "tcp://host[:port], e.g. tcp://192.168.1.50")
    return PrinterAddress(PrinterKind.TCP, host, port=port, options=options)


def _usb(rest: str, options: tuple[tuple[str, str], ...]) -> PrinterAddress:
    found = _USB_ID.fullmatch(rest.rstrip("/"))
    if not found:
        raise PrinterUriError("printer_uri_usb", "usb://VID:PID in hex, e.g. usb://04b8:0202")
    vendor, product = int(found.group(1), 16), int(found.group(2), 16)
    target = f"{vendor:04x}:{product:04x}"
    return PrinterAddress(PrinterKind.USB, target, vendor=vendor, product=product, options=options)


def _path(target: str) -> str:
    """The absolute path of ``file://``: ``/home/x`` or, on Windows, ``C:/x``."""
    if _WINDOWS_DRIVE.match(target):
        return target[1:]
    if not target.startswith("/") or target.rstrip("/") == "":
        raise PrinterUriError("printer_uri_target", "file:// takes an absolute path")
    return target


def default_dots(paper: str) -> int:
    """Dots per line of a 203 dpi head on that paper (576 on 80 mm, 384 on 58 mm)."""
    return DEFAULT_DOTS.get(paper, DEFAULT_DOTS["80mm"])


def columns(dots: int) -> int:
    """Characters of font A per line: 48 on 576 dots, 32 on 384."""
    return max(16, dots // FONT_A_DOTS)
