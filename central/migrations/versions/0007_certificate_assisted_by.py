"""Who helped: an issued certificate asked for with a staff member (kiosk assisted mode,
home visit) names them, as the synced records do with ``assisted_by``.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("issued_certificate", sa.Column("assisted_by", sa.Text(), nullable=True))


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
