"""«Mover a otra PC»: one zip with a SQLite profile's checked database copy, its settings (the
profile's entry and the general settings), the merchant's logo and the slips folder; never
a key (PagoEfectivo's keys and the chain key stay in this PC's keyring and are entered
again on the new one). ``move_in`` puts it in place on the new PC.

The zip is read defensively: a bounded number of members, each of a bounded size (checked
while it is read, not only as declared), names only under the known folders (no absolute
path, no ``..``: nothing is written outside the data folder), the database's SHA-256 as the
manifest says, its integrity and, when this PC has the profile's chain key, its audit.
Everything is checked before anything is written.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import IO, Any

from desktop import config
from desktop.domain.limatime import Clock, to_lima, utc_now
from desktop.domain.settings import GeneralSettings, SettingsError
from desktop.services import backup
from desktop.services.backup import STAMP, BackupError, KeyFor, drop_scratch
from desktop.services.chain_keys import chain_key, decode
from desktop.services.merchant_logo import keep_logo, kept_logos
from desktop.services.profiles import (
    DEMO_PROFILE,
    Profile,
    ProfileRegistry,
    Settings,
    settings_from_json,
    settings_to_json,
)

FORMAT = 1
MANIFEST, DATABASE, SETTINGS = "pagodesk-mudanza.json", "base.sqlite3", "ajustes.json"
LOGO_DIR, SLIPS_DIR = "logo/", "constancias/"
MAX_MEMBERS = 20_000
MAX_DATABASE = 8 * 1024**3
MAX_SMALL = 1024**2  # the manifest and the settings
MAX_FILE = 25 * 1024**2  # a logo or a slip
STATION_FIELDS: tuple[str, ...] = ("printer_uri", "printer_paper", "printer_dots")
STATION_FIELDS += ("printer_codepage", "print_on_issue", "backup_folder")
"""General settings of this PC's own (its printer, its backup folder): a move keeps them."""


@dataclass(frozen=True)
class MovedOut:
    path: Path
    vouchers: int
    head: str | None
    slips: int


@dataclass(frozen=True)
class MovedIn:
    profile: Profile
    vouchers: int
    head: str | None
    audited: bool  # False: this PC has no chain key yet; the audit waits for it
    safety_copy: Path | None  # the data it replaced (--replace)


def slips_folder(profile: str) -> Path:
    return config.data_dir() / "evidence" / profile


def move_out(
    profile: Profile, registry: ProfileRegistry, target: Path, *, clock: Clock = utc_now
) -> MovedOut:
    """Write the profile's move file at ``target`` (replaced whole, or not at all)."""
    settings = registry.load()
    entries = tuple(p for p in settings.profiles if p.name == profile.name)
    text = settings_to_json(Settings(profile.name, entries, settings.general))
    partial = target.with_name(f".{target.name}.parcial")
    with tempfile.TemporaryDirectory(dir=config.data_dir()) as scratch:
        copy = backup.take_backup(
            profile, Path(scratch), lambda engine: chain_key(profile, engine), clock=clock
        )
        manifest = {
            "formato": FORMAT,
            "perfil": profile.name,
            "tomada": to_lima(copy.taken_at).isoformat(),
            "vouchers": copy.vouchers,
            "cadena_de_auditoria": copy.head,
            "sha256": copy.sha256,
        }
        slips = sorted(p for p in slips_folder(profile.name).rglob("*") if p.is_file())
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                archive.writestr(SETTINGS, text)
                archive.write(copy.path, DATABASE)
                for logo in kept_logos()[:1]:
                    archive.write(logo, LOGO_DIR + logo.name)
                for slip in slips:
                    relative = slip.relative_to(slips_folder(profile.name)).as_posix()
                    archive.write(slip, SLIPS_DIR + relative)
            partial.chmod(config.PRIVATE_FILE)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    return MovedOut(target, copy.vouchers, copy.head, len(slips))


def move_in(
    file: Path,
    registry: ProfileRegistry,
    *,
    replace_existing: bool = False,
    clock: Clock = utc_now,
) -> MovedIn:
    """Put the profile of a move file in place on this PC. Refused (``BackupError``, nothing
    written) when the file is not a sound move file or, without ``replace_existing``, when
    the profile exists here; with it, while the profile is open."""
    try:
        archive = zipfile.ZipFile(file)
    except (OSError, zipfile.BadZipFile):
        raise BackupError("bad_move_file", file.name) from None
    with archive:
        members = _checked_members(archive, file.name)
        manifest = _json_member(archive, members, MANIFEST, file.name)
        profile, general = _settings_of(archive, members, manifest, file.name)
        target = config.profile_database_path(profile.name)
        exists = target.exists() or any(p.name == profile.name for p in registry.load().profiles)
        if exists and not replace_existing:
            raise BackupError("profile_exists", profile.name)
        if exists:
            backup.ensure_not_open(profile.name)
        scratch = target.with_name(f".{target.name}.mudanza")
        try:
            with tempfile.TemporaryDirectory(dir=config.data_dir()) as loose:
                copy = Path(loose) / DATABASE
                _extract(archive, members[DATABASE], copy, MAX_DATABASE, file.name)
                if backup.sha256_of(copy) != manifest.get("sha256"):
                    raise BackupError("integrity", file.name)
                key_for = _known_key(profile)
                checked = backup.checked_scratch(copy, scratch, profile.name, key_for)
            safety = _safety_copy(target, profile.name, clock) if target.exists() else None
            drop_scratch(target)
            os.replace(scratch, target)
        finally:
            drop_scratch(scratch)
        logo = _restore_files(archive, members, profile.name)
    _register(registry, profile, general, logo)
    return MovedIn(profile, checked.vouchers, checked.head, key_for is not None, safety)


def _checked_members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BackupError("bad_move_file", name)
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if info.is_dir():
            continue
        path = PurePosixPath(info.filename)
        unsafe = (
            path.is_absolute()
            or "\\" in info.filename
            or ":" in info.filename
            or any(part in ("", ".", "..") for part in info.filename.split("/"))
        )
        known = info.filename in (MANIFEST, SETTINGS, DATABASE) or (
            info.filename.startswith((LOGO_DIR, SLIPS_DIR)) and len(path.parts) > 1
        )
        if unsafe or not known or info.filename in members:
            raise BackupError("bad_move_file", name)
        limit = MAX_DATABASE if info.filename == DATABASE else MAX_FILE
        if info.file_size > limit:
            raise BackupError("move_too_big", name)
        members[info.filename] = info
    if not {MANIFEST, SETTINGS, DATABASE} <= set(members):
        raise BackupError("bad_move_file", name)
    return members


def _extract(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, limit: int, name: str
) -> None:
    """One member into ``target`` (0600), at most ``limit`` bytes whatever it declares; a
    damaged or truncated member is a bad move file (the disk's own errors are raised)."""
    try:
        _copy_member(archive, info, target, limit, name)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _copy_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, limit: int, name: str
) -> None:
    copied = 0
    with target.open("wb") as out:
        target.chmod(config.PRIVATE_FILE)
        try:
            source: IO[bytes] | None = archive.open(info)
        except (zipfile.BadZipFile, OSError, EOFError):
            source = None
        if source is None:
            raise BackupError("bad_move_file", name)
        with source:
            while True:
                try:
                    block = source.read(1 << 20)
                except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
                    raise BackupError("bad_move_file", name) from None
                if not block:
                    break
                copied += len(block)
                if copied > limit:
                    raise BackupError("move_too_big", name)
                out.write(block)


def _json_member(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], member: str, name: str
) -> dict[str, Any]:
    try:
        with archive.open(members[member]) as source:
            raw = source.read(MAX_SMALL + 1)
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_SMALL else None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        data = None
    if not isinstance(data, dict):
        raise BackupError("bad_move_file", name)
    return data


def _settings_of(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    manifest: dict[str, Any],
    name: str,
) -> tuple[Profile, GeneralSettings]:
    if manifest.get("formato") != FORMAT:
        raise BackupError("bad_move_file", name)
    try:
        settings = settings_from_json(_json_member(archive, members, SETTINGS, name), name)
    except SettingsError:
        raise BackupError("bad_move_file", name) from None
    wanted = manifest.get("perfil")
    found = [p for p in (DEMO_PROFILE, *settings.profiles) if p.name == wanted]
    if not found:
        raise BackupError("bad_move_file", name)
    return found[0], settings.general


def _known_key(profile: Profile) -> KeyFor | None:
    """How to verify the copy's chain on this PC; None until its key is entered here."""
    if profile.is_demo:
        return lambda engine: chain_key(profile, engine)
    from desktop.services import secrets

    try:
        code = secrets.load_chain_key(profile.name)
    except secrets.KeyringUnavailable:
        return None
    if code is None:
        return None
    key = decode(code)
    return lambda _engine: key


def _safety_copy(target: Path, profile: str, clock: Clock) -> Path:
    folder = config.private_dir(config.data_dir() / "copias" / "antes-de-restaurar")
    stamp = to_lima(clock()).strftime(STAMP)
    safety = folder / f"{profile}-{stamp}.sqlite3"
    backup.online_copy(target, safety)
    return safety


def _restore_files(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], profile: str
) -> Path | None:
    """The slips into this PC's folder for the profile; the logo kept; where it went."""
    logo: Path | None = None
    folder = slips_folder(profile)
    for member, info in members.items():
        if member.startswith(SLIPS_DIR):
            target = folder / member.removeprefix(SLIPS_DIR)
            config.private_dir(target.parent)
            _extract(archive, info, target, MAX_FILE, member)
        elif member.startswith(LOGO_DIR):
            with tempfile.TemporaryDirectory(dir=config.data_dir()) as scratch:
                loose = Path(scratch) / PurePosixPath(member).name
                _extract(archive, info, loose, MAX_FILE, member)
                logo = keep_logo(loose)
    return logo


def _register(
    registry: ProfileRegistry, profile: Profile, general: GeneralSettings, logo: Path | None
) -> None:
    current = registry.load()
    local = {name: getattr(current.general, name) for name in STATION_FIELDS}
    merged = replace(general, **local, merchant_logo=str(logo) if logo else "")
    if not profile.is_demo:
        if any(p.name == profile.name for p in current.profiles):
            registry.update(profile)
        else:
            registry.add(profile)
    registry.set_general(merged)
