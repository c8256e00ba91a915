"""``pagodesk sandbox``: the simulator in the foreground, and pay/expire/reverse on its state."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

from desktop.config import demo_sandbox_path
from desktop.domain.money import format_money
from desktop.sandbox.config import DEFAULT_HOST, DEFAULT_PORT, DEMO_CONFIG, SandboxConfig
from desktop.sandbox.server import SandboxServer
from desktop.sandbox.state import SandboxState, StateConflict, UnknownCip
from desktop.sandbox.validation import parse_cip
from desktop.sandbox.webhook import Delivery, pay_and_notify
from desktop.threadserver import stop_on_signals

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
ACTIONS = ("pay", "expire", "reverse")


class UsageError(Exception):
    """Bad command-line input: one line on stderr, exit 2."""


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``sandbox`` subcommand to an argparse subparsers object (sets ``func``)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sandbox",
        help="run the PagoEfectivo simulator, or pay/expire/reverse one of its CIPs",
        description="A faithful PagoEfectivo API simulator on loopback. Without an action it "
        "serves in the foreground until Ctrl+C and prints its URL and credentials.",
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"default {DEFAULT_HOST}")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}; 0 = any free port"
    )
    parser.add_argument("--webhook-url", help="where cip.paid notifications are posted")
    parser.add_argument("--service-id", type=int, help="merchant idService (with both keys)")
    parser.add_argument("--access-key", help="merchant access key")
    parser.add_argument("--secret-key", help="merchant secret key")
    parser.add_argument("--state", help="SQLite state file (default: the demo profile's)")
    actions = parser.add_subparsers(dest="sandbox_action", metavar="ACTION")
    helps = {
        "pay": "mark a generated CIP paid and send the signed cip.paid webhook",
        "expire": "make a generated CIP expire now",
        "reverse": "reverse a paid CIP (extorno): it is pending again",
    }
    for name in ACTIONS:
        action = actions.add_parser(name, help=helps[name], description=helps[name])
        action.add_argument("cip", help="the CIP number")
        if name == "pay":
            action.add_argument("--operation", help="operation number (generated if absent)")
        action.add_argument("--state", default=argparse.SUPPRESS, help="SQLite state file")
        action.set_defaults(func=run)
    parser.set_defaults(func=run, sandbox_action=None)
    return parser


def run(args: argparse.Namespace) -> int:
    """Handler of ``pagodesk sandbox``; returns the exit code."""
    try:
        if getattr(args, "sandbox_action", None) in ACTIONS:
            return _act(args, sys.stdout)
        config, state_path = foreground_config(args)
        return serve(config, state_path, sys.stdout)
    except UsageError as exc:
        print(f"pagodesk sandbox: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def foreground_config(args: argparse.Namespace) -> tuple[SandboxConfig, Path]:
    """The server's config from the flags (demo credentials unless all three are given)."""
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, not {args.port}")
    merchant = (args.service_id, args.access_key, args.secret_key)
    changes: dict[str, Any] = {"host": args.host, "port": args.port}
    if any(value is not None for value in merchant):
        if any(value is None or value == "" for value in merchant):
            raise UsageError("--service-id, --access-key and --secret-key go together")
        if args.service_id <= 0:
            raise UsageError("--service-id must be a positive integer")
        changes.update(service_id=args.service_id, access_key=args.access_key)
        changes["secret_key"] = args.secret_key
    if args.webhook_url is not None:
        if not args.webhook_url.startswith(("http://", "https://")):
            raise UsageError(f"--webhook-url must be an http(s) URL, not {args.webhook_url!r}")
        changes["webhook_url"] = args.webhook_url
    return DEMO_CONFIG.with_changes(**changes), _state_path(args)


def _state_path(args: argparse.Namespace) -> Path:
    return Path(args.state).expanduser() if getattr(args, "state", None) else demo_sandbox_path()


def serve(
    config: SandboxConfig,
    state_path: Path,
    out: TextIO,
    stop: threading.Event | None = None,
) -> int:
    """Serve in the foreground until Ctrl+C (or ``stop`` is set), logging each request."""
    access, handler = logging.getLogger("uvicorn.access"), logging.StreamHandler(out)
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    try:
        return _serve(SandboxServer(config, state_path), state_path, out, stop)
    finally:
        access.removeHandler(handler)


def _serve(
    server: SandboxServer, state_path: Path, out: TextIO, stop: threading.Event | None
) -> int:
    config = server.config
    try:
        server.start()
    except OSError as exc:
        print(
            f"pagodesk sandbox: cannot listen on {config.host}:{config.port}: {exc}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except sqlite3.DatabaseError as exc:
        print(f"pagodesk sandbox: {state_path} is not a sandbox state file: {exc}", file=sys.stderr)
        return EXIT_FAILED
    url = server.base_url
    lines = [
        f"PagoEfectivo sandbox (PagoDesk simulator) listening on {url}",
        f"  API base URL:  {url}/v1/",
        f"  Service id:    {config.service_id}",
        f"  Code service:  {config.code_service}",
        f"  Access key:    {config.access_key}",
        f"  Secret key:    {config.secret_key}",
        f"  Webhook URL:   {server.state.webhook_url or '(none)'}",
        f"  State file:    {state_path}",
        f"Admin: POST {url}/_sandbox/cips/<CIP>/pay | expire | reverse.  Ctrl+C stops.",
    ]
    print("\n".join(lines), file=out, flush=True)
    try:
        with stop_on_signals(stop or threading.Event()) as stopping:
            while server.running and not stopping.wait(0.25):
                pass
    finally:
        server.stop()
    print("Sandbox stopped.", file=out, flush=True)
    return EXIT_OK


def _act(args: argparse.Namespace, out: TextIO) -> int:
    cip = parse_cip(args.cip)
    if cip is None:
        raise UsageError(f"CIP must be a positive integer, not {args.cip!r}")
    operation = getattr(args, "operation", None)
    if operation is not None and not 1 <= len(operation.strip()) <= 14:
        raise UsageError("--operation must be 1 to 14 characters")
    path = _state_path(args)
    if not path.exists():
        print(f"pagodesk sandbox: no sandbox state at {path}", file=sys.stderr)
        return EXIT_FAILED
    try:
        state = SandboxState(path)
    except sqlite3.DatabaseError as exc:
        print(f"pagodesk sandbox: {path} is not a sandbox state file: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        delivery: Delivery | None = None
        if args.sandbox_action == "pay":
            merchant = state.merchant() or DEMO_CONFIG
            payment = pay_and_notify(state, merchant, cip, operation.strip() if operation else None)
            record, delivery = payment.record, payment.delivery
        elif args.sandbox_action == "expire":
            record = state.expire(cip)
        else:
            record = state.reverse(cip)
        amount = format_money(record.amount, record.currency)
        done = {"pay": "paid", "expire": "expired", "reverse": "reversed (pending again)"}
        extra = f", operation {record.operation_number}" if args.sandbox_action == "pay" else ""
        print(
            f"CIP {cip} {done[args.sandbox_action]}: {amount}, "
            f"transaction {record.transaction_code}{extra}",
            file=out,
        )
        if args.sandbox_action == "pay":
            print(
                describe_delivery(delivery) if delivery else "Webhook: none configured.", file=out
            )
        return EXIT_OK
    except (UnknownCip, StateConflict) as exc:
        print(f"pagodesk sandbox: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        state.close()


def describe_delivery(delivery: Delivery) -> str:
    """One line about a webhook delivery."""
    tries = f"{delivery.attempts} attempt{'s' if delivery.attempts != 1 else ''}"
    if delivery.delivered:
        return f"Webhook: delivered to {delivery.url} (HTTP 200, {tries})."
    return f"Webhook: NOT delivered to {delivery.url} after {tries}: {delivery.error}."
