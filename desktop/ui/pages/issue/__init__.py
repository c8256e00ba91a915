"""Parts of the "Nuevo cobro" page: the form, the expiry picker, the result panels, wording."""
