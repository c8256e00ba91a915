"""Small readers the service tests share: a voucher and its events as stored now."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.store.tables import Voucher, VoucherEvent
from desktop.store.vouchers import events_of, get_voucher


def load(engine: Engine, voucher: Voucher) -> Voucher:
    with Session(engine) as session:
        return get_voucher(session, voucher.id or 0)


def history(engine: Engine, voucher: Voucher) -> list[VoucherEvent]:
    with Session(engine) as session:
        return events_of(session, voucher.id or 0)
