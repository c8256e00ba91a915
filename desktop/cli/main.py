"""Parsing and dispatch of ``pagodesk``: the app when no command is given, else the command."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli.common import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; each feature module registers its own subcommands. Nothing
    heavy is imported here (no services, database, HTTP or PDF): ``--help`` stays cheap."""
    from desktop.cli import about, audit, profiles, receipts, reconcile, reports, sync, vouchers
    from desktop.cli.backup import register as register_backup
    from desktop.cli.dispute import register as register_dispute
    from desktop.cli.golive import register as register_golive
    from desktop.cli.health import register as register_health
    from desktop.cli.printing import register as register_printing
    from desktop.cli.sandbox import register as register_sandbox
    from desktop.cli.settlement import register as register_settlement
    from desktop.cli.users import register as register_users
    from desktop.cli.webhook import register as register_webhook

    parser = argparse.ArgumentParser(
        prog="pagodesk",
        description="PagoDesk: cobros en efectivo con PagoEfectivo.",
    )
    parser.add_argument("--version", action="version", version=f"PagoDesk {__version__}")
    parser.add_argument(
        "--profile",
        default=os.environ.get("PAGODESK_PROFILE") or None,
        help="perfil a usar (por defecto: PAGODESK_PROFILE, el activo, o demo)",
    )
    parser.add_argument(
        "--user",
        default=os.environ.get("PAGODESK_USER") or None,
        help="usuario que opera (PIN en PAGODESK_PIN o pedido); en demo, por defecto «Demo»",
    )
    # Build check (tests/smoke/smoke_frozen.py): open the window, report, quit. Not for users.
    parser.add_argument("--smoke-gui", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMANDO")
    vouchers.register(commands)
    sync.register(commands)
    reconcile.register(commands)
    audit.register(commands)
    register_settlement(commands)
    receipts.register(commands)
    register_printing(commands)
    reports.register(commands)
    profiles.register(commands)
    about.register(commands)
    register_health(commands)
    register_dispute(commands)
    register_backup(commands)
    register_golive(commands)
    register_sandbox(commands)
    register_webhook(commands)
    register_users(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code (0 ok, 2 bad input, 1 other failures)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if os.name == "posix":
        os.umask(0o077)  # what PagoDesk writes holds personal data: this user's only
    from desktop.services.logs import close_logging, logging_problem, setup_logging

    if setup_logging() is None:
        print(f"pagodesk: aviso: sin registro ({logging_problem()})", file=sys.stderr)
    logging.getLogger(__name__).info("pagodesk %s", args.command or "gui")
    try:
        return _dispatch(args)
    finally:
        close_logging()


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        from desktop.ui.app import run_gui

        return run_gui(profile=args.profile, smoke=args.smoke_gui)
    handler = args.func
    from desktop.cli.key_file import key_file_password
    from desktop.services.key_password import ask_key_file_password_with

    ask_key_file_password_with(key_file_password)  # asked only if a key is needed
    try:
        code: int = handler(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `pagodesk list | head`: the reader left; finish quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        ask_key_file_password_with(None)
    return code


if __name__ == "__main__":
    sys.exit(main())
