"""API health from the exchange log (both engines): what counts as a failure, the windows,
percentiles, the last problems, and the indicator's level; real requests to the sandbox
classify as a merchant would read them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from desktop.domain.money import Currency
from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import ApiRefused, CipRequest, PagoEfectivoClient, ServerError
from desktop.sandbox import SandboxServer
from desktop.services.api_health import ApiHealth, Level, Thresholds, percentile
from desktop.services.issuing import IssueService
from desktop.services.sync import SyncService
from desktop.store.engine import session_scope
from desktop.store.notifications import WebhookNotification
from desktop.store.tables import ApiExchange
from tests.staffing import person

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


def logged(
    engine: Engine,
    ago: timedelta,
    status: int | None,
    code: str | None = "100",
    ms: float = 100.0,
    path: str = "/v1/cips/search",
) -> None:
    body = json.dumps({"code": code, "message": f"mensaje {code}"}) if code else ""
    with session_scope(engine) as session:
        session.add(
            ApiExchange(
                profile="demo",
                started_at=NOW - ago,
                method="POST",
                path=path,
                status=status,
                duration_ms=ms,
                response_body=body,
                error=None if status else "no answer: ReadTimeout",
            )
        )


def health(engine: Engine, **limits: object) -> ApiHealth:
    return ApiHealth(engine, "demo", clock=lambda: NOW, thresholds=Thresholds(**limits))  # type: ignore[arg-type]


def test_failures_refusals_and_windows(engine: Engine) -> None:
    minute = timedelta(minutes=1)
    for n in range(18):
        logged(engine, minute * (n + 1), 200, ms=100 + n)  # the last hour: 18 fine
    logged(engine, minute * 20, 500, "166")  # PagoEfectivo's internal error
    logged(engine, minute * 25, None, None)  # no answer
    logged(engine, minute * 30, 400, "111")  # a refused request: the merchant's data
    logged(engine, timedelta(hours=5), 503, None)  # a gateway error, earlier today
    logged(engine, timedelta(days=3), 429, None)  # throttled, this week
    logged(engine, timedelta(days=9), 500, "166")  # older than every window

    report = health(engine).report()

    hour, day, week = report.windows
    assert (hour.label, hour.requests, hour.ok, hour.failed, hour.refused) == ("1h", 21, 18, 2, 1)
    assert hour.success_percent == pytest.approx(100 * 18 / 20)
    assert hour.problems == {"166": 1, "sin respuesta": 1, "111": 1}
    assert (day.requests, day.failed) == (22, 3) and day.problems["HTTP 503"] == 1
    assert (week.requests, week.failed) == (23, 4) and week.problems["HTTP 429"] == 1
    assert hour.p50_ms == 107.0 and hour.p95_ms == 116.0  # answered ones, nearest rank
    assert [p.code for p in report.last_problems] == [
        "166",
        "sin respuesta",
        "111",
        "HTTP 503",
        "HTTP 429",
    ]
    assert [p.failed for p in report.last_problems] == [True, True, False, True, True]
    assert report.last_problems[0].message == "mensaje 166"
    assert report.level is Level.BAD and report.reasons == ("success_low",)  # 90 % < 95 %
    hours = report.hours  # the chart: 24 hours on the hour, the current one last
    assert len(hours) == 24 and hours[0].start == NOW - timedelta(hours=23)
    assert (hours[22].ok, hours[22].refused, hours[22].failed) == (18, 1, 2)  # 14:00-15:00
    assert hours[18].failed == 1 and sum(h.ok + h.refused + h.failed for h in hours) == 22


def test_the_level_needs_enough_requests_and_follows_the_thresholds(engine: Engine) -> None:
    logged(engine, timedelta(minutes=5), 200)
    logged(engine, timedelta(minutes=6), 502, None)
    assert health(engine).report().level is Level.OK  # two requests judge nothing
    for n in range(30):
        logged(engine, timedelta(minutes=7 + n), 200)
    report = health(engine).report(["1h"])
    assert report.windows[0].success_percent == pytest.approx(100 * 31 / 32)
    assert report.level is Level.WARNING and report.reasons == ("success_low",)
    assert health(engine, warning_percent=95.0).report().level is Level.OK


def test_an_empty_log_is_fine_and_percentiles_are_nearest_rank(engine: Engine) -> None:
    report = health(engine).report()
    assert report.level is Level.OK and report.last_problems == ()
    assert all(w.requests == 0 and w.success_percent is None for w in report.windows)
    assert percentile([], 50) is None
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.0 and percentile([5.0], 95) == 5.0


def test_real_requests_to_the_sandbox_classify_and_a_silent_webhook_warns(
    engine: Engine, sandbox: SandboxServer, service_client: PagoEfectivoClient
) -> None:
    issuer = IssueService(engine, service_client, "demo", actor=person("Ana (caja 1)"))
    data = IssueInput(amount="10.00", email="cliente@example.pe", expires_in=timedelta(hours=48))
    cip = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher.cip or 0
    sandbox.faults.add("error", status=502, count=1, method="POST", path="/v1/cips/search")
    with pytest.raises(ServerError):
        service_client.search_cips([cip])
    zero = CipRequest(Currency.PEN, Decimal("0.00"), "PD-CERO", "cliente@example.pe")
    with pytest.raises(ApiRefused) as refused:
        service_client.create_cip(zero)
    sandbox.pay(cip)  # paid, and no notification (no webhook configured): polling finds it
    assert SyncService(engine, service_client, "demo").run().changed

    report = ApiHealth(engine, "demo").report(["1h"])
    (hour,) = report.windows
    assert (hour.failed, hour.refused, hour.ok) == (1, 1, hour.requests - 2) and hour.ok >= 3
    assert [(p.code, p.failed) for p in report.last_problems] == [
        (refused.value.code, False),
        ("HTTP 502", True),
    ]
    assert report.webhook.received == 0 and report.webhook.last_received_at is None
    assert report.reasons == ("webhook_silent",) and report.level is Level.WARNING

    with session_scope(engine) as session:
        session.add(
            WebhookNotification(
                profile="demo",
                received_at=datetime.now(UTC),
                body_sha256="0" * 64,
                outcome="bad_signature",
                http_status=401,
            )
        )
    report = ApiHealth(engine, "demo").report(["1h"])
    assert report.webhook.received == 1 and report.webhook.refused == {"bad_signature": 1}
    assert report.reasons == ()  # notifications arrive again: their refusals are the story
