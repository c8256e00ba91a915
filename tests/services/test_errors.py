"""The services' boundary: the client's, the store's and the driver's exceptions never leave a
service; what leaves says what happened in the services' own words."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import (
    ApiRefused,
    AuthenticationFailed,
    ConnectionFailed,
    OutcomeUnknown,
    PagoEfectivoClient,
    ServerError,
)
from desktop.pagoefectivo.errors import FieldError
from desktop.sandbox import SandboxServer
from desktop.services.changes import VoucherChanges
from desktop.services.errors import (
    Remote,
    RemoteError,
    StorageFailed,
    VoucherChanged,
    VoucherNotFound,
    translated,
)
from desktop.services.issuing import IssueService, Outcome
from desktop.services.lookup import VoucherLookup
from desktop.services.queues import ReconciliationQueues
from desktop.services.receipts import ReceiptService
from desktop.services.reconcile import ManualReconciliation
from desktop.services.settlement import SettlementImport
from desktop.services.sync import SyncService
from desktop.store.vouchers import ConcurrentChange, UnknownVoucher
from tests.integration.conftest import TEST_CREDENTIALS
from tests.staffing import person

SERVICES = [
    IssueService,
    VoucherChanges,
    VoucherLookup,
    ReconciliationQueues,
    ReceiptService,
    ManualReconciliation,
    SettlementImport,
    SyncService,
]


@pytest.mark.parametrize("service", SERVICES, ids=lambda cls: cls.__name__)
def test_every_public_method_of_a_service_is_behind_the_boundary(service: type) -> None:
    public = [
        (name, member)
        for name, member in vars(service).items()
        if not name.startswith("_") and inspect.isfunction(member)
    ]
    assert public, service
    assert [name for name, member in public if not hasattr(member, "__wrapped__")] == []


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (
            ApiRefused("511", "Monto excede el máximo", (FieldError("113", "amount", "x"),)),
            "refused",
        ),
        (AuthenticationFailed("refused", "508", timedelta(minutes=-7)), "authentication"),
        (ConnectionFailed("could not connect"), "connection"),
        (OutcomeUnknown("timed out"), "outcome_unknown"),
        (ServerError("500", 502), "server"),
    ],
)
def test_each_client_error_says_what_staff_can_do(error: Exception, kind: str) -> None:
    said = translated(error)
    assert isinstance(said, RemoteError) and said.kind is Remote(kind)
    if kind == "refused":
        assert (said.code, said.message) == ("511", "Monto excede el máximo")
        assert [(f.code, f.field) for f in said.fields] == [("113", "amount")]
    if kind == "authentication":
        assert said.skew_text == "-7 min" and said.code == "508"
    if kind == "server":
        assert said.http_status == 502


def test_store_and_driver_errors_become_the_services_own() -> None:
    changed = translated(ConcurrentChange(12))
    assert isinstance(changed, VoucherChanged) and changed.voucher_id == 12
    gone = translated(UnknownVoucher(12))
    assert isinstance(gone, VoucherNotFound) and gone.ref == "#12"
    down = translated(OperationalError("SELECT 1", {}, Exception("server closed the connection")))
    assert isinstance(down, StorageFailed) and "server closed the connection" in down.detail
    other = ValueError("x")
    assert translated(other) is other


def test_an_unreachable_pagoefectivo_reaches_the_caller_as_a_remote_error(
    engine: Engine, sandbox: SandboxServer, issuer: IssueService
) -> None:
    data = IssueInput(amount="40", email="cliente@example.pe")
    voucher = issuer.issue(validate_issue(data, datetime.now(UTC))).voucher
    gone = PagoEfectivoClient("http://127.0.0.1:9", TEST_CREDENTIALS, timeout=1.0)
    changes = VoucherChanges(engine, gone, "demo", actor=person("Luis"))
    with pytest.raises(RemoteError) as caught:
        changes.extend(voucher.id, datetime.now(UTC) + timedelta(hours=30))
    assert caught.value.kind is Remote.CONNECTION
    unreachable = IssueService(engine, gone, "demo", actor=person("Ana"))
    result = unreachable.issue(validate_issue(data, datetime.now(UTC)))
    assert result.outcome is Outcome.FAILED and isinstance(result.error, RemoteError)
    with pytest.raises(VoucherNotFound):
        VoucherLookup(engine, "demo").find("99999999")
    gone.close()
