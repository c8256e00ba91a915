"""Logging set-up: one rotating file in the logs folder (never secrets: callers redact)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.config import log_dir

LOG_FILE = "pagodesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send PagoDesk's log records to ``<logs>/pagodesk.log`` (1 MB x 5). Idempotent."""
    path = log_dir() / LOG_FILE
    root = logging.getLogger("desktop")
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def close_logging() -> None:
    """Detach and close the file handlers (tests switch PAGODESK_HOME between runs)."""
    root = logging.getLogger("desktop")
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
