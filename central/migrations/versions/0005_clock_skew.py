"""How far each device's clock is off, as last seen: flagged for administrators, never used.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("clock_skew_s", sa.Float(), nullable=True))


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
