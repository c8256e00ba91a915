"""The customer's WhatsApp message and link, and the atomically saved voucher PDF."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from desktop.domain.limatime import LIMA
from desktop.domain.money import Money
from desktop.services.share import (
    deadline_text,
    save_pdf,
    share_text,
    voucher_file_name,
    whatsapp_number,
    whatsapp_url,
)

DEADLINE = datetime(2026, 12, 12, 15, 10, tzinfo=LIMA)
URL = "https://pagoefectivo.pe/pago/cip/11323796?t=8c1d&x=1"


def test_share_text_names_the_customer_code_amount_deadline_and_link() -> None:
    text = share_text(
        cip=11323796,
        money=Money.of(Decimal("25.5"), "PEN"),
        expires_at=DEADLINE,
        first_name=" José ",
        cip_url=URL,
    )
    assert text == (
        "Hola José, tu código de pago PagoEfectivo es 11323796 por S/ 25.50. "
        "Págalo antes del sábado 12/12/2026 - 03:10 p. m. Paga aquí: " + URL
    )


def test_share_text_without_name_or_link_and_in_dollars() -> None:
    text = share_text(cip=7, money=Money.of("1500.15", "USD"), expires_at=DEADLINE, first_name="")
    assert text.startswith("Hola, tu código de pago PagoEfectivo es 7 por US$ 1,500.15.")
    assert "Paga aquí" not in text and text.endswith("p. m.")


def test_deadline_is_lima_time_in_spanish() -> None:
    utc = datetime.fromisoformat("2026-12-12T20:10:00+00:00")
    assert deadline_text(utc) == "sábado 12/12/2026 - 03:10 p. m."


@pytest.mark.parametrize(
    ("phone", "number"),
    [
        ("987654321", "51987654321"),
        ("987 654 321", "51987654321"),
        ("+51 987-654-321", "51987654321"),
        ("51987654321", "51987654321"),
        ("014567890", None),  # a Lima landline: WhatsApp cannot reach it
        ("12345", None),
        ("", None),
        (None, None),
    ],
)
def test_whatsapp_number_only_for_peruvian_mobiles(phone: str | None, number: str | None) -> None:
    assert whatsapp_number(phone) == number


def test_whatsapp_url_encodes_the_whole_text() -> None:
    text = "Hola José, paga aquí: " + URL
    with_phone = whatsapp_url(text, "987 654 321")
    assert with_phone.startswith("https://wa.me/51987654321?text=")
    query = urlsplit(with_phone).query
    assert parse_qs(query) == {"text": [text]}  # "&" and "?" of the link stay inside the text
    assert " " not in with_phone and "é" not in with_phone
    anyone = whatsapp_url(text)
    assert anyone.startswith("https://wa.me/?text=")
    assert unquote(anyone.split("text=", 1)[1]) == text


def test_save_pdf_is_atomic_and_adds_the_extension(tmp_path: Path) -> None:
    assert voucher_file_name(2600001) == "voucher-2600001.pdf"
    target = save_pdf(tmp_path / "voucher-2600001", b"%PDF-1.4 new")
    assert target == tmp_path / "voucher-2600001.pdf"
    assert target.read_bytes() == b"%PDF-1.4 new"
    save_pdf(target, b"%PDF-1.4 newer")
    assert target.read_bytes() == b"%PDF-1.4 newer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["voucher-2600001.pdf"]


def test_save_pdf_leaves_the_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "v.pdf"
    target.write_bytes(b"old")

    def broken(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("desktop.config.os.replace", broken)
    with pytest.raises(OSError, match="disk full"):
        save_pdf(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["v.pdf"]
