"""Attachments on the device: content-addressed blobs and their upload queue.

The bytes live in the device database, not in loose files: they are encrypted with it
when the store is (SQLCipher), and a photo is committed in the same transaction as the
melding that refers to it, so no record can point at a photo that a crash lost. The
queue row is kept apart from the blob so that counting uploaded bytes never rewrites
the (large) blob row.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

from offline_sync.errors import DowngradeRefused

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE attachment_blob (sha256 TEXT PRIMARY KEY"
        " CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),"
        " data BLOB NOT NULL)"
    )
    # done: central holds the whole content; failed: central refused it for good (reason).
    op.execute(
        "CREATE TABLE attachment_upload (sha256 TEXT PRIMARY KEY"
        " REFERENCES attachment_blob (sha256),"
        " content_type TEXT NOT NULL, size INTEGER NOT NULL CHECK (size > 0),"
        " uploaded_bytes INTEGER NOT NULL DEFAULT 0 CHECK (uploaded_bytes BETWEEN 0 AND size),"
        " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
        " failed TEXT, added_at TEXT NOT NULL)"
    )
    op.execute("CREATE INDEX ix_attachment_upload_pending ON attachment_upload (done)")


def downgrade() -> None:
    raise DowngradeRefused("device migrations are forward-only")
