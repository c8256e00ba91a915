"""What an issue attempt left, as plain values: safe to hand from a worker to the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.display import full_name
from desktop.domain.money import Money
from desktop.services.issuing import IssueResult, Outcome


@dataclass(frozen=True)
class Issued:
    """One attempt's outcome. ``cip`` is set only when PagoEfectivo confirmed it (pending)."""

    outcome: Outcome
    voucher_id: int
    money: Money
    email: str
    cip: int | None = None
    cip_url: str | None = None
    expires_at: datetime | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    failure_code: str | None = None
    failure_detail: str | None = None

    @property
    def customer(self) -> str:
        return full_name(self.first_name, self.last_name)

    @classmethod
    def from_result(cls, result: IssueResult) -> Issued:
        voucher = result.voucher
        confirmed = result.outcome is Outcome.PENDING
        return cls(
            outcome=result.outcome,
            voucher_id=voucher.id or 0,
            money=voucher.money,
            email=voucher.email,
            # Never carry a CIP PagoEfectivo did not confirm: nobody may see it.
            cip=voucher.cip if confirmed else None,
            cip_url=voucher.cip_url if confirmed else None,
            expires_at=voucher.expires_at,
            first_name=voucher.first_name,
            last_name=voucher.last_name,
            phone=voucher.phone,
            failure_code=voucher.failure_code,
            failure_detail=voucher.failure_detail,
        )
