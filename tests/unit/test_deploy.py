"""The receiver's deployment files: the systemd unit verifies, the container file parses and
sets only what the code reads."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.webhook import HOST_ENV, JSON_ENV, PORT_ENV

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "pagodesk-webhook.service"
CONTAINER = ROOT / "deploy" / "Containerfile"
INSTRUCTIONS = {
    "FROM", "RUN", "COPY", "ENV", "USER", "WORKDIR", "VOLUME", "EXPOSE", "STOPSIGNAL",
    "HEALTHCHECK", "ENTRYPOINT", "CMD", "ARG", "LABEL",
}  # fmt: skip
KNOWN_ENV = {"PAGODESK_HOME", "PAGODESK_PROFILE", HOST_ENV, PORT_ENV, JSON_ENV}


def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    text = UNIT.read_text(encoding="utf-8")
    assert "ExecStart=/opt/pagodesk/.venv/bin/pagodesk webhook" in text
    # The binary is not installed here: the same unit, started by this interpreter.
    copy = tmp_path / "pagodesk-webhook.service"
    copy.write_text(re.sub(r"ExecStart=.*", f"ExecStart={sys.executable} -c pass", text))
    done = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert re.findall(r"^Environment=(\w+)=", text, re.MULTILINE)
    assert set(re.findall(r"^Environment=(\w+)=", text, re.MULTILINE)) <= KNOWN_ENV


def logical_lines(text: str) -> list[str]:
    lines, current = [], ""
    for raw in text.splitlines():
        if not current and (not raw.strip() or raw.lstrip().startswith("#")):
            continue
        current += raw.rstrip("\\").strip() + " "
        if not raw.endswith("\\"):
            lines.append(current.strip())
            current = ""
    return lines


def test_the_container_file_parses_and_copies_what_exists() -> None:
    lines = logical_lines(CONTAINER.read_text(encoding="utf-8"))
    words = [line.split(None, 1)[0] for line in lines]
    assert words[0] == "FROM" and set(words) <= INSTRUCTIONS, words
    for line in lines:
        kind, rest = line.split(None, 1)
        if kind == "COPY":
            *sources, _target = rest.split()
            assert all((ROOT / source).exists() for source in sources), line
        if kind in ("ENTRYPOINT", "VOLUME") or (kind == "HEALTHCHECK" and "[" in rest):
            json.loads(rest[rest.index("[") :])  # exec form: a JSON array
        if kind == "ENV":
            assert set(re.findall(r"(\w+)=", rest)) <= KNOWN_ENV, rest
    assert json.loads(lines[-1].split(None, 1)[1]) == ["pagodesk", "webhook"]
