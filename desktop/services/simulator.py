"""The PagoEfectivo simulator as the command line drives it: served in the foreground, acted on."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from desktop.config import demo_sandbox_path
from desktop.sandbox import (
    DEMO_CONFIG,
    Delivery,
    SandboxConfig,
    SandboxServer,
    SandboxState,
    StateConflict,
    UnknownCip,
)
from desktop.sandbox.config import DEFAULT_HOST, DEFAULT_PORT
from desktop.sandbox.validation import parse_cip
from desktop.sandbox.webhook import pay_and_notify
from desktop.threadserver import stop_on_signals

__all__ = [
    "ACTIONS",
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "ActionDone",
    "Delivery",
    "SandboxConfig",
    "Serving",
    "SimulatorError",
    "act",
    "demo_state_path",
    "foreground_config",
    "parse_cip",
    "serve",
]

ACTIONS = ("pay", "expire", "reverse")
"""What can be done to one CIP of a state file, as the admin routes do it."""


class SimulatorError(Exception):
    """The simulator could not serve or act. ``code``: ``cannot_listen`` (``detail`` says
    why), ``no_state`` and ``not_a_state`` (``path``), ``unknown_cip``, ``conflict`` (the CIP's
    ``status`` does not allow the action)."""

    def __init__(
        self,
        code: str,
        detail: str = "",
        *,
        path: Path | None = None,
        cip: int | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
        self.path = path
        self.cip = cip
        self.status = status


@dataclass(frozen=True)
class Serving:
    """A foreground simulator just started: where it listens and the merchant it plays."""

    base_url: str
    config: SandboxConfig
    webhook_url: str | None
    state_path: Path


@dataclass(frozen=True)
class ActionDone:
    """A CIP just paid, expired or reversed; ``delivery`` is the notification of a payment."""

    cip: int
    amount: Decimal
    currency: str
    transaction_code: str
    operation_number: str | None
    delivery: Delivery | None


def demo_state_path() -> Path:
    """The state file of the demo profile's embedded sandbox."""
    return demo_sandbox_path()


def foreground_config(
    host: str,
    port: int,
    *,
    webhook_url: str | None = None,
    merchant: tuple[int, str, str] | None = None,
) -> SandboxConfig:
    """The demo merchant on ``host:port``, or the ``(service_id, access_key, secret_key)`` one."""
    changes: dict[str, Any] = {"host": host, "port": port}
    if merchant is not None:
        changes.update(zip(("service_id", "access_key", "secret_key"), merchant, strict=True))
    if webhook_url is not None:
        changes["webhook_url"] = webhook_url
    return DEMO_CONFIG.with_changes(**changes)


def serve(
    config: SandboxConfig,
    state_path: Path,
    *,
    ready: Callable[[Serving], None],
    stop: threading.Event,
    access_log: TextIO,
) -> None:
    """Serve until ``stop`` is set (Ctrl+C and SIGTERM set it), each request logged to
    ``access_log``; ``ready`` is called once listening. Raises ``SimulatorError``."""
    access, handler = logging.getLogger("uvicorn.access"), logging.StreamHandler(access_log)
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    try:
        server = SandboxServer(config, state_path)
        try:
            server.start()
        except OSError as exc:
            raise SimulatorError("cannot_listen", exc.strerror or str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise SimulatorError("not_a_state", str(exc), path=state_path) from exc
        ready(Serving(server.base_url, config, server.state.webhook_url, state_path))
        try:
            with stop_on_signals(stop) as stopping:
                while server.running and not stopping.wait(0.25):
                    pass
        finally:
            server.stop()
    finally:
        access.removeHandler(handler)


def act(state_path: Path, action: str, cip: int, operation: str | None = None) -> ActionDone:
    """Pay (and notify), expire or reverse a CIP of a state file, as the admin routes do.
    Raises ``SimulatorError``; ``ValueError`` for an action not in ``ACTIONS``."""
    if action not in ACTIONS:
        raise ValueError(f"unknown sandbox action {action!r}")
    if not state_path.exists():
        raise SimulatorError("no_state", path=state_path)
    try:
        state = SandboxState(state_path)
    except sqlite3.DatabaseError as exc:
        raise SimulatorError("not_a_state", str(exc), path=state_path) from exc
    try:
        delivery: Delivery | None = None
        if action == "pay":
            payment = pay_and_notify(state, state.merchant() or DEMO_CONFIG, cip, operation)
            record, delivery = payment.record, payment.delivery
        elif action == "expire":
            record = state.expire(cip)
        else:
            record = state.reverse(cip)
    except UnknownCip as exc:
        raise SimulatorError("unknown_cip", str(exc), cip=cip) from None
    except StateConflict as exc:
        raise SimulatorError("conflict", str(exc), cip=cip, status=_status(state, cip)) from None
    finally:
        state.close()
    return ActionDone(
        cip=cip,
        amount=record.amount,
        currency=record.currency,
        transaction_code=record.transaction_code,
        operation_number=record.operation_number,
        delivery=delivery,
    )


def _status(state: SandboxState, cip: int) -> int | None:
    """The API status of a CIP now (21 expired, 22 generated, 23 paid, 25 deleted)."""
    record = state.get(cip)
    return None if record is None else state.view(record).status
