"""Voucher documents: voucher data in, PDF bytes out."""
