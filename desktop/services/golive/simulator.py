"""The simulator's admin routes (``/_sandbox/...``) as the go-live check drives them: pay,
notify again, expire, faults, clock, the webhook's URL, losses and reachability. Over HTTP,
so a simulator of another process (the app's, a foreground ``pagodesk sandbox``) works too."""

from __future__ import annotations

from typing import Any

import httpx

TIMEOUT = httpx.Timeout(15.0, connect=3.0)
"""A payment waits for its notification (two tries of up to 10 s at most in the worst case)."""


class AdminError(Exception):
    """The simulator refused or did not answer an admin request."""


def simulator_at(base_url: str) -> SimulatorAdmin | None:
    """The simulator's admin at ``base_url``, or None when that is no simulator of ours
    (PagoEfectivo's own pre-production has no ``/_sandbox``)."""
    try:
        answer = httpx.get(f"{base_url.rstrip('/')}/_sandbox", timeout=3.0, trust_env=False)
        info = answer.json() if answer.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return None
    if not isinstance(info, dict) or "serviceId" not in info:
        return None
    return SimulatorAdmin(base_url)


class SimulatorAdmin:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        try:
            with httpx.Client(base_url=self.base_url, timeout=TIMEOUT, trust_env=False) as http:
                answer = http.request(method, path, json=body)
        except httpx.HTTPError as exc:
            raise AdminError(f"{method} {path}: {type(exc).__name__}") from None
        try:
            data = answer.json()
        except ValueError:
            data = None
        if answer.status_code != 200:
            said = data.get("error") if isinstance(data, dict) else None
            raise AdminError(f"{method} {path}: HTTP {answer.status_code} {said or ''}".strip())
        return data

    def pay(self, cip: int) -> dict[str, Any] | None:
        """Pay the CIP; the delivery of its notification (None when no URL is set)."""
        return self._call("POST", f"/_sandbox/cips/{cip}/pay").get("webhook")  # type: ignore[no-any-return]

    def notify_again(self, cip: int) -> dict[str, Any] | None:
        return self._call("POST", f"/_sandbox/cips/{cip}/notify").get("webhook")  # type: ignore[no-any-return]

    def expire(self, cip: int) -> None:
        self._call("POST", f"/_sandbox/cips/{cip}/expire")

    def fault(self, kind: str, method: str, path: str, **params: object) -> None:
        """One fault for the next matching request only."""
        body = {"kind": kind, "count": 1, "method": method, "path": path, **params}
        self._call("POST", "/_sandbox/faults", body)

    def faults_left(self, path: str) -> bool:
        faults = self._call("GET", "/_sandbox/faults").get("faults", [])
        return any(f.get("path") == path for f in faults)

    def clear_faults(self) -> None:
        self._call("DELETE", "/_sandbox/faults")

    def clock_offset(self) -> float:
        return float(self._call("GET", "/_sandbox/clock")["offsetSeconds"])

    def set_clock_offset(self, seconds: float) -> None:
        self._call("POST", "/_sandbox/clock", {"offsetSeconds": seconds})

    def webhook(self) -> dict[str, Any]:
        """``{"url": ..., "drop": ...}``: where notifications go, and whether some are lost."""
        return self._call("GET", "/_sandbox/webhook")  # type: ignore[no-any-return]

    def drop_next_notification(self) -> None:
        self._call("POST", "/_sandbox/webhook/drop", {"count": 1})

    def probe(self, url: str) -> dict[str, Any]:
        """GET ``url`` from the simulator: ``{"status", "error", "ms"}``."""
        return self._call("POST", "/_sandbox/webhook/probe", {"url": url})  # type: ignore[no-any-return]
