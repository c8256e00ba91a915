"""What every sandbox route needs: the merchant config, the state, the fault queue, the base URL."""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import Request

from desktop.sandbox.config import SandboxConfig
from desktop.sandbox.faults import FaultRegistry
from desktop.sandbox.state import SandboxState


@dataclass
class SandboxContext:
    """Shared by the API and admin routes of one app."""

    config: SandboxConfig
    state: SandboxState
    faults: FaultRegistry = field(default_factory=FaultRegistry)
    public_base_url: str | None = None
    """Set by the server once it knows its port; falls back to the config, then the request."""

    def base_url(self, request: Request | None = None) -> str:
        base = self.public_base_url or self.config.public_base_url
        if base is None and request is not None:
            base = str(request.base_url)
        if base is None:
            raise RuntimeError("the sandbox does not know its public base URL yet")
        return base.rstrip("/")

    def cip_url(self, guid: str, request: Request | None = None) -> str:
        """``{public_base_url}/{GUID}.html``: the voucher page served by the sandbox itself."""
        return f"{self.base_url(request)}/{guid}.html"
