"""The health of the connection with PagoEfectivo: the status bar light and its panel."""
