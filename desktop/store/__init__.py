"""Voucher storage: sqlmodel tables, engine factory, queries and Alembic migrations."""
