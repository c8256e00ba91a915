"""The go-live report: kept as evidence in the profile's data folder (one JSON and one PDF a
run, 0600), signed so that a changed or foreign report is refused when it is read back.

The JSON holds the report, the SHA-256 of its PDF and an HMAC-SHA256 over both, keyed by a
key derived from the profile's audit chain key (services/chain_keys.py): only a station that
holds that key can make or check the signature. The demo profile's chain key is public, as
its credentials are, so a demo report proves what ran, not who ran it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.config import atomic_write_bytes, data_dir, private_dir, tighten
from desktop.domain.display import lima_short
from desktop.domain.limatime import to_lima
from desktop.receipts.golive import ReportDocument, ReportFlow, render_golive
from desktop.services.golive import wording
from desktop.services.golive.model import CheckResult, FlowResult, FlowStatus, Target

KIND = "prueba-de-salida-a-produccion"
FORMAT = 1
_KEY_LABEL = b"pagodesk/golive-report/v1"
_log = logging.getLogger(__name__)


class BadReport(Exception):
    """A report that cannot be trusted. ``code``: unreadable, not_a_report, no_key,
    signature (changed, or signed elsewhere), pdf_differs (its PDF was changed)."""

    def __init__(self, code: str, path: Path) -> None:
        self.code = code
        self.path = path
        super().__init__(f"{path}: {code}")


@dataclass(frozen=True)
class SavedReport:
    """A report whose signature holds."""

    json_path: Path
    pdf_path: Path
    profile: str
    environment: str
    at: datetime
    passed: bool
    verdict: str
    pdf_checked: bool = True
    """False when its PDF was not beside it to compare."""


def report_key(chain_key: bytes) -> bytes:
    """The signing key: derived from the chain key, never the chain key itself."""
    return hmac.new(chain_key, _KEY_LABEL, hashlib.sha256).digest()


def reports_dir(profile: str) -> Path:
    return private_dir(data_dir() / "golive" / profile)


def save_report(result: CheckResult, *, key: bytes, merchant: str) -> SavedReport:
    """Write the PDF and the signed JSON of ``result`` into the profile's folder."""
    report = report_json(result)
    pdf = render_golive(document(result, merchant, fingerprint(report)))
    envelope: dict[str, Any] = {"informe": report, "pdf_sha256": _sha(pdf)}
    envelope["firma"] = {"algoritmo": "HMAC-SHA256", "valor": _mac(key, envelope)}
    stem = f"prueba-{to_lima(result.finished_at):%Y%m%d-%H%M%S}"
    folder = reports_dir(result.profile)
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    for path, content in ((pdf_path, pdf), (json_path, _dumps(envelope))):
        atomic_write_bytes(path, content)
        tighten(path, 0o600)
    return SavedReport(
        json_path,
        pdf_path,
        result.profile,
        result.environment,
        result.finished_at,
        result.passed,
        wording.verdict(result),
    )


def read_report(path: Path, key_of: Callable[[str], bytes | None]) -> SavedReport:
    """A report read back and checked: its signature under the key of the profile it names
    (``key_of``), and its PDF (same name, ``.pdf``) when that is beside it."""
    try:
        envelope = json.loads(path.read_bytes())
        report = envelope["informe"]
        signature = envelope["firma"]["valor"]
        profile, at = str(report["perfil"]), datetime.fromisoformat(report["fecha"])
    except (OSError, ValueError, KeyError, TypeError):
        raise BadReport("unreadable", path) from None
    if report.get("tipo") != KIND or at.tzinfo is None:
        raise BadReport("not_a_report", path)
    key = key_of(profile)
    if key is None:
        raise BadReport("no_key", path)
    signed = {name: value for name, value in envelope.items() if name != "firma"}
    if not (isinstance(signature, str) and hmac.compare_digest(_mac(key, signed), signature)):
        raise BadReport("signature", path)
    pdf_path = path.with_suffix(".pdf")
    checked = pdf_path.is_file()
    if checked and _sha(pdf_path.read_bytes()) != envelope.get("pdf_sha256"):
        raise BadReport("pdf_differs", path)
    return SavedReport(
        path,
        pdf_path,
        profile,
        str(report.get("entorno", "")),
        at,
        report.get("aprobada") is True,
        str(report.get("veredicto", "")),
        checked,
    )


def latest_passing(
    profiles: list[str],
    key_of: Callable[[str], bytes | None],
    now: datetime,
    within: timedelta = timedelta(days=30),
) -> SavedReport | None:
    """The newest passing report of these profiles from the last ``within``; a report whose
    signature does not hold is left out (and logged)."""
    best: SavedReport | None = None
    for path in _report_files(profiles):
        try:
            found = read_report(path, key_of)
        except BadReport as exc:
            _log.warning("go-live report left out: %s (%s)", exc.path, exc.code)
            continue
        fresh = now - within <= found.at <= now + timedelta(minutes=5)
        if found.passed and fresh and (best is None or found.at > best.at):
            best = found
    return best


def _report_files(profiles: list[str]) -> Iterator[Path]:
    for profile in profiles:
        folder = data_dir() / "golive" / profile
        if folder.is_dir():
            yield from sorted(folder.glob("prueba-*.json"))


def fingerprint(report: dict[str, Any]) -> str:
    """SHA-256 of the report's content, printed on the PDF to pair it with its JSON."""
    return _sha(_canonical(report))


def report_json(result: CheckResult) -> dict[str, Any]:
    return {
        "tipo": KIND,
        "formato": FORMAT,
        "fecha": to_lima(result.finished_at).isoformat(),
        "inicio": to_lima(result.started_at).isoformat(),
        "perfil": result.profile,
        "entorno": result.environment,
        "contra": "simulador" if result.target is Target.SIMULATOR else "pagoefectivo",
        "url_base": result.base_url,
        "id_servicio": result.service_id,
        "version_pagodesk": __version__,
        "cadena_de_auditoria": result.chain_head,
        "aprobada": result.passed,
        "veredicto": wording.verdict(result),
        "resumen": {
            "superados": result.count(FlowStatus.PASSED),
            "fallidos": result.count(FlowStatus.FAILED),
            "no_aplicables": result.count(FlowStatus.NOT_APPLICABLE),
        },
        "flujos": [_flow_json(flow) for flow in result.flows],
        "limpieza": [wording.step_text(step) for step in result.cleanup],
    }


def _flow_json(flow: FlowResult) -> dict[str, Any]:
    return {
        "codigo": flow.code,
        "titulo": wording.title(flow.code),
        "estado": flow.status.value,
        "ms": flow.ms,
        "pasos": [
            {"codigo": s.code, "texto": wording.step_text(s), "ok": s.ok, "ms": s.ms}
            for s in flow.steps
        ],
        "que_corregir": wording.fix(flow) if flow.failed else None,
        "nota": wording.NOT_APPLICABLE if flow.status is FlowStatus.NOT_APPLICABLE else None,
        "vouchers": [{"id": vid, "cip": cip} for vid, cip in flow.vouchers],
    }


def document(result: CheckResult, merchant: str, print_: str) -> ReportDocument:
    """What the PDF shows, in Spanish."""
    target = "simulador de PagoDesk" if result.target is Target.SIMULATOR else "PagoEfectivo"
    seconds = (result.finished_at - result.started_at).total_seconds()
    facts = (
        ("Fecha", f"{lima_short(result.finished_at)} (hora de Lima)"),
        ("Perfil", f"{result.profile} ({result.environment})"),
        ("Probado contra", f"{target}: {result.base_url}"),
        ("ID de servicio", str(result.service_id or "—")),
        ("Versión de PagoDesk", __version__),
        ("Cadena de auditoría", result.chain_head or "—"),
        ("Duración", f"{seconds:.1f} s"),
    )
    flows = tuple(
        ReportFlow(
            title=wording.title(flow.code),
            status=wording.STATUS_WORDS[flow.status],
            passed=None if flow.status is FlowStatus.NOT_APPLICABLE else not flow.failed,
            ms=f"{flow.ms:.0f} ms",
            steps=tuple((s.ok, wording.step_text(s), f"{s.ms:.0f} ms") for s in flow.steps),
            fix=wording.fix(flow) if flow.failed else "",
            note=wording.NOT_APPLICABLE if flow.status is FlowStatus.NOT_APPLICABLE else "",
        )
        for flow in result.flows
    )
    notes = (
        f"Huella del contenido (SHA-256): {print_}. Es la del informe JSON guardado con este "
        "PDF, que lleva además la huella de este PDF y la firma HMAC-SHA256 de ambos con una "
        "clave derivada de la clave de auditoría del perfil.",
        "Para comprobarlo en una estación del perfil: pagodesk golive --verify INFORME.json "
        "(con el PDF al lado, con el mismo nombre). Un cambio en cualquiera de los dos, o un "
        "informe firmado en otra instalación, no pasa la comprobación.",
    )
    return ReportDocument(
        merchant=merchant,
        title="Prueba de salida a producción",
        verdict=wording.verdict(result),
        passed=result.passed,
        environment=result.environment,
        facts=facts,
        flows=flows,
        after=tuple(wording.step_text(step) for step in result.cleanup),
        notes=notes,
    )


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _mac(key: bytes, value: Any) -> str:
    return hmac.new(key, _canonical(value), hashlib.sha256).hexdigest()


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _dumps(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
