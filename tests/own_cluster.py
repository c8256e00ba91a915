"""A PostgreSQL cluster of the tests' own, to stop and start while a station runs: never the
one PAGODESK_TEST_PG_URL names (other runs use it). Started with the same script CI uses
(.ci/postgres.sh) on a free port and a folder of its own; skipped when PostgreSQL's programs
are not installed or the tests do not run as root (the script runs them as ``postgres``)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "postgres.sh"


def _bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return found[-1] if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class OwnCluster:
    """``url`` (SQLAlchemy, database ``postgres``); ``stop`` and ``start`` wait until done."""

    folder: Path
    port: int
    pgbin: str

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        self._ctl("stop -m fast -w")

    def start(self) -> None:
        self._ctl(f"start -w -o '-h 127.0.0.1 -p {self.port} -k {self.folder} -F'")

    def running(self) -> bool:
        ready = subprocess.run(
            [f"{self.pgbin}/pg_isready", "-q", "-h", "127.0.0.1", "-p", str(self.port)],
            check=False,
        )
        return ready.returncode == 0

    def _ctl(self, action: str) -> None:
        command = f"{self.pgbin}/pg_ctl -D {self.folder}/data -l {self.folder}/log {action}"
        subprocess.run(
            ["su", "postgres", "-s", "/bin/sh", "-c", command],
            check=True,
            stdout=subprocess.DEVNULL,
        )


@pytest.fixture(scope="session")
def own_cluster() -> Iterator[OwnCluster]:
    pgbin = _bin()
    if pgbin is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs PostgreSQL's programs and root (to run them as postgres)")
    port = _free_port()
    folder = Path(f"/tmp/pagodesk-pg-own-{port}")
    env = {**os.environ, "PAGODESK_PG_DIR": str(folder), "PAGODESK_PG_PORT": str(port)}
    subprocess.run(["bash", str(SCRIPT)], check=True, env=env, stdout=subprocess.DEVNULL)
    cluster = OwnCluster(folder, port, pgbin)
    try:
        yield cluster
    finally:
        if cluster.running():
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def running_cluster(own_cluster: OwnCluster) -> Iterator[OwnCluster]:
    """The own cluster, up at the start of the test and again at its end."""
    if not own_cluster.running():
        own_cluster.start()
    yield own_cluster
    if not own_cluster.running():
        own_cluster.start()


@contextmanager
def fresh_database(cluster: OwnCluster) -> Iterator[str]:
    """A new, empty database on ``cluster`` (its URL); dropped afterwards."""
    name = f"pagodesk_loss_{uuid.uuid4().hex[:12]}"
    admin = create_engine(cluster.url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(cluster.url).set(database=name).render_as_string(hide_password=False)
        if not cluster.running():
            cluster.start()
        admin.dispose()  # its connection did not live through a restart
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
