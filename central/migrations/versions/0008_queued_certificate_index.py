"""A partial index on the queued certificate requests, which central looks for after
every push: without it, each push scanned the whole record table.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_QUEUED = sa.text("entity = 'certificate_request' AND status = 'queued' AND deleted = false")
"""`central.tables.QUEUED_CERTIFICATE` as of this revision."""


def upgrade() -> None:
    op.create_index(
        "record_queued_certificate",
        "record",
        ["municipality_id"],
        sqlite_where=_QUEUED,
        postgresql_where=_QUEUED,
    )


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
