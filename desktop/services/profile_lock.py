"""Who has a profile open on this PC: the app and ``pagodesk webhook`` each hold a lock file
while they run, so ``pagodesk restore`` (and «Traer de otra PC» over an existing profile)
never swaps the database under them.

Each holder writes ``profiles/<perfil>.en-uso/<pid>.lock`` and keeps an exclusive OS lock on
it (``fcntl.flock``; ``msvcrt.locking`` on Windows). The OS lets the lock go when the process
ends, however it ends, so a file left by a crash is recognised (it can be locked) and
removed: no guessing from pids, which the system reuses.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from desktop import config


class ProfileInUse(Exception):
    """Another process of this PC has the profile open (``pids``: who)."""

    def __init__(self, profile: str, pids: list[int]) -> None:
        super().__init__(f"profile {profile!r} is open in process(es) {pids}")
        self.profile = profile
        self.pids = pids


def _folder(profile: str) -> Path:
    return config.private_dir(config.data_dir() / "profiles") / f"{profile}.en-uso"


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the exclusive lock without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class ProfileHold:
    """This process has the profile open until ``release`` (or the end of a ``with``)."""

    def __init__(self, profile: str) -> None:
        self.profile = profile
        self.path = config.private_dir(_folder(profile)) / f"{os.getpid()}.lock"
        self._handle: IO[bytes] | None = self.path.open("wb")
        if not _try_lock(self._handle):  # cannot happen: the name is this process's own
            self.release()
            raise ProfileInUse(profile, [os.getpid()])
        self._handle.write(str(os.getpid()).encode("ascii"))
        self._handle.flush()

    def release(self) -> None:
        if self._handle is None:
            return
        self._handle.close()  # lets the OS lock go
        self._handle = None
        with contextlib.suppress(OSError):
            self.path.unlink()

    def __enter__(self) -> ProfileHold:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def hold(profile: str) -> ProfileHold:
    """Mark ``profile`` open by this process (the app, the receiver)."""
    return ProfileHold(profile)


def holders(profile: str) -> list[int]:
    """The other processes that have ``profile`` open now; files left by ended processes are
    removed on the way."""
    folder = _folder(profile)
    found: list[int] = []
    for path in sorted(folder.glob("*.lock")):
        pid = int(path.stem) if path.stem.isdigit() else 0
        if pid == os.getpid():
            continue
        try:
            with path.open("r+b") as handle:
                free = _try_lock(handle)
        except OSError:  # Windows: a file open in another process cannot be opened to write
            free = False
        if free:
            with contextlib.suppress(OSError):
                path.unlink()
        else:
            found.append(pid)
    return found


def ensure_closed(profile: str) -> None:
    """``ProfileInUse`` while another process has ``profile`` open."""
    pids = holders(profile)
    if pids:
        raise ProfileInUse(profile, pids)
