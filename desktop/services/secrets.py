"""The only door to the OS keyring: each profile's PagoEfectivo keys, never kept in plain text."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

from desktop.config import data_dir
from desktop.services.key_password import key_file_password
from desktop.services.keyfile import KeyFile, KeyFileError

SERVICE = "PagoDesk"
KEY_FILE_NAME = "claves-cifradas.json"
_KEY_FILES: dict[Path, KeyFile] = {}
_KEY_FILES_LOCK = threading.Lock()
_PROBE_USER = "__pagodesk_probe__"
T = TypeVar("T")

_FIX_EN = (
    "To fix it: on Linux install and unlock a Secret Service keyring (GNOME Keyring or KWallet) "
    "and make sure it runs in your desktop session; Windows and macOS use their system keyring. "
    "If this PC cannot have one, keep the keys in a password-protected encrypted file (less "
    "safe): in the app, Ajustes → Perfiles → 'Usar archivo cifrado…'; in a terminal, "
    "'pagodesk profile key-file'. The demo profile needs no keyring."
)
_FIX_ES = (
    "Para solucionarlo: en Linux instale GNOME Keyring (paquete «gnome-keyring») o KWallet, "
    "ábralo en su sesión y vuelva a intentarlo; Windows y macOS usan el llavero del sistema. "
    "Si este equipo no puede tener uno, guarde las claves en un archivo cifrado con contraseña "
    "(menos seguro): en la app, Ajustes → Perfiles → «Usar archivo cifrado…»; en la terminal, "
    "«pagodesk profile key-file». El perfil demo no necesita llavero."
)
_PROBLEMS: dict[str, tuple[str, str]] = {
    "keyring_missing": (
        "No usable system keyring was found, so PagoDesk cannot keep the PagoEfectivo "
        "access key and secret key.",
        "No se encontró un llavero del sistema utilizable, así que PagoDesk no puede guardar "
        "la clave de acceso ni la clave secreta de PagoEfectivo.",
    ),
    "keyring_plaintext": (
        "The configured keyring stores passwords in plain text; PagoDesk refuses to keep the "
        "PagoEfectivo keys there.",
        "El llavero configurado guarda las contraseñas en texto plano; PagoDesk no guarda allí "
        "las claves de PagoEfectivo.",
    ),
    "keyring_locked": (
        "The system keyring is locked or access to it was refused. Unlock it and try again.",
        "El llavero del sistema está bloqueado o se negó el acceso. Desbloquéelo e intente "
        "de nuevo.",
    ),
    "keyring_file_locked": (
        "The PagoEfectivo keys are in this PC's encrypted key file, which is locked: type its "
        "password.",
        "Las claves de PagoEfectivo están en el archivo cifrado de este equipo, que está "
        "cerrado: escriba su contraseña.",
    ),
    "keyring_file_wrong_password": (
        "The password of this PC's encrypted key file is not right.",
        "La contraseña del archivo cifrado de claves de este equipo no es correcta.",
    ),
    "keyring_file_unreadable": (
        "This PC's encrypted key file is damaged or not a PagoDesk key file.",
        "El archivo cifrado de claves de este equipo está dañado o no es de PagoDesk.",
    ),
    "keyring_misconfigured": (
        "The keyring named by PYTHON_KEYRING_BACKEND or keyringrc.cfg cannot be loaded.",
        "No se puede cargar el llavero indicado en PYTHON_KEYRING_BACKEND o keyringrc.cfg.",
    ),
    "keyring_error": (
        "The system keyring failed.",
        "El llavero del sistema falló.",
    ),
}


_NO_FIX = ("keyring_locked", "keyring_file_locked", "keyring_file_wrong_password")


class KeyringUnavailable(Exception):
    """No keyring can safely hold the keys. ``code`` is stable; the messages say how to fix it."""

    def __init__(self, code: str, *, backend: str, detail: str = "") -> None:
        english, spanish = _PROBLEMS[code]
        self.code = code
        self.backend = backend
        self.detail = detail
        cause = f" Cause: {detail}." if detail else ""
        fix_en, fix_es = ("", "") if code in _NO_FIX else (f" {_FIX_EN}", f" {_FIX_ES}")
        # For logs and diagnostics: which backend, and why.
        self.message = f"{english} (keyring: {backend}).{cause}{fix_en}"
        # For the person at the counter: what happened and what to do, no internals.
        self.message_es = f"{spanish}{fix_es}"
        super().__init__(self.message)


def backend_name() -> str:
    """The keyring in use, for diagnostics (never raises)."""
    if key_file_in_use():
        return f"encrypted key file ({key_file().path.name})"
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a diagnostic must never fail
        return f"unavailable ({type(exc).__name__})"
    return _describe(backend)


def check_usable() -> None:
    """Raise :class:`KeyringUnavailable` unless keys can be stored; may prompt to unlock."""
    backend = _backend()
    _run(backend, (), lambda: backend.get_password(SERVICE, _PROBE_USER))


def store_credentials(profile: str, access_key: str, secret_key: str) -> None:
    """Keep one profile's keys in the keyring, replacing any stored before."""
    _check_profile(profile)
    _check_key("access_key", access_key)
    _check_key("secret_key", secret_key)
    backend = _backend()
    secrets = (access_key, secret_key)

    def put(field: str, value: str) -> None:
        _run(backend, secrets, lambda: backend.set_password(SERVICE, _user(profile, field), value))

    put("access_key", access_key)
    try:
        put("secret_key", secret_key)
    except KeyringUnavailable:
        # Never leave a mismatched pair behind (the new access key with an old secret key).
        with contextlib.suppress(Exception):
            _delete(backend, profile)
        raise


def load_credentials(profile: str) -> tuple[str, str] | None:
    """``(access_key, secret_key)`` of one profile, or ``None`` when they are not both stored."""
    _check_profile(profile)
    backend = _backend()
    access_key, secret_key = _run(
        backend,
        (),
        lambda: (
            backend.get_password(SERVICE, _user(profile, "access_key")),
            backend.get_password(SERVICE, _user(profile, "secret_key")),
        ),
    )
    if not access_key or not secret_key:
        return None
    return access_key, secret_key


def store_chain_key(profile: str, code: str) -> None:
    """Keep the key of one profile's sealed chain (as its text code) in the keyring."""
    _check_profile(profile)
    _check_key("chain_key", code)
    backend = _backend()
    _run(backend, (code,), lambda: backend.set_password(SERVICE, _user(profile, "chain_key"), code))


def load_chain_key(profile: str) -> str | None:
    """The text code of one profile's chain key, or ``None`` when this PC has none."""
    _check_profile(profile)
    backend = _backend()
    code = _run(backend, (), lambda: backend.get_password(SERVICE, _user(profile, "chain_key")))
    return code or None


def delete_credentials(profile: str) -> None:
    """Forget one profile's keys; nothing happens when none are stored."""
    _check_profile(profile)
    backend = _backend()
    _run(backend, (), lambda: _delete(backend, profile))


def _delete(backend: KeyringBackend, profile: str) -> None:
    for field in ("access_key", "secret_key"):
        user = _user(profile, field)
        try:
            backend.delete_password(SERVICE, user)
        except PasswordDeleteError:
            # Most backends say "not found" this way; only a key still there is a failure.
            if backend.get_password(SERVICE, user) is not None:
                raise


def _user(profile: str, field: str) -> str:
    return f"{profile}/{field}"


def _check_profile(profile: str) -> None:
    if not isinstance(profile, str) or not profile or profile != profile.strip() or "/" in profile:
        raise ValueError("profile must be a non-empty name without spaces around it or '/'")


def _check_key(field: str, value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{field} must be a non-empty text")
    if value != value.strip():
        raise ValueError(f"{field} must not start or end with spaces or line breaks")


def key_file() -> KeyFile:
    """This PC's encrypted key file (it may not exist: then the OS keyring is used)."""
    path = data_dir() / KEY_FILE_NAME
    with _KEY_FILES_LOCK:
        return _KEY_FILES.setdefault(path, KeyFile(path))


def key_file_in_use() -> bool:
    """Whether this PC keeps the keys in the encrypted file instead of the OS keyring."""
    return key_file().exists()


def create_key_file(password: str) -> None:
    """Start keeping this PC's keys in an encrypted file (someone chose it knowingly: it is
    weaker than the OS keyring). :class:`~desktop.services.keyfile.KeyFileError` says why not."""
    key_file().create(password)


def unlock_key_file(password: str) -> None:
    """Open the key file for this process; ``KeyFileError`` ``wrong_password``."""
    key_file().unlock(password)


def _backend() -> KeyringBackend:
    """The current keyring, refused when it would lose the keys or keep them in plain text.
    A PC that chose the encrypted key file uses it, once its password was given."""
    chosen = key_file()
    if chosen.exists():
        if not chosen.unlocked:
            password = key_file_password()
            if password is None:
                raise KeyringUnavailable("keyring_file_locked", backend="key file")
            try:
                chosen.unlock(password)
            except KeyFileError as exc:
                raise KeyringUnavailable(f"keyring_file_{exc.code}", backend="key file") from None
        return chosen
    try:
        backend = keyring.get_keyring()
    except (ImportError, AttributeError, RuntimeError) as exc:
        raise KeyringUnavailable(
            "keyring_misconfigured", backend="unavailable", detail=type(exc).__name__
        ) from None
    chain = _chain(backend)
    if not chain or isinstance(chain[0], fail.Keyring | null.Keyring):
        raise KeyringUnavailable("keyring_missing", backend=_describe(backend))
    if "plaintext" in type(chain[0]).__name__.lower():
        raise KeyringUnavailable("keyring_plaintext", backend=_describe(backend))
    return backend


def _chain(backend: KeyringBackend) -> list[KeyringBackend]:
    """The backends that really act, in the order writes try them."""
    if isinstance(backend, chainer.ChainerBackend):
        return list(backend.backends)
    return [backend]


def _describe(backend: KeyringBackend) -> str:
    kind = type(backend)
    text = f"{kind.__module__}.{kind.__qualname__}"
    if isinstance(backend, chainer.ChainerBackend):
        inner = ", ".join(_describe(item) for item in backend.backends)
        return f"{text} [{inner or 'no backends'}]"
    return text


def _run(backend: KeyringBackend, secrets: tuple[str, ...], action: Callable[[], T]) -> T:
    """``action()``, with keyring failures turned into :class:`KeyringUnavailable`."""
    try:
        return action()
    except KeyringError as exc:
        problem = _unavailable(backend, secrets, exc)
    # Raised outside the ``except`` block so the original error (it might quote a secret) is
    # neither chained nor kept as context.
    raise problem


def _unavailable(
    backend: KeyringBackend, secrets: tuple[str, ...], exc: KeyringError
) -> KeyringUnavailable:
    if isinstance(exc, NoKeyringError):
        code = "keyring_missing"
    elif isinstance(exc, KeyringLocked):
        code = "keyring_locked"
    else:
        code = "keyring_error"
    text = str(exc)
    for secret in secrets:
        text = text.replace(secret, "***")
    detail = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return KeyringUnavailable(code, backend=_describe(backend), detail=detail)
