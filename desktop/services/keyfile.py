"""The encrypted key file: where a PC with no system keyring keeps the PagoEfectivo keys,
only when someone chose it knowingly (Ajustes or ``pagodesk profile key-file``).

Each entry is sealed with AES-256-GCM under a key derived from the file's password with
scrypt (N=2**17, r=8, p=1: about 128 MB and a third of a second, once per unlock); the entry's
name is the associated data, so entries cannot be swapped. The password is never stored. This
is weaker than the OS keyring: whoever copies the file can try passwords offline, which is why
the password has a minimum length and the choice comes with a warning.

Built on ``cryptography`` rather than keyrings.alt (PBKDF2 with 1,000 rounds, AES-CFB without
authentication) or keyrings.cryptfile (unmaintained; an Argon2 run on every read).
"""

from __future__ import annotations

import base64
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from desktop.config import atomic_write_text, tighten

FORMAT = "pagodesk-key-file"
VERSION = 1
MIN_PASSWORD = 10
MAX_PASSWORD = 256
MAX_FILE_BYTES = 256 * 1024
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
_CHECK = "pagodesk:check"


class KeyFileError(ValueError):
    """The key file cannot be used: ``code`` is stable (wrong_password, unreadable,
    password_too_short, password_too_long, exists)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class _Kdf:
    salt: bytes
    n: int
    r: int
    p: int

    def derive(self, password: str) -> bytes:
        scrypt = Scrypt(salt=self.salt, length=32, n=self.n, r=self.r, p=self.p)
        return scrypt.derive(password.encode("utf-8"))


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise KeyFileError("password_too_short")
    if len(password) > MAX_PASSWORD:
        raise KeyFileError("password_too_long")


class KeyFile(KeyringBackend):
    """A keyring backend over one encrypted JSON file; locked until :meth:`unlock`."""

    priority = 0  # never chosen by keyring on its own

    def __init__(self, path: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = path
        self._key: bytes | None = None
        self._lock = threading.Lock()

    # -- opening -------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.is_file()

    @property
    def unlocked(self) -> bool:
        return self._key is not None

    def create(self, password: str, *, kdf: dict[str, int] | None = None) -> None:
        """Start a new, empty file protected by ``password`` and keep it unlocked."""
        check_password(password)
        if self.exists():
            raise KeyFileError("exists")
        params = kdf or SCRYPT
        derivation = _Kdf(os.urandom(16), params["n"], params["r"], params["p"])
        key = derivation.derive(password)
        document = {
            "format": FORMAT,
            "version": VERSION,
            "kdf": {"name": "scrypt", "salt": _b64(derivation.salt), **params},
            "check": _seal(key, _CHECK, b"ok"),
            "entries": {},
        }
        with self._lock:
            self._write(document)
            self._key = key

    def unlock(self, password: str) -> None:
        """Open the file with ``password``; :class:`KeyFileError` ``wrong_password`` if not."""
        if len(password) > MAX_PASSWORD:
            raise KeyFileError("wrong_password")
        document = self._read()
        key = _kdf_of(document).derive(password)
        try:
            _open(key, _CHECK, document["check"])
        except InvalidTag:
            raise KeyFileError("wrong_password") from None
        except (KeyError, TypeError, ValueError):
            raise KeyFileError("unreadable") from None
        self._key = key

    def lock(self) -> None:
        self._key = None

    # -- the keyring interface -------------------------------------------------------------

    def get_password(self, service: str, username: str) -> str | None:
        key = self._unlocked_key()
        name = _name(service, username)
        sealed = self._read()["entries"].get(name)
        if sealed is None:
            return None
        try:
            return _open(key, name, sealed).decode("utf-8")
        except (InvalidTag, KeyError, ValueError):
            raise KeyFileError("unreadable") from None

    def set_password(self, service: str, username: str, password: str) -> None:
        key = self._unlocked_key()
        name = _name(service, username)
        with self._lock:
            document = self._read()
            document["entries"][name] = _seal(key, name, password.encode("utf-8"))
            self._write(document)

    def delete_password(self, service: str, username: str) -> None:
        self._unlocked_key()
        name = _name(service, username)
        with self._lock:
            document = self._read()
            if name not in document["entries"]:
                raise PasswordDeleteError("not found")
            del document["entries"][name]
            self._write(document)

    # -- the file ----------------------------------------------------------------------------

    def _unlocked_key(self) -> bytes:
        if self._key is None:
            raise KeyringLocked("the key file is locked")
        return self._key

    def _read(self) -> dict[str, Any]:
        try:
            if self.path.stat().st_size > MAX_FILE_BYTES:
                raise KeyFileError("unreadable")
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise KeyFileError("unreadable") from None
        if (
            not isinstance(document, dict)
            or document.get("format") != FORMAT
            or document.get("version") != VERSION
            or not isinstance(document.get("entries"), dict)
        ):
            raise KeyFileError("unreadable")
        return document

    def _write(self, document: dict[str, Any]) -> None:
        atomic_write_text(self.path, json.dumps(document, indent=1, sort_keys=True) + "\n")
        tighten(self.path, 0o600)


def _name(service: str, username: str) -> str:
    return f"{service}/{username}"


def _kdf_of(document: dict[str, Any]) -> _Kdf:
    try:
        kdf = document["kdf"]
        if kdf["name"] != "scrypt":
            raise KeyFileError("unreadable")
        return _Kdf(_unb64(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    except (KeyError, TypeError, ValueError):
        raise KeyFileError("unreadable") from None


def _seal(key: bytes, name: str, data: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, data, name.encode("utf-8"))
    return {"nonce": _b64(nonce), "data": _b64(sealed)}


def _open(key: bytes, name: str, sealed: dict[str, str]) -> bytes:
    return AESGCM(key).decrypt(
        _unb64(sealed["nonce"]), _unb64(sealed["data"]), name.encode("utf-8")
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
