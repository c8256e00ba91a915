"""Composition root: builds the pieces the GUI and the command line share."""

from __future__ import annotations

from desktop.config import demo_sandbox_path
from desktop.pagoefectivo import Credentials
from desktop.sandbox import DEMO_CONFIG, SandboxServer


def start_demo_sandbox() -> SandboxServer:
    """Start the embedded sandbox of the demo profile on an ephemeral loopback port."""
    server = SandboxServer(DEMO_CONFIG, demo_sandbox_path())
    server.start()
    return server


def demo_credentials() -> Credentials:
    """The demo sandbox's fixed, public credentials (they protect nothing real)."""
    return Credentials(DEMO_CONFIG.service_id, DEMO_CONFIG.access_key, DEMO_CONFIG.secret_key)
