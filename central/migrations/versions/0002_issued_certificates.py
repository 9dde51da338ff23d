"""Issued certificates: what was issued, when, until when, and the PDF's digest.

No personal data: neither the national number nor a name; a verifier learns only
whether a code is genuine and current.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from central.migrate import DowngradeRefused

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_T = sa.Text
_B = sa.BigInteger


def upgrade() -> None:
    # The code is the key: the public verify endpoint looks it up without a municipality.
    op.create_table(
        "issued_certificate",
        sa.Column("code", _T(), primary_key=True),
        sa.Column("municipality_id", _T(), nullable=False),
        sa.Column("device_id", _T(), nullable=False),
        sa.Column("kind", _T(), nullable=False),
        sa.Column("language", _T(), nullable=False),
        sa.Column("issued_at", _B(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("pdf_sha256", _T()),
        sa.Column("revoked_at", _B()),
    )
    op.create_index(
        "issued_certificate_by_municipality",
        "issued_certificate",
        ["municipality_id", "issued_at"],
    )


def downgrade() -> None:
    raise DowngradeRefused("central migrations are forward-only")
