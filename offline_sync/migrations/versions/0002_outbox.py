"""The transactional outbox: one immutable row per local change, in device order.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from offline_sync.errors import DowngradeRefused

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        # client-generated UUID: the idempotency key of the op on the server
        sa.Column("op_id", sa.Text(), primary_key=True),
        # per-device contiguous order; the server detects gaps with it
        sa.Column("device_seq", sa.Integer(), nullable=False, unique=True),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("op_kind", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        # field -> version the edit was based on, for per-field conflict detection
        sa.Column("base_versions", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        # hybrid logical clock: display and tie-breaks only, never a cursor
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.CheckConstraint("length(op_id) = 36", name="ck_outbox_op_id_uuid"),
        sa.CheckConstraint("device_seq > 0", name="ck_outbox_device_seq_positive"),
        sa.CheckConstraint(
            "op_kind IN ('create', 'update', 'delete', 'resolve')", name="ck_outbox_op_kind"
        ),
        sa.CheckConstraint("json_valid(payload)", name="ck_outbox_payload_json"),
        sa.CheckConstraint("json_valid(base_versions)", name="ck_outbox_base_versions_json"),
    )
    op.create_index("ix_outbox_entity", "outbox", ["entity", "entity_id"])
    # Entries are immutable once written: what the device committed is what gets pushed.
    op.execute(
        "CREATE TRIGGER outbox_immutable BEFORE UPDATE ON outbox "
        "BEGIN SELECT RAISE(ABORT, 'outbox entries are immutable'); END"
    )


def downgrade() -> None:
    raise DowngradeRefused("device migrations are forward-only")
