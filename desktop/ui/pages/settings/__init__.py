"""The settings page (page.py) and its parts: profiles, connection test, merchant, preferences."""
