"""Alembic environment for the central database.

Run only through `central.migrate`, which hands in an open connection inside one
transaction: all pending revisions apply, or none do (both SQLite and PostgreSQL have
transactional DDL).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("central migrations run through central.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
