"""Backups that bring a shop back, for a profile on its own SQLite file.

A copy is taken with SQLite's online backup API (consistent while the app and the receiver
write), checked (``PRAGMA integrity_check`` and the audit of every voucher and of the sealed
chain, with this PC's key) and only then given its name: ``<perfil>-AAAAMMDD-HHMMSS.sqlite3``
(Lima time), with ``.json`` beside it saying when, the chain head, how many vouchers and the
file's SHA-256. Rotation keeps the newest copy of each of the last ``daily`` days and of each
of the last ``weekly`` ISO weeks. Restoring checks the file the same way on an upgraded
scratch copy, keeps a safety copy of the current data, then swaps the file in whole.
A PostgreSQL profile is backed up by ``pg_dump`` in its custom format (see ``dump_postgres``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text

from desktop.config import data_dir, private_dir, profile_database_path
from desktop.domain.limatime import LIMA, Clock, to_lima, utc_now
from desktop.services.audit import audit
from desktop.services.audit_chain import chain_head
from desktop.services.profiles import Profile, database_url
from desktop.store.engine import make_engine, sqlite_url, upgrade
from desktop.store.seal import use_key

NAME = re.compile(r"^(?P<profile>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite3$")
STAMP = "%Y%m%d-%H%M%S"
KeyFor = Callable[[Engine], bytes]
"""The profile's chain key given an engine on the copy (``chain_keys.chain_key``)."""


class BackupError(Exception):
    """``code``: not_sqlite, no_database, unreadable, integrity, audit, other_profile,
    in_use, pg_dump_missing, pg_dump_failed. ``detail`` names the file or the first problem."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class CheckedCopy:
    vouchers: int
    head: str | None


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    taken_at: datetime
    vouchers: int
    head: str | None
    sha256: str


@dataclass(frozen=True)
class Restored:
    safety_copy: Path
    vouchers: int
    head: str | None


def default_folder() -> Path:
    """Where copies go when the merchant chose no folder: inside the data folder (better on
    a USB drive or a synced folder: ``--out``)."""
    return private_dir(data_dir() / "copias")


def take_backup(
    profile: Profile, folder: Path, key_for: KeyFor, *, clock: Clock = utc_now
) -> BackupCopy:
    """A checked copy of the profile's SQLite file in ``folder``; nothing named is left
    when a check fails."""
    source = _sqlite_file(profile)
    taken_at = clock()
    final = folder / f"{profile.name}-{to_lima(taken_at).strftime(STAMP)}.sqlite3"
    partial = folder / f".{final.name}.parcial"
    try:
        online_copy(source, partial)
        checked = check_copy(partial, profile.name, key_for)
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    digest = sha256_of(final)
    copy = BackupCopy(final, taken_at, checked.vouchers, checked.head, digest)
    _write_note(copy)
    return copy


def check_copy(path: Path, profile: str, key_for: KeyFor) -> CheckedCopy:
    """Integrity, then the audit (the copy as it is: taken from a current database)."""
    _integrity(path)
    engine = make_engine(sqlite_url(path))
    try:
        return _audited(engine, profile, key_for, path)
    finally:
        engine.dispose()


def restore_backup(
    profile: Profile, file: Path, key_for: KeyFor, *, clock: Clock = utc_now
) -> Restored:
    """Put ``file`` in place of the profile's data, after checking it on a scratch copy
    brought to the newest schema; the data it replaces is kept as a safety copy first.
    The app and the receiver must be closed (the caller makes sure)."""
    target = _sqlite_file(profile)
    ensure_not_open(profile.name)
    scratch = target.with_name(f".{target.name}.restaurando")
    try:
        checked = checked_scratch(file, scratch, profile.name, key_for)
        safety_folder = private_dir(data_dir() / "copias" / "antes-de-restaurar")
        safety = take_backup(profile, safety_folder, key_for, clock=clock).path
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(scratch, target)
    finally:
        drop_scratch(scratch)
    return Restored(safety, checked.vouchers, checked.head)


def verify_restorable(profile: Profile, file: Path, key_for: KeyFor) -> CheckedCopy:
    """The checks ``restore_backup`` makes, on a scratch copy, changing nothing: the app asks
    before it closes the profile to restore."""
    target = _sqlite_file(profile)
    scratch = target.with_name(f".{target.name}.comprobando")
    try:
        return checked_scratch(file, scratch, profile.name, key_for)
    finally:
        drop_scratch(scratch)


def checked_scratch(file: Path, scratch: Path, profile: str, key_for: KeyFor | None) -> CheckedCopy:
    """``file`` copied to ``scratch``, brought to the newest schema and checked (audited
    unless ``key_for`` is None)."""
    if not file.is_file():
        raise BackupError("unreadable", str(file))
    online_copy(file, scratch)
    _integrity(scratch)
    engine = make_engine(sqlite_url(scratch))
    try:
        upgrade(engine)
        return _audited(engine, profile, key_for, file)
    finally:
        engine.dispose()


def ensure_not_open(profile: str) -> None:
    """Refused while the app or the receiver has the profile open on this PC."""
    from desktop.services.profile_lock import ProfileInUse, ensure_closed

    try:
        ensure_closed(profile)
    except ProfileInUse as exc:
        raise BackupError("in_use", ", ".join(map(str, exc.pids))) from None


def drop_scratch(path: Path) -> None:
    """A scratch file and its journal files, gone."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def rotate(
    folder: Path, profile: str, *, clock: Clock = utc_now, daily: int = 7, weekly: int = 4
) -> list[Path]:
    """Delete the copies of ``profile`` the rotation no longer keeps; return them."""
    copies = sorted(_copies(folder, profile), key=lambda c: c[1], reverse=True)
    today = to_lima(clock()).date()
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for path, taken in copies:  # newest first: the first seen of a day or week is kept
        day = to_lima(taken).date()
        if (today - day).days < daily:
            days.setdefault(day, path)
        if (today - day).days < 7 * weekly:
            weeks.setdefault(day.isocalendar()[:2], path)
    keep = set(days.values()) | set(weeks.values())
    removed = []
    for path, _ in copies:
        if path not in keep:
            path.unlink(missing_ok=True)
            path.with_suffix(".json").unlink(missing_ok=True)
            removed.append(path)
    return removed


def dump_postgres(profile: Profile, folder: Path, *, clock: Clock = utc_now) -> Path:
    """``pg_dump --format=custom`` of a PostgreSQL profile into ``folder``
    (``<perfil>-AAAAMMDD-HHMMSS.dump``), checked with ``pg_restore --list``. Says what to
    install when the tools are missing."""
    target = folder / f"{profile.name}-{to_lima(clock()).strftime(STAMP)}.dump"
    dump, restore = shutil.which("pg_dump"), shutil.which("pg_restore")
    if dump is None or restore is None:
        raise BackupError("pg_dump_missing", "postgresql-client")
    url = database_url(profile).replace("postgresql+psycopg://", "postgresql://", 1)
    partial = target.with_name(f".{target.name}.parcial")
    try:
        done = subprocess.run(
            [dump, "--format=custom", f"--file={partial}", f"--dbname={url}"],
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        if done.returncode != 0:
            raise BackupError("pg_dump_failed", _first_line(done.stderr))
        listed = subprocess.run(
            [restore, "--list", str(partial)], capture_output=True, text=True, check=False
        )
        if listed.returncode != 0:
            raise BackupError("pg_dump_failed", _first_line(listed.stderr))
        partial.chmod(0o600)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _sqlite_file(profile: Profile) -> Path:
    if not database_url(profile).startswith("sqlite"):
        raise BackupError("not_sqlite", profile.name)
    path = profile_database_path(profile.name)
    if not path.is_file():
        raise BackupError("no_database", str(path))
    return path


def online_copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src:
            with closing(sqlite3.connect(target)) as dst:
                src.backup(dst)
    except sqlite3.DatabaseError as exc:
        raise BackupError("unreadable", source.name) from exc
    target.chmod(0o600)


def _integrity(path: Path) -> None:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupError("integrity", str(exc)) from None
    if [row[0] for row in rows] != ["ok"]:
        raise BackupError("integrity", str(rows[0][0]))


def _audited(engine: Engine, profile: str, key_for: KeyFor | None, named: Path) -> CheckedCopy:
    """The audit with the profile's key; without one (a new PC, its key not entered yet),
    only the count and the chain head."""
    if _only_others(engine, profile):
        raise BackupError("other_profile", named.name)
    if key_for is None:
        with engine.connect() as connection:
            count = connection.execute(
                text("SELECT COUNT(*) FROM vouchers WHERE profile = :p"), {"p": profile}
            ).scalar_one()
        head = chain_head(engine, profile)
        return CheckedCopy(int(count), str(head) if head is not None else None)
    use_key(engine, profile, key_for(engine))
    report = audit(engine, profile)
    if not report.intact:
        first = report.breaks[0]
        raise BackupError("audit", f"{first.problem} (CIP {first.cip or '—'})")
    head = chain_head(engine, profile)
    return CheckedCopy(report.vouchers, str(head) if head is not None else None)


def _only_others(engine: Engine, profile: str) -> bool:
    """The copy holds vouchers, none of them ``profile``'s: another profile's data."""
    with engine.connect() as connection:
        names = {
            row[0] for row in connection.execute(text("SELECT DISTINCT profile FROM vouchers"))
        }
    return bool(names) and profile not in names


def _copies(folder: Path, profile: str) -> list[tuple[Path, datetime]]:
    found = []
    for path in folder.glob(f"{profile}-*.sqlite3"):
        match = NAME.match(path.name)
        if match and match["profile"] == profile:
            stamp = datetime.strptime(match["stamp"], STAMP)
            found.append((path, stamp.replace(tzinfo=LIMA)))
    return found


def _write_note(copy: BackupCopy) -> None:
    note = {
        "tomada": to_lima(copy.taken_at).isoformat(),
        "vouchers": copy.vouchers,
        "cadena_de_auditoria": copy.head,
        "sha256": copy.sha256,
    }
    path = copy.path.with_suffix(".json")
    path.write_text(json.dumps(note, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    path.chmod(0o600)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
