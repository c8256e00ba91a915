"""Command line of PagoDesk (``pagodesk``): the app by default, subcommands for headless work."""

from desktop.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
