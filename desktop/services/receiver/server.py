"""Runs the receiver under uvicorn in a daemon thread on a socket it binds itself."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine

from desktop.domain.limatime import Clock, utc_now
from desktop.services.ports import LOOPBACK
from desktop.services.receiver.app import HEALTH_PATH, NOTIFICATION_PATH, create_webhook_app
from desktop.threadserver import ThreadedUvicorn, bind_socket, socket_url


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
        host: str = LOOPBACK,
        port: int = 0,
        clock: Clock = utc_now,
    ) -> None:
        self.host = host
        self.port = port
        self.profile_name = profile_name
        self._app = create_webhook_app(engine, profile_name, secret_key, clock)
        self.cut_short = self._app.state.cut_short
        self._runner = ThreadedUvicorn("webhook")
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
        return self._runner.running

    def start(self) -> WebhookServer:
        """Bind (``OSError`` if the port is taken), serve in a daemon thread, return once up."""
        if self._runner.running:
            raise RuntimeError("the webhook server is already started")
        sock = bind_socket(self.host, self.port)
        self._base_url = socket_url(sock)
        self._runner.serve(self._app, sock)
        return self

    def stop(self) -> None:
        """Stop serving; a notification being applied finishes first (short grace)."""
        self._runner.stop()
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
