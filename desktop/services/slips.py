"""The proof of a manual payment: refused input, and the chosen slip file checked and read."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

EVIDENCE_MAX_BYTES = 20 * 1024 * 1024
# A photo or a scan of the slip: the extension must match what the file really is.
EVIDENCE_MAGIC = {
    ".jpg": b"\xff\xd8\xff",
    ".jpeg": b"\xff\xd8\xff",
    ".png": b"\x89PNG\r\n\x1a\n",
    ".pdf": b"%PDF-",
}
MEDIA_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".pdf": "application/pdf",
}


class ReconcileError(ValueError):
    """Refused input or action; ``code`` is stable and ``field`` names what to fix."""

    def __init__(self, code: str, field: str | None = None, detail: str = "") -> None:
        self.code = code
        self.field = field
        self.detail = detail
        super().__init__(
            f"{field + ': ' if field else ''}{code}{' (' + detail + ')' if detail else ''}"
        )


class ReconcileProblems(ReconcileError):
    """Several fields refused at once (every one the form can fix, in the form's order): a
    ``ReconcileError`` of the first, with all of them in ``problems``."""

    def __init__(self, problems: list[ReconcileError]) -> None:
        first = problems[0]
        super().__init__(first.code, first.field, first.detail)
        self.problems = tuple(problems)


def raise_problems(problems: list[ReconcileError]) -> None:
    """Nothing when ``problems`` is empty; the one problem, or all of them together."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ReconcileProblems(problems)


@dataclass(frozen=True)
class Slip:
    """A slip file read once and checked: what a manual payment keeps."""

    name: str
    media_type: str
    content: bytes
    sha256: str

    def proof(self) -> dict[str, object]:
        """What the event records of it (covered by the hash chain)."""
        return {"sha256": self.sha256, "name": self.name, "size": len(self.content)}


def read_slip(path: Path) -> Slip:
    """A readable photo or PDF of reasonable size, whose content matches its extension."""
    if not path.is_file():
        raise ReconcileError("evidence_missing", "evidence", str(path))
    suffix = path.suffix.lower()
    magic = EVIDENCE_MAGIC.get(suffix)
    if magic is None:
        raise ReconcileError("evidence_type", "evidence", path.suffix or path.name)
    if path.stat().st_size > EVIDENCE_MAX_BYTES:  # before reading it whole
        raise ReconcileError("evidence_too_large", "evidence", f"{EVIDENCE_MAX_BYTES} bytes")
    with path.open("rb") as handle:
        content = handle.read(EVIDENCE_MAX_BYTES + 1)  # it may have grown since
    if not content:
        raise ReconcileError("evidence_empty", "evidence")
    if len(content) > EVIDENCE_MAX_BYTES:
        raise ReconcileError("evidence_too_large", "evidence", f"{EVIDENCE_MAX_BYTES} bytes")
    if not content.startswith(magic):
        raise ReconcileError("evidence_type", "evidence", "content")
    sha = hashlib.sha256(content).hexdigest()
    return Slip(path.name, MEDIA_TYPES[suffix], content, sha)


class SlipRef(NamedTuple):
    """The slip an event's evidence JSON names. ``file`` is set only by events recorded
    before slips lived in the database (the copy on the PC that recorded it)."""

    sha256: str
    name: str
    file: str | None


def slip_named(evidence: str | None) -> SlipRef | None:
    """The slip an event's evidence names, or None when it names none."""
    if not evidence or not evidence.startswith("{"):
        return None
    try:
        data = json.loads(evidence)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("sha256"), str):
        return None
    if not isinstance(data.get("size"), int):  # a settlement line's file hash, not a slip
        return None
    file = str(data["file"]) if data.get("file") else None
    return SlipRef(data["sha256"], str(data.get("name") or file or data["sha256"]), file)


def local_copy(folder: Path, sha256: str) -> Path | None:
    """The copy a station kept before slips lived in the database (``<sha256>.<ext>``)."""
    for suffix in EVIDENCE_MAGIC:
        path = folder / f"{sha256}{suffix}"
        if path.is_file():
            return path
    return None
