"""Tests of the PagoEfectivo sandbox (desktop/sandbox)."""
