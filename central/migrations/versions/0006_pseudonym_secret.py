"""Each municipality's pseudonym secret: the key of the person and voter keys on devices.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pseudonym_secret",
        sa.Column("municipality_id", sa.Text(), primary_key=True),
        sa.Column("secret", sa.Text(), nullable=False),  # hex; made once, never changed
        sa.Column("created_at", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
