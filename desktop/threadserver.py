"""Serving an ASGI app from a background thread on a socket we bind (sandbox, webhook)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0
IDLE_WAKE = 1.0
"""An idle server looks whether it should stop this often (``stop`` wakes it at once)."""


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0: any free port). Raises ``OSError`` if taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on such sockets, and without
    # it every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if sys.platform != "win32":
        # A restart may reuse the port of a previous run still in TIME_WAIT.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def socket_url(sock: socket.socket) -> str:
    """``http://127.0.0.1:54321`` for a bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


class _QuietServer(uvicorn.Server):
    """uvicorn wakes ten times a second to see whether it should stop, which an app open all
    day pays in CPU for each server (the demo sandbox, the receiver). This one sleeps until
    ``wake`` (or ``IDLE_WAKE``); requests are served by the event loop as before."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._wake = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        counter = 0  # uvicorn refreshes its default headers when counter % 10 == 0
        while not await self.on_tick(counter):
            counter = (counter + 10) % 864_000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), IDLE_WAKE)

    def wake(self) -> None:
        """From any thread: look at ``should_exit`` now."""
        loop, event = self._loop, self._wake
        if loop is not None and event is not None:
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                loop.call_soon_threadsafe(event.set)


class ThreadedUvicorn:
    """One uvicorn server on a daemon thread; ``serve`` returns once it is listening."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._server: _QuietServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def serve(self, app: Any, sock: socket.socket) -> None:
        if self._server is not None:
            raise RuntimeError(f"the {self.name} server is already started")
        config = uvicorn.Config(
            app,
            http="h11",
            loop="asyncio",
            lifespan="off",
            log_config=None,
            # Access lines go to the "uvicorn.access" logger if it has handlers; False here
            # would strip that logger's handlers process-wide.
            access_log=True,
            proxy_headers=False,
            server_header=False,
            date_header=False,
            timeout_graceful_shutdown=1,
        )
        server = _QuietServer(config)
        port = sock.getsockname()[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"{self.name}-{port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise RuntimeError(f"the {self.name} server did not start")
            time.sleep(0.005)

    def stop(self) -> None:
        """Stop serving: requests under way get a short grace, then connections are cut."""
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.should_exit = True
            server.wake()
            thread.join(STOP_TIMEOUT)
            if thread.is_alive():
                server.force_exit = True
                thread.join(STOP_TIMEOUT)
        self._server = self._thread = None


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[threading.Event]:
    """While the block runs, Ctrl+C (SIGINT) and SIGTERM set ``stop`` instead of raising
    ``KeyboardInterrupt`` wherever the main thread happens to be (inside a lock, half-way
    through a print), so a foreground server always stops cleanly. Off the main thread
    (a test driving the command) the handlers stay as they are."""
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    wanted = [signal.SIGINT, signal.SIGTERM]
    previous = {number: signal.getsignal(number) for number in wanted}
    for number in wanted:
        signal.signal(number, lambda _number, _frame: stop.set())
    try:
        yield stop
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
