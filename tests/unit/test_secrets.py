"""secrets.py: keys per profile in the keyring, and a clear refusal where no keyring is safe."""

from __future__ import annotations

import traceback
from collections.abc import Callable

import keyring
import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

from desktop.services import secrets
from desktop.services.secrets import KeyringUnavailable
from tests.conftest import MemoryKeyring

ACCESS = "AK-0123456789abcdef"
SECRET = "SK/very+secret=value-9876543210"


def install(backend: keyring.backend.KeyringBackend) -> None:
    """Install ``backend`` for this test (the memory_keyring fixture restores the original)."""
    keyring.set_keyring(backend)


def assert_no_secret(exc: BaseException) -> None:
    shown = [
        str(exc),
        repr(exc),
        repr(exc.args),
        "".join(traceback.format_exception(exc)),
        getattr(exc, "message_es", ""),
    ]
    for text in shown:
        assert ACCESS not in text
        assert SECRET not in text
    assert exc.__cause__ is None
    assert exc.__context__ is None


def assert_explains_fix(exc: KeyringUnavailable) -> None:
    assert "GNOME Keyring" in str(exc) and "KWallet" in str(exc)
    assert "gnome-keyring" in exc.message_es and "llavero" in exc.message_es
    assert "archivo cifrado" in exc.message_es and "pagodesk profile key-file" in exc.message_es
    # What the cashier reads names no Python class and no environment variable.
    assert "keyring." not in exc.message_es and "PYTHON_KEYRING" not in exc.message_es


# -- a working keyring ----------------------------------------------------------------------------


def test_round_trip(memory_keyring: MemoryKeyring) -> None:
    secrets.store_credentials("tienda", ACCESS, SECRET)
    assert secrets.load_credentials("tienda") == (ACCESS, SECRET)
    assert memory_keyring.entries == {
        ("PagoDesk", "tienda/access_key"): ACCESS,
        ("PagoDesk", "tienda/secret_key"): SECRET,
    }


def test_storing_again_replaces_the_keys(memory_keyring: MemoryKeyring) -> None:
    secrets.store_credentials("tienda", ACCESS, SECRET)
    secrets.store_credentials("tienda", "AK-new", "SK-new")
    assert secrets.load_credentials("tienda") == ("AK-new", "SK-new")


def test_profiles_are_isolated(memory_keyring: MemoryKeyring) -> None:
    secrets.store_credentials("tienda-sandbox", "AK-s", "SK-s")
    secrets.store_credentials("tienda-prod", "AK-p", "SK-p")
    assert secrets.load_credentials("tienda-sandbox") == ("AK-s", "SK-s")
    assert secrets.load_credentials("tienda-prod") == ("AK-p", "SK-p")
    secrets.delete_credentials("tienda-sandbox")
    assert secrets.load_credentials("tienda-sandbox") is None
    assert secrets.load_credentials("tienda-prod") == ("AK-p", "SK-p")


def test_nothing_stored_loads_none(memory_keyring: MemoryKeyring) -> None:
    assert secrets.load_credentials("tienda") is None


def test_half_a_pair_loads_none(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("PagoDesk", "tienda/access_key", ACCESS)
    assert secrets.load_credentials("tienda") is None


def test_delete_is_idempotent(memory_keyring: MemoryKeyring) -> None:
    secrets.store_credentials("tienda", ACCESS, SECRET)
    secrets.delete_credentials("tienda")
    secrets.delete_credentials("tienda")
    secrets.delete_credentials("never-stored")
    assert secrets.load_credentials("tienda") is None
    assert memory_keyring.entries == {}


def test_check_usable_and_backend_name(memory_keyring: MemoryKeyring) -> None:
    secrets.check_usable()
    assert secrets.backend_name() == "tests.conftest.MemoryKeyring"


@pytest.mark.parametrize(
    "access_key, secret_key, field",
    [
        ("", SECRET, "access_key"),
        (" " + ACCESS, SECRET, "access_key"),
        (ACCESS + "\n", SECRET, "access_key"),
        (ACCESS, "", "secret_key"),
        (ACCESS, SECRET + " ", "secret_key"),
        (ACCESS, None, "secret_key"),
    ],
)
def test_keys_are_validated_without_quoting_them(
    memory_keyring: MemoryKeyring, access_key: str, secret_key: str, field: str
) -> None:
    with pytest.raises(ValueError, match=field) as caught:
        secrets.store_credentials("tienda", access_key, secret_key)
    assert ACCESS not in str(caught.value) and SECRET not in str(caught.value)
    assert memory_keyring.entries == {}


@pytest.mark.parametrize("profile", ["", " tienda", "a/b", None])
def test_profile_name_is_validated(memory_keyring: MemoryKeyring, profile: str) -> None:
    with pytest.raises(ValueError, match="profile"):
        secrets.store_credentials(profile, ACCESS, SECRET)


# -- no usable keyring ----------------------------------------------------------------------------

OPERATIONS: list[Callable[[], object]] = [
    lambda: secrets.store_credentials("tienda", ACCESS, SECRET),
    lambda: secrets.load_credentials("tienda"),
    lambda: secrets.delete_credentials("tienda"),
    secrets.check_usable,
]


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring], ids=["fail", "null"])
def test_no_keyring_is_refused_with_the_fix(
    memory_keyring: MemoryKeyring,
    backend: type[keyring.backend.KeyringBackend],
    operation: Callable[[], object],
) -> None:
    install(backend())
    with pytest.raises(KeyringUnavailable) as caught:
        operation()
    assert caught.value.code == "keyring_missing"
    assert "No usable system keyring" in str(caught.value)
    assert_explains_fix(caught.value)
    assert_no_secret(caught.value)


def test_a_chainer_with_nothing_to_chain_is_refused(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    install(chainer.ChainerBackend())
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.store_credentials("tienda", ACCESS, SECRET)
    assert caught.value.code == "keyring_missing"
    assert "no backends" in secrets.backend_name()


def test_a_chainer_over_a_real_backend_works(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    inner = MemoryKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [inner])
    install(chainer.ChainerBackend())
    secrets.store_credentials("tienda", ACCESS, SECRET)
    assert secrets.load_credentials("tienda") == (ACCESS, SECRET)
    assert "MemoryKeyring" in secrets.backend_name()


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend that keeps passwords readable on disk."""


def test_a_plaintext_keyring_is_refused(memory_keyring: MemoryKeyring) -> None:
    backend = PlaintextKeyring()
    install(backend)
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.store_credentials("tienda", ACCESS, SECRET)
    assert caught.value.code == "keyring_plaintext"
    assert "plain text" in str(caught.value)
    assert_explains_fix(caught.value)
    assert backend.entries == {}


class BrokenKeyring(MemoryKeyring):
    """Fails the way real backends do; its messages even quote the password, to prove scrubbing."""

    def __init__(self, error: type[KeyringError], fail_on: str, after: int = 0) -> None:
        super().__init__()
        self.error = error
        self.fail_on = fail_on
        self.after = after

    def _maybe_fail(self, operation: str, detail: str) -> None:
        if operation == self.fail_on:
            if self.after:
                self.after -= 1
                return
            raise self.error(f"cannot {operation}: {detail}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail("set", password)
        super().set_password(service, username, password)

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail("get", username)
        return super().get_password(service, username)


def test_a_keyring_error_on_set_becomes_unavailable_without_the_secret(
    memory_keyring: MemoryKeyring,
) -> None:
    install(BrokenKeyring(KeyringError, "set"))
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.store_credentials("tienda", ACCESS, SECRET)
    assert caught.value.code == "keyring_error"
    assert "KeyringError" in caught.value.detail and "***" in caught.value.detail
    assert_explains_fix(caught.value)
    assert_no_secret(caught.value)


def test_a_failure_on_the_second_key_leaves_no_half_pair(memory_keyring: MemoryKeyring) -> None:
    backend = BrokenKeyring(KeyringError, "set", after=1)
    install(backend)
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.store_credentials("tienda", ACCESS, SECRET)
    assert_no_secret(caught.value)
    assert backend.entries == {}


@pytest.mark.parametrize(
    "error, code",
    [(KeyringLocked, "keyring_locked"), (NoKeyringError, "keyring_missing")],
)
def test_locked_or_missing_keyring_on_read(
    memory_keyring: MemoryKeyring, error: type[KeyringError], code: str
) -> None:
    install(BrokenKeyring(error, "get"))
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.load_credentials("tienda")
    assert caught.value.code == code
    if code == "keyring_missing":
        assert_explains_fix(caught.value)
    else:  # a locked keyring needs unlocking, not installing
        assert "gnome-keyring" not in caught.value.message_es
    with pytest.raises(KeyringUnavailable):
        secrets.check_usable()


def test_locked_keyring_says_unlock(memory_keyring: MemoryKeyring) -> None:
    install(BrokenKeyring(KeyringLocked, "get"))
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.load_credentials("tienda")
    assert "Unlock" in str(caught.value) and "Desbloquéelo" in caught.value.message_es


class UndeletableKeyring(MemoryKeyring):
    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("access denied")


def test_a_delete_that_leaves_the_key_is_a_failure(memory_keyring: MemoryKeyring) -> None:
    install(UndeletableKeyring())
    secrets.delete_credentials("tienda")  # nothing stored: "not found" is fine
    secrets.store_credentials("tienda", ACCESS, SECRET)
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.delete_credentials("tienda")
    assert caught.value.code == "keyring_error"
    assert_no_secret(caught.value)


def test_a_keyring_that_cannot_be_loaded_is_explained(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> keyring.backend.KeyringBackend:
        raise ModuleNotFoundError("No module named 'keyrings'")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    with pytest.raises(KeyringUnavailable) as caught:
        secrets.load_credentials("tienda")
    assert caught.value.code == "keyring_misconfigured"
    assert "PYTHON_KEYRING_BACKEND" in str(caught.value)
    assert secrets.backend_name() == "unavailable (ModuleNotFoundError)"
