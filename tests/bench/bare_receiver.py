"""The receivers' ceiling on this machine: the same HTTP server (uvicorn in a thread, as
``WebhookServer`` runs it) answering the receiver's JSON at once, without checking the
signature or touching a database. ``python -m tests.bench.bare_receiver`` prints its URL."""

from __future__ import annotations

import signal
import threading

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from desktop.services.ports import LOOPBACK
from desktop.services.receiver.app import NOTIFICATION_PATH
from desktop.threadserver import ThreadedUvicorn, bind_socket, socket_url


async def _received(request: Request) -> JSONResponse:
    await request.body()
    return JSONResponse({"status": "received", "outcome": "applied"})


def main() -> None:
    app = Starlette(routes=[Route(NOTIFICATION_PATH, _received, methods=["POST"])])
    sock = bind_socket(LOOPBACK, 0)
    runner = ThreadedUvicorn("bare")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    runner.serve(app, sock)
    print(f"URL: {socket_url(sock)}{NOTIFICATION_PATH}", flush=True)
    stop.wait()
    runner.stop()


if __name__ == "__main__":
    main()
