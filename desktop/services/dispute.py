"""«Exportar para reclamo»: one ZIP with everything about a voucher, and a manifest that lets
anyone check nothing in it was changed.

Inside: ``voucher.pdf`` (the voucher as PagoDesk renders it), ``historial.json`` (its events),
``comunicacion.json`` and ``comunicacion.pdf`` (requests, answers and notifications, as
logged: secrets were redacted before anything was written), ``constancias/`` (the payment
slips its events recorded) and ``manifiesto.json`` (each file's SHA-256, the voucher, the
profile, the app version and the audit chain's head at that moment). The ZIP is written
beside the target and moved in place once whole, readable by this user only.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.domain.display import (
    actor_label,
    event_line,
    lima_short,
    source_label,
    status_label,
)
from desktop.domain.limatime import Clock, to_lima, utc_now
from desktop.receipts import PaperFormat
from desktop.receipts.record import RecordDocument, RecordEntry, render_record
from desktop.services.audit_chain import chain_head
from desktop.services.communication import (
    Communication,
    CommunicationItem,
    ExchangeItem,
    NotificationItem,
    VoucherCommunication,
)
from desktop.services.slips import slip_named
from desktop.services.views import EventView, VoucherView

SlipReader = Callable[[int, str], tuple[str, bytes]]
"""(voucher id, sha256) -> (original name, bytes): ``ManualReconciliation.evidence``."""


@dataclass(frozen=True)
class DisputePackage:
    path: Path
    files: dict[str, str]
    """Name in the ZIP -> SHA-256."""


class DisputeExport:
    def __init__(
        self,
        engine: Any,
        profile: str,
        *,
        render_voucher: Callable[[VoucherView, PaperFormat], bytes],
        read_slip: SlipReader,
        merchant: Callable[[], str],
        environment: str,
        clock: Clock = utc_now,
    ) -> None:
        self._engine = engine
        self._profile = profile
        self._render_voucher = render_voucher
        self._read_slip = read_slip
        self._merchant = merchant
        self._environment = environment
        self._clock = clock
        self._communication = VoucherCommunication(engine, profile)

    @classmethod
    def for_runtime(cls, runtime: Any) -> DisputeExport:
        """The export of an open profile (``services.runtime.Runtime``): its voucher PDF,
        slips, merchant and environment."""
        return cls(
            runtime.engine,
            runtime.profile.name,
            render_voucher=runtime.receipts.render_voucher,
            read_slip=runtime.reconciliation.evidence,
            merchant=lambda: runtime.merchant().name,
            environment=runtime.receipts.environment,
            clock=runtime.clock,
        )

    def write(self, ref: str, target: Path) -> DisputePackage:
        """The package of voucher ``ref`` at ``target`` (replaced if it exists). Raises the
        lookup's not-found error, or ``OSError`` (nothing left behind)."""
        record = self._communication.of(ref)
        voucher = record.voucher
        files: dict[str, bytes] = {
            "voucher.pdf": self._render_voucher(voucher, PaperFormat.A4),
            "historial.json": _json([_event_json(e) for e in _events(record)]),
            "comunicacion.json": _json(_record_json(record)),
            "comunicacion.pdf": render_record(self._document(record)),
        }
        for name, content in self._slips(record):
            files[f"constancias/{name}"] = content
        digests = {name: hashlib.sha256(content).hexdigest() for name, content in files.items()}
        head = chain_head(self._engine, self._profile)
        manifest = {
            "generado": _iso(self._clock()),
            "perfil": self._profile,
            "entorno": self._environment,
            "version_pagodesk": __version__,
            "voucher": {
                "id": voucher.id,
                "cip": voucher.cip,
                "referencia": voucher.transaction_code,
            },
            "cadena_de_auditoria": str(head) if head is not None else None,
            "archivos": digests,
        }
        files["manifiesto.json"] = _json(manifest)
        _write_zip(target, files)
        return DisputePackage(target, digests)

    def _slips(self, record: Communication) -> list[tuple[str, bytes]]:
        found: list[tuple[str, bytes]] = []
        seen: set[str] = set()
        for event in _events(record):
            named = slip_named(event.evidence)
            if named is None or named.sha256 in seen:
                continue
            seen.add(named.sha256)
            name, content = self._read_slip(record.voucher.id, named.sha256)
            found.append((f"{len(found) + 1:02d}-{_safe(name)}", content))
        return found

    def _document(self, record: Communication) -> RecordDocument:
        voucher = record.voucher
        subtitle = (
            f"CIP {voucher.cip or '—'} · {voucher.money} · {status_label(voucher.status)} · "
            f"referencia {voucher.transaction_code} · generado el {lima_short(self._clock())}"
        )
        return RecordDocument(
            merchant=self._merchant(),
            title="Registro para reclamo",
            subtitle=subtitle,
            environment=self._environment,
            entries=tuple(_entry(item) for item in record.items),
        )


def _events(record: Communication) -> list[EventView]:
    return [item.event for item in record.items if item.event is not None]


def _entry(item: CommunicationItem) -> RecordEntry:
    when = lima_short(item.at)
    if item.exchange is not None:
        return _exchange_entry(when, item.exchange)
    if item.notification is not None:
        return _notification_entry(when, item.notification)
    assert item.event is not None
    event = item.event
    lines = [f"Por: {actor_label(event.actor)} ({source_label(event.source)})"]
    if event.reason:
        lines.append(f"Motivo: {event.reason}")
    return RecordEntry(when, f"Evento {event.sequence}: {event_line(event)}", tuple(lines))


def _exchange_entry(when: str, e: ExchangeItem) -> RecordEntry:
    answer = f"HTTP {e.status}" if e.status is not None else (e.error or "sin respuesta")
    bodies = [("Enviado", e.request), ("Respuesta", e.response)]
    return RecordEntry(
        when,
        f"Pedido {e.method} {e.path} → {answer} ({e.duration_ms:.0f} ms)",
        bodies=tuple((label, text) for label, text in bodies if text),
    )


def _notification_entry(when: str, n: NotificationItem) -> RecordEntry:
    signed = "firma válida" if n.signature_ok else "firma NO válida"
    result = f"Resultado: {n.outcome} (HTTP {n.http_status})"
    if n.detail:
        result += f": {n.detail}"
    title = f"Notificación {n.event_type or '?'} ({signed})"
    return RecordEntry(when, title, (result,), (("Cuerpo", n.body),))


def _event_json(event: EventView) -> dict[str, Any]:
    return {
        "secuencia": event.sequence,
        "momento": _iso(event.created_at),
        "tipo": str(event.kind),
        "de": event.from_status,
        "a": event.to_status,
        "origen": str(event.source),
        "por": event.actor,
        "motivo": event.reason,
        "constancia": event.evidence,
    }


def _record_json(record: Communication) -> dict[str, Any]:
    return {
        "pedidos": [
            {
                "momento": _iso(e.at),
                "metodo": e.method,
                "ruta": e.path,
                "http": e.status,
                "ms": e.duration_ms,
                "enviado": e.request,
                "respuesta": e.response,
                "error": e.error,
            }
            for e in record.exchanges
        ],
        "notificaciones": [
            {
                "momento": _iso(n.at),
                "evento": n.event_type,
                "firma_valida": n.signature_ok,
                "resultado": n.outcome,
                "detalle": n.detail,
                "http": n.http_status,
                "cuerpo": n.body,
            }
            for n in record.notifications
        ],
    }


def _iso(moment: datetime) -> str:
    return to_lima(moment).isoformat()


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def _safe(name: str) -> str:
    """A slip's original name as a plain file name inside the ZIP."""
    kept = "".join(c if c.isalnum() or c in "._- " else "_" for c in Path(name).name).strip()
    return kept[:80] or "constancia"


def _write_zip(target: Path, files: dict[str, bytes]) -> None:
    folder = target.parent
    handle, temporary = tempfile.mkstemp(prefix=".reclamo-", suffix=".zip", dir=folder)
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in files.items():
                zf.writestr(name, content)
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
