"""Issue round trip: voucher stored, CIP from the in-process sandbox, exchange log written."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import Engine

from desktop.domain.limatime import utc_now
from desktop.domain.validation import IssueInput, ValidIssue, validate_issue
from desktop.pagoefectivo import Credentials, PagoEfectivoClient
from desktop.sandbox import DEMO_CONFIG, SandboxServer
from desktop.services.exchange_log import StoreLogSink
from desktop.services.issuing import IssueService, Outcome
from desktop.store.engine import open_store, sqlite_url
from tests.bench.harness import median_ms, report
from tests.staffing import person

PROFILE = "demo"
TARGET_MS = 50.0


def verdict(figure: float, target: float) -> str:
    """``target <= 50 ms: OK`` or ``... over``."""
    return f"target <= {target:g} ms: {'OK' if figure <= target else 'over'}"


def valid_issue() -> ValidIssue:
    """A typical voucher as staff would type it."""
    typed = IssueInput(
        amount="150.00",
        email="maria.nunez@example.pe",
        concept="Matrícula ciclo 2025-I",
        first_name="María José",
        last_name="Núñez Castañeda",
        doc_type="DNI",
        doc_number="45873120",
        phone="987 654 321",
    )
    return validate_issue(typed, utc_now())


def issue_once(service: IssueService, valid: ValidIssue) -> None:
    """One issue; a benchmark of a failure path would be meaningless, so stop on one."""
    result = service.issue(valid)
    if result.outcome is not Outcome.PENDING:
        raise RuntimeError(f"issue ended {result.outcome}: {result.error}")


def measure(engine: Engine, base_url: str) -> float:
    """Median ms of ``IssueService.issue`` with a client logging into the store."""
    credentials = Credentials(
        DEMO_CONFIG.service_id, DEMO_CONFIG.access_key, DEMO_CONFIG.secret_key
    )
    sink = StoreLogSink(engine, PROFILE)
    with PagoEfectivoClient(base_url, credentials, log_sink=sink) as client:
        service = IssueService(engine, client, PROFILE, actor=person("bench"))
        valid = valid_issue()
        return median_ms(lambda: issue_once(service, valid), repeat=50, warmup=5)


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        engine = open_store(sqlite_url(tmp / "store.sqlite3"))
        try:
            with SandboxServer(DEMO_CONFIG, tmp / "sb.sqlite3") as sandbox:
                issue = measure(engine, sandbox.base_url)
        finally:
            engine.dispose()
    report(
        "Issue round trip vs in-process sandbox (median ms)",
        [("IssueService.issue", issue, f"stored + exchange log; {verdict(issue, TARGET_MS)}")],
    )
