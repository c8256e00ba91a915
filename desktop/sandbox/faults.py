"""Fault injection, per request (``X-Sandbox-Fault``) or queued per run, as ASGI middleware."""

from __future__ import annotations

import asyncio
import fnmatch
import logging
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.sandbox.messages import INTERNAL_ERROR, api_response, json_response, wants_english

HEADER = "X-Sandbox-Fault"
EXPIRED_TOKEN_SCOPE_KEY = "pagodesk.sandbox.expired_token"
ADMIN_PREFIX = "/_sandbox"

# kind -> (parameter name, default value); None: the kind takes no parameter.
KINDS: dict[str, tuple[str, int] | None] = {
    "latency": ("ms", 300),
    "error": ("status", 500),
    "drop": None,
    "malformed": None,
    "expired-token": None,
    "delay-after": ("ms", 2000),
}


class SimulatedDrop(Exception):
    """Raised after a partial response so the server aborts the connection on purpose."""


@dataclass
class Fault:
    """One fault; ``count`` None means until cleared; ``path`` may be a glob (``/v1/cips/*``)."""

    kind: str
    value: int | None = None
    count: int | None = 1
    method: str | None = None
    path: str | None = None
    used: int = field(default=0, compare=False)  # requests it has hit so far

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "count": self.count,
            "method": self.method,
            "path": self.path,
        }


def make_fault(
    kind: str,
    count: int | None = 1,
    method: str | None = None,
    path: str | None = None,
    **params: Any,
) -> Fault:
    """Validate a fault; ``ms=`` for latency/delay-after, ``status=`` for error (or ``value=``)."""
    if kind not in KINDS:
        raise ValueError(f"unknown fault {kind!r}; known: {', '.join(KINDS)}")
    spec = KINDS[kind]
    allowed = {"value"} | ({spec[0]} if spec else set())
    unknown = set(params) - allowed
    if unknown:
        raise ValueError(f"fault {kind!r} takes no parameter {', '.join(sorted(unknown))}")
    value: int | None = None
    if spec is None and params.get("value") is not None:
        raise ValueError(f"fault {kind!r} takes no value")
    if spec is not None:
        raw = params.get(spec[0], params.get("value"))
        raw = spec[1] if raw is None else raw
        if isinstance(raw, bool) or not str(raw).strip().isdigit():
            raise ValueError(f"fault {kind!r} needs a whole number, not {raw!r}")
        value = int(str(raw).strip())
        if kind == "error" and not (500 <= value <= 599 or value == 429):
            raise ValueError(f"fault 'error' needs a 5xx or 429 status, not {value}")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        raise ValueError(f"fault count must be a positive integer or null, not {count!r}")
    return Fault(kind, value, count, method.upper() if method else None, path)


def parse_header(text: str | None) -> list[Fault]:
    """``latency=300, malformed`` -> faults for this request only (raises ``ValueError``)."""
    faults = []
    for part in (text or "").split(","):
        if part.strip():
            kind, _, value = part.strip().partition("=")
            faults.append(make_fault(kind.strip().lower(), value=value.strip() or None))
    return faults


class FaultRegistry:
    """Faults queued for the coming requests; thread-safe (tests add, the server takes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._used = threading.Condition(self._lock)
        self._faults: list[Fault] = []

    def add(
        self,
        kind: str,
        count: int | None = 1,
        method: str | None = None,
        path: str | None = None,
        **params: Any,
    ) -> Fault:
        """Queue a fault, e.g. ``add("error", status=503, method="POST", path="/v1/cips")``."""
        fault = make_fault(kind, count, method, path, **params)
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> list[Fault]:
        """The faults for this request, each using up one of its counts."""
        taken = []
        with self._lock:
            for fault in list(self._faults):
                if fault.matches(method, path):
                    taken.append(Fault(fault.kind, fault.value, 1, fault.method, fault.path))
                    fault.used += 1
                    self._used.notify_all()
                    if fault.count is not None:
                        fault.count -= 1
                        if fault.count <= 0:
                            self._faults.remove(fault)
        return taken

    def wait_used(self, fault: Fault, times: int = 1, timeout: float = 10.0) -> bool:
        """Wait until ``fault`` (as returned by ``add``) has hit ``times`` requests: the
        request is then inside the sandbox. False if that did not happen in ``timeout``."""
        with self._used:
            return self._used.wait_for(lambda: fault.used >= times, timeout)

    def pending(self) -> list[Fault]:
        with self._lock:
            return [Fault(**f.to_json()) for f in self._faults]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()


def error_response(status: int, english: bool) -> Response:
    """500: the API's own 166 envelope; other 5xx and 429: an HTML page, as a gateway would
    send (429 with ``Retry-After: 1``)."""
    if status == 500:
        return api_response(500, INTERNAL_ERROR, [], english)
    headers = {"Retry-After": "1"} if status == 429 else None
    try:
        phrase = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        phrase = str(status)
    page = (
        f"<html><head><title>{phrase}</title></head><body><center><h1>{phrase}</h1>"
        "</center><hr><center>nginx</center></body></html>"
    )
    return HTMLResponse(page, status_code=status, headers=headers)


class FaultMiddleware:
    """Applies header and queued faults to every request except the ``/_sandbox`` admin ones."""

    def __init__(self, app: ASGIApp, registry: FaultRegistry) -> None:
        self.app = app
        self.registry = registry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        try:
            faults = parse_header(headers.get(HEADER))
        except ValueError as exc:
            await json_response(400, {"error": f"bad {HEADER} header: {exc}"})(scope, receive, send)
            return
        faults += self.registry.take(scope["method"], scope["path"])
        by_kind: dict[str, Fault] = {}
        for fault in faults:
            by_kind.setdefault(fault.kind, fault)
        if "latency" in by_kind:
            await asyncio.sleep((by_kind["latency"].value or 0) / 1000)
        if "error" in by_kind:
            english = wants_english(headers.get("accept-language"))
            await error_response(by_kind["error"].value or 500, english)(scope, receive, send)
            return
        if "expired-token" in by_kind:
            scope = {**scope, EXPIRED_TOKEN_SCOPE_KEY: True}
        if not {"drop", "malformed", "delay-after"} & by_kind.keys():
            await self.app(scope, receive, send)
            return
        start, body = await _capture(self.app, scope, receive)
        if "delay-after" in by_kind:
            await asyncio.sleep((by_kind["delay-after"].value or 0) / 1000)
        if "malformed" in by_kind:
            body = body[: len(body) // 2] or b"{"
            start = _with_length(start, len(body))
        await send(start)
        if "drop" in by_kind:
            await send(
                {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
            )
            raise SimulatedDrop("connection dropped on purpose (sandbox fault)")
        await send({"type": "http.response.body", "body": body, "more_body": False})


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[Message, bytes]:
    """Run the app to completion, keeping its response instead of sending it."""
    start: Message = {}
    chunks: list[bytes] = []

    async def keep(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, keep)
    return start, b"".join(chunks)


def _with_length(start: Message, length: int) -> Message:
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    headers.append((b"content-length", str(length).encode()))
    return {**start, "headers": headers}


class _DropFilter(logging.Filter):
    """Hides tracebacks of deliberate drops and of requests cut off by a deliberate stop."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, SimulatedDrop | asyncio.CancelledError)


def quiet_simulated_drops() -> None:
    """Keep uvicorn from logging a traceback for every deliberate ``drop`` (idempotent)."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DropFilter) for f in logger.filters):
        logger.addFilter(_DropFilter())
