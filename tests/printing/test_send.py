"""Sending a job: every kind of printer URI over a real channel (a loopback socket, a file, a
pseudo-terminal as serial port, the ``lp`` command), and each way it fails, with its code."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from desktop.domain.printers import parse_printer_uri
from desktop.printers import PrinterFailure, Timeouts, send
from desktop.receipts.escpos_ticket import voucher_ticket
from desktop.receipts.escpos_writer import TicketLayout
from tests.printing.fake_printer import COVER_OPEN, NEAR_END, NO_PAPER, fake_printer
from tests.receipts.helpers import MERCHANT, voucher

FAST = Timeouts(connect=2.0, write=2.0, status=0.3)


@pytest.fixture(scope="module")
def job() -> bytes:
    return voucher_ticket(voucher(), MERCHANT, TicketLayout("80mm", 576))


def test_a_file_printer_gets_the_same_bytes_as_the_network_one(job: bytes, tmp_path: Path) -> None:
    target = tmp_path / "ticket.bin"
    with fake_printer() as printer:
        send(parse_printer_uri(printer.uri), job, copies=2, timeouts=FAST)
        (network,) = printer.wait_jobs()
    delivery = send(parse_printer_uri(f"file://{target}"), job, copies=2)

    assert network == job + job == target.read_bytes()
    assert delivery.status is None and delivery.copies == 2 and delivery.size == len(job)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_printer_that_never_answers_still_prints(job: bytes) -> None:
    with fake_printer({}) as printer:
        delivery = send(parse_printer_uri(printer.uri), job, timeouts=FAST)
        (printed,) = printer.wait_jobs()
    assert printed == job and delivery.status is None
    assert printer.queries == [[4]]  # no answer to the paper sensor: it asks nothing more


@pytest.mark.parametrize(("status", "code"), [(NO_PAPER, "no_paper"), (COVER_OPEN, "cover_open")])
def test_a_printer_that_cannot_print_gets_nothing(
    job: bytes, status: dict[int, bytes], code: str
) -> None:
    with fake_printer(status) as printer:
        with pytest.raises(PrinterFailure) as failure:
            send(parse_printer_uri(printer.uri), job, timeouts=FAST)
        assert printer.wait_jobs() == [b""]  # asked, then left: nothing half printed
    assert failure.value.code == code


def test_paper_near_its_end_is_said_but_prints(job: bytes) -> None:
    with fake_printer(NEAR_END) as printer:
        delivery = send(parse_printer_uri(printer.uri), job, timeouts=FAST)
        assert printer.wait_jobs() == [job]
    assert delivery.status is not None and delivery.status.paper_near_end


def test_nobody_listening_is_unreachable(job: bytes) -> None:
    with fake_printer() as printer:
        uri = printer.uri
    with pytest.raises(PrinterFailure) as failure:
        send(parse_printer_uri(uri), job, timeouts=FAST)
    assert failure.value.code == "unreachable"


def test_a_jammed_printer_times_out(job: bytes) -> None:
    """It takes the connection and never reads: the write gives up after its timeout."""
    with fake_printer({}, reads=False) as printer:
        with pytest.raises(PrinterFailure) as failure:
            send(parse_printer_uri(printer.uri), job * 2000, timeouts=Timeouts(2.0, 0.5, 0.2))
    assert failure.value.code == "timeout"


def test_a_file_in_a_missing_folder_is_not_found(job: bytes, tmp_path: Path) -> None:
    with pytest.raises(PrinterFailure) as failure:
        send(parse_printer_uri(f"file://{tmp_path}/no/ticket.bin"), job)
    assert failure.value.code == "not_found"


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_a_serial_printer_answers_and_prints(job: bytes) -> None:
    master, slave = os.openpty()
    received = bytearray()

    def printer_side() -> None:  # answers the two status queries, then reads the job
        while len(received) < 6:
            received.extend(os.read(master, 3))
            os.write(master, b"\x12")
        while len(received) < 6 + len(job):
            received.extend(os.read(master, 65536))

    reader = threading.Thread(target=printer_side, daemon=True)
    reader.start()
    try:
        uri = f"serial://{os.ttyname(slave)}?baudrate=19200"
        delivery = send(parse_printer_uri(uri), job, timeouts=FAST)
        reader.join(5)
    finally:
        os.close(slave)
        os.close(master)
    assert bytes(received) == b"\x10\x04\x04\x10\x04\x02" + job
    assert delivery.status is not None and not delivery.status.problem


def test_a_missing_serial_port_is_not_found(job: bytes) -> None:
    with pytest.raises(PrinterFailure) as failure:
        send(parse_printer_uri("serial:///dev/ttyNOSUCHPORT"), job, timeouts=FAST)
    assert failure.value.code == "not_found"


def _lp(folder: Path, script: str) -> None:
    """An ``lp`` command on PATH standing in for CUPS' own (the system edge)."""
    folder.mkdir()
    tool = folder / "lp"
    tool.write_text("#!/bin/sh\n" + script)
    tool.chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason="CUPS")
def test_a_cups_queue_gets_the_job_raw(
    job: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _lp(tmp_path / "bin", f'echo "$@" > {tmp_path}/args\ncat > {tmp_path}/job\n')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.defpath}")
    send(parse_printer_uri("cups://ticketera"), job, copies=2)
    assert (tmp_path / "args").read_text().split() == [
        "-d",
        "ticketera",
        "-o",
        "raw",
        "-t",
        "PagoDesk",
    ]
    assert (tmp_path / "job").read_bytes() == job + job


@pytest.mark.skipif(sys.platform == "win32", reason="CUPS")
def test_cups_problems_are_named(
    job: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(PrinterFailure) as failure:
        send(parse_printer_uri("cups://ticketera"), job)
    assert failure.value.code == "no_cups"

    _lp(tmp_path / "bin", 'echo "lp: The printer or class does not exist." >&2\nexit 1\n')
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(PrinterFailure) as failure:
        send(parse_printer_uri("cups://otra"), job)
    assert failure.value.code == "not_found"
    assert failure.value.detail == "lp: The printer or class does not exist."


def test_usb_without_libusb_or_printer_says_so(job: bytes) -> None:
    with pytest.raises(PrinterFailure) as failure:
        send(parse_printer_uri("usb://04b8:0e28"), job, timeouts=FAST)
    assert failure.value.code in ("no_usb_backend", "not_found")


@pytest.mark.skipif(sys.platform == "win32", reason="the spooler is Windows' own")
def test_the_windows_spooler_is_refused_elsewhere(job: bytes) -> None:
    with pytest.raises(PrinterFailure) as failure:
        send(parse_printer_uri("win32raw://EPSON TM-T20II Receipt"), job)
    assert failure.value.code == "windows_only"
