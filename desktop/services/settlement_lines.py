"""What a settlement line is worth: its kind against the local voucher, and the result types."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple, Protocol

from desktop.domain.events import Reason, with_detail
from desktop.domain.money import Money, money_or_dash
from desktop.domain.status import VoucherStatus, is_late_payment
from desktop.services.settlement_cells import CellProblem, LineValues, read_cip, read_line


class LineKind(StrEnum):
    """How one line compares with the vouchers of the profile."""

    MATCHED = "matched"  # pending or expired voucher, same amount and currency: apply pays it
    # (late when the file's payment date is after the deadline: SettlementLine.late)
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
    money: Money | None  # None when the amount or the currency could not be read
    paid_at: datetime | None  # aware
    operation_number: str | None
    voucher_id: int | None
    local_status: str | None
    local_money: Money | None
    problem: str | None  # a code: cip_invalid, duplicate, amount_differs, operation_differs...
    detail: str | None = None  # the unreadable text, or the line a duplicate CIP was first on
    local_operation_number: str | None = None
    late: bool = False  # a match paid after the deadline (domain.status.is_late_payment)


@dataclass(frozen=True)
class MissingVoucher:
    """An open voucher of the profile that the file does not mention."""

    voucher_id: int
    cip: int
    money: Money
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
    def money(self) -> Money: ...
    @property
    def operation_number(self) -> str | None: ...
    @property
    def expires_at(self) -> datetime | None: ...


class LocalRow(NamedTuple):
    id: int | None
    cip: int | None
    status: str
    amount_cents: int
    currency: str
    operation_number: str | None
    expires_at: datetime | None

    @property
    def money(self) -> Money:
        return Money.from_cents(self.amount_cents, self.currency)


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
        return _line(number, LineKind.UNKNOWN_CIP, values, None, None, None)
    status = local.status
    money = local.money  # a property that builds a Money: once per line
    problem: str | None
    late = False
    differs = money.difference(values.money)
    if differs is not None:
        kind, problem = LineKind.AMOUNT_DIFFERS, differs
    elif status == VoucherStatus.PAID.value:
        other = None not in (values.operation_number, local.operation_number) and (
            values.operation_number != local.operation_number
        )
        kind, problem = LineKind.ALREADY_PAID, Reason.OPERATION_DIFFERS if other else None
    elif status in (VoucherStatus.PENDING.value, VoucherStatus.EXPIRED.value):
        kind, problem = LineKind.MATCHED, None
        late = is_late_payment(VoucherStatus(status), values.paid_at, local.expires_at)
    else:
        kind, problem = LineKind.NOT_PAYABLE, "not_payable"
    return _line(number, kind, values, local, money, problem, late)


def discrepancy_reason(line: SettlementLine) -> str | None:
    """What to record on the voucher for this line (stable for the same contradiction, so a
    second import finds it recorded), or None when there is nothing to record."""
    if line.problem in (Reason.AMOUNT_DIFFERS, Reason.CURRENCY_DIFFERS):
        theirs, ours = money_or_dash(line.money), money_or_dash(line.local_money)
        return with_detail(line.problem, f"liquidación {theirs}, voucher {ours}")
    if line.problem == Reason.OPERATION_DIFFERS:
        return with_detail(
            Reason.OPERATION_DIFFERS,
            f"liquidación {line.operation_number}, voucher {line.local_operation_number}",
        )
    if line.problem == "not_payable":
        return f"not_payable: liquidación pagada, voucher {line.local_status}"
    return None


def changes_something(line: SettlementLine) -> bool:
    """Applying acts on this line: a payment, or a contradiction to record on the voucher."""
    return line.kind is LineKind.MATCHED or discrepancy_reason(line) is not None


def evidence(file_name: str, sha256: str, line: SettlementLine) -> str:
    """The line as the file gave it, with the file's name and hash (JSON, for the event)."""
    return json.dumps(
        {
            "file": file_name,
            "sha256": sha256,
            "line": line.number,
            "cip": line.cip,
            "amount": line.money.plain() if line.money else "—",
            "currency": line.money.currency.value if line.money else None,
            "paid_at": line.paid_at.isoformat() if line.paid_at else None,
            "operation_number": line.operation_number,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def values_of(line: SettlementLine) -> LineValues:
    """The values a readable line was sorted on (to sort it again against fresh data)."""
    assert line.cip is not None and line.money is not None
    return LineValues(line.cip, line.money, line.paid_at, line.operation_number)


def _line(
    number: int,
    kind: LineKind,
    values: LineValues,
    local: LocalVoucher | None,
    local_money: Money | None,
    problem: str | None,
    late: bool = False,
) -> SettlementLine:
    return SettlementLine(
        number=number,
        kind=kind,
        cip=values.cip,
        money=values.money,
        paid_at=values.paid_at,
        operation_number=values.operation_number,
        voucher_id=local.id if local else None,
        local_status=local.status if local else None,
        local_money=local_money,
        problem=problem,
        local_operation_number=local.operation_number if local else None,
        late=late,
    )


def _invalid(
    number: int, cip: int | None, problem: str, detail: str, values: LineValues | None = None
) -> SettlementLine:
    return SettlementLine(
        number=number,
        kind=LineKind.INVALID,
        cip=cip,
        money=values.money if values else None,
        paid_at=values.paid_at if values else None,
        operation_number=values.operation_number if values else None,
        voucher_id=None,
        local_status=None,
        local_money=None,
        problem=problem,
        detail=detail or None,
    )
