"""``pagodesk sandbox``: the simulator in the foreground, and pay/expire/reverse on its state."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

from desktop.domain.money import format_money
from desktop.services.simulator import (
    ACTIONS,
    DEFAULT_HOST,
    DEFAULT_PORT,
    Delivery,
    SandboxConfig,
    Serving,
    SimulatorError,
    act,
    demo_state_path,
    foreground_config,
    parse_cip,
)
from desktop.services.simulator import serve as serve_simulator

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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
        config, state_path = config_from_flags(args)
        return serve(config, state_path, sys.stdout)
    except UsageError as exc:
        print(f"pagodesk sandbox: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def config_from_flags(args: argparse.Namespace) -> tuple[SandboxConfig, Path]:
    """The server's config from the flags (demo credentials unless all three are given)."""
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, not {args.port}")
    merchant: tuple[int, str, str] | None = None
    given = (args.service_id, args.access_key, args.secret_key)
    if any(value is not None for value in given):
        if any(value is None or value == "" for value in given):
            raise UsageError("--service-id, --access-key and --secret-key go together")
        if args.service_id <= 0:
            raise UsageError("--service-id must be a positive integer")
        merchant = (args.service_id, args.access_key, args.secret_key)
    if args.webhook_url is not None and not args.webhook_url.startswith(("http://", "https://")):
        raise UsageError(f"--webhook-url must be an http(s) URL, not {args.webhook_url!r}")
    config = foreground_config(
        args.host,
        args.port,
        webhook_url=args.webhook_url,
        merchant=merchant,
    )
    return config, _state_path(args)


def _state_path(args: argparse.Namespace) -> Path:
    return Path(args.state).expanduser() if getattr(args, "state", None) else demo_state_path()


def serve(
    config: SandboxConfig,
    state_path: Path,
    out: TextIO,
    stop: threading.Event | None = None,
) -> int:
    """Serve in the foreground until Ctrl+C (or ``stop`` is set), logging each request."""

    def ready(serving: Serving) -> None:
        print("\n".join(banner(serving)), file=out, flush=True)

    try:
        serve_simulator(
            config, state_path, ready=ready, stop=stop or threading.Event(), access_log=out
        )
    except SimulatorError as exc:
        if exc.code == "cannot_listen":
            where = f"{config.host}:{config.port}"
            print(f"pagodesk sandbox: cannot listen on {where}: {exc.detail}", file=sys.stderr)
        else:
            print(
                f"pagodesk sandbox: {state_path} is not a sandbox state file: {exc.detail}",
                file=sys.stderr,
            )
        return EXIT_FAILED
    print("Sandbox stopped.", file=out, flush=True)
    return EXIT_OK


def banner(serving: Serving) -> list[str]:
    """What a started simulator prints: its URL and the merchant's credentials."""
    url, config = serving.base_url, serving.config
    return [
        f"PagoEfectivo sandbox (PagoDesk simulator) listening on {url}",
        f"  API base URL:  {url}/v1/",
        f"  Service id:    {config.service_id}",
        f"  Code service:  {config.code_service}",
        f"  Access key:    {config.access_key}",
        f"  Secret key:    {config.secret_key}",
        f"  Webhook URL:   {serving.webhook_url or '(none)'}",
        f"  State file:    {serving.state_path}",
        f"Admin: POST {url}/_sandbox/cips/<CIP>/pay | expire | reverse.  Ctrl+C stops.",
    ]


def _act(args: argparse.Namespace, out: TextIO) -> int:
    cip = parse_cip(args.cip)
    if cip is None:
        raise UsageError(f"CIP must be a positive integer, not {args.cip!r}")
    operation = getattr(args, "operation", None)
    if operation is not None and not 1 <= len(operation.strip()) <= 14:
        raise UsageError("--operation must be 1 to 14 characters")
    path = _state_path(args)
    action = args.sandbox_action
    try:
        done = act(path, action, cip, operation.strip() if operation else None)
    except SimulatorError as exc:
        if exc.code == "no_state":
            print(f"pagodesk sandbox: no sandbox state at {path}", file=sys.stderr)
        elif exc.code == "not_a_state":
            print(
                f"pagodesk sandbox: {path} is not a sandbox state file: {exc.detail}",
                file=sys.stderr,
            )
        else:
            print(f"pagodesk sandbox: {exc.detail}", file=sys.stderr)
        return EXIT_FAILED
    amount = format_money(done.amount, done.currency)
    words = {"pay": "paid", "expire": "expired", "reverse": "reversed (pending again)"}
    extra = f", operation {done.operation_number}" if action == "pay" else ""
    print(
        f"CIP {cip} {words[action]}: {amount}, transaction {done.transaction_code}{extra}",
        file=out,
    )
    if action == "pay":
        print(
            describe_delivery(done.delivery) if done.delivery else "Webhook: none configured.",
            file=out,
        )
    return EXIT_OK


def describe_delivery(delivery: Delivery) -> str:
    """One line about a webhook delivery."""
    tries = f"{delivery.attempts} attempt{'s' if delivery.attempts != 1 else ''}"
    if delivery.delivered:
        return f"Webhook: delivered to {delivery.url} (HTTP 200, {tries})."
    return f"Webhook: NOT delivered to {delivery.url} after {tries}: {delivery.error}."
