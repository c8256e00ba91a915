"""The print service over the real parts: a voucher issued on the sandbox and stored, printed
on a network printer on loopback as the settings or the caller name it; the Cierre del día
and the test page as tickets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.domain.settings import GeneralSettings
from desktop.domain.validation import IssueInput, validate_issue
from desktop.receipts.model import Merchant
from desktop.services.issuing import IssueService
from desktop.services.lookup import VoucherLookup
from desktop.services.printing import (
    NoPrinter,
    NoReceipt,
    PrinterFailure,
    PrintService,
    Timeouts,
)
from desktop.store.tables import Voucher
from tests.printing.escpos_reader import decode_codes, read_ticket, render
from tests.printing.fake_printer import NO_PAPER, fake_printer
from tests.services.test_closing import report_for, seed_day

MERCHANT = Merchant("Bodega Doña Núñez", "20100070970")
FAST = Timeouts(connect=2.0, write=2.0, status=0.3)


def issued(issuer: IssueService) -> Voucher:
    data = IssueInput(amount="1500.15", email="jose@example.pe", first_name="José María")
    voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    assert voucher.cip is not None
    return voucher


def service(engine: Engine, general: GeneralSettings, now: datetime) -> PrintService:
    return PrintService(
        VoucherLookup(engine, "demo"),
        lambda: MERCHANT,
        lambda: general,
        environment="demo",
        clock=lambda: now,
        timeouts=FAST,
    )


def test_the_configured_printer_gets_the_stored_voucher(
    issuer: IssueService, engine: Engine, tmp_path: Path
) -> None:
    voucher = issued(issuer)
    now = voucher.created_at + timedelta(minutes=1)
    with fake_printer() as printer:
        general = GeneralSettings(printer_uri=printer.uri, printer_paper="58mm", printer_dots=384)
        printing = service(engine, general, now)
        assert printing.configured
        delivery = printing.print_voucher(str(voucher.cip), copies=2)
        (job,) = printer.wait_jobs()

    assert (
        delivery.copies == 2
        and job
        == printing.voucher_bytes(
            VoucherLookup(engine, "demo").find(str(voucher.cip)), printing.printer()
        )
        * 2
    )
    ticket = read_ticket(job[: len(job) // 2])
    assert "DEMO - SIN VALOR" in ticket.text and "S/ 1,500.15" in ticket.text
    assert "José María" in ticket.text and "-" * 32 in ticket.text.splitlines()
    paper = render(ticket, 384)
    paper.save(tmp_path / "voucher-58mm.png")
    assert decode_codes(paper) == {"qr": [voucher.cip_url], "code128": [str(voucher.cip)]}


def test_a_printer_given_for_one_job_wins(issuer: IssueService, engine: Engine) -> None:
    voucher = issued(issuer)
    with fake_printer() as printer:
        printing = service(engine, GeneralSettings(), voucher.created_at)
        assert not printing.configured
        with pytest.raises(NoPrinter):
            printing.print_voucher(str(voucher.cip))
        printing.print_voucher(f"#{voucher.id}", uri=printer.uri, paper="80mm")
        (job,) = printer.wait_jobs()
    assert "-" * 48 in read_ticket(job).text.splitlines()  # 576 dots: 48 columns


def test_a_failed_job_leaves_the_voucher_as_it_was(issuer: IssueService, engine: Engine) -> None:
    voucher = issued(issuer)
    lookup = VoucherLookup(engine, "demo")
    before = lookup.find(str(voucher.cip))
    with fake_printer(NO_PAPER) as printer:
        printing = service(engine, GeneralSettings(printer_uri=printer.uri), voucher.created_at)
        with pytest.raises(PrinterFailure) as failure:
            printing.print_voucher(str(voucher.cip))
    assert failure.value.code == "no_paper"
    assert lookup.find(str(voucher.cip)) == before


def test_only_confirmed_cips_reach_the_printer(issuer: IssueService, engine: Engine) -> None:
    refused = issuer.issue(
        validate_issue(IssueInput(amount="1.00", email="x@example.pe"), datetime.now(UTC))
    ).voucher
    with fake_printer() as printer:
        printing = service(engine, GeneralSettings(printer_uri=printer.uri), datetime.now(UTC))
        unconfirmed = replace(lookup_view(engine, refused.id or 0), status="issuing", cip=None)
        with pytest.raises(NoReceipt):
            printing.voucher_bytes(unconfirmed, printing.printer())
        assert printer.jobs == []


def lookup_view(engine: Engine, voucher_id: int):  # type: ignore[no-untyped-def]
    return VoucherLookup(engine, "demo").find(f"#{voucher_id}")


def test_the_day_report_prints_as_a_ticket(engine: Engine, tmp_path: Path) -> None:
    seed_day(engine, tmp_path)
    report = report_for(engine)
    with fake_printer() as printer:
        printing = service(engine, GeneralSettings(printer_uri=printer.uri), datetime.now(UTC))
        printing.print_day_report(report)
        (job,) = printer.wait_jobs()
    ticket = read_ticket(job)
    text = ticket.text
    assert "CIERRE DEL DÍA" in text and "Jueves 26 de noviembre de 2026" in text
    assert "Cajero: Ana" in text and "Soles (S/)" in text and "Dólares (US$)" in text
    assert "Conciliación manual hecha por Carla (supervisora)" in " ".join(text.split())
    assert "DEMO - SIN VALOR" in text and ticket.blocks[-1].kind == "cut"
    render(ticket, 576).save(tmp_path / "closing.png")


def test_the_sample_shows_the_code_page_and_the_width(engine: Engine, tmp_path: Path) -> None:
    with fake_printer() as printer:
        general = GeneralSettings(printer_uri=printer.uri, printer_codepage="CP850")
        service(engine, general, datetime.now(UTC)).print_sample()
        (job,) = printer.wait_jobs()
    ticket = read_ticket(job)
    assert ticket.code_pages == [2]
    assert "José María Núñez Peña" in ticket.text and "S/ 1,500.15" in ticket.text
    assert "123456789012345678901234567890123456789012345678" in ticket.text
    paper = render(ticket, 576)
    paper.save(tmp_path / "sample.png")
    assert decode_codes(paper)["code128"] == ["12345678"]
