"""The history page (page.py), its table model (model.py), filter widgets and export runner."""
