"""Dates in Lima time with Spanish names, and what each state says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.money import Money
from desktop.receipts import DocumentState, Merchant
from desktop.receipts.wording import describe, lima_datetime
from tests.receipts.helpers import MERCHANT, voucher


def test_lima_datetime_uses_lima_time_and_spanish_names() -> None:
    moment = datetime(2026, 12, 12, 20, 10, tzinfo=UTC)  # 15:10 in Lima (UTC-5)
    assert lima_datetime(moment) == "sábado 12/12/2026 - 03:10 p. m."
    assert lima_datetime(datetime(2026, 3, 5, 14, 5, tzinfo=UTC)) == (
        "jueves 05/03/2026 - 09:05 a. m."
    )
    assert lima_datetime(moment, weekday=False) == "12/12/2026 - 03:10 p. m."


def test_no_narrow_no_break_space_survives() -> None:
    text = lima_datetime(datetime(2026, 12, 12, 20, 10, tzinfo=UTC))
    assert "\u202f" not in text and "\u00a0" not in text


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        lima_datetime(datetime(2026, 12, 12, 15, 10))


def test_pending_tells_how_to_pay_in_the_right_currency() -> None:
    soles = describe(voucher(), MERCHANT)
    assert soles.when_label == "Págalo antes del"
    assert "PagoEfectivo Soles" in soles.channels[0].steps[0]
    dollars = describe(voucher(money=Money.of("1500.15", "USD")), MERCHANT)
    assert "PagoEfectivo Dólares" in dollars.channels[0].steps[0]
    assert dollars.amount == "US$ 1,500.15"


@pytest.mark.parametrize(
    ("state", "stamp", "mark"),
    [
        (DocumentState.PENDING, None, None),
        (DocumentState.PAID, "PAGADO", None),
        (DocumentState.EXPIRED, "EXPIRADO", "EXPIRADO"),
        (DocumentState.ANNULLED, "ANULADO", "ANULADO"),
    ],
)
def test_states(state: DocumentState, stamp: str | None, mark: str | None) -> None:
    content = describe(voucher(state=state), MERCHANT)
    assert (content.stamp, content.mark) == (stamp, mark)
    assert bool(content.channels) is (state is DocumentState.PENDING)
    assert content.when_label != "Págalo antes del" or state is DocumentState.PENDING


def test_blank_optional_texts_are_left_out() -> None:
    content = describe(voucher(concept="   ", customer_name="\n"), Merchant("Bodega", ruc=" "))
    assert [detail.label for detail in content.details] == ["Referencia", "Emitido"]
    assert content.ruc is None
