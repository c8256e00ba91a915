"""Windows opened over the main window: the voucher detail (a package) and "Acerca de"."""
