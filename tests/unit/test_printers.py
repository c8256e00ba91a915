"""Printer URIs and the printer settings: what each kind accepts, its usual spelling, and the
code of what is wrong (the screen words it beside the field)."""

from __future__ import annotations

import pytest

from desktop.domain.printers import PrinterKind, columns, default_dots, parse_printer_uri
from desktop.domain.settings import GeneralSettings, SettingsError, problems


@pytest.mark.parametrize(
    ("text", "kind", "target", "uri"),
    [
        ("tcp://192.168.1.50", PrinterKind.TCP, "192.168.1.50", "tcp://192.168.1.50:9100"),
        ("TCP://caja-1.local:9101/", PrinterKind.TCP, "caja-1.local", "tcp://caja-1.local:9101"),
        ("tcp://[fe80::1]:9100", PrinterKind.TCP, "[fe80::1]", "tcp://[fe80::1]:9100"),
        ("usb://04B8:0202", PrinterKind.USB, "04b8:0202", "usb://04b8:0202"),
        (
            "usb://0416:5011?out_ep=0x03",
            PrinterKind.USB,
            "0416:5011",
            "usb://0416:5011?out_ep=0x03",
        ),
        ("serial:///dev/ttyUSB0", PrinterKind.SERIAL, "/dev/ttyUSB0", "serial:///dev/ttyUSB0"),
        (
            "serial://COM3?baudrate=19200",
            PrinterKind.SERIAL,
            "COM3",
            "serial://COM3?baudrate=19200",
        ),
        (
            "win32raw://EPSON TM-T20II Receipt",
            PrinterKind.WIN32RAW,
            "EPSON TM-T20II Receipt",
            "win32raw://EPSON TM-T20II Receipt",
        ),
        ("cups://ticketera", PrinterKind.CUPS, "ticketera", "cups://ticketera"),
        ("file:///tmp/ticket.bin", PrinterKind.FILE, "/tmp/ticket.bin", "file:///tmp/ticket.bin"),
        (
            "file:///C:/tickets/t.bin",
            PrinterKind.FILE,
            "C:/tickets/t.bin",
            "file:///C:/tickets/t.bin",
        ),
    ],
)
def test_each_kind_of_printer(text: str, kind: PrinterKind, target: str, uri: str) -> None:
    address = parse_printer_uri(text)
    assert (address.kind, address.target, address.uri) == (kind, target, uri)
    assert parse_printer_uri(address.uri) == address


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "printer_uri_missing"),
        ("lpt1", "printer_uri_kind"),
        ("http://192.168.1.50", "printer_uri_kind"),
        ("tcp://", "printer_uri_target"),
        ("tcp://192.168.1.50:99999", "printer_uri_port"),
        ("tcp://host/path", "printer_uri_target"),
        ("usb://epson", "printer_uri_usb"),
        ("usb://04b8:0202?out_ep=1", "printer_uri_option"),
        ("serial://COM3?baudrate=12345", "printer_uri_option"),
        ("tcp://192.168.1.50?baudrate=9600", "printer_uri_option"),
        ("cups://mi cola", "printer_uri_target"),
        ("file://relativo/t.bin", "printer_uri_target"),
        ("tcp://caja\x1b[2J", "printer_uri_target"),
    ],
)
def test_what_is_wrong_has_a_code(text: str, code: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_printer_uri(text)
    assert getattr(refused.value, "code", None) == code


def test_paper_dots_and_columns() -> None:
    assert (default_dots("80mm"), default_dots("58mm")) == (576, 384)
    assert (columns(576), columns(512), columns(384)) == (48, 42, 32)


def test_the_printer_settings_are_checked_like_the_others() -> None:
    assert GeneralSettings().printer_uri == ""  # no thermal printer until one is set
    values = {
        "printer_uri": "tcp://",
        "printer_paper": "110mm",
        "printer_dots": 100,
        "printer_codepage": "UTF-8",
        "print_on_issue": 2,
    }
    found = {p.field: p.code for p in problems(values)}
    assert found == {
        "printer_uri": "printer_uri_target",
        "printer_paper": "bad_setting",
        "printer_dots": "dots_out_of_range",
        "printer_codepage": "bad_setting",
        "print_on_issue": "bad_setting",
    }
    with pytest.raises(SettingsError) as refused:
        GeneralSettings.from_json({"printer_uri": "lpt1"})
    assert "general.printer_uri a printer URI starts with" in str(refused.value)
