"""The "Nuevo cobro" page (page.py) and its parts: form, expiry picker, result panels, wording."""
