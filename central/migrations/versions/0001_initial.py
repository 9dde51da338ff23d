"""Municipalities, staff, devices, the op log, quarantine, records and the feed counter.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_T = sa.Text
_B = sa.BigInteger


def upgrade() -> None:
    op.create_table(
        "municipality",
        sa.Column("municipality_id", _T(), primary_key=True),
        sa.Column("name", _T(), nullable=False),
    )
    # One row per municipality; its row lock orders feed positions by commit.
    op.create_table(
        "feed_counter",
        sa.Column("municipality_id", _T(), primary_key=True),
        sa.Column("last", _B(), nullable=False),
    )
    op.create_table(
        "team",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("team_id", _T(), nullable=False),
        sa.Column("name", _T(), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", "team_id"),
    )
    op.create_table(
        "staff",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("username", _T(), nullable=False),
        sa.Column("role", _T(), nullable=False),
        sa.Column("team_id", _T()),
        sa.Column("password_hash", _T(), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", "username"),
    )
    op.create_table(
        "staff_token",
        sa.Column("token_hash", _T(), primary_key=True),
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("username", _T(), nullable=False),
        sa.Column("expires_at", _B(), nullable=False),
    )
    op.create_table(
        "enrollment_code",
        sa.Column("code_hash", _T(), primary_key=True),
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("role", _T(), nullable=False),
        sa.Column("team_id", _T()),
        sa.Column("expires_at", _B(), nullable=False),
        sa.Column("used_by", _T()),
    )
    op.create_table(
        "device",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("device_id", _T(), nullable=False),
        sa.Column("name", _T(), nullable=False),
        sa.Column("role", _T(), nullable=False),
        sa.Column("team_id", _T()),
        sa.Column("token_hash", _T(), nullable=False, unique=True),
        sa.Column("last_seq", _B(), nullable=False),
        sa.Column("enrolled_at", _B(), nullable=False),
        sa.Column("revoked_at", _B()),
        sa.PrimaryKeyConstraint("municipality_id", "device_id"),
    )
    op.create_table(
        "op",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("op_id", _T(), nullable=False),
        sa.Column("device_id", _T(), nullable=False),
        sa.Column("device_seq", _B(), nullable=False),
        sa.Column("body", _T(), nullable=False),
        sa.Column("content_hash", _T(), nullable=False),
        sa.Column("status", _T(), nullable=False),
        sa.Column("result", _T()),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.Column("received_at", _B(), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", "op_id"),
    )
    op.create_index("op_device_seq", "op", ["municipality_id", "device_id", "device_seq"])
    op.create_table(
        "quarantine",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("quarantine_id", _T(), nullable=False),
        sa.Column("op_id", _T(), nullable=False),
        sa.Column("device_id", _T(), nullable=False),
        sa.Column("body", _T(), nullable=False),
        sa.Column("reason", _T(), nullable=False),
        sa.Column("received_at", _B(), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", "quarantine_id"),
    )
    op.create_table(
        "record",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("entity", _T(), nullable=False),
        sa.Column("entity_id", _T(), nullable=False),
        sa.Column("fields", _T(), nullable=False),
        sa.Column("versions", _T(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("team_id", _T()),
        sa.Column("previous_team_id", _T()),
        sa.Column("person_key", _T()),
        sa.Column("status", _T()),
        sa.Column("category", _T()),
        sa.Column("position", _B(), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", "entity", "entity_id"),
    )
    op.create_index("record_feed", "record", ["municipality_id", "position"])
    op.create_table(
        "conflict",
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("conflict_id", _T(), nullable=False),
        sa.Column("entity", _T(), nullable=False),
        sa.Column("entity_id", _T(), nullable=False),
        sa.Column("field", _T(), nullable=False),
        sa.Column("server_value", _T(), nullable=False),
        sa.Column("device_value", _T(), nullable=False),
        sa.Column("op_id", _T(), nullable=False),
        sa.Column("device_id", _T(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("created_at", _B(), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", "conflict_id"),
    )
    op.create_index(
        "conflict_open", "conflict", ["municipality_id", "entity", "entity_id", "field"]
    )


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
