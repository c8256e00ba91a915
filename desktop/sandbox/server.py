"""Runs the sandbox under uvicorn in a daemon thread on a socket it binds itself."""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

import uvicorn

from desktop.domain.limatime import Clock, utc_now
from desktop.sandbox.app import create_app
from desktop.sandbox.config import DEMO_CONFIG, SandboxConfig
from desktop.sandbox.faults import FaultRegistry, quiet_simulated_drops
from desktop.sandbox.state import CipRecord, SandboxState
from desktop.sandbox.webhook import Payment, pay_and_notify

START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0


class SandboxServer:
    """An in-process sandbox on loopback; ``with SandboxServer(...) as server:`` starts it.

    ``state_path`` is the SQLite file (``":memory:"`` for a throwaway state).
    ``port=0`` in the config means an ephemeral port; read the real one from ``base_url``.
    """

    def __init__(
        self,
        config: SandboxConfig = DEMO_CONFIG,
        state_path: str | Path = ":memory:",
        clock: Clock = utc_now,
    ) -> None:
        self.config = config
        self.state_path = state_path
        self.clock = clock
        self.faults = FaultRegistry()
        self._state: SandboxState | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._base_url: str | None = None

    @property
    def state(self) -> SandboxState:
        """The live state (pay/expire/reverse, clock offset, webhook URL) of a started server."""
        if self._state is None:
            raise RuntimeError("the sandbox server is not started")
        return self._state

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:54321``: where the API lives (paths start with ``/v1/``)."""
        if self._base_url is None:
            raise RuntimeError("the sandbox server is not started")
        return self._base_url

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> SandboxServer:
        """Bind, serve in a daemon thread, and return once the server is listening."""
        if self._server is not None:
            raise RuntimeError("the sandbox server is already started")
        state = SandboxState(self.state_path, self.clock)
        try:
            sock = _bind(self.config.host, self.config.port)
        except OSError:
            state.close()
            raise
        self._state = state
        host, port = sock.getsockname()[:2]
        shown_host = f"[{host}]" if ":" in host else host
        self._base_url = f"http://{shown_host}:{port}"
        app = create_app(
            self.config,
            self._state,
            faults=self.faults,
            public_base_url=self.config.public_base_url or self._base_url,
        )
        quiet_simulated_drops()
        uv_config = uvicorn.Config(
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
        server = uvicorn.Server(uv_config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"sandbox-{port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop serving (open connections are cut after a short grace) and close the state."""
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(STOP_TIMEOUT)
            if thread.is_alive():
                server.force_exit = True
                thread.join(STOP_TIMEOUT)
        if self._state is not None:
            self._state.close()
        self._server = self._thread = None
        self._state = None
        self._base_url = None

    def pay(self, cip: int, operation_number: str | None = None) -> Payment:
        """Pay a generated CIP and notify the configured webhook (as the admin route does)."""
        return pay_and_notify(self.state, self.config, cip, operation_number)

    def expire(self, cip: int) -> CipRecord:
        return self.state.expire(cip)

    def reverse(self, cip: int) -> CipRecord:
        return self.state.reverse(cip)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _bind(host: str, port: int) -> socket.socket:
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
