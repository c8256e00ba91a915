"""«Exportar para reclamo» (both engines): one ZIP with the voucher, its history, its
communication as JSON and as a readable PDF, its slips and a manifest of SHA-256 sums and the
audit chain's head; nothing secret in any file; nothing left behind when it cannot write."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient
from desktop.receipts import PaperFormat
from desktop.sandbox import SandboxServer
from desktop.services.audit_chain import chain_head
from desktop.services.dispute import DisputeExport
from desktop.services.issuing import IssueService
from desktop.services.lookup import VoucherLookup
from desktop.services.receipts import ReceiptService
from desktop.services.reconcile import ManualReconciliation
from desktop.services.sync import SyncService
from tests.integration.conftest import TEST_CREDENTIALS
from tests.receipts.helpers import MERCHANT, decode, page_text
from tests.staffing import person

SLIP = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def exporter(engine: Engine, manual: ManualReconciliation) -> DisputeExport:
    receipts = ReceiptService(VoucherLookup(engine, "demo"), MERCHANT, environment="demo")
    return DisputeExport(
        engine,
        "demo",
        render_voucher=receipts.render_voucher,
        read_slip=manual.evidence,
        merchant=lambda: MERCHANT.name,
        environment="demo",
    )


def test_the_package_holds_everything_and_proves_it(
    engine: Engine,
    sandbox: SandboxServer,
    service_client: PagoEfectivoClient,
    tmp_path: Path,
) -> None:
    issuer = IssueService(engine, service_client, "demo", actor=person("Ana (caja 1)"))
    data = IssueInput(amount="75.40", email="rosa@example.pe", expires_in=timedelta(hours=48))
    voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    slip = tmp_path / "constancia agente.png"
    slip.write_bytes(SLIP)
    manual = ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "evidence")
    manual.mark_paid(
        voucher.id or 0,
        actor=person("Ana (caja 1)"),
        reason="trajo la constancia",
        evidence_file=slip,
    )
    SyncService(engine, service_client, "demo").run()  # PagoEfectivo says pending: discrepancy
    target = tmp_path / "reclamo.zip"

    package = exporter(engine, manual).write(str(voucher.cip), target)

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with zipfile.ZipFile(target) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    assert sorted(files) == [
        "comunicacion.json",
        "comunicacion.pdf",
        "constancias/01-constancia agente.png",
        "historial.json",
        "manifiesto.json",
        "voucher.pdf",
    ]
    manifest = json.loads(files["manifiesto.json"])
    assert manifest["archivos"] == package.files
    for name, digest in manifest["archivos"].items():
        assert hashlib.sha256(files[name]).hexdigest() == digest
    head = chain_head(engine, "demo")
    assert head is not None and manifest["cadena_de_auditoria"] == str(head)
    assert manifest["voucher"]["cip"] == voucher.cip and manifest["perfil"] == "demo"
    assert files["constancias/01-constancia agente.png"] == SLIP

    assert f"{voucher.cip}" in decode(files["voucher.pdf"], 0, PaperFormat.A4)["code128"]
    history = json.loads(files["historial.json"])
    assert [e["a"] for e in history][:3] == ["issuing", "pending", "paid"]
    talk = json.loads(files["comunicacion.json"])
    assert [(p["metodo"], p["ruta"]) for p in talk["pedidos"]] == [
        ("POST", "/v1/cips"),
        ("POST", "/v1/cips/search"),
    ]
    readable = page_text(files["comunicacion.pdf"])
    assert "Registro para reclamo" in readable and "Pedido POST /v1/cips → HTTP 201" in readable
    assert '"amount": 75.40' in readable and "DEMO" in readable

    secrets = [TEST_CREDENTIALS.access_key, TEST_CREDENTIALS.secret_key]
    for name, content in files.items():
        for secret in secrets:
            assert secret.encode() not in content, name


def test_a_folder_that_cannot_be_written_leaves_nothing(
    engine: Engine, service_client: PagoEfectivoClient, tmp_path: Path
) -> None:
    issuer = IssueService(engine, service_client, "demo", actor=person("Ana (caja 1)"))
    data = IssueInput(amount="10.00", email="rosa@example.pe", expires_in=timedelta(hours=48))
    voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    manual = ManualReconciliation(engine, "demo", evidence_dir=tmp_path / "evidence")
    folder = tmp_path / "reclamos"
    (folder / "reclamo.zip").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(OSError):  # written whole, then it cannot take the place
        exporter(engine, manual).write(str(voucher.cip), folder / "reclamo.zip")
    assert [p.name for p in folder.iterdir()] == ["reclamo.zip"]  # no half file beside it
    with pytest.raises(OSError):
        exporter(engine, manual).write(str(voucher.cip), tmp_path / "no-existe" / "r.zip")
