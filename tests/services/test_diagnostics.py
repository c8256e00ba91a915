"""Diagnostics for support: versions, folders, database and keyring, and never a secret."""

from __future__ import annotations

import json
import os
import re
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
import reportlab
import sqlalchemy
from keyring.backends import fail

from desktop import __version__
from desktop.services import secrets
from desktop.services.diagnostics import UNKNOWN, collect, describe_database, library_version
from desktop.services.profiles import DEMO_PROFILE, Environment, Profile, ProfileRegistry
from desktop.store.engine import make_engine, open_store, sqlite_url
from tests.conftest import MemoryKeyring

ACCESS = "AK-diagnostics-0123456789"
SECRET = "SK/diagnostics+secret=42"
PG_URL = os.environ.get("PAGODESK_TEST_PG_URL", "")


def test_demo_profile_snapshot_names_versions_folders_and_database(pagodesk_home: Path) -> None:
    report = collect(profile=DEMO_PROFILE, probe_keyring=False)
    assert report.pagodesk == __version__
    assert report.libraries["reportlab"] == reportlab.Version
    assert report.libraries["SQLAlchemy"] == sqlalchemy.__version__
    assert report.libraries["PySide6"] != UNKNOWN
    assert report.profile == "demo" and report.environment == "demo"
    assert report.data_folder == str(pagodesk_home / "data")
    assert report.database is not None and report.database.startswith("SQLite ")
    assert report.database.endswith(str(pagodesk_home / "data" / "profiles" / "demo.sqlite3"))
    assert report.overrides["PAGODESK_HOME"] == str(pagodesk_home)
    assert report.keyring.usable is None
    text = report.as_text()
    assert f"PagoDesk {__version__} (desde fuentes)" in text
    assert "Llavero:" in text and "sin probar" in text
    assert "no medida aún" in text


def test_keyring_backends_carried_are_listed() -> None:
    shipped = collect(probe_keyring=False).keyring.shipped
    # keyring registers its own backends for every OS; a frozen build must keep them.
    assert {"SecretService", "Windows", "macOS"} <= set(shipped)


def test_unknown_distribution_reads_as_unknown() -> None:
    assert library_version("no-such-distribution-pagodesk") == UNKNOWN


def test_stored_keys_never_appear(memory_keyring: MemoryKeyring) -> None:
    registry = ProfileRegistry()
    shop = Profile("tienda", Environment.SANDBOX, service_id=1234)
    registry.add(shop)
    secrets.store_credentials("tienda", ACCESS, SECRET)
    report = collect(profile=shop, clock_skew=timedelta(minutes=-7, seconds=-5))
    assert report.keyring.usable is True
    assert report.keyring.backend.endswith("MemoryKeyring")
    assert report.clock_skew == "-7 min 5 s"
    shown = report.as_text() + json.dumps(report.as_dict(), ensure_ascii=False)
    assert "tienda" in shown
    assert ACCESS not in shown and SECRET not in shown
    assert memory_keyring.entries  # probing the keyring neither removed nor changed the keys
    assert secrets.load_credentials("tienda") == (ACCESS, SECRET)


def test_missing_keyring_is_explained(memory_keyring: MemoryKeyring) -> None:
    keyring.set_keyring(fail.Keyring())  # the fixture puts the previous keyring back
    report = collect(profile=DEMO_PROFILE)
    assert report.keyring.usable is False
    assert report.keyring.problem == "keyring_missing"
    assert report.keyring.message is not None and "key-file" in report.keyring.message
    assert "no utilizable (keyring_missing)" in report.as_text()
    assert report.keyring.message in report.as_text()


def test_database_url_never_shows_user_or_password() -> None:
    url = "postgresql+psycopg://caja:pa55-w0rd@db.tienda.pe:5433/pagodesk"
    engine = make_engine(url)  # not connected: nothing listens there
    try:
        shown = describe_database(engine.url.render_as_string(hide_password=False), engine)
    finally:
        engine.dispose()
    assert shown == "PostgreSQL — db.tienda.pe:5433/pagodesk"
    assert "caja" not in shown and "pa55" not in shown


def test_shared_postgresql_profile_is_described_from_its_settings() -> None:
    shared = Profile(
        "sucursal",
        Environment.SANDBOX,
        service_id=99,
        database_url="postgresql+psycopg://caja@10.0.0.5/pagodesk",
    )
    report = collect(profile=shared, probe_keyring=False)
    assert report.database == "PostgreSQL — 10.0.0.5/pagodesk"


def test_open_store_is_described_from_its_engine(tmp_path: Path) -> None:
    path = tmp_path / "caja.sqlite3"
    engine = open_store(sqlite_url(path))
    try:
        report = collect(engine=engine, probe_keyring=False)
    finally:
        engine.dispose()
    assert report.database is not None
    assert report.database.startswith("SQLite ") and report.database.endswith(str(path))
    assert report.profile is None and "Perfil: — (—)" in report.as_text()


@pytest.mark.skipif(not PG_URL, reason="PAGODESK_TEST_PG_URL not set")
def test_connected_postgresql_shows_its_server_version() -> None:
    engine = make_engine(PG_URL)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        report = collect(engine=engine, probe_keyring=False)
    finally:
        engine.dispose()
    assert report.database is not None
    assert re.fullmatch(r"PostgreSQL \d+(\.\d+)* — [\w.]+(:\d+)?/\w+", report.database)
    assert "postgres@" not in report.as_text()
