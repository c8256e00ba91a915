"""Who gives the encrypted key file's password when a key is first needed. Kept apart from
``secrets`` (which loads the keyring) so that a command sets it without that cost."""

from __future__ import annotations

from collections.abc import Callable

_source: Callable[[], str | None] | None = None


def ask_key_file_password_with(source: Callable[[], str | None] | None) -> None:
    """The command line asks the environment or the terminal; ``None``: nobody (the app asks
    once at start, in a window)."""
    global _source
    _source = source


def key_file_password() -> str | None:
    """The password from whoever was named, or ``None``."""
    return _source() if _source is not None else None
