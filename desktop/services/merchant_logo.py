"""The merchant's logo, kept in the data folder: a copy is made when it is chosen, so moving or
deleting the original does not lose it; choosing another one replaces the copy."""

from __future__ import annotations

import contextlib
from pathlib import Path

from desktop import config
from desktop.receipts.logo import load_logo

LOGO_MAX_BYTES = 2_000_000
KEPT_NAME = "logo-comercio"
SUFFIXES = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}  # what the file is


def logo_problem(path: Path) -> str | None:
    """Why ``path`` cannot be the logo (a code), or None: readable, PNG or JPEG of at most
    2 MB, and an image the voucher can draw (receipts.logo: decoded, not a blank one)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            content = handle.read(LOGO_MAX_BYTES + 1)
    except OSError:
        return "logo_unreadable"
    if _suffix(content) is None:
        return "logo_not_image"
    if max(size, len(content)) > LOGO_MAX_BYTES:
        return "logo_too_big"
    if load_logo(content, grayscale=False) is None:
        return "logo_not_image"
    return None


def _suffix(content: bytes) -> str | None:
    return next((s for magic, s in SUFFIXES.items() if content.startswith(magic)), None)


def kept_logos() -> list[Path]:
    """The copies in the data folder (one at most once a logo was kept)."""
    folder = config.data_dir()
    return [
        folder / f"{KEPT_NAME}{s}"
        for s in SUFFIXES.values()
        if (folder / f"{KEPT_NAME}{s}").exists()
    ]


def keep_logo(chosen: str | Path) -> Path:
    """Copy the chosen logo into the data folder (0600, written at once) and return where;
    the previous copy goes. A path that already is the copy is returned as it is. Check it
    with ``logo_problem`` first."""
    source = Path(chosen).expanduser()
    if source.resolve() in {p.resolve() for p in kept_logos()}:
        return source
    with source.open("rb") as handle:
        content = handle.read(LOGO_MAX_BYTES + 1)
    suffix = _suffix(content) or source.suffix.lower()
    target = config.data_dir() / f"{KEPT_NAME}{suffix}"
    config.atomic_write_bytes(target, content)
    config.tighten(target, config.PRIVATE_FILE)
    for old in kept_logos():
        if old != target:
            old.unlink()
    return target


def drop_logo() -> None:
    """The merchant has no logo any more: its copy goes too."""
    for old in kept_logos():
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
