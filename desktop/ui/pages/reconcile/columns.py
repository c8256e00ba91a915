"""The columns of each queue table: what the cashier needs to decide, nothing more."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop.ui.dialogs.detail.wording import actor_label, source_label
from desktop.ui.format import STATUS_COLORS, lima_datetime, relative_expiry, status_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.pages.reconcile.queue_model import Column, moment_key
from desktop.ui.pages.reconcile.wording import problem_text

_NO_CIP = "—"
_PROBLEM_COLOR = "#a33a3a"


def _cip(row: Any) -> str:
    return str(row.cip) if row.cip is not None else _NO_CIP


def _amount(row: Any) -> str:
    """A row's amount (a queue item, a settlement line, a missing voucher); empty if unknown."""
    return "" if row.money is None else str(row.money)


def _when(pick: Callable[[Any], datetime | None]) -> tuple[Callable[[Any], str], Any]:
    return (lambda row: lima_datetime(pick(row))), (lambda row: moment_key(pick(row)))


def cip_column() -> Column:
    return Column(QT_TRANSLATE_NOOP("ReconcileColumns", "CIP"), _cip, lambda r: r.cip, width=90)


def customer_column() -> Column:
    """The customer's name takes the largest share of the room; the tooltip has it whole."""
    return Column(
        QT_TRANSLATE_NOOP("ReconcileColumns", "Cliente"),
        lambda r: r.customer or r.email,
        stretch=3,
        tip=lambda r: "\n".join(part for part in (r.customer, r.email) if part) or None,
    )


def amount_column() -> Column:
    return Column(
        QT_TRANSLATE_NOOP("ReconcileColumns", "Monto"),
        _amount,
        lambda r: (r.money.currency, r.money.cents) if r.money else ("", 0),
        right=True,
        width=110,
    )


def status_column() -> Column:
    return Column(
        QT_TRANSLATE_NOOP("ReconcileColumns", "Estado"),
        lambda r: status_label(r.status),
        color=lambda r: STATUS_COLORS.get(r.status),
        width=130,
    )


def time_column(
    header: str, pick: Callable[[Any], datetime | None], width: int | None = 124
) -> Column:
    text, key = _when(pick)
    return Column(header, text, key, width=width)


def problem_column() -> Column:
    return Column(
        QT_TRANSLATE_NOOP("ReconcileColumns", "Problema"),
        problem_text,
        color=lambda _r: _PROBLEM_COLOR,
        tip=lambda r: r.reason or problem_text(r),
    )


def who_column(header: str) -> Column:
    return Column(header, lambda r: actor_label(r.actor), width=130)


def source_column() -> Column:
    return Column(
        QT_TRANSLATE_NOOP("ReconcileColumns", "Origen"),
        lambda r: source_label(r.source) if r.source else "",
        width=110,
    )


def discrepancy_columns() -> list[Column]:
    return [
        cip_column(),
        customer_column(),
        amount_column(),
        status_column(),
        problem_column(),
        source_column(),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Cuándo"), lambda r: r.at),
    ]


def expiring_columns(now: Callable[[], datetime]) -> list[Column]:
    return [
        cip_column(),
        customer_column(),
        Column(QT_TRANSLATE_NOOP("ReconcileColumns", "Concepto"), lambda r: r.concept or ""),
        amount_column(),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Vence"), lambda r: r.expires_at),
        Column(
            QT_TRANSLATE_NOOP("ReconcileColumns", "Falta"),
            lambda r: relative_expiry(r.expires_at, now(), r.status),
            lambda r: moment_key(r.expires_at),
            color=lambda _r: STATUS_COLORS["issuing"],
            width=120,
        ),
    ]


def unconfirmed_columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("ReconcileColumns", "Pedido"), lambda r: r.transaction_code, width=170
        ),
        customer_column(),
        amount_column(),
        problem_column(),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Emitido"), lambda r: r.created_at),
        who_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Por")),
    ]


def late_columns() -> list[Column]:
    return [
        cip_column(),
        customer_column(),
        amount_column(),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Vencía"), lambda r: r.expires_at),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Pagado"), lambda r: r.paid_at),
        source_column(),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Registrado"), lambda r: r.at),
    ]


def approval_columns() -> list[Column]:
    return [
        cip_column(),
        customer_column(),
        amount_column(),
        Column(QT_TRANSLATE_NOOP("ReconcileColumns", "Motivo"), lambda r: r.reason or ""),
        who_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Solicitado por")),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Cuándo"), lambda r: r.at),
    ]


def unknown_columns() -> list[Column]:
    return [
        cip_column(),
        amount_column(),
        Column(
            QT_TRANSLATE_NOOP("ReconcileColumns", "Operación"),
            lambda r: r.operation_number or "",
            width=120,
        ),
        time_column(QT_TRANSLATE_NOOP("ReconcileColumns", "Recibido"), lambda r: r.received_at),
        Column(
            QT_TRANSLATE_NOOP("ReconcileColumns", "Desde"),
            lambda r: r.remote_address or "",
        ),
    ]
