"""The five ``/v1/`` operations and the voucher page, as PagoEfectivo answers them."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from desktop.domain.limatime import format_api_datetime
from desktop.sandbox import jsonio
from desktop.sandbox.context import SandboxContext
from desktop.sandbox.faults import EXPIRED_TOKEN_SCOPE_KEY
from desktop.sandbox.messages import (
    AMOUNT_OVER_MAX,
    INTERNAL_ERROR,
    INVALID_TOKEN,
    INVALID_VALUE,
    OK,
    api_response,
    field_errors_response,
    wants_english,
)
from desktop.sandbox.pages import not_found_page, voucher_page
from desktop.sandbox.storage import DELETED
from desktop.sandbox.tokens import bearer_token, check_credentials, issue_token, token_is_valid
from desktop.sandbox.validation import (
    parse_cip,
    validate_auth,
    validate_create,
    validate_patch,
    validate_search,
)
from desktop.sandbox.views import create_item, search_item

log = logging.getLogger(__name__)

Handler = Callable[[Request], Awaitable[Response]]
_NOT_JSON = object()


def _english(request: Request) -> bool:
    return wants_english(request.headers.get("accept-language"))


async def _json_body(request: Request) -> Any:
    """The parsed body (Decimals for non-integers), None when empty, ``_NOT_JSON`` if invalid."""
    raw = await request.body()
    if not raw.strip():
        return None
    try:
        return jsonio.loads(raw)
    except ValueError:
        return _NOT_JSON


def _guarded(handler: Handler) -> Handler:
    """Any unexpected failure becomes HTTP 500 with code 166, like the real service."""

    @functools.wraps(handler)
    async def wrapper(request: Request) -> Response:
        try:
            return await handler(request)
        except Exception:
            log.exception("sandbox: internal error in %s %s", request.method, request.url.path)
            return api_response(500, INTERNAL_ERROR, [], _english(request))

    return wrapper


def api_routes(ctx: SandboxContext) -> list[BaseRoute]:
    """Routes bound to one sandbox context."""
    config, state = ctx.config, ctx.state

    def invalid_token(request: Request) -> Response:
        return api_response(401, INVALID_TOKEN, [], _english(request))

    def authorized(request: Request) -> bool:
        if request.scope.get(EXPIRED_TOKEN_SCOPE_KEY):
            return False
        token = bearer_token(request.headers.get("authorization"))
        return token_is_valid(token, config, state.signing_key(), state.now())

    @_guarded
    async def authorize(request: Request) -> Response:
        english = _english(request)
        body = await _json_body(request)
        auth, errors = validate_auth(None if body is _NOT_JSON else body)
        if auth is None:
            return field_errors_response(errors, english)

        def work() -> Response:
            now = state.now()
            refused = check_credentials(auth, config, now)
            if refused:
                return field_errors_response(refused, english, status=401)
            issued = issue_token(config, state.signing_key(), now)
            data = {
                "token": issued.token,
                "codeService": config.code_service,
                "tokenStart": format_api_datetime(issued.start),
                "tokenExpires": format_api_datetime(issued.expires),
            }
            return api_response(201, OK, data, english)

        return await run_in_threadpool(work)

    @_guarded
    async def create(request: Request) -> Response:
        english = _english(request)
        if not await run_in_threadpool(authorized, request):
            return invalid_token(request)
        body = await _json_body(request)
        cip_request, errors = validate_create(
            None if body is _NOT_JSON else body, state.now(), config.strict
        )
        if cip_request is None:
            return field_errors_response(errors, english)
        if cip_request.amount > config.max_amount:
            return api_response(400, AMOUNT_OVER_MAX, [], english)
        record = await run_in_threadpool(
            state.create, config.service_id, cip_request, config.default_expiry
        )
        data = create_item(record, ctx.cip_url(record.guid, request))
        return api_response(201, OK, data, english)

    @_guarded
    async def search(request: Request) -> Response:
        english = _english(request)
        if not await run_in_threadpool(authorized, request):
            return invalid_token(request)
        body = await _json_body(request)
        cips, errors = validate_search(None if body is _NOT_JSON else body)
        if errors:
            return field_errors_response(errors, english)
        records = await run_in_threadpool(state.search, config.service_id, cips)
        data = [search_item(state.view(r)) for r in records]
        return api_response(200, OK, data, english)

    @_guarded
    async def update(request: Request) -> Response:
        english = _english(request)
        if not await run_in_threadpool(authorized, request):
            return invalid_token(request)
        cip = parse_cip(request.path_params["cip"])
        if cip is None:
            return field_errors_response([(INVALID_VALUE, "cip")], english)
        body = await _json_body(request)
        expiry, errors = validate_patch(None if body is _NOT_JSON else body, state.now())
        if expiry is None:
            return field_errors_response(errors, english)
        if not await run_in_threadpool(state.update_expiry, config.service_id, cip, expiry):
            return field_errors_response([(INVALID_VALUE, "cip")], english)
        return api_response(200, OK, {}, english)

    @_guarded
    async def delete(request: Request) -> Response:
        english = _english(request)
        if not await run_in_threadpool(authorized, request):
            return invalid_token(request)
        cip = parse_cip(request.path_params["cip"])
        deleted = cip is not None and await run_in_threadpool(state.delete, config.service_id, cip)
        if not deleted:
            return field_errors_response([(INVALID_VALUE, "cip")], english)
        return api_response(200, OK, {}, english)

    async def page(request: Request) -> Response:
        guid = request.path_params["guid"]
        record = await run_in_threadpool(state.get_by_guid, guid)
        if record is None or record.status == DELETED:
            return Response(not_found_page(f"{guid}.html"), 404, media_type="application/xml")
        return HTMLResponse(voucher_page(state.view(record)))

    return [
        Route("/v1/authorizations", authorize, methods=["POST"]),
        Route("/v1/cips", create, methods=["POST"]),
        Route("/v1/cips/search", search, methods=["POST"]),
        Route("/v1/cips/{cip}", update, methods=["PATCH"]),
        Route("/v1/cips/{cip}", delete, methods=["DELETE"]),
        Route("/{guid}.html", page, methods=["GET"]),
    ]
