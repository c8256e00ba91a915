"""One connection per printer kind: python-escpos' own backends for the network, USB, serial
and the Windows spooler; ``lp -o raw`` for a CUPS queue; a plain file. Every failure of the
system is turned into a ``PrinterFailure`` with its code here, once."""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.domain.printers import PrinterAddress, PrinterKind
from desktop.escpos_lib import escpos
from desktop.printers.errors import PrinterFailure

JOB_TITLE = "PagoDesk"


@dataclass(frozen=True)
class Timeouts:
    """Seconds: to connect, to write a job, to wait for a status answer."""

    connect: float = 4.0
    write: float = 20.0
    status: float = 0.8


class Connection(Protocol):
    """An open way to the printer. ``ask`` sends a real-time query and returns the answer
    (None when none came in time); ``asks`` says whether the printer can answer at all."""

    asks: bool

    def ask(self, query: bytes) -> bytes | None: ...

    def write(self, data: bytes) -> None: ...

    def finish(self) -> None: ...

    def close(self) -> None: ...


def open_connection(address: PrinterAddress, timeouts: Timeouts) -> Connection:
    """Connect to the printer ``address`` names; ``PrinterFailure`` when it cannot."""
    openers: dict[PrinterKind, Callable[[PrinterAddress, Timeouts], Connection]] = {
        PrinterKind.TCP: _Tcp,
        PrinterKind.USB: _Usb,
        PrinterKind.SERIAL: _Serial,
        PrinterKind.WIN32RAW: _Win32Raw,
        PrinterKind.CUPS: _Cups,
        PrinterKind.FILE: _File,
    }
    return openers[address.kind](address, timeouts)


def _reason(error: BaseException | None) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error or "")


def socket_failure(error: BaseException | None) -> PrinterFailure:
    """The code of a network error: no such host, no answer in time, or no way there."""
    if isinstance(error, socket.gaierror):
        return PrinterFailure("unknown_host", _reason(error))
    if isinstance(error, TimeoutError):
        return PrinterFailure("timeout", _reason(error))
    if isinstance(error, (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)):
        return PrinterFailure("write_failed", _reason(error))
    return PrinterFailure("unreachable", _reason(error))


class _Tcp:
    """A network printer on its raw port (9100), through python-escpos' Network."""

    asks = True

    def __init__(self, address: PrinterAddress, timeouts: Timeouts) -> None:
        lib = escpos()
        self._timeouts = timeouts
        host = address.target.strip("[]")
        self._printer = lib["printer"].Network(host, address.port, timeout=timeouts.connect)
        try:
            self._printer.open()
        except lib["exceptions"].DeviceNotFoundError as exc:
            raise socket_failure(exc.__context__) from None
        self._socket: socket.socket = self._printer.device

    def ask(self, query: bytes) -> bytes | None:
        self._socket.settimeout(self._timeouts.status)
        try:
            self._socket.sendall(query)
            return self._socket.recv(1) or None
        except TimeoutError:
            return None
        except OSError as exc:
            raise socket_failure(exc) from None

    def write(self, data: bytes) -> None:
        self._socket.settimeout(self._timeouts.write)
        try:
            self._printer._raw(data)
        except OSError as exc:
            raise socket_failure(exc) from None

    def finish(self) -> None:
        """Say the job is over and read what the printer still sends until it closes: a
        socket closed with unread data resets the connection, and some printers then drop
        what they had not printed yet."""
        self._socket.settimeout(self._timeouts.status)
        try:
            self._socket.shutdown(socket.SHUT_WR)
            while self._socket.recv(1024):
                pass
        except OSError:
            return  # the job was handed over; the printer closing late is no failure

    def close(self) -> None:
        self._printer.close()


class _Usb:
    """A USB printer by vendor and product id (pyusb and libusb, through python-escpos)."""

    asks = True

    def __init__(self, address: PrinterAddress, timeouts: Timeouts) -> None:
        lib = escpos()
        try:
            import usb.core
        except ImportError:  # pragma: no cover - a build without pyusb
            raise PrinterFailure("no_usb_backend", "pyusb") from None
        self._usb = usb.core
        self._timeouts = timeouts
        self._in = int(address.option("in_ep") or "0x82", 16)
        out = int(address.option("out_ep") or "0x01", 16)
        self._printer = lib["printer"].Usb(
            address.vendor,
            address.product,
            timeout=int(timeouts.write * 1000),
            in_ep=self._in,
            out_ep=out,
        )
        try:
            self._printer.open()
        except usb.core.NoBackendError as exc:
            raise PrinterFailure("no_usb_backend", str(exc)) from None
        except lib["exceptions"].DeviceNotFoundError as exc:
            cause = exc.__context__
            denied = isinstance(cause, usb.core.USBError) and cause.errno == errno.EACCES
            raise PrinterFailure("denied" if denied else "not_found", _reason(cause)) from None

    def ask(self, query: bytes) -> bytes | None:
        try:
            self._printer._raw(query)
            answer = self._printer.device.read(self._in, 16, int(self._timeouts.status * 1000))
        except self._usb.USBError:
            return None
        return bytes(answer) or None

    def write(self, data: bytes) -> None:
        try:
            self._printer._raw(data)
        except self._usb.USBTimeoutError as exc:
            raise PrinterFailure("timeout", _reason(exc)) from None
        except self._usb.USBError as exc:
            raise PrinterFailure("write_failed", _reason(exc)) from None

    def finish(self) -> None:
        pass

    def close(self) -> None:
        with contextlib.suppress(Exception):  # already unplugged: nothing left to release
            self._printer.close()


class _Serial:
    """A serial port (COM3, /dev/ttyUSB0) through python-escpos' Serial (pyserial)."""

    asks = True

    def __init__(self, address: PrinterAddress, timeouts: Timeouts) -> None:
        lib = escpos()
        import serial

        self._serial = serial
        baud = int(address.option("baudrate") or "9600")
        self._printer = lib["printer"].Serial(address.target, baud, timeout=timeouts.status)
        try:
            self._printer.open()
        except lib["exceptions"].DeviceNotFoundError as exc:
            cause = exc.__context__
            code = "denied" if getattr(cause, "errno", None) == errno.EACCES else "not_found"
            raise PrinterFailure(code, _reason(cause)) from None
        self._printer.device.write_timeout = timeouts.write

    def ask(self, query: bytes) -> bytes | None:
        try:
            self._printer._raw(query)
            return bytes(self._printer.device.read(1)) or None
        except self._serial.SerialException:
            return None

    def write(self, data: bytes) -> None:
        try:
            self._printer._raw(data)
            self._printer.device.flush()
        except self._serial.SerialTimeoutException as exc:
            raise PrinterFailure("timeout", str(exc)) from None
        except (self._serial.SerialException, OSError) as exc:
            raise PrinterFailure("write_failed", _reason(exc)) from None

    def finish(self) -> None:
        pass

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._printer.close()


class _Win32Raw:
    """A Windows printer fed raw data through the spooler (no driver swap needed)."""

    asks = False

    def __init__(self, address: PrinterAddress, timeouts: Timeouts) -> None:
        if sys.platform != "win32":
            raise PrinterFailure("windows_only", address.target)
        lib = escpos()
        self._printer: Any = lib["printer"].Win32Raw(address.target)
        try:
            self._printer.open(job_name=JOB_TITLE)
        except RuntimeError as exc:  # pywin32 missing
            raise PrinterFailure("windows_only", str(exc)) from None
        except lib["exceptions"].DeviceNotFoundError as exc:
            raise PrinterFailure("not_found", _reason(exc.__context__)) from None

    def ask(self, query: bytes) -> bytes | None:
        return None

    def write(self, data: bytes) -> None:
        try:
            self._printer._raw(data)
        except Exception as exc:  # pywintypes.error: the spooler's own words
            raise PrinterFailure("write_failed", str(exc)) from None

    def finish(self) -> None:
        pass

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._printer.close()  # ends the document: the spooler prints it


class _Cups:
    """A CUPS queue fed raw: the job is handed to ``lp -d QUEUE -o raw`` when complete."""

    asks = False

    def __init__(self, address: PrinterAddress, timeouts: Timeouts) -> None:
        self._queue = address.target
        self._timeout = timeouts.write
        self._data: list[bytes] = []

    def ask(self, query: bytes) -> bytes | None:
        return None

    def write(self, data: bytes) -> None:
        self._data.append(data)

    def finish(self) -> None:
        command = ["lp", "-d", self._queue, "-o", "raw", "-t", JOB_TITLE]
        try:
            done = subprocess.run(
                command, input=b"".join(self._data), capture_output=True, timeout=self._timeout
            )
        except FileNotFoundError:
            raise PrinterFailure("no_cups", "lp") from None
        except subprocess.TimeoutExpired:
            raise PrinterFailure("timeout", "lp") from None
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()
            line = said[-1] if said else f"lp: exit {done.returncode}"
            missing = "does not exist" in line or "no existe" in line
            raise PrinterFailure("not_found" if missing else "cups_refused", line)

    def close(self) -> None:
        self._data.clear()


class _File:
    """Bytes appended to a file (or a device file such as /dev/usb/lp0)."""

    asks = False

    def __init__(self, address: PrinterAddress, timeouts: Timeouts) -> None:
        try:
            self._fd: int | None = os.open(
                address.target, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _BINARY, 0o600
            )
        except OSError as exc:
            raise file_failure(exc) from None

    def ask(self, query: bytes) -> bytes | None:
        return None

    def write(self, data: bytes) -> None:
        assert self._fd is not None
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            raise file_failure(exc) from None

    def finish(self) -> None:
        pass

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


_BINARY: int = getattr(os, "O_BINARY", 0)


def file_failure(error: OSError) -> PrinterFailure:
    if isinstance(error, PermissionError):
        return PrinterFailure("denied", _reason(error))
    if isinstance(error, (FileNotFoundError, IsADirectoryError, NotADirectoryError)):
        return PrinterFailure("not_found", _reason(error))
    return PrinterFailure("write_failed", _reason(error))
