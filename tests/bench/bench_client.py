"""Client against the in-process sandbox: authorization, CIP creation, a 100-CIP search."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from desktop.domain.limatime import utc_now
from desktop.domain.money import Currency
from desktop.pagoefectivo import CipRequest, Credentials, PagoEfectivoClient
from desktop.sandbox import DEMO_CONFIG, SandboxServer
from tests.bench.harness import median_ms, report


def run() -> None:
    credentials = Credentials(
        DEMO_CONFIG.service_id, DEMO_CONFIG.access_key, DEMO_CONFIG.secret_key
    )
    config = replace(DEMO_CONFIG, max_amount=Decimal("1000000"))
    with (
        tempfile.TemporaryDirectory() as folder,
        SandboxServer(config, Path(folder) / "bench.sqlite3") as sandbox,
        PagoEfectivoClient(sandbox.base_url, credentials, log_sink=lambda exchange: None) as client,
    ):
        counter = iter(range(10**9))

        def create() -> int:
            return client.create_cip(
                CipRequest(
                    currency=Currency.PEN,
                    amount=Decimal("25.50"),
                    transaction_code=f"BENCH-{next(counter)}",
                    user_email="bench@example.pe",
                    date_expiry=utc_now() + timedelta(hours=48),
                )
            ).cip

        cips = [create() for _ in range(100)]
        auth = median_ms(client.authorize, repeat=50)
        creation = median_ms(create, repeat=50)
        search = median_ms(lambda: client.search_cips(cips), repeat=20)
        with PagoEfectivoClient(
            sandbox.base_url, credentials, log_sink=lambda exchange: None, search_batch_size=100
        ) as one_call:
            one_call.authorize()
            search_one = median_ms(lambda: one_call.search_cips(cips), repeat=20)
    report(
        "PagoEfectivo client vs in-process sandbox (median ms)",
        [
            ("authorization", auth, "POST /v1/authorizations"),
            ("CIP creation", creation, "POST /v1/cips, cached token"),
            ("search 100 CIPs", search, "10 calls of 10 (default batch)"),
            ("search 100 CIPs, 1 call", search_one, "batch size 100"),
        ],
    )
