"""The receiver's ASGI app: the signed notification endpoint and a health check."""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.domain.limatime import Clock, utc_now
from desktop.services.refusals import RefusalBudget
from desktop.services.webhook_intake import IntakeResult, Outcome, WebhookIntake, WriterBusy
from desktop.store.notifications import BODY_EXCERPT_CHARS

NOTIFICATION_PATH = "/pagoefectivo/notificaciones"
HEALTH_PATH = "/health"
SIGNATURE_HEADER = "PE-Signature"
RECEIVER_NAME = "pagodesk-receiver"
"""What ``/health`` says it is (``service``), so a URL can be told to lead to PagoDesk's
receiver of the right profile (``profile``) and not to some other server."""
MAX_BODY = 64 * 1024
"""A real notification is about 250 bytes; anything this big is refused unread."""

_ERRORS = {
    Outcome.BAD_SIGNATURE: "invalid_signature",
    Outcome.MALFORMED: "malformed_notification",
    Outcome.TOO_LARGE: "body_too_large",
}
"""The word answered for a refused outcome; its status is ``Outcome.http_status``."""
_log = logging.getLogger(__name__)


def create_webhook_app(
    engine: Engine, profile_name: str, secret_key: str, clock: Clock = utc_now
) -> Starlette:
    """The receiver of one profile. ``secret_key`` verifies signatures and goes nowhere else."""
    intake = WebhookIntake(engine, profile_name, secret_key, clock=clock)
    cut_short = RefusalBudget(per_minute=1)  # one log line a minute for clients that left

    async def notification(request: Request) -> Response:
        remote = request.client.host if request.client else None
        try:
            body, size, complete = await _read_body(request)
        except ClientDisconnect:
            said, counted = cut_short.take()
            if said:
                more = f" ({counted} more in the minute before)" if counted else ""
                _log.warning("a client at %s left before sending its whole body%s", remote, more)
            return Response(status_code=400)  # nobody is there to read it
        try:
            if complete:
                signature = request.headers.get(SIGNATURE_HEADER)
                result = await _apply(intake, body, signature, remote)
            else:
                head = body[:BODY_EXCERPT_CHARS]
                result = await run_in_threadpool(intake.refuse_too_large, head, size, remote)
        except Exception:
            # The body is not logged: it is in the database when it could be written at all.
            _log.exception("notification from %s could not be processed", remote)
            return JSONResponse({"error": "internal_error"}, status_code=500)
        return _answer(result)

    async def health(request: Request) -> JSONResponse:
        ok = await run_in_threadpool(intake.database_ok)
        word = "ok" if ok else "error"
        last = await run_in_threadpool(intake.last_received_at) if ok else None
        body = {
            "service": RECEIVER_NAME,
            "profile": profile_name,
            "status": word,
            "database": word,
            "last_notification": last.isoformat() if last is not None else None,
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    app = Starlette(
        routes=[
            Route(NOTIFICATION_PATH, notification, methods=["POST"]),
            Route(HEALTH_PATH, health, methods=["GET"]),
        ]
    )
    app.state.cut_short = cut_short  # what left mid-body, counted (for monitoring and tests)
    return app


async def _read_body(request: Request) -> tuple[bytes, int, bool]:
    """The raw body exactly as received, or its beginning when it passes ``MAX_BODY``.

    Returns the bytes, the size read (or declared), and whether the body is complete.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        return b"", int(declared), False
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_BODY:
            return b"".join(chunks), size, False
    return b"".join(chunks), size, True


async def _apply(
    intake: WebhookIntake, body: bytes, signature: str | None, remote: str | None
) -> IntakeResult:
    """Apply a notification, on this thread when that cannot block it.

    SQLite applies one notification at a time whichever thread does it, and handing each to a
    worker thread costs more than the work: SQLite releases the GIL around every call, and
    under load each release is a switch between the two threads (about 13 per notification,
    0.5 ms of CPU). So the event loop applies it itself, unless another writer holds the
    database: then nothing was done and a worker waits for it, and the loop stays free.
    """
    if intake.serial:
        try:
            return intake.receive(body, signature, remote, wait=False)
        except WriterBusy:
            _log.info("database busy: the notification from %s waits on a worker", remote)
    return await run_in_threadpool(intake.receive, body, signature, remote)


def _answer(result: IntakeResult) -> JSONResponse:
    """A short JSON answer with the outcome's status; PagoEfectivo only looks at the status."""
    outcome = result.outcome
    error = _ERRORS.get(outcome)
    body = {"error": error} if error else {"status": "received", "outcome": outcome.value}
    return JSONResponse(body, status_code=outcome.http_status)
