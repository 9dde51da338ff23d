"""Device state: identity facts and one sync cursor per scope.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from offline_sync.errors import DowngradeRefused

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Small facts about this installation (device id, enrolment, HLC state), text values.
    op.create_table(
        "device_state",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
    )
    # The change-feed position per pulled scope; opaque, server-assigned, only moves forward.
    op.create_table(
        "sync_cursor",
        sa.Column("scope", sa.Text(), primary_key=True),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    raise DowngradeRefused("device migrations are forward-only")
