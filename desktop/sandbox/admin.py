"""Admin routes outside the real API (``/_sandbox/...``): pay, notify again, expire, reverse,
clock, faults, and the webhook (its URL, notifications lost on purpose, a reachability probe)."""

from __future__ import annotations

import contextlib
from datetime import timedelta
from decimal import Decimal
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from desktop.domain.limatime import format_api_datetime
from desktop.sandbox import jsonio
from desktop.sandbox.context import SandboxContext
from desktop.sandbox.faults import make_fault
from desktop.sandbox.messages import json_response
from desktop.sandbox.state import StateConflict, UnknownCip
from desktop.sandbox.validation import bind, parse_cip
from desktop.sandbox.views import admin_item
from desktop.sandbox.webhook import notify_again, pay_and_notify, probe

MAX_OPERATION_NUMBER = 14


class AdminError(Exception):
    """An admin request that cannot be served: becomes ``{"error": ...}`` with its status."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status


def _error(status: int, text: str) -> Response:
    return json_response(status, {"error": text})


async def _object_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = jsonio.loads(raw)
    except ValueError as exc:
        raise AdminError(400, "the body is not valid JSON") from exc
    if not isinstance(body, dict):
        raise AdminError(400, "the body must be a JSON object")
    return body


def _operation_number(body: dict[str, Any]) -> str | None:
    value = (bind(body, ("operationNumber",)) or {}).get("operationNumber")
    if value is None:
        return None
    text = str(value).strip() if isinstance(value, str | int) else ""
    if not text or len(text) > MAX_OPERATION_NUMBER or isinstance(value, bool):
        raise AdminError(400, "operationNumber must be 1 to 14 characters")
    return text


def _seconds(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise AdminError(400, f"{name} must be a number of seconds")
    try:
        return float(Decimal(str(value)))
    except ArithmeticError as exc:
        raise AdminError(400, f"{name} must be a number of seconds") from exc


def admin_routes(ctx: SandboxContext) -> list[BaseRoute]:
    """Routes bound to one sandbox context."""
    config, state = ctx.config, ctx.state

    def handled(handler: Any) -> Any:
        async def wrapper(request: Request) -> Response:
            try:
                result = await handler(request)
            except AdminError as exc:
                return _error(exc.status, str(exc))
            except UnknownCip as exc:
                return _error(404, str(exc))
            except StateConflict as exc:
                return _error(409, str(exc))
            return result if isinstance(result, Response) else json_response(200, result)

        return wrapper

    def cip_of(request: Request) -> int:
        cip = parse_cip(request.path_params["cip"])
        if cip is None:
            raise AdminError(400, "the CIP must be a positive integer")
        return cip

    def show(request: Request, record: Any) -> dict[str, Any]:
        return admin_item(state.view(record), ctx.cip_url(record.guid, request))

    async def info(request: Request) -> dict[str, Any]:
        return {
            "serviceId": config.service_id,
            "codeService": config.code_service,
            "accessKey": config.access_key,
            "baseUrl": ctx.base_url(request),
            "now": format_api_datetime(state.now()),
            "webhookUrl": state.webhook_url,
        }

    async def get_cip(request: Request) -> dict[str, Any]:
        record = await run_in_threadpool(state.get, cip_of(request))
        if record is None:
            raise UnknownCip(f"CIP {cip_of(request)} does not exist in this sandbox")
        return show(request, record)

    async def pay(request: Request) -> dict[str, Any]:
        cip, body = cip_of(request), await _object_body(request)
        payment = await run_in_threadpool(
            pay_and_notify, state, config, cip, _operation_number(body)
        )
        delivery = payment.delivery.to_json() if payment.delivery else None
        return {"cip": show(request, payment.record), "webhook": delivery}

    async def pay_from_page(request: Request) -> Response:
        """The voucher page's "Simular el pago": pay, notify, and show the page again."""
        guid = request.path_params["guid"]
        record = await run_in_threadpool(state.get_by_guid, guid)
        if record is None:
            raise AdminError(404, "no CIP has that voucher page")
        with contextlib.suppress(StateConflict):  # paid meanwhile: the page says how it is
            await run_in_threadpool(pay_and_notify, state, config, record.cip, None)
        return RedirectResponse(f"/{guid}.html", status_code=303)

    async def notify(request: Request) -> dict[str, Any]:
        payment = await run_in_threadpool(notify_again, state, config, cip_of(request))
        delivery = payment.delivery.to_json() if payment.delivery else None
        return {"cip": show(request, payment.record), "webhook": delivery}

    async def expire(request: Request) -> dict[str, Any]:
        record = await run_in_threadpool(state.expire, cip_of(request))
        return {"cip": show(request, record)}

    async def reverse(request: Request) -> dict[str, Any]:
        record = await run_in_threadpool(state.reverse, cip_of(request))
        return {"cip": show(request, record)}

    async def webhook(request: Request) -> dict[str, Any]:
        if request.method == "PUT":
            url = (bind(await _object_body(request), ("url",)) or {}).get("url")
            if url is not None and not (isinstance(url, str) and url.startswith("http")):
                raise AdminError(400, "url must be an http(s) URL or null")
            await run_in_threadpool(state.set_webhook_url, url)
        return {"url": state.webhook_url, "drop": state.notification_drop}

    async def drop(request: Request) -> dict[str, Any]:
        """POST ``{"count": n}`` loses the next n notifications, ``{}`` (or a null count)
        every one until DELETE; the payments still happen."""
        if request.method == "POST":
            count = (bind(await _object_body(request), ("count",)) or {}).get("count")
            valid = count is None or (type(count) is int and count > 0)
            if not valid:
                raise AdminError(400, "count must be a positive integer or null")
            await run_in_threadpool(state.set_notification_drop, count or "all")
        elif request.method == "DELETE":
            await run_in_threadpool(state.set_notification_drop, None)
        return {"drop": state.notification_drop}

    async def reach(request: Request) -> dict[str, Any]:
        """``{"url": ...}`` (the webhook URL when absent): GET it from here, as PagoEfectivo
        would reach it. Any HTTP answer means reachable."""
        url = (bind(await _object_body(request), ("url",)) or {}).get("url") or state.webhook_url
        if not (isinstance(url, str) and url.startswith(("http://", "https://"))):
            raise AdminError(400, "url must be an http(s) URL (no webhook URL is set)")
        return await run_in_threadpool(probe, url, min(config.webhook_timeout, 5.0))

    async def clock(request: Request) -> dict[str, Any]:
        if request.method == "POST":
            body = bind(await _object_body(request), ("offsetSeconds", "advanceSeconds")) or {}
            offset = state.clock_offset
            if body.get("offsetSeconds") is not None:
                offset = timedelta(seconds=_seconds(body["offsetSeconds"], "offsetSeconds"))
            if body.get("advanceSeconds") is not None:
                offset += timedelta(seconds=_seconds(body["advanceSeconds"], "advanceSeconds"))
            await run_in_threadpool(state.set_clock_offset, offset)
        return {
            "offsetSeconds": Decimal(str(state.clock_offset.total_seconds())),
            "now": format_api_datetime(state.now()),
        }

    async def faults(request: Request) -> dict[str, Any]:
        if request.method == "DELETE":
            ctx.faults.clear()
        elif request.method == "POST":
            body = await _object_body(request)
            params = {k: v for k, v in body.items() if k not in ("kind", "count", "method", "path")}
            try:
                fault = make_fault(
                    str(body.get("kind", "")),
                    body.get("count", 1),
                    body.get("method"),
                    body.get("path"),
                    **params,
                )
            except (TypeError, ValueError) as exc:
                raise AdminError(400, str(exc)) from exc
            ctx.faults.add(fault.kind, fault.count, fault.method, fault.path, value=fault.value)
        return {"faults": [f.to_json() for f in ctx.faults.pending()]}

    return [
        Route("/_sandbox", handled(info), methods=["GET"]),
        Route("/_sandbox/cips/{cip}", handled(get_cip), methods=["GET"]),
        Route("/_sandbox/cips/{cip}/pay", handled(pay), methods=["POST"]),
        Route("/_sandbox/pages/{guid}/pay", handled(pay_from_page), methods=["POST"]),
        Route("/_sandbox/cips/{cip}/notify", handled(notify), methods=["POST"]),
        Route("/_sandbox/cips/{cip}/expire", handled(expire), methods=["POST"]),
        Route("/_sandbox/cips/{cip}/reverse", handled(reverse), methods=["POST"]),
        Route("/_sandbox/webhook", handled(webhook), methods=["GET", "PUT"]),
        Route("/_sandbox/webhook/drop", handled(drop), methods=["GET", "POST", "DELETE"]),
        Route("/_sandbox/webhook/probe", handled(reach), methods=["POST"]),
        Route("/_sandbox/clock", handled(clock), methods=["GET", "POST"]),
        Route("/_sandbox/faults", handled(faults), methods=["GET", "POST", "DELETE"]),
    ]
