"""A sync round asks as fast as PagoEfectivo answers and slows down only when it says so
(HTTP 429, 5xx, no answer): against the real sandbox and its faults, the waits recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient, ServerError, Throttled
from desktop.sandbox import SandboxServer
from desktop.services.issuing import IssueService
from desktop.services.sync import SyncService
from desktop.services.sync_pacing import Pacer
from desktop.store.tables import Voucher
from tests.services.helpers import load


def three_paid(issuer: IssueService, sandbox: SandboxServer) -> list[Voucher]:
    data = IssueInput(amount="12.00", email="cliente@example.pe", expires_in=timedelta(hours=48))
    vouchers = []
    for _ in range(3):
        voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
        sandbox.pay(voucher.cip or 0)
        vouchers.append(voucher)
    return vouchers


def syncer(engine: Engine, client: PagoEfectivoClient, waits: list[float]) -> SyncService:
    """The service as the app makes it (no pause), one CIP a request, waits recorded."""
    return SyncService(engine, client, "demo", batch_size=1, sleep=waits.append)


def test_a_round_asks_one_batch_after_the_other_without_a_fixed_pause(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
) -> None:
    three_paid(issuer, sandbox)
    waits: list[float] = []
    report = syncer(engine, service_client, waits).run()
    assert report.finished and report.checked == 3 and len(report.changed) == 3
    assert waits == []  # the app used to sleep 0.2 s between batches: 48 vouchers a second


def test_a_throttled_search_is_asked_again_after_a_growing_wait_then_eases(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
) -> None:
    vouchers = three_paid(issuer, sandbox)
    sandbox.faults.add("error", status=429, count=2, method="POST", path="/v1/cips/search")
    waits: list[float] = []
    report = syncer(engine, service_client, waits).run()
    assert report.finished and report.reached and report.checked == 3
    assert {load(engine, v).status for v in vouchers} == {"paid"}
    # Retry-After: 1 s, then doubled; each good answer halves the wait until none is left.
    assert waits == [1.0, 2.0, 1.0, 0.5]


def test_a_search_failing_on_their_side_stops_the_round_after_three_tries(
    issuer: IssueService,
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
) -> None:
    three_paid(issuer, sandbox)
    fault = sandbox.faults.add(
        "error", status=503, count=None, method="POST", path="/v1/cips/search"
    )
    waits: list[float] = []
    service = syncer(engine, service_client, waits)
    report = service.run()
    assert report.errors and not report.finished and report.checked == 0
    assert waits == [0.25, 0.5] and service.failures == 1
    assert fault.used == 3  # asked three times, then the round gave up


def test_a_refusal_that_will_not_pass_is_not_asked_again() -> None:
    calls: list[int] = []

    def refused() -> None:
        calls.append(1)
        raise ValueError("not a passing problem")

    with pytest.raises(ValueError):
        Pacer(sleep=lambda _s: None).ask(refused)
    assert calls == [1]


def test_the_client_says_throttled_with_the_retry_after(
    sandbox: SandboxServer, service_client: PagoEfectivoClient
) -> None:
    sandbox.faults.add("error", status=429, count=1, method="POST", path="/v1/cips/search")
    with pytest.raises(Throttled) as caught:
        service_client.search_cips([2600001])
    assert caught.value.retry_after == 1.0
    sandbox.faults.add("error", status=502, count=1, method="POST", path="/v1/cips/search")
    with pytest.raises(ServerError):
        service_client.search_cips([2600001])
