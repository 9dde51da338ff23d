"""Alembic environment for the device database.

Run only through `offline_sync.migrate`, which hands in an open connection that already
holds the write lock inside one transaction: all pending revisions apply, or none do.
There is no alembic.ini and no logging set-up here; the application configures logging.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("device migrations run through offline_sync.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
