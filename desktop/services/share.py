"""Handing a voucher to the customer: the WhatsApp message and link, and the saved PDF file."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from desktop.config import atomic_write_bytes
from desktop.domain.money import Money
from desktop.receipts.wording import lima_datetime

WHATSAPP = "https://wa.me/"
PERU_CODE = "51"
_MOBILE = re.compile(r"^9\d{8}$")  # Peruvian mobiles: nine digits starting with 9


def deadline_text(expires_at: datetime) -> str:
    """``sábado 12/12/2026 - 03:10 p. m.``: Lima time, as the printed voucher says it."""
    return lima_datetime(expires_at)


def share_text(
    *,
    cip: int,
    money: Money,
    expires_at: datetime,
    first_name: str | None = None,
    cip_url: str | None = None,
) -> str:
    """The message for the customer, in Spanish like the voucher itself."""
    greeting = f"Hola {first_name.strip()}," if first_name and first_name.strip() else "Hola,"
    deadline = deadline_text(expires_at)
    text = (
        f"{greeting} tu código de pago PagoEfectivo es {cip} por "
        f"{money}. Págalo antes del {deadline}"
    )
    text += "" if deadline.endswith(".") else "."  # "p. m." already ends the sentence
    if cip_url:
        text += f" Paga aquí: {cip_url}"
    return text


def whatsapp_number(phone: str | None) -> str | None:
    """``51987654321`` for a Peruvian mobile (``987 654 321``, ``+51 987...``); None otherwise,
    since WhatsApp cannot reach a landline and a wrong guess would message a stranger."""
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith(PERU_CODE):
        digits = digits[len(PERU_CODE) :]
    return PERU_CODE + digits if _MOBILE.match(digits) else None


def whatsapp_url(text: str, phone: str | None = None) -> str:
    """``https://wa.me/51987654321?text=...`` or, without a usable phone,
    ``https://wa.me/?text=...`` (WhatsApp then asks whom to send it to)."""
    number = whatsapp_number(phone) or ""
    return f"{WHATSAPP}{number}?text={quote(text, safe='')}"


def voucher_file_name(cip: int) -> str:
    return f"voucher-{cip}.pdf"


def save_pdf(path: str | Path, content: bytes) -> Path:
    """The one way a document reaches a file (voucher, day report): ``.pdf`` added when the
    name lacks it, written atomically (the whole PDF, or the previous file untouched)."""
    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    return save_file(target, content)


def save_file(path: str | Path, content: bytes) -> Path:
    """Write ``content`` to ``path`` atomically (a slip handed back, a document)."""
    target = Path(path).expanduser()
    atomic_write_bytes(target, content)
    return target
