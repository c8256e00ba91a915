"""How a CIP is shown: the search item of the API and the fuller admin view."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.domain.limatime import format_api_datetime
from desktop.sandbox.jsonio import api_amount
from desktop.sandbox.state import STATUS_NAMES
from desktop.sandbox.storage import CipRecord

EMPTY_DATE = "1900-01-01T00:00:00-05:00"
"""PagoEfectivo's "no date" sentinel: search never returns null dates."""


def api_date(moment: datetime | None) -> str:
    return EMPTY_DATE if moment is None else format_api_datetime(moment)


def search_item(record: CipRecord) -> dict[str, Any]:
    """One ``/v1/cips/search`` item; ``record.status`` must already be as of now."""
    return {
        "cip": record.cip,
        "transactionCode": record.transaction_code,
        "amount": api_amount(record.amount),
        "currency": record.currency,
        "status": record.status,
        "statusName": STATUS_NAMES[record.status],
        "dateCreation": api_date(record.created_at),
        "dateExpiry": api_date(record.expires_at),
        "datePayment": api_date(record.paid_at),
        "dateRemoval": api_date(record.removed_at),
        "token": record.guid,
    }


def create_item(record: CipRecord, cip_url: str) -> dict[str, Any]:
    """The ``data`` of a successful ``POST /v1/cips``."""
    return {
        "cip": record.cip,
        "currency": record.currency,
        "amount": api_amount(record.amount),
        "transactionCode": record.transaction_code,
        "dateExpiry": api_date(record.expires_at),
        "cipUrl": cip_url,
    }


def admin_item(record: CipRecord, cip_url: str) -> dict[str, Any]:
    """Everything the sandbox knows about a CIP (admin routes and the CLI)."""
    return {
        **search_item(record),
        "serviceId": record.service_id,
        "operationNumber": record.operation_number,
        "userEmail": record.user_email,
        "cipUrl": cip_url,
        "details": record.details,
    }
