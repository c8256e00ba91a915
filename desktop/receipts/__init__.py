"""Voucher documents: voucher data in, PDF bytes out."""

from desktop.receipts.model import DocumentState, Merchant, PaperFormat, VoucherDocument
from desktop.receipts.render import layout_voucher, render_batch, render_voucher
from desktop.receipts.words import amount_in_words

__all__ = [
    "DocumentState",
    "Merchant",
    "PaperFormat",
    "VoucherDocument",
    "amount_in_words",
    "layout_voucher",
    "render_batch",
    "render_voucher",
]
