"""Runs the receiver under uvicorn in a daemon thread on a socket it binds itself."""

from __future__ import annotations

import socket
import sys
import threading
import time
from types import TracebackType

import uvicorn
from sqlalchemy import Engine

from desktop.domain.limatime import Clock, utc_now
from desktop.webhook.app import HEALTH_PATH, NOTIFICATION_PATH, create_webhook_app

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8766
START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0


class WebhookServer:
    """The receiver of one profile on ``host:port``; ``with WebhookServer(...) as server:``.

    ``port=0`` means an ephemeral port; read the real one from ``base_url``.
    """

    def __init__(
        self,
        engine: Engine,
        profile_name: str,
        secret_key: str,
        *,
        host: str = DEFAULT_HOST,
        port: int = 0,
        clock: Clock = utc_now,
    ) -> None:
        self.host = host
        self.port = port
        self.profile_name = profile_name
        self._app = create_webhook_app(engine, profile_name, secret_key, clock)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._base_url: str | None = None

    def __repr__(self) -> str:
        return f"WebhookServer(profile={self.profile_name!r}, url={self._base_url!r})"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:54321``: where the receiver listens."""
        if self._base_url is None:
            raise RuntimeError("the webhook server is not started")
        return self._base_url

    @property
    def notification_url(self) -> str:
        """The URL to register with PagoEfectivo (behind a proxy, its public equivalent)."""
        return self.base_url + NOTIFICATION_PATH

    @property
    def health_url(self) -> str:
        return self.base_url + HEALTH_PATH

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> WebhookServer:
        """Bind (``OSError`` if the port is taken), serve in a daemon thread, return once up."""
        if self._server is not None:
            raise RuntimeError("the webhook server is already started")
        sock = _bind(self.host, self.port)
        host, port = sock.getsockname()[:2]
        shown_host = f"[{host}]" if ":" in host else host
        self._base_url = f"http://{shown_host}:{port}"
        config = uvicorn.Config(
            self._app,
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
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"webhook-{port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise RuntimeError("the webhook server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop serving; a notification being applied finishes first (short grace)."""
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(STOP_TIMEOUT)
            if thread.is_alive():
                server.force_exit = True
                thread.join(STOP_TIMEOUT)
        self._server = self._thread = None
        self._base_url = None

    def __enter__(self) -> WebhookServer:
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
