"""Where PagoEfectivo's API lives, and how a client reaches a URL without paying for TLS it
does not use."""

from __future__ import annotations

import ssl

SANDBOX_HOST = "https://pre1a.services.pagoefectivo.pe"
PRODUCTION_HOST = "https://services.pagoefectivo.pe"


def tls_for(url: str) -> ssl.SSLContext | bool:
    """``verify`` for an HTTP client of ``url``: the system's verified TLS for ``https``; for
    plain ``http`` (the demo sandbox on loopback) a context that loads no certificates, which
    costs nothing to build and, should a redirect ever lead to ``https``, verifies against
    nothing and so refuses it."""
    if not url.lower().startswith("http://"):
        return True
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
