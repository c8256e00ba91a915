"""Signing in, the lock screen, the first administrator and switching user."""
