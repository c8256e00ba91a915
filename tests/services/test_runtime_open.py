"""Opening a profile costs what every use needs, no more: PagoEfectivo (for the demo, its
sandbox) is reached on first use, and never with a verified TLS context for loopback HTTP."""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any

import pytest

from desktop.config import demo_sandbox_path
from desktop.pagoefectivo.hosts import tls_for
from desktop.services.runtime import open_runtime
from tests.staffing import person, signed_in


def counting(calls: list[str], name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    def counted(self: ssl.SSLContext, *args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return method(self, *args, **kwargs)

    return counted


def test_the_demo_sandbox_starts_when_pagoefectivo_is_first_needed_and_loopback_loads_no_ca(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAGODESK_DEMO_PORT", "0")
    loaded: list[str] = []  # what verifying a certificate needs: the CA store, read from disk
    for name in ("load_verify_locations", "set_default_verify_paths", "load_default_certs"):
        monkeypatch.setattr(
            ssl.SSLContext, name, counting(loaded, name, getattr(ssl.SSLContext, name))
        )
    runtime = signed_in(open_runtime(None), person("Ana"))
    try:
        assert not demo_sandbox_path().exists()  # opened and read: no sandbox yet
        assert runtime.sandbox_url is not None and runtime.sandbox_url.startswith(
            "http://127.0.0.1:"
        )
        assert demo_sandbox_path().exists()  # reaching PagoEfectivo started it
        assert runtime.client.check_connection().code_service
        assert runtime.receive_demo_notifications() is not None
    finally:
        runtime.close()
    assert loaded == []


def test_only_https_gets_the_systems_verified_tls() -> None:
    assert tls_for("https://services.pagoefectivo.pe") is True
    bare = tls_for("http://127.0.0.1:8765")
    assert isinstance(bare, ssl.SSLContext)
    assert bare.verify_mode is ssl.CERT_REQUIRED and bare.check_hostname  # refuses, never trusts
    assert bare.cert_store_stats()["x509_ca"] == 0
