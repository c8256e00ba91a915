"""PagoDesk: desktop back office for merchants who collect cash through PagoEfectivo."""

__version__ = "0.1.0"
