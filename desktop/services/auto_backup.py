"""The app's automatic backups of a SQLite profile: the first time the app is open on a day
with no good copy of that day, on close (unless a good copy is fresh), and «Hacer copia
ahora». Each copy is ``backup.take_backup``'s (checked), kept by the rotation the settings
say, and recorded (``backup_record``) with its result, for Ajustes and the status bar.

A PostgreSQL profile gets no copy from the app: the server's nightly ``pg_dump`` does it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlmodel import col

from desktop.domain.limatime import Clock, to_lima, utc_now
from desktop.domain.settings import GeneralSettings, problems
from desktop.services import backup
from desktop.services.backup_record import BackupEntry, add_entry, last_good, read_record
from desktop.services.chain_keys import MissingChainKey, chain_key
from desktop.services.profiles import Profile, ProfileRegistry
from desktop.store.tables import Voucher

CLOSE_SKIP = timedelta(minutes=30)
"""On close, no copy when a good one is younger than this: closing stays fast."""
STALE_AFTER = timedelta(days=3)
"""The status bar warns when the last good copy is older (or there is none and vouchers are)."""
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupState:
    """What Ajustes and the status bar show. ``automatic``: a SQLite profile (the app copies
    it); ``stale``: the warning is due."""

    automatic: bool
    folder: Path
    last: BackupEntry | None
    last_good: BackupEntry | None
    stale: bool


def backup_folder(general: GeneralSettings) -> Path:
    """Where the copies go: the folder chosen in Ajustes, else ``copias`` in the data folder."""
    if general.backup_folder:
        return Path(general.backup_folder).expanduser()
    return backup.default_folder()


class AutoBackup:
    """One profile's copies as the app takes them (any thread; one copy at a time)."""

    def __init__(
        self,
        profile: Profile,
        engine: Engine,
        general: GeneralSettings,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self.profile = profile
        self.general = general
        self._engine = engine
        self._clock = clock
        self._one = threading.Lock()

    @property
    def automatic(self) -> bool:
        return self.profile.database_url is None

    def use(self, general: GeneralSettings) -> None:
        """New settings from Ajustes: the next copy goes to their folder, with their rotation."""
        self.general = general

    def state(self) -> BackupState:
        entries = read_record(self.profile.name) if self.automatic else []
        good = last_good(entries)
        return BackupState(
            automatic=self.automatic,
            folder=backup_folder(self.general),
            last=entries[0] if entries else None,
            last_good=good,
            stale=self.automatic and self._stale(good),
        )

    def _stale(self, good: BackupEntry | None) -> bool:
        limit = self._clock() - STALE_AFTER
        if good is not None:
            return good.at < limit
        oldest = self._oldest_voucher()
        return oldest is not None and oldest < limit

    def _oldest_voucher(self) -> datetime | None:
        oldest = func.min(Voucher.created_at)
        query = select(oldest).where(col(Voucher.profile) == self.profile.name)
        with self._engine.connect() as connection:
            found: datetime | None = connection.execute(query).scalar()
        return found

    def due_today(self) -> bool:
        """No good copy of today (Lima) yet: the daily copy is due."""
        if not self.automatic:
            return False
        good = last_good(read_record(self.profile.name))
        today = to_lima(self._clock()).date()
        return good is None or to_lima(good.at).date() != today

    def due_on_close(self) -> bool:
        """Closing takes a copy unless a good one is younger than ``CLOSE_SKIP``."""
        if not self.automatic:
            return False
        good = last_good(read_record(self.profile.name))
        return good is None or self._clock() - good.at >= CLOSE_SKIP

    def take(self, reason: str) -> BackupEntry:
        """A checked copy into the chosen folder, the rotation applied, the attempt recorded.
        A failure is recorded too (and returned), never raised: the app carries on."""
        with self._one:
            entry = self._attempt(reason)
            try:
                add_entry(self.profile.name, entry)
            except OSError as exc:
                _log.warning("the backup record could not be written: %s", exc)
        if entry.ok:
            _log.info("backup (%s) taken: %s", reason, entry.file)
        else:
            _log.warning("backup (%s) failed: %s %s", reason, entry.error, entry.detail)
        return entry

    def _attempt(self, reason: str) -> BackupEntry:
        at = self._clock()
        folder = backup_folder(self.general)
        if self.general.backup_folder and not folder.is_dir():  # a USB drive not plugged in
            return BackupEntry(at, reason, False, error="folder_missing", detail=str(folder))
        from desktop.services.secrets import KeyringUnavailable  # loads the keyring: only here

        profile, engine_key = self.profile, chain_key
        try:
            copy = backup.take_backup(
                profile, folder, lambda engine: engine_key(profile, engine), clock=self._clock
            )
            backup.rotate(
                folder,
                profile.name,
                clock=self._clock,
                daily=self.general.backup_daily,
                weekly=self.general.backup_weekly,
            )
        except backup.BackupError as exc:
            return BackupEntry(at, reason, False, error=exc.code, detail=exc.detail)
        except (MissingChainKey, KeyringUnavailable):
            return BackupEntry(at, reason, False, error="no_chain_key", detail=profile.name)
        except OSError as exc:  # disk full, no permission on the folder
            detail = exc.strerror or str(exc)
            return BackupEntry(at, reason, False, error="os_error", detail=detail)
        return BackupEntry(copy.taken_at, reason, True, str(copy.path), copy.head, copy.vouchers)


def save_backup_settings(
    registry: ProfileRegistry, folder: str, daily: int, weekly: int
) -> GeneralSettings:
    """Store the copies' folder and rotation (Ajustes → Copias de seguridad); a folder that
    does not exist, or a count out of range, is refused beside its field (nothing saved)."""
    from desktop.services.settings import InvalidSettings, Problem

    values: dict[str, object] = {
        "backup_folder": folder.strip(),
        "backup_daily": daily,
        "backup_weekly": weekly,
    }
    found = [Problem(p.field, p.code, p.detail) for p in problems(values)]
    chosen = str(values["backup_folder"])
    if chosen and not found and not Path(chosen).expanduser().is_dir():
        found.append(Problem("backup_folder", "backup_folder_missing"))
    if found:
        raise InvalidSettings(found)
    general = replace(registry.load().general, **values)  # type: ignore[arg-type]
    registry.set_general(general)
    return general
