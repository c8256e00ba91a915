"""A network printer on loopback: a real TCP listener on an ephemeral port that takes jobs as
a printer's raw port 9100 does, answers the real-time status queries (DLE EOT n) that come
before a job the way the printer is set up to, and keeps every job's bytes."""

from __future__ import annotations

import select
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DLE_EOT = b"\x10\x04"
READY = {1: b"\x16", 2: b"\x12", 4: b"\x12"}  # online, no offline cause, paper present
NO_PAPER = {1: b"\x1e", 2: b"\x32", 4: b"\x72"}  # paper end: sensor bits 5-6, stopped
COVER_OPEN = {1: b"\x1e", 2: b"\x16", 4: b"\x12"}  # offline cause: cover open (bit 2)
NEAR_END = {1: b"\x16", 2: b"\x12", 4: b"\x1e"}  # paper near end (bits 2-3): still prints


class FakePrinter:
    """``status``: the answer to each DLE EOT n (None: a printer that never answers).
    ``reads``: False for a printer that takes the connection but never reads (it is jammed)."""

    def __init__(self, status: dict[int, bytes] | None = None, *, reads: bool = True) -> None:
        self.status = READY if status is None else status
        self.reads = reads
        self.jobs: list[bytes] = []
        self.queries: list[list[int]] = []
        self._job_done = threading.Condition()
        self._listener = socket.create_server(("127.0.0.1", 0))
        if not reads:
            self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.port = int(self._listener.getsockname()[1])
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def start(self) -> FakePrinter:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._listener.close()
        self._thread.join(5)

    def wait_jobs(self, count: int = 1, timeout: float = 10.0) -> list[bytes]:
        """The first ``count`` jobs, once the printer has them all (a connection closed)."""
        with self._job_done:
            if not self._job_done.wait_for(lambda: len(self.jobs) >= count, timeout):
                raise AssertionError(f"{len(self.jobs)} job(s) arrived, {count} expected")
            return self.jobs[:count]

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                ready, _, _ = select.select([self._listener], [], [], 0.05)
                if not ready:
                    continue
                connection, _ = self._listener.accept()
            except OSError:
                return
            with connection:
                if self.reads:
                    self._take_job(connection)
                else:
                    self._stopping.wait()

    def _take_job(self, connection: socket.socket) -> None:
        queries: list[int] = []
        pending, job = b"", bytearray()
        in_job = False
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                break
            if in_job:
                job += chunk
                continue
            pending += chunk
            while not in_job and len(pending) >= 3 and pending.startswith(DLE_EOT):
                number = pending[2]
                queries.append(number)
                answer = self.status.get(number) if self.status else None
                if answer:
                    connection.sendall(answer)
                pending = pending[3:]
            if pending and not DLE_EOT.startswith(pending[:2]) or len(pending) >= 3:
                in_job = True
                job += pending
                pending = b""
        with self._job_done:
            self.queries.append(queries)
            self.jobs.append(bytes(job))
            self._job_done.notify_all()


@contextmanager
def fake_printer(
    status: dict[int, bytes] | None = None, *, reads: bool = True
) -> Iterator[FakePrinter]:
    printer = FakePrinter(status, reads=reads).start()
    try:
        yield printer
    finally:
        printer.stop()
