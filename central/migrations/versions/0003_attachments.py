"""Attachments: one row per content address, the bytes as chunks in order.

The bytes stay in the database so that a backup, a restore and a split by municipality
carry them along with the records that refer to them.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_T = sa.Text
_B = sa.BigInteger


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("sha256", _T(), nullable=False),
        sa.Column("content_type", _T(), nullable=False),
        sa.Column("size", _B(), nullable=False),
        sa.Column("received", _B(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("uploaded_by", _T(), nullable=False),
        sa.Column("created_at", _B(), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", "sha256"),
    )
    op.create_table(
        "attachment_chunk",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("sha256", _T(), nullable=False),
        sa.Column("start", _B(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", "sha256", "start"),
    )


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
