"""Alembic environment: the store passes its open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copy
    version_table="store_version",
)
with context.begin_transaction():
    context.run_migrations()
