"""Command line of PagoDesk (``pagodesk``): the app by default, subcommands for headless work."""

# One module per feature; each imports the services inside its command functions, so building
# the parser (``pagodesk --help``) loads no database, HTTP, PDF or Qt (test_cli_parser.py).
from desktop.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
