"""A profile's database is opened upgraded, private, and never an emptied or swapped one
taken for a fresh start (nothing is created in it then)."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from desktop.config import data_dir, profile_database_path
from desktop.services.audit import audit_profile
from desktop.services.databases import DatabaseGone, open_profile_store, remember
from desktop.services.profiles import Environment, Profile
from desktop.store.engine import session_scope
from tests.store.conftest import new_voucher

DEMO = Profile("demo", Environment.DEMO)


def make_data() -> None:
    engine = open_profile_store(DEMO)
    with session_scope(engine) as session:
        new_voucher(session, 1)
    engine.dispose()


def test_a_database_emptied_to_zero_bytes_is_refused_not_started_again() -> None:
    make_data()
    path = profile_database_path("demo")
    path.write_bytes(b"")
    with pytest.raises(DatabaseGone) as refused:
        open_profile_store(DEMO)
    assert not refused.value.replaced and refused.value.where == str(path)
    assert path.stat().st_size == 0  # nothing was created in it
    with pytest.raises(DatabaseGone):
        audit_profile("demo")  # never "OK: 0 vouchers"


def test_another_database_in_its_place_is_refused() -> None:
    make_data()
    other = Profile("tienda", Environment.DEMO.__class__("sandbox"), service_id=1)
    engine = open_profile_store(other)
    engine.dispose()
    shutil.copy(profile_database_path("tienda"), profile_database_path("demo"))
    with pytest.raises(DatabaseGone) as refused:
        open_profile_store(DEMO)
    assert refused.value.replaced
    remember("demo", None)  # pointed elsewhere on purpose (Ajustes forgets the old one)
    open_profile_store(DEMO).dispose()


def test_a_first_start_makes_a_new_database_private_to_the_user() -> None:
    engine = open_profile_store(DEMO)
    engine.dispose()
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    path = profile_database_path("demo")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_files_an_older_version_left_readable_are_tightened_at_start() -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    make_data()
    path = profile_database_path("demo")
    path.chmod(0o644)
    path.parent.chmod(0o755)
    data_dir().chmod(0o755)
    open_profile_store(DEMO).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
