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
from desktop.sandbox.state import CipRecord
from desktop.sandbox.validation import parse_cip
from desktop.sandbox.webhook import pay_and_notify
from desktop.threadserver import stop_on_signals

__all__ = [
    "ActionDone",
    "Delivery",
    "SandboxConfig",
    "Serving",
    "SimulatorError",
    "demo_state_path",
    "expire",
    "foreground_config",
    "parse_cip",
    "pay",
    "reverse",
    "serve",
]


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


def pay(state_path: Path, cip: int, operation: str | None = None) -> ActionDone:
    """Pay a generated CIP of a state file and post the signed ``cip.paid`` to its webhook URL
    (the operation number is generated when absent). Raises ``SimulatorError``."""

    def paying(state: SandboxState) -> tuple[CipRecord, Delivery | None]:
        payment = pay_and_notify(state, state.merchant() or DEMO_CONFIG, cip, operation)
        return payment.record, payment.delivery

    return _act(state_path, cip, paying)


def expire(state_path: Path, cip: int) -> ActionDone:
    """Make a generated CIP of a state file expire now. Raises ``SimulatorError``."""
    return _act(state_path, cip, lambda state: (state.expire(cip), None))


def reverse(state_path: Path, cip: int) -> ActionDone:
    """Reverse a paid CIP of a state file (extorno): pending again. Raises ``SimulatorError``."""
    return _act(state_path, cip, lambda state: (state.reverse(cip), None))


def _act(
    state_path: Path,
    cip: int,
    action: Callable[[SandboxState], tuple[CipRecord, Delivery | None]],
) -> ActionDone:
    """One admin action on a state file shared with a running simulator, if any."""
    if not state_path.exists():
        raise SimulatorError("no_state", path=state_path)
    try:
        state = SandboxState(state_path)
    except sqlite3.DatabaseError as exc:
        raise SimulatorError("not_a_state", str(exc), path=state_path) from exc
    try:
        record, delivery = action(state)
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
