"""The go-live check (both engines): every flow through the real services against the
simulator, a clear failure when the simulator loses notifications, only what PagoEfectivo's
pre-production allows against a host without the simulator's admin, and its signed report."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from starlette.responses import PlainTextResponse
from starlette.types import Receive, Scope, Send

from desktop.domain.limatime import utc_now
from desktop.domain.notify_url import RegisteredUrl
from desktop.domain.staff import GOLIVE_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.domain.validation import IssueLimits
from desktop.sandbox import SandboxServer, create_app
from desktop.services.exchange_log import StoreLogSink
from desktop.services.golive import FLOWS, BadReport, FlowStatus, Target, wording
from desktop.services.golive.bench import Bench
from desktop.services.golive.check import CheckSetup, NotATestProfile, run_check, run_flow
from desktop.services.golive.model import CheckResult, FlowResult
from desktop.services.golive.report import read_report, report_key, save_report
from desktop.services.lookup import VoucherLookup
from desktop.services.profiles import DEMO_PROFILE, Environment, Profile
from desktop.services.receiver.server import WebhookServer
from desktop.store.seal import DEMO_KEY
from desktop.threadserver import ThreadedUvicorn, bind_socket, socket_url
from tests.integration.conftest import TEST_CREDENTIALS
from tests.receipts.helpers import page_text

KEY = report_key(DEMO_KEY)


def setup(engine: Engine, base_url: str, profile: Profile = DEMO_PROFILE) -> CheckSetup:
    return CheckSetup(engine, profile, base_url, TEST_CREDENTIALS, GOLIVE_ACTOR, utc_now)


def statuses(result: CheckResult) -> dict[str, FlowStatus]:
    return {flow.code: flow.status for flow in result.flows}


def flow(result: CheckResult, code: str) -> FlowResult:
    return next(f for f in result.flows if f.code == code)


def test_every_flow_passes_against_the_simulator(engine: Engine, sandbox: SandboxServer) -> None:
    heard: list[tuple[str, bool]] = []
    result = run_check(
        setup(engine, sandbox.base_url), lambda code, done: heard.append((code, done is None))
    )

    assert result.passed and result.target is Target.SIMULATOR and len(FLOWS) >= 10
    assert statuses(result) == dict.fromkeys(FLOWS, FlowStatus.PASSED)
    assert heard == [(code, started) for code in FLOWS for started in (True, False)]
    assert [s.code for s in flow(result, "duplicate").steps] == [
        "issued",
        "paid_notified",
        "resent",
        "one_move",
    ]
    assert all(s.ok and s.ms >= 0 for f in result.flows for s in f.steps)
    lookup = VoucherLookup(engine, "demo")
    ((paid_id, _),) = flow(result, "paid_notified").vouchers
    assert lookup.detail(f"#{paid_id}").events[-1].source is EventSource.WEBHOOK
    ((lost_id, _),) = flow(result, "lost_notification").vouchers
    assert lookup.detail(f"#{lost_id}").events[-1].source is EventSource.POLL
    (unconfirmed, retried) = flow(result, "unconfirmed").vouchers
    assert (
        unconfirmed[1] is None and lookup.find(f"#{unconfirmed[0]}").status is VoucherStatus.FAILED
    )
    # Nothing of the check stays payable, here or at PagoEfectivo; the simulator is as it was.
    every = [vid for f in result.flows for vid, _ in f.vouchers]
    assert VoucherStatus.PENDING not in {lookup.find(f"#{vid}").status for vid in every}
    assert lookup.find(f"#{retried[0]}").status is VoucherStatus.ANNULLED
    assert result.cleanup[0].params == {"count": "3"}  # extended, bad signature, retried
    assert sandbox.state.webhook_url is None and sandbox.state.notification_drop is None
    assert sandbox.state.clock_offset.total_seconds() == 0 and sandbox.faults.pending() == []
    assert result.chain_head is not None and result.service_id == TEST_CREDENTIALS.service_id


def test_lost_notifications_fail_it_and_say_why(engine: Engine, sandbox: SandboxServer) -> None:
    sandbox.state.set_notification_drop("all")  # "the sandbox is told to drop notifications"
    result = run_check(setup(engine, sandbox.base_url))

    assert not result.passed
    failed = {code for code, status in statuses(result).items() if status is FlowStatus.FAILED}
    assert failed == {"paid_notified", "duplicate"}  # the sync recovers the lost one
    paid = flow(result, "paid_notified")
    assert paid.steps[-1].code == "notification_dropped" and not paid.steps[-1].ok
    assert "descartando las notificaciones a propósito" in wording.problem(paid)
    assert "DELETE /_sandbox/webhook/drop" in wording.fix(paid)
    assert wording.verdict(result) == "NO APROBADA: 2 de 11 flujos fallaron."
    assert sandbox.state.notification_drop == "all"  # the person's setting is left alone


class WithoutAdmin:
    """PagoEfectivo's pre-production as far as the check can tell: the API, no /_sandbox."""

    def __init__(self, app: object) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/_sandbox"):
            await PlainTextResponse("Not Found", status_code=404)(scope, receive, send)
            return
        await self.app(scope, receive, send)  # type: ignore[operator]


@pytest.fixture
def preproduction(sandbox: SandboxServer) -> Iterator[str]:
    """The sandbox's API (same state) behind a host that has no admin routes."""
    app = create_app(sandbox.config, sandbox.state)
    runner = ThreadedUvicorn("preproduction")
    sock = bind_socket("127.0.0.1", 0)
    runner.serve(WithoutAdmin(app), sock)
    try:
        yield socket_url(sock)
    finally:
        runner.stop()


def test_against_pagoefectivo_only_what_it_allows_runs(engine: Engine, preproduction: str) -> None:
    with WebhookServer(engine, "pruebas", TEST_CREDENTIALS.secret_key) as receiver:
        url = receiver.notification_url
        profile = Profile(
            "pruebas",
            Environment.SANDBOX,
            preproduction,
            TEST_CREDENTIALS.service_id,
            receiver_public_url=url,
            notify_registered=RegisteredUrl(url, date(2026, 1, 10)),
        )
        result = run_check(setup(engine, preproduction, profile))

    assert result.target is Target.PAGOEFECTIVO and result.passed
    ran = {code for code, status in statuses(result).items() if status is FlowStatus.PASSED}
    assert ran == {"notify_url", "annulled", "extended", "bad_signature", "clock_skew"}
    assert result.count(FlowStatus.NOT_APPLICABLE) == 6
    assert wording.verdict(result) == "APROBADA: 5 de 5 flujos superados (6 no aplicables)."
    assert [s.code for s in flow(result, "notify_url").steps] == [
        "public_probed",
        "public_registered",
    ]
    assert [s.code for s in flow(result, "clock_skew").steps] == ["clock_base"]

    # The receiver's URL is checked there, not skipped: none, gone, or not the registered one.
    bare = replace(profile, receiver_public_url=None, notify_registered=None)
    notify = run_flow(bench_of(engine, preproduction, bare), "notify_url")
    assert (notify.status, notify.steps[-1].code) == (FlowStatus.FAILED, "public_url_missing")
    assert "pagodesk profile notify-url --set URL" in wording.fix(notify)
    notify = run_flow(bench_of(engine, preproduction, profile), "notify_url")  # receiver gone
    assert notify.steps[-1].code == "public_unreachable"
    assert notify.steps[-1].params["error"] == "ConnectError"
    with WebhookServer(engine, "pruebas", TEST_CREDENTIALS.secret_key) as receiver:
        moved = replace(profile, receiver_public_url=receiver.notification_url)
        notify = run_flow(bench_of(engine, preproduction, moved), "notify_url")
    assert [(s.code, s.ok) for s in notify.steps] == [
        ("public_probed", True),
        ("public_not_registered", False),
    ]
    assert "márquela como registrada" in wording.fix(notify)

    shop = Profile("tienda", Environment.PRODUCTION, service_id=19844)
    with pytest.raises(NotATestProfile):
        run_check(setup(engine, preproduction, shop))


def bench_of(engine: Engine, base_url: str, profile: Profile) -> Bench:
    return Bench(
        engine=engine,
        profile=profile.name,
        actor=GOLIVE_ACTOR,
        clock=utc_now,
        limits=IssueLimits(),
        base_url=base_url,
        credentials=TEST_CREDENTIALS,
        log_sink=StoreLogSink(engine, profile.name),
        receiver_url="http://127.0.0.1:9/unused",
        public_url=profile.receiver_public_url,
        registered=profile.notify_registered,
    )


def test_the_report_is_signed_and_a_change_is_caught(
    engine: Engine, sandbox: SandboxServer
) -> None:
    result = run_check(setup(engine, sandbox.base_url))
    saved = save_report(result, key=KEY, merchant="Bodega Rosa")

    for path in (saved.json_path, saved.pdf_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert saved.json_path.parent.name == "demo" and saved.passed
    read = read_report(saved.json_path, lambda profile: KEY)
    assert read.passed and read.pdf_checked and read.profile == "demo" and read.at == saved.at
    report = json.loads(saved.json_path.read_text(encoding="utf-8"))
    assert report["firma"]["algoritmo"] == "HMAC-SHA256"
    facts = report["informe"]
    assert facts["perfil"] == "demo" and facts["id_servicio"] == TEST_CREDENTIALS.service_id
    assert facts["cadena_de_auditoria"] == result.chain_head and facts["version_pagodesk"]
    assert [f["codigo"] for f in facts["flujos"]] == list(FLOWS)
    text = " ".join(page_text(saved.pdf_path.read_bytes(), i) for i in range(2))
    for secret in TEST_CREDENTIALS.secrets():  # nothing secret in the evidence
        assert secret not in text and secret not in saved.json_path.read_text(encoding="utf-8")
    assert "Prueba de salida a producción" in text and "APROBADA: 11 de 11 flujos" in text
    assert result.chain_head in text and "Bodega Rosa" in text and "DEMO — sin valor" in text
    assert "Notificación con firma inválida: rechazada — superado" in text

    with pytest.raises(BadReport) as other_key:
        read_report(saved.json_path, lambda profile: report_key(b"another installation"))
    assert other_key.value.code == "signature"
    facts["aprobada"] = not facts["aprobada"]
    saved.json_path.write_text(json.dumps(report), encoding="utf-8")
    with pytest.raises(BadReport) as changed:
        read_report(saved.json_path, lambda profile: KEY)
    assert changed.value.code == "signature"

    facts["aprobada"] = not facts["aprobada"]
    saved.json_path.write_text(json.dumps(report), encoding="utf-8")
    assert read_report(saved.json_path, lambda profile: KEY).passed
    saved.pdf_path.write_bytes(saved.pdf_path.read_bytes() + b"%")
    with pytest.raises(BadReport) as pdf:
        read_report(saved.json_path, lambda profile: KEY)
    assert pdf.value.code == "pdf_differs"
    Path(saved.pdf_path).unlink()
    assert not read_report(saved.json_path, lambda profile: KEY).pdf_checked


def test_every_step_a_flow_records_has_its_words() -> None:
    from desktop.services.golive import bench, check, flows_change, flows_notify

    recorded: set[str] = set()
    for module in (bench, check, flows_change, flows_notify):
        text = Path(module.__file__ or "").read_text(encoding="utf-8")
        recorded |= set(re.findall(r'rec\.(?:ok|fail)\(\s*"(\w+)"', text))
        recorded |= set(re.findall(r'Step\("(\w+)"', text))
    assert len(recorded) > 40 and recorded <= set(wording.STEPS)
