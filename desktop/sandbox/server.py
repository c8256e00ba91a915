"""Runs the sandbox under uvicorn in a daemon thread on a socket it binds itself."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from desktop.domain.limatime import Clock, utc_now
from desktop.sandbox.app import create_app
from desktop.sandbox.config import DEMO_CONFIG, SandboxConfig
from desktop.sandbox.faults import FaultRegistry, quiet_simulated_drops
from desktop.sandbox.state import CipRecord, SandboxState
from desktop.sandbox.webhook import Payment, pay_and_notify
from desktop.threadserver import ThreadedUvicorn, bind_socket, socket_url


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
        self._runner = ThreadedUvicorn("sandbox")
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
        return self._runner.running

    def start(self) -> SandboxServer:
        """Bind, serve in a daemon thread, and return once the server is listening."""
        if self._runner.running:
            raise RuntimeError("the sandbox server is already started")
        state = SandboxState(self.state_path, self.clock)
        try:
            sock = bind_socket(self.config.host, self.config.port)
        except OSError:
            state.close()
            raise
        self._state = state
        self._base_url = socket_url(sock)
        app = create_app(
            self.config,
            self._state,
            faults=self.faults,
            public_base_url=self.config.public_base_url or self._base_url,
        )
        quiet_simulated_drops()
        self._runner.serve(app, sock)
        return self

    def stop(self) -> None:
        """Stop serving (open connections are cut after a short grace) and close the state."""
        self._runner.stop()
        if self._state is not None:
            self._state.close()
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
