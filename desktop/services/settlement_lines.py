"""What a settlement line is worth: its kind against the local voucher, and the result types."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple, Protocol

from desktop.domain.money import format_money, from_cents
from desktop.domain.status import VoucherStatus
from desktop.services.settlement_cells import CellProblem, LineValues, read_cip, read_line


class LineKind(StrEnum):
    """How one line compares with the vouchers of the profile."""

    MATCHED = "matched"  # pending or expired voucher, same amount and currency: apply pays it
    AMOUNT_DIFFERS = "amount_differs"  # amount or currency differ: never applied
    UNKNOWN_CIP = "unknown_cip"  # no voucher of this profile has that CIP
    ALREADY_PAID = "already_paid"  # paid before (webhook, poll, by hand, earlier import)
    INVALID = "invalid"  # unreadable cell or a CIP the file repeats (``problem`` says which)
    NOT_PAYABLE = "not_payable"  # the voucher is annulled (or not issued): a person decides


class ImportCancelled(Exception):
    """Staff stopped the import; nothing was changed."""


@dataclass(frozen=True)
class SettlementLine:
    """One data line of the file (``number``: its line in the file, or row in the sheet)."""

    number: int
    kind: LineKind
    cip: int | None
    amount_cents: int | None
    currency: str | None
    paid_at: datetime | None  # aware
    operation_number: str | None
    voucher_id: int | None
    local_status: str | None
    local_amount_cents: int | None
    problem: str | None  # a code: cip_invalid, duplicate, amount_differs, operation_differs...
    detail: str | None = None  # the unreadable text, or the line a duplicate CIP was first on
    local_currency: str | None = None
    local_operation_number: str | None = None


@dataclass(frozen=True)
class MissingVoucher:
    """An open voucher of the profile that the file does not mention."""

    voucher_id: int
    cip: int
    amount_cents: int
    currency: str
    status: str
    expires_at: datetime | None


@dataclass(frozen=True)
class SettlementPreview:
    """Every line sorted, the open vouchers missing from the file, and the file it came from."""

    sha256: str
    lines: list[SettlementLine]
    missing: list[MissingVoucher]
    file_name: str = ""

    def counts(self) -> dict[LineKind, int]:
        """Lines per kind (every kind present, zero included)."""
        counts = dict.fromkeys(LineKind, 0)
        for line in self.lines:
            counts[line.kind] += 1
        return counts


@dataclass(frozen=True)
class ApplyResult:
    """``paid`` vouchers moved to paid (``late`` of them had expired), ``discrepancies`` newly
    recorded, ``unchanged`` lines that changed nothing: the three add up to the lines.
    ``resorted``: lines whose kind changed since the preview (another station was faster)."""

    paid: int
    late: int
    discrepancies: int
    unchanged: int
    resorted: int = 0


class LocalVoucher(Protocol):
    """What the sorting needs of a voucher (a ``Voucher`` row or a few selected columns)."""

    @property
    def id(self) -> int | None: ...
    @property
    def status(self) -> str: ...
    @property
    def amount_cents(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def operation_number(self) -> str | None: ...


class LocalRow(NamedTuple):
    id: int | None
    cip: int | None
    status: str
    amount_cents: int
    currency: str
    operation_number: str | None


class ReadRow(NamedTuple):
    """A row read: its values to compare, or already a line (unreadable or duplicate)."""

    number: int
    values: LineValues | None
    line: SettlementLine | None


def read_row(number: int, cells: dict[str, str], now: datetime, seen: dict[int, int]) -> ReadRow:
    """Read the mapped cells; a CIP already seen on an earlier line makes this one INVALID
    (``seen``: CIP -> first line, updated here)."""
    try:
        values = read_line(cells, now)
    except CellProblem as problem:
        try:
            cip: int | None = read_cip(cells.get("cip", ""))
        except CellProblem:
            cip = None
        if cip is not None and cip in seen:
            return ReadRow(number, None, _invalid(number, cip, "duplicate", str(seen[cip])))
        if cip is not None:
            seen[cip] = number
        return ReadRow(number, None, _invalid(number, cip, problem.code, problem.text))
    if values.cip in seen:
        line = _invalid(number, values.cip, "duplicate", str(seen[values.cip]), values)
        return ReadRow(number, None, line)
    seen[values.cip] = number
    return ReadRow(number, values, None)


def classify(number: int, values: LineValues, local: LocalVoucher | None) -> SettlementLine:
    """The kind of a readable line against the profile's voucher with its CIP (or none)."""
    if local is None:
        return _line(number, LineKind.UNKNOWN_CIP, values, None, None)
    status = local.status
    problem: str | None
    if local.currency != values.currency:
        kind, problem = LineKind.AMOUNT_DIFFERS, "currency_differs"
    elif local.amount_cents != values.amount_cents:
        kind, problem = LineKind.AMOUNT_DIFFERS, "amount_differs"
    elif status == VoucherStatus.PAID.value:
        differs = None not in (values.operation_number, local.operation_number) and (
            values.operation_number != local.operation_number
        )
        kind, problem = LineKind.ALREADY_PAID, "operation_differs" if differs else None
    elif status in (VoucherStatus.PENDING.value, VoucherStatus.EXPIRED.value):
        kind, problem = LineKind.MATCHED, None
    else:
        kind, problem = LineKind.NOT_PAYABLE, "not_payable"
    return _line(number, kind, values, local, problem)


def discrepancy_reason(line: SettlementLine) -> str | None:
    """What to record on the voucher for this line (stable for the same contradiction, so a
    second import finds it recorded), or None when there is nothing to record."""
    if line.problem in ("amount_differs", "currency_differs"):
        theirs = money_text(line.amount_cents, line.currency)
        ours = money_text(line.local_amount_cents, line.local_currency)
        return f"{line.problem}: liquidación {theirs}, voucher {ours}"
    if line.problem == "operation_differs":
        return (
            f"operation_differs: liquidación {line.operation_number}, "
            f"voucher {line.local_operation_number}"
        )
    if line.problem == "not_payable":
        return f"not_payable: liquidación pagada, voucher {line.local_status}"
    return None


def evidence(file_name: str, sha256: str, line: SettlementLine) -> str:
    """The line as the file gave it, with the file's name and hash (JSON, for the event)."""
    return json.dumps(
        {
            "file": file_name,
            "sha256": sha256,
            "line": line.number,
            "cip": line.cip,
            "amount": money_text(line.amount_cents, None),
            "currency": line.currency,
            "paid_at": line.paid_at.isoformat() if line.paid_at else None,
            "operation_number": line.operation_number,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def values_of(line: SettlementLine) -> LineValues:
    """The values a readable line was sorted on (to sort it again against fresh data)."""
    assert line.cip is not None and line.amount_cents is not None and line.currency
    return LineValues(
        line.cip, line.amount_cents, line.currency, line.paid_at, line.operation_number
    )


def money_text(cents: int | None, currency: str | None) -> str:
    """``S/ 10.03`` (a bare ``10.03`` without a currency; ``—`` without an amount)."""
    if cents is None:
        return "—"
    amount = from_cents(cents)
    return format_money(amount, currency) if currency else str(amount)


def _line(
    number: int,
    kind: LineKind,
    values: LineValues,
    local: LocalVoucher | None,
    problem: str | None,
) -> SettlementLine:
    return SettlementLine(
        number=number,
        kind=kind,
        cip=values.cip,
        amount_cents=values.amount_cents,
        currency=values.currency,
        paid_at=values.paid_at,
        operation_number=values.operation_number,
        voucher_id=local.id if local else None,
        local_status=local.status if local else None,
        local_amount_cents=local.amount_cents if local else None,
        problem=problem,
        local_currency=local.currency if local else None,
        local_operation_number=local.operation_number if local else None,
    )


def _invalid(
    number: int, cip: int | None, problem: str, detail: str, values: LineValues | None = None
) -> SettlementLine:
    return SettlementLine(
        number=number,
        kind=LineKind.INVALID,
        cip=cip,
        amount_cents=values.amount_cents if values else None,
        currency=values.currency if values else None,
        paid_at=values.paid_at if values else None,
        operation_number=values.operation_number if values else None,
        voucher_id=None,
        local_status=None,
        local_amount_cents=None,
        problem=problem,
        detail=detail or None,
    )
