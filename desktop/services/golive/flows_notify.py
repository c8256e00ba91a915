"""Go-live flows about payment notifications: the URL the simulator notifies answers, a
payment arrives signed, a repeat changes nothing, a forged one is refused, a lost one is
recovered by the sync."""

from __future__ import annotations

import secrets as random
from typing import Any

import httpx

from desktop.domain.notify_url import NotifyState, notify_state
from desktop.domain.status import EventSource, VoucherStatus
from desktop.sandbox.webhook import SIGNATURE_HEADER, paid_body, sign
from desktop.services.golive.bench import Bench
from desktop.services.golive.model import Recorder
from desktop.services.receiver.app import HEALTH_PATH, NOTIFICATION_PATH
from desktop.services.receiver.probe import probe_receiver

RECEIVER_TIMEOUT = 10.0


def notify_url(bench: Bench, rec: Recorder) -> None:
    """The simulator notifies PagoDesk's receiver, and reaches it from where it runs.
    Against PagoEfectivo's pre-production: the profile's receiver public URL answers from
    here, as this profile's receiver, and is the one registered in the portal."""
    if bench.admin is None:
        public_notify_url(bench, rec)
        return
    url = bench.simulator.webhook().get("url")
    if url != bench.receiver_url:
        rec.fail("url_not_registered", found=url or "—", url=bench.receiver_url)
    rec.ok("url_registered", url=url)
    health = url.removesuffix(NOTIFICATION_PATH) + HEALTH_PATH
    answer = bench.simulator.probe(health)
    if answer.get("status") != 200:
        said = answer.get("error") or f"HTTP {answer.get('status')}"
        rec.fail("url_unreachable", url=health, error=said)
    rec.ok("url_probed", url=health, status=answer["status"], ms=answer.get("ms", "?"))


def public_notify_url(bench: Bench, rec: Recorder) -> None:
    url = bench.public_url
    if url is None:
        rec.fail("public_url_missing")
    probe = probe_receiver(url, bench.profile)
    if probe.code == "other_profile":
        rec.fail("public_other_profile", url=probe.health_url, profile=probe.profile or "—")
    if not probe.ok:
        rec.fail("public_unreachable", url=probe.health_url, error=probe.error)
    rec.ok("public_probed", url=probe.health_url, status=probe.status, ms=probe.ms)
    state = notify_state(demo=False, registered=bench.registered, receiver_url=url)
    if state is not NotifyState.MATCH or bench.registered is None:
        found = bench.registered.url if bench.registered else "—"
        rec.fail("public_not_registered", url=url, registered=found)
    rec.ok("public_registered", url=url, on=bench.registered.on.isoformat())


def paid_notified(bench: Bench, rec: Recorder) -> None:
    """Issue, pay at PagoEfectivo: the signed notification marks it paid here."""
    voucher = bench.issue(rec, 100)
    assert voucher.cip is not None
    delivered(rec, bench.simulator.pay(voucher.cip))
    bench.expect_status(rec, voucher.id, VoucherStatus.PAID)
    moves = bench.moves_to(voucher.id, VoucherStatus.PAID)
    if len(moves) != 1 or moves[0].source is not EventSource.WEBHOOK:
        rec.fail("not_by_notification")
    rec.ok("shown_paid_webhook", operation=bench.voucher(voucher.id).operation_number or "—")


def duplicate(bench: Bench, rec: Recorder) -> None:
    """The same notification twice: answered 200 both times, one move to paid."""
    voucher = bench.issue(rec, 500)
    assert voucher.cip is not None
    delivered(rec, bench.simulator.pay(voucher.cip))
    again = bench.simulator.notify_again(voucher.cip)
    if again is None or not again.get("delivered"):
        rec.fail("notification_not_delivered", url=bench.receiver_url, error=_error(again))
    outcome = bench.last_notification_outcome(voucher.id)
    if outcome != "duplicate":
        rec.fail("not_duplicate", outcome=outcome or "—")
    rec.ok("resent", status=again["status"])
    moves = bench.moves_to(voucher.id, VoucherStatus.PAID)
    if len(moves) != 1:
        rec.fail("moves_count", count=len(moves))
    rec.ok("one_move")


def bad_signature(bench: Bench, rec: Recorder) -> None:
    """A notification signed with another key is refused before it is read."""
    voucher = bench.issue(rec, 600)
    assert voucher.cip is not None
    body = paid_body(
        cip=voucher.cip,
        currency=voucher.money.currency.value,
        amount=voucher.money.amount,
        payment_date=bench.clock(),
        transaction_code=voucher.transaction_code,
        operation_number="FIRMA-FALSA",
    )
    forged = sign(body, f"otra-clave-{random.token_hex(8)}")
    before = bench.newest_notification_id()
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: forged}
    try:
        answer = httpx.post(
            bench.receiver_url,
            content=body,
            headers=headers,
            timeout=RECEIVER_TIMEOUT,
            trust_env=False,
        )
    except httpx.HTTPError as exc:
        rec.fail("receiver_unreachable", url=bench.receiver_url, error=type(exc).__name__)
    if answer.status_code != 401:
        rec.fail("forged_accepted", status=answer.status_code)
    if bench.refused_since(before, "bad_signature") != 1:
        rec.fail("refusal_not_recorded")
    rec.ok("forged_refused", status=answer.status_code)
    bench.expect_status(rec, voucher.id, VoucherStatus.PENDING)
    rec.ok("unchanged_pending")


def lost_notification(bench: Bench, rec: Recorder) -> None:
    """Paid at PagoEfectivo, the notification lost: the sync finds the payment."""
    voucher = bench.issue(rec, 700)
    assert voucher.cip is not None
    if bench.simulator.webhook().get("drop") is None:
        bench.simulator.drop_next_notification()
    delivery = bench.simulator.pay(voucher.cip)
    if delivery is not None and delivery.get("delivered"):
        rec.fail("notification_not_lost")
    rec.ok("notification_lost")
    bench.expect_status(rec, voucher.id, VoucherStatus.PENDING)
    rec.ok("still_pending")
    report = bench.sync.run()
    if not report.reached:
        rec.fail("sync_failed", error="; ".join(report.errors))
    bench.expect_status(rec, voucher.id, VoucherStatus.PAID)
    moves = bench.moves_to(voucher.id, VoucherStatus.PAID)
    if len(moves) != 1 or moves[0].source is not EventSource.POLL:
        rec.fail("not_by_sync")
    rec.ok("shown_paid_poll")


def delivered(rec: Recorder, delivery: dict[str, Any] | None) -> None:
    """The simulator's word on a notification it posted: taken with HTTP 200, or why not."""
    if delivery is None:
        rec.fail("no_webhook_url")
    if not delivery.get("delivered"):
        url = delivery.get("url") or "—"
        if delivery.get("attempts") == 0:
            rec.fail("notification_dropped", url=url)
        rec.fail("notification_not_delivered", url=url, error=_error(delivery))
    rec.ok("paid_notified", url=delivery.get("url"), status=delivery.get("status"))


def _error(delivery: dict[str, Any] | None) -> str:
    if delivery is None:
        return "sin URL de notificaciones"
    return str(delivery.get("error") or f"HTTP {delivery.get('status')}")
