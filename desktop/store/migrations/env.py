"""Alembic environment: runs on the connection PagoDesk hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("PagoDesk runs migrations through desktop.store.engine.upgrade()")

context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
