"""Tombstone collection: how far each device has pulled, and each municipality's horizon.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        # the feed position below which this device has applied everything, and when
        batch.add_column(sa.Column("pulled_position", sa.BigInteger(), nullable=False,
                                   server_default="0"))  # fmt: skip
        batch.add_column(sa.Column("pulled_at", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("feed_counter") as batch:
        # tombstones at or below this position are gone; older cursors must start over
        batch.add_column(sa.Column("horizon", sa.BigInteger(), nullable=False,
                                   server_default="0"))  # fmt: skip


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
