"""Records seen during a full re-download, so what central no longer has can be swept.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

from offline_sync.errors import DowngradeRefused

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Filled batch by batch, in each batch's transaction, while a re-download runs; a
    # crash resumes the re-download with what it had seen so far.
    op.execute(
        "CREATE TABLE resync_seen (scope TEXT NOT NULL, entity TEXT NOT NULL,"
        " entity_id TEXT NOT NULL, PRIMARY KEY (scope, entity, entity_id)) WITHOUT ROWID"
    )


def downgrade() -> None:
    raise DowngradeRefused("device migrations are forward-only")
