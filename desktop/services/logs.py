"""Logging set-up: one rotating file in the logs folder (never secrets: callers redact). When
that folder cannot be written (read-only, full, not allowed), PagoDesk runs on without a log
file and says so once, instead of failing every command."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.config import PRIVATE_FILE, log_dir, tighten

LOG_FILE = "pagodesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_problem: str | None = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send PagoDesk's log records to ``<logs>/pagodesk.log`` (1 MB x 5), private to the user.
    Idempotent. Returns None, with ``logging_problem()`` saying why, when it cannot."""
    global _problem
    try:
        path = log_dir() / LOG_FILE
        root = logging.getLogger("desktop")
        for handler in root.handlers:
            if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
                return path
        handler = _PrivateRotatingHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        _problem = f"{exc.filename or 'la carpeta de registros'}: {exc.strerror or exc}"
        return None
    _problem = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path


class JsonLines(logging.Formatter):
    """One JSON object per line (time in UTC with offset, level, logger, message, and the
    exception's text when there is one): what a service manager or a container collects."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def logging_problem() -> str | None:
    """Why the log file is off (the file or folder and the system's words), or None."""
    return _problem


def close_logging() -> None:
    """Detach and close the file handlers (tests switch PAGODESK_HOME between runs)."""
    root = logging.getLogger("desktop")
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


class _PrivateRotatingHandler(RotatingFileHandler):
    """Every log file (the rotated ones too) readable by this user only. A write that fails
    later (the disk filled up) is dropped quietly rather than printed on every record."""

    def _open(self):  # type: ignore[no-untyped-def]  # logging's own untyped hook
        stream = super()._open()
        tighten(Path(self.baseFilename), PRIVATE_FILE)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        global _problem
        _problem = "no se pudo escribir en el registro"
