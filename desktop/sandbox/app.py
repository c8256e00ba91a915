"""The sandbox's Starlette app: API and admin routes, faults, a ``Date`` from its own clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.utils import formatdate
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.domain.limatime import Clock, utc_now
from desktop.sandbox.admin import admin_routes
from desktop.sandbox.api import api_routes
from desktop.sandbox.config import SandboxConfig
from desktop.sandbox.context import SandboxContext
from desktop.sandbox.faults import FaultMiddleware, FaultRegistry
from desktop.sandbox.state import SandboxState


class DateHeaderMiddleware:
    """Sets ``Date`` from the sandbox clock (the client measures the PC's clock skew with it)."""

    def __init__(self, app: ASGIApp, now: Callable[[], datetime]) -> None:
        self.app = app
        self.now = now

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_date(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                date = formatdate(self.now().timestamp(), usegmt=True)
                message = {**message, "headers": [*headers, (b"date", date.encode("ascii"))]}
            await send(message)

        await self.app(scope, receive, send_with_date)


def create_app(
    config: SandboxConfig,
    state: SandboxState | str | Path = ":memory:",
    *,
    clock: Clock = utc_now,
    faults: FaultRegistry | None = None,
    public_base_url: str | None = None,
) -> Starlette:
    """The sandbox as an ASGI app (serve it with uvicorn, or test it with httpx's ASGI transport).

    ``state`` is a :class:`SandboxState` or a path for a new one (``clock`` is used then).
    The context is reachable as ``app.state.sandbox``.
    """
    if not isinstance(state, SandboxState):
        state = SandboxState(state, clock)
    state.save_merchant(config)
    if config.webhook_url is not None:
        state.set_webhook_url(config.webhook_url)
    ctx = SandboxContext(config, state, faults or FaultRegistry(), public_base_url)
    app = Starlette(
        routes=[*api_routes(ctx), *admin_routes(ctx)],
        middleware=[
            Middleware(DateHeaderMiddleware, now=state.now),
            Middleware(FaultMiddleware, registry=ctx.faults),
        ],
    )
    app.state.sandbox = ctx
    return app
