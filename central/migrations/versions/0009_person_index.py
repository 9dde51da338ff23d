"""A partial index on the records that name a person: a kiosk fetches the citizen in front
of it by ``person_key`` (and "my data" lists them) at every card; without the index each
fetch read every record of the municipality.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_HAS_PERSON = sa.text("person_key IS NOT NULL")
"""`central.tables.HAS_PERSON` as of this revision."""


def upgrade() -> None:
    op.create_index(
        "record_person",
        "record",
        ["municipality_id", "person_key", "position"],
        sqlite_where=_HAS_PERSON,
        postgresql_where=_HAS_PERSON,
    )


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
